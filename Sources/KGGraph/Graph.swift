/// A set of triples with a deterministic iteration order.
///
/// Duplicates collapse, as in RDF; `sortedTriples` is the order every writer uses, which is what
/// makes outputs byte-identical across runs and independent of the order facts were found in.
///
/// Graphs repeat the same few terms many times, so each distinct term is stored once and a triple
/// is three small integers: inserting hashes each term once, and sorting compares each distinct
/// string once (to rank it) instead of at every comparison.
public struct Graph: Sendable {
    /// Three indices into `terms`; the predicate is stored as an IRI term.
    private struct EncodedTriple: Hashable, Sendable {
        let subject: UInt32
        let predicate: UInt32
        let object: UInt32
    }

    private var terms: [Term] = []
    private var termIDs: [Term: UInt32] = [:]
    private var encoded: Set<EncodedTriple> = []

    public init() {}

    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for triple in triples { insert(triple) }
    }

    /// The number of distinct triples.
    public var count: Int { encoded.count }

    public var isEmpty: Bool { encoded.isEmpty }

    /// Adds a triple; adding one already present changes nothing.
    public mutating func insert(_ triple: Triple) {
        encoded.insert(EncodedTriple(subject: id(for: triple.subject), predicate: id(for: .iri(triple.predicate)),
                                     object: id(for: triple.object)))
    }

    /// Adds a triple built from its parts.
    public mutating func insert(_ subject: Term, _ predicate: String, _ object: Term) {
        insert(Triple(subject, predicate, object))
    }

    /// Adds every triple of another graph. Each distinct term of `other` is looked up once; its
    /// triples are then added as integers, which is what makes merging graphs built on several
    /// cores cheap.
    public mutating func formUnion(_ other: Graph) {
        let ids = other.terms.map { id(for: $0) }
        encoded.reserveCapacity(encoded.count + other.encoded.count)
        for triple in other.encoded {
            encoded.insert(EncodedTriple(subject: ids[Int(triple.subject)], predicate: ids[Int(triple.predicate)],
                                         object: ids[Int(triple.object)]))
        }
    }

    public func contains(_ triple: Triple) -> Bool {
        guard let subject = termIDs[triple.subject], let predicate = termIDs[.iri(triple.predicate)],
              let object = termIDs[triple.object] else { return false }
        return encoded.contains(EncodedTriple(subject: subject, predicate: predicate, object: object))
    }

    /// All triples, sorted by subject, predicate, object (the order of `Triple.<`).
    public var sortedTriples: [Triple] {
        // Rank the distinct terms once; the triples then sort by integer ranks.
        let order = terms.indices.sorted { terms[$0] < terms[$1] }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = UInt32(position) }
        let sorted = encoded.sorted {
            (rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)])
                < (rank[Int($1.subject)], rank[Int($1.predicate)], rank[Int($1.object)])
        }
        return sorted.map(decode)
    }

    /// Every distinct term the graph holds, predicates included (as IRIs), each once.
    public var distinctTerms: [Term] { terms }

    /// Calls `body` with each triple as three indices into `distinctTerms`, in no particular order:
    /// for code that re-numbers the terms (a writer's own term table) without building `Triple`s.
    public func forEachTermIndexTriple(_ body: (_ subject: Int, _ predicate: Int, _ object: Int) throws -> Void) rethrows {
        for triple in encoded { try body(Int(triple.subject), Int(triple.predicate), Int(triple.object)) }
    }

    /// The triples in no particular order, for code that only counts or filters.
    public var unorderedTriples: Set<Triple> { Set(encoded.map(decode)) }

    private mutating func id(for term: Term) -> UInt32 {
        if let id = termIDs[term] { return id }
        let id = UInt32(terms.count)
        terms.append(term)
        termIDs[term] = id
        return id
    }

    private func decode(_ triple: EncodedTriple) -> Triple {
        Triple(terms[Int(triple.subject)], terms[Int(triple.predicate)].iriValue ?? "", terms[Int(triple.object)])
    }
}
