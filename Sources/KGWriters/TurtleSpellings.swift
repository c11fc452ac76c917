import KGGraph

/// The Turtle spelling of every term of an `InternedGraph`, made once per term for
/// `TurtleWriter.write(_: InternedGraph)`: a prefixed name or `<iri>`, `_:label`, or a literal
/// (bare when it is a Turtle number or boolean).
struct TurtleSpellings {
    private var spellings = ByteArena()
    /// The term number of `rdf:type`, written `a` as a predicate.
    private var typeID: UInt32?

    /// - Throws: `RDFWriterError` for a term Turtle cannot spell (a relative IRI).
    init(_ graph: InternedGraph, writer: TurtleWriter) throws {
        for (id, term) in graph.distinctTerms.enumerated() {
            if term == .iri(Vocabulary.type) { typeID = UInt32(id) }
            try spellings.append { try writer.appendObject(term, to: &$0) }
        }
    }

    /// Appends the spelling of term `id`.
    func append(_ id: UInt32, to out: inout [UInt8]) {
        spellings.copy(Int(id), to: &out)
    }

    /// Appends the spelling of term `id` as a predicate.
    func appendPredicate(_ id: UInt32, to out: inout [UInt8]) {
        if id == typeID { out.append(0x61) } else { append(id, to: &out) }
    }
}
