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
    public var sortedTriples: [Triple] { storage.sorted() }

    /// The triples in no particular order, for code that only counts or filters.
    public var unorderedTriples: Set<Triple> { storage }
}
