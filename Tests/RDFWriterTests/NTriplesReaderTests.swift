import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

@Suite struct NTriplesReaderTests {
    private func read(_ text: String) throws -> [Triple] {
        var triples: [Triple] = []
        try NTriplesReader.read(Array(text.utf8)) { triples.append($0) }
        return triples
    }

    private func syntaxError(_ text: String) -> NTriplesSyntaxError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? NTriplesSyntaxError
        }
    }

    @Test func readsTermsAndEscapes() throws {
        let triples = try read(#"""
            # comment
            <http://ex/s> <http://ex/p> "a\"b\\c\n\u00E9\U0001F600" .
            _:b1 <http://ex/p> "chat"@FR-ca . # trailing comment
            <http://ex/\u0073><http://ex/p>"1"^^<http://www.w3.org/2001/XMLSchema#integer>.
            _:b.1	<http://ex/p>	_:c .
            """#)
        #expect(triples == [
            Triple(.iri("http://ex/s"), "http://ex/p", .string("a\"b\\c\né😀")),
            Triple(.blank("b1"), "http://ex/p", .string("chat", language: "fr-ca")),
            Triple(.iri("http://ex/s"), "http://ex/p", .typed("1", Namespace.xsd + "integer")),
            Triple(.blank("b.1"), "http://ex/p", .blank("c")),
        ])
    }

    @Test func lineEndingsCRLFAndCRCountAsOneLineEach() {
        let error = syntaxError("<http://a/s> <http://a/p> <http://a/o> .\r\n\r<http://a/s> <http://a/p> <o> .\n")
        #expect(error == NTriplesSyntaxError(line: 3, column: 27, message: "relative IRI: N-Triples allows only absolute IRIs"))
    }

    @Test func columnsCountScalarsNotBytes() {
        let error = syntaxError("<http://a/é> <http://a/p> \"x\" ;\n")
        #expect(error?.line == 1)
        #expect(error?.column == 31)
    }

    @Test(arguments: [
        "<http://a/s> <http://a/p> \"\u{1}\" .\n",
    ])
    func rawControlCharactersInStringsAreAccepted(_ text: String) throws {
        #expect(try read(text).count == 1)
    }

    @Test(arguments: [
        "<http://a/s> <http://a/p> \"\\uD800\" .",
        "<http://a/s> <http://a/p> \"\\U00110000\" .",
        "<http://a/s> <http://a/p> <http://a/o>",
        "<http://a/s> <http://a/p> <http://a/o> . <http://a/s> <http://a/p> <http://a/o> .",
        "<http://a/s> <http://a/p> \"x\"@en- .",
        "<http://a/s> <http://a/p> \"x\"^<http://a/dt> .",
        "_:a. <http://a/p> <http://a/o> .",
        "<http://a/s> \"p\" <http://a/o> .",
    ])
    func malformedLinesAreRejected(_ text: String) {
        #expect(syntaxError(text) != nil)
    }

    @Test func invalidUTF8IsRejected() {
        var bytes = Array("<http://a/s> <http://a/p> \"".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\" .\n".utf8)
        #expect(throws: NTriplesSyntaxError.self) { try NTriplesReader.read(bytes) { _ in } }
    }

    /// A file larger than one read chunk, with lines split across chunk boundaries, reads completely.
    @Test func readsLargeFilesInChunks() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.nt").path
        let sink = MemorySink()
        let writer = NTriplesWriter(sink: sink)
        for index in 0..<30_000 {
            try writer.write(Triple(.iri("http://ex.org/s\(index / 3)"), "http://ex.org/p\(index % 3)",
                                    .string("value \(index) with \"quotes\" and é")))
        }
        try writer.finish()
        try Data(sink.bytes).write(to: URL(fileURLWithPath: path))
        var count = 0
        try NTriplesReader.read(contentsOf: path) { _ in count += 1 }
        #expect(count == 30_000)
        #expect(try NTriplesReader.graph(contentsOf: path).unorderedTriples == NTriplesReader.graph(sink.bytes).unorderedTriples)
    }

    @Test func missingFileIsAnInputError() {
        #expect(throws: NTriplesInputError.self) { try NTriplesReader.read(contentsOf: "/nonexistent/x.nt") { _ in } }
    }
}
