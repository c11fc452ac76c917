import KGGraph
import KGWriters
import Testing

@Suite struct NTriplesWriterTests {
    private func ntriples(_ triples: [Triple]) throws -> String {
        let sink = MemorySink()
        let writer = NTriplesWriter(sink: sink)
        try writer.write(contentsOf: triples)
        try writer.finish()
        return sink.text
    }

    @Test(arguments: RDFEdgeCase.all)
    func exactOutput(_ edgeCase: RDFEdgeCase) throws {
        #expect(try ntriples(edgeCase.triples) == edgeCase.ntriples)
    }

    /// Our reader gets every edge case back exactly (the blank node case is left out: its labels
    /// are renamed on writing, so only isomorphism holds, which the consumer test checks).
    @Test(arguments: RDFEdgeCase.all.filter { $0.name != RDFEdgeCase.blankNodes.name })
    func roundTripsThroughOurReader(_ edgeCase: RDFEdgeCase) throws {
        let output = try ntriples(edgeCase.triples)
        #expect(try NTriplesReader.graph(Array(output.utf8)).unorderedTriples == Set(edgeCase.triples))
    }

    @Test func invalidLanguageTagThrowsBeforeWriting() throws {
        let sink = MemorySink()
        let writer = NTriplesWriter(sink: sink)
        #expect(throws: RDFWriterError.invalidLanguageTag("en_us")) {
            try writer.write(Triple(.iri("http://ex.org/s"), "http://ex.org/p", .string("x", language: "en_US")))
        }
        try writer.finish()
        #expect(sink.bytes.isEmpty)
    }

    @Test func relativeIRIsAndLiteralSubjectsAreRefused() throws {
        let writer = NTriplesWriter(sink: MemorySink())
        #expect(throws: RDFWriterError.relativeIRI("p")) {
            try writer.write(Triple(.iri("http://ex.org/s"), "p", .string("v")))
        }
        #expect(throws: RDFWriterError.literalSubject(Literal("v"))) {
            try writer.write(Triple(.string("v"), "http://ex.org/p", .string("v")))
        }
    }
}
