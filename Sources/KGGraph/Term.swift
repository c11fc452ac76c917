/// An RDF term: the node or value at one end of a triple.
///
/// Terms order IRIs first, then blank nodes, then literals, each by their text, so that
/// sorting a graph gives the same sequence on every machine and in every run.
public enum Term: Hashable, Comparable, Sendable {
    /// An absolute IRI, stored decoded (no angle brackets, no escapes).
    case iri(String)
    /// A blank node, by its label without the `_:` prefix.
    case blank(String)
    /// A literal value.
    case literal(Literal)

    /// Whether this term may stand as a subject or as the object of a resource-to-resource edge.
    public var isResource: Bool {
        if case .literal = self { return false }
        return true
    }

    /// The IRI when this term is one.
    public var iriValue: String? {
        if case .iri(let value) = self { return value }
        return nil
    }

    /// The literal when this term is one.
    public var literalValue: Literal? {
        if case .literal(let value) = self { return value }
        return nil
    }

    private var rank: Int {
        switch self {
        case .iri: return 0
        case .blank: return 1
        case .literal: return 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)), (.blank(let a), .blank(let b)):
            return ByteIdentity.precedes(a, b)
        case (.literal(let a), .literal(let b)):
            return a < b
        default:
            return lhs.rank < rhs.rank
        }
    }
}

extension Term {
    /// A literal term of the given lexical form with an optional language tag.
    public static func string(_ lexical: String, language: String? = nil) -> Term {
        .literal(Literal(lexical, language: language))
    }

    /// A typed literal term.
    public static func typed(_ lexical: String, _ datatype: String) -> Term {
        .literal(Literal(lexical, datatype: datatype))
    }
}
