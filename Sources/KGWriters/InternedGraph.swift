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
    /// The triples as read, duplicates included; after `sort()`, the distinct triples in order.
    private var triples: [IDTriple] = []
    /// Each term's rank in term order once `sort()` has put `triples` in order; nil until then.
    private var sortedRanks: [UInt32]?

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
        sortedRanks = nil
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

    /// The N-Triples spelling of each term, by term number.
    var spellings: ByteArena { interner.spellings.strings }

    /// All triples, sorted by subject, predicate, object (the order of `Triple.<`).
    public var sortedTriples: [Triple] {
        sortedIDTriples().map { Triple(term($0.subject), term($0.predicate).iriValue ?? "", term($0.object)) }
    }

    /// The distinct triples as term numbers, in the order of `Triple.<`.
    func sortedIDTriples() -> [IDTriple] {
        ranked().triples
    }

    /// The distinct triples sorted, with the terms and their ranks: those `sort()` left, or made
    /// on a copy of the triples.
    func ranked() -> RankedTriples {
        if let sortedRanks { return RankedTriples(terms: interner.terms, rank: sortedRanks, triples: triples) }
        var sorted = self
        sorted.sort()
        return sorted.ranked()
    }

    /// Puts the triples in the order of `Triple.<` and drops the duplicates, in place: the writers
    /// then take them as they are, and no sorted copy (12 MB a million triples) is held next to
    /// them. What `kgx convert` does once it has read its inputs.
    ///
    /// The distinct terms are ranked once (`TermOrder`); each triple then sorts as one 64-bit key
    /// (three 21-bit ranks) when there are few enough terms, else by its three ranks.
    public mutating func sort() {
        guard sortedRanks == nil else { return }
        let terms = interner.terms
        let order = TermOrder.order(of: terms, spellings: interner.spellings.strings)
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in order.enumerated() { rank[id] = UInt32(position) }
        if terms.count <= 1 << 21 {
            var keys = triples.map {
                UInt64(rank[Int($0.subject)]) << 42 | UInt64(rank[Int($0.predicate)]) << 21 | UInt64(rank[Int($0.object)])
            }
            // The keys carry the triples while they sort: the triples' own memory goes back first.
            triples = []
            keys.sort()
            keys.removeAdjacentDuplicates()
            let mask: UInt64 = (1 << 21) - 1
            triples.reserveCapacity(keys.count)
            triples.append(contentsOf: keys.lazy.map {
                IDTriple(subject: UInt32(order[Int($0 >> 42)]), predicate: UInt32(order[Int($0 >> 21 & mask)]),
                         object: UInt32(order[Int($0 & mask)]))
            })
        } else {
            triples.sort {
                (rank[Int($0.subject)], rank[Int($0.predicate)], rank[Int($0.object)])
                    < (rank[Int($1.subject)], rank[Int($1.predicate)], rank[Int($1.object)])
            }
            triples.removeAdjacentDuplicates()
        }
        sortedRanks = rank
    }
}

private extension Array where Element: Equatable {
    /// Keeps the first of each run of equal elements, in place: a sorted array's duplicates go
    /// without a second array of the same size.
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
