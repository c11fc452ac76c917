import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

@Suite struct JSONLDWriterTests {
    private static func ex(_ local: String) -> Term { .iri("http://ex.org/" + local) }

    private func jsonLD(_ triples: [Triple], prefixes: PrefixMap = RDFEdgeCase.prefixes) throws -> String {
        let sink = MemorySink()
        try ExportFormat.jsonLD.write(Graph(triples), to: sink, prefixes: prefixes)
        return sink.text
    }

    /// Graphs that exercise the context rules beyond the edge cases: a scheme named like a prefix,
    /// coercion by the most common kind of value, and keys that cannot be term names.
    static let contextCases: [(name: String, triples: [Triple])] = [
        ("an IRI whose scheme is a prefix label", [
            Triple(ex("s"), "http://ex.org/p", .iri("ex:not-the-ex-namespace")),
            Triple(.iri("ex:other"), "http://ex.org/p", ex("o")),
        ]),
        ("values that do not fit their property's coercion", [
            Triple(ex("s"), "http://ex.org/date", .typed("2025-01-02", Namespace.xsd + "date")),
            Triple(ex("s"), "http://ex.org/date", .typed("2025-01-03", Namespace.xsd + "date")),
            Triple(ex("t"), "http://ex.org/date", .typed("--07-12", Namespace.xsd + "gMonthDay")),
            Triple(ex("t"), "http://ex.org/date", .string("sometime")),
            Triple(ex("t"), "http://ex.org/date", .string("soon", language: "en")),
            Triple(ex("t"), "http://ex.org/date", ex("a-date")),
            Triple(ex("s"), "http://ex.org/link", ex("o")),
            Triple(ex("t"), "http://ex.org/link", .string("not a link")),
        ]),
        ("keys that are not term names, rdf:type of every kind", [
            Triple(ex("s"), "http://ex.org/has%20space", .string("x")),
            Triple(ex("s"), "http://elsewhere.org/p", .string("y")),
            Triple(ex("s"), "http://ex.org/p/", .string("z")),
            Triple(ex("s"), Vocabulary.type, ex("C")),
            Triple(ex("s"), Vocabulary.type, .iri("http://elsewhere.org/D")),
            Triple(ex("s"), Vocabulary.type, .blank("class")),
            Triple(ex("s"), Vocabulary.type, .string("a literal type")),
            Triple(ex("C"), "http://ex.org/C", ex("s")),
        ]),
    ]

    /// Every edge case of the Turtle and N-Triples writers, and the context cases, written as
    /// JSON-LD: rdflib, pyld (expansion and `to_rdf`) and pyoxigraph (both parsers) read each back
    /// to the expected graph, except the refusals listed.
    @Test func consumersReadEveryCaseBack() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = RDFEdgeCase.all.map { (name: $0.name, triples: $0.triples) } + Self.contextCases
        var jobs: [GraphComparison.Job] = []
        for (index, testCase) in cases.enumerated() {
            let expected = folder.appendingPathComponent("case\(index).nt")
            let document = folder.appendingPathComponent("case\(index).jsonld")
            let ntriples = MemorySink()
            try ExportFormat.ntriples.write(Graph(testCase.triples), to: ntriples, prefixes: RDFEdgeCase.prefixes)
            try Data(ntriples.bytes).write(to: expected)
            try Data(try jsonLD(testCase.triples).utf8).write(to: document)
            jobs.append(GraphComparison.Job(id: testCase.name, expected: expected, readings: GraphComparison.jsonLDReadings(of: document.path)))
        }
        let failures = try GraphComparison.failures(jobs)
        for testCase in cases {
            let failed = failures[testCase.name, default: [:]]
            #expect(Set(failed.keys) == Self.refusals[testCase.name, default: []], "\(testCase.name): \(failed)")
        }
    }

    /// The JSON-LD readings known to refuse a case, by case name. JSON-LD 1.1 `to_rdf` drops
    /// triples whose IRIs are not well-formed (RFC 3987): pyld and pyoxigraph drop the IRIs
    /// holding spaces, quotes and the like (rdflib resolves them against the file's URL), as serdi
    /// and rapper refuse them in Turtle; pyoxigraph also drops `100%`, `a%zz` (a `%` without two hex
    /// digits) and `a[b]` (brackets outside the authority), which the Turtle readers accept.
    static let refusals: [String: Set<String>] = [
        RDFEdgeCase.unsafeIRIs.name: Set(GraphComparison.jsonLDReadings(of: "").map(\.label)),
        RDFEdgeCase.prefixedNames.name: ["pyoxigraph json-ld", "pyoxigraph streaming json-ld"],
    ]

    @Test("the document for a small graph, byte for byte")
    func exactDocument() throws {
        let triples = [
            Triple(Self.ex("s"), Vocabulary.type, Self.ex("C")),
            Triple(Self.ex("s"), "http://ex.org/knows", Self.ex("t")),
            Triple(Self.ex("s"), "http://ex.org/knows", .blank("friend")),
            Triple(Self.ex("s"), "http://ex.org/born", .typed("2001-02-03", Namespace.xsd + "date")),
            Triple(Self.ex("s"), "http://ex.org/name", .string("S \"quoted\"\n")),
            Triple(Self.ex("s"), "http://ex.org/name", .string("Esse", language: "it")),
            Triple(.blank("friend"), "http://ex.org/born", .typed("1999", Namespace.xsd + "gYear")),
        ]
        #expect(try jsonLD(triples) == #"""
            {
              "@context": {
                "ex": "http://ex.org/",
                "xsd": "http://www.w3.org/2001/XMLSchema#",
                "C": "ex:C",
                "born": {"@id": "ex:born", "@type": "xsd:date"},
                "knows": {"@id": "ex:knows", "@type": "@id", "@container": "@set"},
                "name": {"@id": "ex:name", "@container": "@set"}
              },
              "@graph": [
                {
                  "@type": "C",
                  "@id": "ex:s",
                  "born": "2001-02-03",
                  "knows": ["ex:t", "_:b0"],
                  "name": [{"@value": "Esse", "@language": "it"}, "S \"quoted\"\n"]
                },
                {
                  "@id": "_:b0",
                  "born": {"@type": "xsd:gYear", "@value": "1999"}
                }
              ]
            }

            """#)
    }

    @Test func emptyGraphIsAnEmptyDocument() throws {
        #expect(try jsonLD([]) == "{\n  \"@context\": {},\n  \"@graph\": []\n}\n")
    }

    @Test("the bytes depend only on the set of triples")
    func outputIsDeterministic() throws {
        let triples = RDFEdgeCase.all.flatMap(\.triples) + Self.contextCases.flatMap(\.triples)
        let once = try jsonLD(triples)
        #expect(try jsonLD(triples.reversed()) == once)
        #expect(try jsonLD(triples + triples.shuffled()) == once)
    }

    @Test("strings are escaped as RFC 8259 requires; U+2028/2029 too, everything else raw")
    func stringEscaping() throws {
        let text = "q\" b\\ nl\n cr\r tab\t bs\u{8} ff\u{C} one\u{1} us\u{1F} del\u{7F} ls\u{2028} ps\u{2029} 😀 \u{FFFE} é/"
        let document = try jsonLD([Triple(Self.ex("s"), "http://ex.org/p", .string(text))])
        let expected = #""q\" b\\ nl\n cr\r tab\t bs\b ff\f one\u0001 us\u001f del"# + "\u{7F}"
            + #" ls\u2028 ps\u2029 "# + "😀 \u{FFFE} é/\""
        #expect(document.contains("\"p\": " + expected))
        // Foundation's JSON parser reads the same text back.
        let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any]
        let node = (parsed?["@graph"] as? [[String: Any]])?.first
        #expect(node?["p"] as? String == text)
    }
}
