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
        let ids = other.terms.map { index(of: $0) }
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

    /// The index of `term`, stored as the next index when new. The dictionary is probed once, found
    /// or not (the defaulted subscript inserts in place), since a graph stores most terms only once.
    private mutating func index(of term: Term) -> UInt32 {
        let next = UInt32(terms.count)
        let index = Self.read(&termIDs[term, default: next])
        if index == next { terms.append(term) }
        return index
    }

    /// The value of an in-place access; used to look up or insert with one probe.
    private static func read(_ value: inout UInt32) -> UInt32 { value }

    private func decode(_ triple: EncodedTriple) -> Triple {
        Triple(terms[Int(triple.subject)], terms[Int(triple.predicate)].iriValue ?? "", terms[Int(triple.object)])
    }
}
