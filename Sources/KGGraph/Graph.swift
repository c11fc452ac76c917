/// A set of triples with a deterministic iteration order.
///
/// Duplicates collapse, as in RDF; `sortedTriples` is the order every writer uses, which is what
/// makes outputs byte-identical across runs and independent of the order facts were found in.
///
/// Graphs repeat the same few terms many times, so each distinct term is stored once and a triple
/// is three small integers: inserting hashes each term once, and sorting compares each distinct
/// string once (to rank it) instead of at every comparison.
public struct Graph: Sendable {
    private var terms = TermTable()
    private var encoded = TripleSet()

    public init() {}

    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for triple in triples { insert(triple) }
    }

    /// The number of distinct triples.
    public var count: Int { encoded.count }

    public var isEmpty: Bool { encoded.count == 0 }

    /// Adds a triple; adding one already present changes nothing.
    public mutating func insert(_ triple: Triple) {
        encoded.insert(EncodedTriple(subject: index(of: triple.subject), predicate: index(of: .iri(triple.predicate)),
                                     object: index(of: triple.object)))
    }

    /// Adds a triple built from its parts.
    public mutating func insert(_ subject: Term, _ predicate: String, _ object: Term) {
        insert(Triple(subject, predicate, object))
    }

    /// A term stored in one graph: its position in that graph's term table.
    ///
    /// Code that adds many triples about the same few terms (a builder writing several statements
    /// per entity) looks each term up once with `id(for:)` and then inserts triples of ids, which
    /// skips hashing the term's text again for every triple. An id is meaningful only in the graph
    /// that returned it.
    public struct TermID: Hashable, Sendable {
        fileprivate let index: UInt32
    }

    /// The id of `term` in this graph, storing the term if the graph does not hold it yet.
    /// A predicate is stored as an IRI term: pass `.iri(predicate)`. A stored term is one of
    /// `distinctTerms` from then on, so ask only for terms a triple is about to use.
    public mutating func id(for term: Term) -> TermID {
        TermID(index: index(of: term))
    }

    /// Adds the triple of three ids this graph returned; the predicate's id must be that of an IRI.
    public mutating func insert(_ subject: TermID, _ predicate: TermID, _ object: TermID) {
        encoded.insert(EncodedTriple(subject: subject.index, predicate: predicate.index, object: object.index))
    }

    /// Adds every triple of another graph. Each distinct term of `other` is looked up once; its
    /// triples are then added as integers, which is what makes merging graphs built on several
    /// cores cheap.
    public mutating func formUnion(_ other: Graph) {
        let ids = other.terms.terms.map { terms.index(of: $0) }
        encoded.reserveCapacity(encoded.count + other.encoded.count)
        other.encoded.forEach { triple in
            encoded.insert(EncodedTriple(subject: ids[Int(triple.subject)], predicate: ids[Int(triple.predicate)],
                                         object: ids[Int(triple.object)]))
        }
    }

    public func contains(_ triple: Triple) -> Bool {
        guard let subject = terms.existingIndex(of: triple.subject), let predicate = terms.existingIndex(of: .iri(triple.predicate)),
              let object = terms.existingIndex(of: triple.object) else { return false }
        return encoded.contains(EncodedTriple(subject: subject, predicate: predicate, object: object))
    }

    /// All triples, sorted by subject, predicate, object (the order of `Triple.<`).
    public var sortedTriples: [Triple] {
        // Rank the distinct terms once; the triples then sort by integer ranks.
        let terms = self.terms.terms
        let order = terms.indices.sorted { terms[$0] < terms[$1] }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = UInt32(position) }
        var triples: [EncodedTriple] = []
        triples.reserveCapacity(encoded.count)
        encoded.forEach { triples.append($0) }
        let sorted = triples.sorted {
            (rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)])
                < (rank[Int($1.subject)], rank[Int($1.predicate)], rank[Int($1.object)])
        }
        return sorted.map(decode)
    }

    /// Every distinct term the graph holds, predicates included (as IRIs), each once.
    public var distinctTerms: [Term] { terms.terms }

    /// Calls `body` with each triple as three indices into `distinctTerms`, in no particular order:
    /// for code that re-numbers the terms (a writer's own term table) without building `Triple`s.
    public func forEachTermIndexTriple(_ body: (_ subject: Int, _ predicate: Int, _ object: Int) throws -> Void) rethrows {
        try encoded.forEach { try body(Int($0.subject), Int($0.predicate), Int($0.object)) }
    }

    /// The triples in no particular order, for code that only counts or filters.
    public var unorderedTriples: Set<Triple> {
        var triples = Set<Triple>(minimumCapacity: encoded.count)
        encoded.forEach { triples.insert(decode($0)) }
        return triples
    }

    private mutating func index(of term: Term) -> UInt32 { terms.index(of: term) }

    private func decode(_ triple: EncodedTriple) -> Triple {
        let terms = self.terms.terms
        return Triple(terms[Int(triple.subject)], terms[Int(triple.predicate)].iriValue ?? "", terms[Int(triple.object)])
    }
}
