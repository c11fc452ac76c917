import KGGraph
import KGWriters
import Testing

/// Every export and conversion is written from an `InternedGraph`; its output must be byte for
/// byte what the streaming writers produce triple by triple for the same sorted triples (and, for
/// GraphML and DOT, what the projection of a `Graph` gives).
@Suite struct InternedGraphTests {
    /// The bytes of `graph` in `format`, written without an `InternedGraph`: the sorted triples one by
    /// one through the streaming RDF writers, or the `Graph`'s own property-graph projection; nil for
    /// JSON-LD and N-Quads, which are only written from an `InternedGraph`.
    private func written(_ graph: Graph, _ format: ExportFormat, _ prefixes: PrefixMap) throws -> [UInt8]? {
        let sink = MemorySink()
        switch format {
        case .turtle:
            let writer = try TurtleWriter(sink: sink, prefixes: prefixes.restricted(to: graph))
            try writer.write(contentsOf: graph.sortedTriples)
            try writer.finish()
        case .ntriples:
            let writer = NTriplesWriter(sink: sink)
            try writer.write(contentsOf: graph.sortedTriples)
            try writer.finish()
        case .graphml:
            try GraphMLWriter(sink: sink).write(graph: graph)
        case .dot:
            try DOTWriter(sink: sink).write(graph: graph)
        case .csv:
            Issue.record("csv is a folder of files: the loops here take ExportFormat.singleFile")
            return nil
        case .jsonLD, .nquads:
            return nil
        }
        return sink.bytes
    }

    /// The bytes of N-Triples `text` in `format`, read into and written from an `InternedGraph`.
    private func converted(_ text: String, _ format: ExportFormat, _ prefixes: PrefixMap) throws -> [UInt8] {
        var graph = InternedGraph()
        try graph.read(Array(text.utf8))
        let sink = MemorySink()
        try format.write(graph, to: sink, prefixes: prefixes)
        return sink.bytes
    }

    @Test("every edge case converts to the bytes the Graph writers give", arguments: RDFEdgeCase.all)
    func edgeCasesMatchGraphOutput(_ edgeCase: RDFEdgeCase) throws {
        // Input in reverse order with every triple twice: sorting and deduplication must undo both.
        let lines = Array(edgeCase.ntriples.split(separator: "\n").reversed())
        let input = (lines + lines).map { $0 + "\n" }.joined()
        let graph = try NTriplesReader.graph(Array(input.utf8))
        for format in ExportFormat.singleFile {
            let expected = try written(graph, format, RDFEdgeCase.prefixes) ?? writtenInterned(graph, format, RDFEdgeCase.prefixes)
            #expect(try converted(input, format, RDFEdgeCase.prefixes) == expected, "\(format.displayName)")
        }
    }

    @Test("one term spelled several ways is one term; spellings of different terms stay apart")
    func spellingsAreResolvedToTerms() throws {
        let input = #"""
            <http://ex.org/\u0073> <http://ex.org/p> "x"@EN .
            <http://ex.org/s> <http://ex.org/p> "x"@en .
            <http://ex.org/s> <http://ex.org/p> "x"^^<http://www.w3.org/2001/XMLSchema#string> .
            <http://ex.org/s> <http://ex.org/p> "\u0078" .
            <http://ex.org/s> <http://ex.org/p> "x"^^<http://ex.org/t> .
            <http://ex.org/s> <http://ex.org/p> "x"^^<http://ex.org/\u0074> .
            _:é <http://ex.org/p> _:x_c3a9 .
            _:x_c3a9 <http://ex.org/p> _:é .
            """#
        var graph = InternedGraph()
        try graph.read(Array(input.utf8))
        let expected = Graph(try NTriplesReader.graph(Array(input.utf8)).sortedTriples)
        #expect(graph.sortedTriples == expected.sortedTriples)
        #expect(graph.sortedTriples.count == 5)
        for format in ExportFormat.singleFile {
            let bytes = try written(expected, format, PrefixMap()) ?? writtenInterned(expected, format, PrefixMap())
            #expect(try converted(input, format, PrefixMap()) == bytes, "\(format.displayName)")
        }
    }

    @Test("terms sort as Term.< does: prefixes first, NUL and bytes above 0x7F, literal ties by datatype and language")
    func termsSortLikeTerms() throws {
        let objects: [Term] = [
            .string("b"), .string("a"), .string("a\u{0}"), .string("a", language: "en"), .typed("a", "http://ex.org/t"),
            .string("ab"), .string("é"), .string(String(repeating: "long shared prefix ", count: 3) + "2"),
            .string(String(repeating: "long shared prefix ", count: 3) + "1"), .string(String(repeating: "long shared prefix ", count: 3)),
            .iri("http://ex.org/o"), .iri("http://ex.org/"), .iri("http://ex.org/o/é"), .blank("z"), .blank("a"),
        ]
        let triples = objects.flatMap { object in
            [Triple(.iri("http://ex.org/s2"), "http://ex.org/p", object), Triple(.iri("http://ex.org/s"), "http://ex.org/q", object),
             Triple(.iri("http://ex.org/s"), "http://ex.org/p", object)]
        }
        let graph = Graph(triples)
        let sink = MemorySink()
        try NTriplesWriter(sink: sink).write(contentsOf: graph.sortedTriples)
        var interned = InternedGraph()
        try interned.read(sink.bytes)
        #expect(interned.sortedTriples == graph.sortedTriples)
        #expect(interned.distinctTerms.count == objects.count + 4)
    }

    @Test("a graph sorted in place and then read into again writes what one read of both inputs writes", arguments: ExportFormat.singleFile)
    func sortingInPlaceThenReadingMoreKeepsEveryTriple(_ format: ExportFormat) throws {
        let first = "<http://e/b> <http://e/p> \"2\" .\n<http://e/a> <http://e/p> _:x .\n<http://e/b> <http://e/p> \"2\" .\n"
        let second = "<http://e/a> <http://e/p> \"1\"@en .\n<http://e/b> <http://e/p> \"2\" .\n"
        var graph = InternedGraph()
        try graph.read(Array(first.utf8))
        graph.sort()
        try graph.read(Array(second.utf8))
        let sink = MemorySink()
        try format.write(graph, to: sink, prefixes: PrefixMap())
        #expect(sink.bytes == (try converted(first + second, format, PrefixMap())))
        graph.sort()
        #expect(graph.sortedTriples.count == 3)
    }

    @Test("a syntax error is reported with its line, as by the Triple reader")
    func syntaxErrorsKeepTheirLine() {
        var graph = InternedGraph()
        #expect(throws: NTriplesSyntaxError(line: 2, column: 27, message: "relative IRI: N-Triples allows only absolute IRIs")) {
            try graph.read(Array("<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> <o> .\n".utf8))
        }
    }

    /// The bytes of `graph` in `format`, written through an `InternedGraph` made from it (what `kgx export` does).
    private func writtenInterned(_ graph: Graph, _ format: ExportFormat, _ prefixes: PrefixMap) throws -> [UInt8] {
        let sink = MemorySink()
        try format.write(graph, to: sink, prefixes: prefixes)
        return sink.bytes
    }

    @Test("a Graph numbered into an InternedGraph writes the bytes the streaming writers give", arguments: RDFEdgeCase.all)
    func graphsNumberedForExportMatchGraphOutput(_ edgeCase: RDFEdgeCase) throws {
        let graph = try NTriplesReader.graph(Array(edgeCase.ntriples.utf8))
        for format in ExportFormat.singleFile {
            guard let expected = try written(graph, format, RDFEdgeCase.prefixes) else { continue }
            #expect(try writtenInterned(graph, format, RDFEdgeCase.prefixes) == expected, "\(format.displayName)")
        }
    }

    @Test("blank nodes whose spellings coincide stay two nodes when a Graph is numbered")
    func blankNodesWithCoincidingSpellingsStayApart() throws {
        let graph = Graph([
            Triple(.blank("é"), "http://ex.org/p", .blank("x_c3a9")),
            Triple(.blank("x_c3a9"), "http://ex.org/p", .blank("é")),
        ])
        for format in ExportFormat.singleFile {
            guard let expected = try written(graph, format, PrefixMap()) else { continue }
            #expect(try writtenInterned(graph, format, PrefixMap()) == expected, "\(format.displayName)")
        }
    }
}
