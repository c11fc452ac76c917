import KGGraph

/// The Turtle spelling of every term of an `InternedGraph`, made once per term for
/// `TurtleWriter.write(_: InternedGraph)`: a prefixed name or `<iri>`, `_:label`, or a literal
/// (bare when it is a Turtle number or boolean).
///
/// Only IRIs and typed literals can be spelled differently from N-Triples (prefixed names,
/// `^^xsd:date`, bare numbers); blank nodes, language-tagged and plain literals – most of a
/// graph's bytes, long texts included – are spelled as the graph already holds them, so they are
/// neither escaped a second time nor stored twice.
struct TurtleSpellings {
    /// The N-Triples spellings the graph holds.
    private let shared: ByteArena
    /// The spellings of the terms Turtle writes differently from N-Triples.
    private var own = ByteArena()
    /// Each term's number in `own`, or -1 when its spelling is the shared one.
    private var ownNumbers: [Int32] = []
    /// The term number of `rdf:type`, written `a` as a predicate.
    private var typeID: UInt32?

    /// - Throws: `RDFWriterError` for a term Turtle cannot spell (a relative IRI).
    init(_ graph: InternedGraph, writer: TurtleWriter) throws {
        shared = graph.spellings
        ownNumbers.reserveCapacity(graph.distinctTerms.count)
        for (id, term) in graph.distinctTerms.enumerated() {
            if term == .iri(Vocabulary.type) { typeID = UInt32(id) }
            if Self.isSpelledAsInNTriples(term) {
                ownNumbers.append(-1)
            } else {
                ownNumbers.append(Int32(try own.append { try writer.appendObject(term, to: &$0) }))
            }
        }
    }

    /// Whether `TurtleWriter.appendObject` writes `term` exactly as `RDFEscaping.appendNTriplesTerm` does.
    private static func isSpelledAsInNTriples(_ term: Term) -> Bool {
        switch term {
        case .iri: false
        case .blank: true
        case .literal(let literal): literal.language != nil || literal.isPlainString
        }
    }

    /// Appends the spelling of term `id`.
    func append(_ id: UInt32, to out: inout [UInt8]) {
        let number = ownNumbers[Int(id)]
        if number < 0 { shared.copy(Int(id), to: &out) } else { own.copy(Int(number), to: &out) }
    }

    /// Appends the spelling of term `id` as a predicate.
    func appendPredicate(_ id: UInt32, to out: inout [UInt8]) {
        if id == typeID { out.append(0x61) } else { append(id, to: &out) }
    }
}
