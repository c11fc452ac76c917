import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

/// `kgx convert --to ttl` on the benchmark's second input shape (`generate.py triples --shape
/// varied`): hundreds of predicates, IRIs no prefix can shorten, blank nodes, language-tagged and
/// typed literals, long literals full of escapes and line breaks. Its Turtle, read back by rapper
/// and serdi, must be exactly the input's triples.
@Suite struct VariedShapeTurtleTests {
    static let count = 3_000

    /// The input, written by the generator into `folder`.
    private func generated(in folder: URL) throws -> URL {
        let input = folder.appendingPathComponent("varied.nt")
        let generator = ProjectPaths.root.appendingPathComponent("Benchmarks/generate.py").path
        let result = try ExternalTool.run("python3", [generator, "triples", "--count", "\(Self.count)", "--seed", "7",
                                                      "--shape", "varied", "--out", input.path])
        #expect(result.status == 0, "generate.py: \(result.stderr)")
        return input
    }

    /// `file` as serdi reads it in `format`, one N-Triples line per triple, in RDF 1.1's terms
    /// (see `normalForm`), sorted.
    private func serdiLines(_ file: URL, format: String) throws -> [String] {
        let result = try ExternalTool.run("serdi", ["-i", format, "-o", "ntriples", file.path])
        #expect(result.status == 0, "serdi -i \(format): \(result.stderr)")
        return result.stdout.split(separator: "\n").map(Self.normalForm).sorted()
    }

    /// A line of serdi's N-Triples with the two differences RDF 1.1 does not count as a different
    /// triple, and which serdi keeps as it read them, removed: an explicit `^^xsd:string` (the same
    /// literal as the plain one) and upper-case letters in a language tag (whose value space is
    /// lower case, RDF 1.1 Concepts §3.3). kgx writes the plain and lower-case forms.
    static func normalForm(_ line: Substring) -> String {
        let xsdString = "\"^^<\(Namespace.xsd)string> ."
        if line.hasSuffix(xsdString) { return line.dropLast(xsdString.count) + "\" ." }
        guard line.hasSuffix(" ."), let at = line.lastIndex(of: "@"), line[line.index(before: at)] == "\"" else { return String(line) }
        let tag = line[line.index(after: at)..<line.index(line.endIndex, offsetBy: -2)]
        guard tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return String(line) }
        return line[...at] + tag.lowercased() + " ."
    }

    @Test("the varied shape's Turtle reads back in rapper and serdi as exactly the input's triples")
    func variedTurtleRoundTrips() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try generated(in: folder)
        var graph = InternedGraph()
        try graph.read(contentsOf: input.path)
        graph.sort()
        let sink = MemorySink()
        try ExportFormat.turtle.write(graph, to: sink, prefixes: .standard(minter: IRIMinter()))
        let turtle = folder.appendingPathComponent("varied.ttl")
        try Data(sink.bytes).write(to: turtle)

        let rapper = try ExternalTool.run("rapper", ["-i", "turtle", "-c", turtle.path])
        #expect(rapper.status == 0, "rapper: \(rapper.stderr)")
        #expect(rapper.stderr.contains("returned \(Self.count) triples"), "rapper: \(rapper.stderr)")

        let expected = try serdiLines(input, format: "ntriples")
        #expect(expected.count == Self.count)
        let readBack = try serdiLines(turtle, format: "turtle")
        let differences = Set(readBack).symmetricDifference(expected)
        #expect(readBack.count == expected.count && differences.isEmpty, "e.g. \(differences.sorted().prefix(2))")
    }

    @Test("the varied shape has what it is for: blank nodes, tags, types, unprefixable IRIs, escapes")
    func variedInputHasItsFeatures() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: try generated(in: folder), encoding: .utf8)
        var predicates = Set<Substring>()
        for line in text.split(separator: "\n") { predicates.insert(line.split(separator: " ")[1]) }
        #expect(predicates.count >= 200)
        for feature in ["\n_:node", "\"@zh-Hant", "\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\\n", "\\\"", "\\t",
                        "<http://very-long-host-name.data.example.org/", "/with/slashes(and)parens>"] {
            #expect(text.contains(feature), "no \(feature) in the varied input")
        }
    }
}
