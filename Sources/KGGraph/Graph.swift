/// A set of triples with a deterministic iteration order.
///
/// Duplicates collapse, as in RDF; `sortedTriples` is the order every writer uses, which is what
/// makes outputs byte-identical across runs and independent of the order facts were found in.
public struct Graph: Sendable {
    private var storage: Set<Triple> = []

    public init() {}

    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        storage = Set(triples)
    }

    /// The number of distinct triples.
    public var count: Int { storage.count }

    public var isEmpty: Bool { storage.isEmpty }

    /// Adds a triple; adding one already present changes nothing.
    public mutating func insert(_ triple: Triple) {
        storage.insert(triple)
    }

    /// Adds a triple built from its parts.
    public mutating func insert(_ subject: Term, _ predicate: String, _ object: Term) {
        storage.insert(Triple(subject, predicate, object))
    }

    /// Adds every triple of another graph.
    public mutating func formUnion(_ other: Graph) {
        storage.formUnion(other.storage)
    }

    public func contains(_ triple: Triple) -> Bool { storage.contains(triple) }

    /// All triples, sorted by subject, predicate, object.
    ///
    /// Comparing strings is the expensive part of sorting, and a graph repeats the same terms
    /// many times; so each distinct term and predicate is ranked once, and the triples are then
    /// sorted by their integer ranks (same order as `Triple.<`, far fewer string comparisons).
    public var sortedTriples: [Triple] {
        // Predicates are ranked as IRI terms, so that they too compare byte for byte.
        var terms = Set<Term>(minimumCapacity: storage.count)
        for triple in storage {
            terms.insert(triple.subject)
            terms.insert(.iri(triple.predicate))
            terms.insert(triple.object)
        }
        let termRank = Self.ranks(of: terms.sorted())
        var keyed: [(subject: Int, predicate: Int, object: Int, triple: Triple)] = []
        keyed.reserveCapacity(storage.count)
        for triple in storage {
            guard let subject = termRank[triple.subject], let predicate = termRank[.iri(triple.predicate)],
                  let object = termRank[triple.object] else { continue }
            keyed.append((subject, predicate, object, triple))
        }
        keyed.sort { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) }
        return keyed.map(\.triple)
    }

    private static func ranks(of sorted: [Term]) -> [Term: Int] {
        var ranks = [Term: Int](minimumCapacity: sorted.count)
        for (rank, value) in sorted.enumerated() { ranks[value] = rank }
        return ranks
    }

    /// The triples in no particular order, for code that only counts or filters.
    public var unorderedTriples: Set<Triple> { storage }
}
