/// One RDF statement: subject, predicate IRI, object.
///
/// Triples order by subject, then predicate, then object; writers rely on this order to group
/// statements about one subject together.
public struct Triple: Hashable, Comparable, Sendable {
    /// An IRI or blank node.
    public let subject: Term
    /// The predicate IRI.
    public let predicate: String
    /// Any term.
    public let object: Term

    public init(_ subject: Term, _ predicate: String, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        let predicate = ByteIdentity.compare(lhs.predicate, rhs.predicate)
        if predicate != 0 { return predicate < 0 }
        return lhs.object < rhs.object
    }
}
