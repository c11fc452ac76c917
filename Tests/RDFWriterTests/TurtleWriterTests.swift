import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

@Suite struct TurtleWriterTests {
    private func turtle(_ triples: [Triple], prefixes: PrefixMap = RDFEdgeCase.prefixes) throws -> String {
        let sink = MemorySink()
        let writer = try TurtleWriter(sink: sink, prefixes: prefixes)
        try writer.write(contentsOf: triples)
        try writer.finish()
        return sink.text
    }

    @Test(arguments: RDFEdgeCase.all)
    func exactOutput(_ edgeCase: RDFEdgeCase) throws {
        #expect(try turtle(edgeCase.triples) == edgeCase.turtle)
    }

    /// Every edge case, written by both writers, read back by rdflib, serdi and rapper: each
    /// reading gives the expected graph, except the refusals each case documents.
    @Test func consumersReadEveryEdgeCaseBack() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases: [RDFConsumers.Case] = []
        for (index, edgeCase) in RDFEdgeCase.all.enumerated() {
            let expected = folder.appendingPathComponent("expected\(index).nt")
            try Data(edgeCase.ntriples.utf8).write(to: expected)
            cases.append(RDFConsumers.Case(id: edgeCase.name, graph: edgeCase.triples, expected: expected))
        }
        let failures = try RDFConsumers.failures(of: cases, prefixes: RDFEdgeCase.prefixes)
        for edgeCase in RDFEdgeCase.all {
            let failed = failures[edgeCase.name, default: [:]]
            #expect(Set(failed.keys) == edgeCase.refusedBy, "\(edgeCase.name): \(failed)")
        }
    }

    @Test(arguments: ["en_US", "1x", "en-", "", "en--gb", "en-gb!", "fr ca"])
    func invalidLanguageTagThrowsBeforeWriting(_ tag: String) throws {
        let sink = MemorySink()
        let writer = try TurtleWriter(sink: sink, prefixes: RDFEdgeCase.prefixes)
        let good = Triple(.iri("http://ex.org/s"), "http://ex.org/p", .string("ok"))
        try writer.write(good)
        let before = sink.bytes
        #expect(throws: RDFWriterError.invalidLanguageTag(tag.lowercased())) {
            try writer.write(Triple(.iri("http://ex.org/s"), "http://ex.org/q", .string("x", language: tag)))
        }
        #expect(sink.bytes == before)
        // The writer is still usable and the failed triple left no trace.
        try writer.write(Triple(.iri("http://ex.org/t"), "http://ex.org/p", .string("next")))
        try writer.finish()
        #expect(sink.text == RDFEdgeCase.prefixBlock + "ex:s ex:p \"ok\" .\n\nex:t ex:p \"next\" .\n")
    }

    @Test func relativeIRIsAndLiteralSubjectsAreRefused() throws {
        let sink = MemorySink()
        let writer = try TurtleWriter(sink: sink)
        #expect(throws: RDFWriterError.relativeIRI("relative/x")) {
            try writer.write(Triple(.iri("relative/x"), "http://ex.org/p", .string("v")))
        }
        #expect(throws: RDFWriterError.relativeIRI("dt")) {
            try writer.write(Triple(.iri("http://ex.org/s"), "http://ex.org/p", .typed("v", "dt")))
        }
        #expect(throws: RDFWriterError.literalSubject(Literal("v"))) {
            try writer.write(Triple(.string("v"), "http://ex.org/p", .string("v")))
        }
        try writer.finish()
        #expect(sink.bytes.isEmpty)
    }

    @Test(arguments: [("1x", RDFWriterError.invalidPrefixLabel("1x")), ("_a", .invalidPrefixLabel("_a")),
                      ("a.", .invalidPrefixLabel("a.")), ("a b", .invalidPrefixLabel("a b"))])
    func invalidPrefixLabelsAreRefused(_ label: String, _ error: RDFWriterError) {
        #expect(throws: error) {
            _ = try TurtleWriter(sink: MemorySink(), prefixes: PrefixMap([(label, "http://ex.org/")]))
        }
    }

    @Test func duplicateAndRelativePrefixBindingsAreRefused() {
        #expect(throws: RDFWriterError.duplicatePrefixLabel("ex")) {
            _ = try TurtleWriter(sink: MemorySink(), prefixes: PrefixMap([("ex", "http://a/"), ("ex", "http://b/")]))
        }
        #expect(throws: RDFWriterError.relativeIRI("ns/")) {
            _ = try TurtleWriter(sink: MemorySink(), prefixes: PrefixMap([("ex", "ns/")]))
        }
    }

    @Test func validPrefixLabelsIncludingEmptyAndDotted() throws {
        let output = try turtle([Triple(.iri("http://a/x"), "http://b/y", .iri("http://c/z"))],
                                prefixes: PrefixMap([("", "http://a/"), ("b.c-d_1", "http://b/"), ("é", "http://c/")]))
        #expect(output == "@prefix : <http://a/> .\n@prefix b.c-d_1: <http://b/> .\n@prefix é: <http://c/> .\n\n:x b.c-d_1:y é:z .\n")
    }

    @Test func emptyGraphWithoutPrefixesIsEmpty() throws {
        #expect(try turtle([], prefixes: PrefixMap()) == "")
    }

    @Test func longestNamespaceWins() throws {
        let output = try turtle([Triple(.iri("http://ex.org/id/a"), "http://ex.org/p", .iri("http://ex.org/id/b"))],
                                prefixes: PrefixMap([("ex", "http://ex.org/"), ("id", "http://ex.org/id/")]))
        #expect(output.hasSuffix("\nid:a ex:p id:b .\n"))
    }
}
