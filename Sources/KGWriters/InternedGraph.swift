import KGGraph

/// An RDF graph held for conversion: every distinct term once, numbered, with its N-Triples
/// spelling ready, and each triple three numbers.
///
/// This is what `kgx convert` reads into instead of a `Graph`: reading hashes a term's bytes rather
/// than building a `String` for every occurrence, sorting compares integers, and the N-Triples and
/// Turtle writers copy pre-spelled bytes. The output is exactly what the writers produce for the
/// same triples in a `Graph`: sorted by `Triple.<`, duplicates removed.
public struct InternedGraph {
    typealias IDTriple = RankedTriples.IDTriple

    private var interner = TermInterner()
    /// The triples as read, duplicates included.
    private var triples: [IDTriple] = []

    public init() {}

    /// The triples of `graph`, for writing it: the writers then spell each distinct term once and
    /// sort integers, as they do for a graph read from N-Triples.
    /// - Throws: `RDFWriterError` when a term cannot be written in N-Triples (e.g. an invalid IRI).
    public init(_ graph: Graph) throws {
        let numbers = try graph.distinctTerms.map { try interner.resolve($0) }
        triples.reserveCapacity(graph.count)
        graph.forEachTermIndexTriple { subject, predicate, object in
            triples.append(IDTriple(subject: numbers[subject], predicate: numbers[predicate], object: numbers[object]))
        }
    }

    /// Adds the triples of the N-Triples file at `path`.
    /// - Throws: what `NTriplesReader.read(contentsOf:_:)` throws.
    public mutating func read(contentsOf path: String) throws {
        try collect { interner, add in try NTriplesReader.read(contentsOf: path, resolver: &interner, add) }
    }

    /// Adds the triples of N-Triples `bytes`.
    /// - Throws: what `NTriplesReader.read(_:_:)` throws.
    public mutating func read(_ bytes: [UInt8]) throws {
        try collect { interner, add in try NTriplesReader.read(bytes, resolver: &interner, add) }
    }

    /// Runs a reader over `interner`, appending each triple it reports. The triples are collected
    /// in a local while the reader holds `interner` (both are parts of self).
    private mutating func collect(
        _ reader: (inout TermInterner, (UInt32, UInt32, UInt32) throws -> Void) throws -> Void
    ) throws {
        var triples = self.triples
        self.triples = []
        defer { self.triples = triples }
        try reader(&interner) { triples.append(IDTriple(subject: $0, predicate: $1, object: $2)) }
    }

    /// The distinct terms, predicates included (as IRIs), each once.
    public var distinctTerms: [Term] { interner.terms }

    /// The term numbered `id`.
    func term(_ id: UInt32) -> Term { interner.terms[Int(id)] }

    /// The N-Triples spelling of term `id`, within `spellingBytes`.
    func spellingRange(_ id: UInt32) -> Range<Int> { interner.spellings.strings.range(of: Int(id)) }

    /// The N-Triples spellings of all terms, back to back.
    var spellingBytes: [UInt8] { interner.spellings.strings.bytes }

    /// All triples, sorted by subject, predicate, object (the order of `Triple.<`).
    public var sortedTriples: [Triple] {
        sortedIDTriples().map { Triple(term($0.subject), term($0.predicate).iriValue ?? "", term($0.object)) }
    }

    /// The distinct triples as term numbers, in the order of `Triple.<`.
    func sortedIDTriples() -> [IDTriple] {
        ranked().triples
    }

    /// The distinct triples sorted, with the terms and their ranks.
    ///
    /// The distinct terms are ranked once; each triple then sorts as one 64-bit key (three 21-bit
    /// ranks) when there are few enough terms, else by its three ranks.
    func ranked() -> RankedTriples {
        let terms = interner.terms
        let keys = interner.sortKeys
        let order = ByteStringSort.order(of: keys) { terms[$0] < terms[$1] }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = UInt32(position) }
        let sorted: [IDTriple]
        if terms.count <= 1 << 21 {
            let keys = triples.map {
                UInt64(rank[Int($0.subject)]) << 42 | UInt64(rank[Int($0.predicate)]) << 21 | UInt64(rank[Int($0.object)])
            }.sorted()
            let mask: UInt64 = (1 << 21) - 1
            sorted = keys.map {
                IDTriple(subject: UInt32(order[Int($0 >> 42)]), predicate: UInt32(order[Int($0 >> 21 & mask)]),
                         object: UInt32(order[Int($0 & mask)]))
            }
        } else {
            sorted = triples.sorted {
                (rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)])
                    < (rank[Int($1.subject)], rank[Int($1.predicate)], rank[Int($1.object)])
            }
        }
        var distinct: [IDTriple] = []
        distinct.reserveCapacity(sorted.count)
        for triple in sorted where distinct.last != triple { distinct.append(triple) }
        return RankedTriples(terms: terms, rank: rank, triples: distinct)
    }
}
