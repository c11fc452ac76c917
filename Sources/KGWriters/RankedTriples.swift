import KGGraph

/// The distinct triples of a graph as term numbers, in the order of `Triple.<`, with the terms
/// and each term's rank in term order: what the property-graph projection is built from, so it
/// compares and hashes integers instead of terms.
struct RankedTriples {
    /// One triple as three term numbers; the predicate is an IRI term.
    struct IDTriple: Hashable {
        let subject: UInt32
        let predicate: UInt32
        let object: UInt32
    }

    /// The terms, by number; equal terms have one number.
    let terms: [Term]
    /// The position of each term (by number) when all terms are sorted by `Term.<`.
    let rank: [UInt32]
    /// The distinct triples, sorted.
    let triples: [IDTriple]

    init(terms: [Term], rank: [UInt32], triples: [IDTriple]) {
        self.terms = terms
        self.rank = rank
        self.triples = triples
    }

    /// Numbers the terms of `graph`.
    init(_ graph: Graph) {
        var terms: [Term] = []
        var numbers: [Term: UInt32] = [:]
        func number(_ term: Term) -> UInt32 {
            if let known = numbers[term] { return known }
            numbers[term] = UInt32(terms.count)
            terms.append(term)
            return UInt32(terms.count - 1)
        }
        let triples = graph.sortedTriples.map {
            IDTriple(subject: number($0.subject), predicate: number(.iri($0.predicate)), object: number($0.object))
        }
        var rank = [UInt32](repeating: 0, count: terms.count)
        for (position, id) in terms.indices.sorted(by: { terms[$0] < terms[$1] }).enumerated() { rank[id] = UInt32(position) }
        self.init(terms: terms, rank: rank, triples: triples)
    }

    /// The numbers of those of `wanted` the graph has (one pass over the terms: for a few fixed
    /// vocabulary terms).
    func numbers(of wanted: Set<Term>) -> [Term: UInt32] {
        var found: [Term: UInt32] = [:]
        for (id, term) in terms.enumerated() where wanted.contains(term) { found[term] = UInt32(id) }
        return found
    }

    func term(_ id: UInt32) -> Term { terms[Int(id)] }
}
