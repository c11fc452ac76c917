import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

/// N-Quads with one named graph per document: which graph each triple lands in, as rdflib's
/// Dataset and pyoxigraph read the file back.
@Suite struct NQuadsWriterTests {
    typealias Quad = [String]

    static let second = Term.iri(GraphFixtures.minter.iri(.document, name: "001_second"))
    static let secondSentence = Term.iri(GraphFixtures.minter.iri(.document, name: "001_second") + "#char=0,27")
    static let secondSentenceText = "IREL is a party to the MoU."

    /// The sample graph with a second document whose sentence also states the reified fact.
    static var twoDocuments: Graph {
        var graph = GraphFixtures.sample
        graph.insert(second, Vocabulary.type, .iri(Vocabulary.Class.document.iri))
        graph.insert(second, Vocabulary.label, .string("001_second.txt"))
        graph.insert(GraphFixtures.irel, GraphFixtures.property(.mentionedIn), second)
        graph.insert(GraphFixtures.statement, Namespace.prov + "wasDerivedFrom", secondSentence)
        graph.insert(secondSentence, Namespace.prov + "value", .string(secondSentenceText))
        graph.insert(secondSentence, Namespace.dcterms + "isPartOf", second)
        return graph
    }

    private func nquads(_ graph: Graph) throws -> String {
        let sink = MemorySink()
        try ExportFormat.nquads.write(graph, to: sink, prefixes: .standard())
        return sink.text
    }

    /// The quads of `text` as rdflib reads them, after checking pyoxigraph reads the same.
    private func parsedQuads(_ text: String) throws -> Set<Quad> {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.nq")
        try Data(text.utf8).write(to: file)
        let script = ProjectPaths.root.appendingPathComponent("Tests/RDFWriterTests/Scripts/quads.py")
        let result = try ExternalTool.run("python3", [script.path, file.path])
        try #require(result.status == 0, "\(result.stderr)")
        let readings = try JSONDecoder().decode([String: [Quad]].self, from: Data(result.stdout.utf8))
        #expect(readings["rdflib"] == readings["pyoxigraph"])
        return Set(readings["rdflib"] ?? [])
    }

    private static func text(_ term: Term) -> String {
        switch term {
        case .iri(let iri): iri
        case .blank: "_:"
        case .literal(let literal): literal.lexical
        }
    }

    /// The graphs `triple` is in among `quads` ("" is the default graph).
    private func graphs(of triple: Triple, in quads: Set<Quad>) -> Set<String> {
        let spelled = [Self.text(triple.subject), triple.predicate, Self.text(triple.object)]
        return Set(quads.filter { Array($0.dropFirst()) == spelled }.map { $0[0] })
    }

    @Test("each triple is in the graphs of the documents it comes from, the rest in the default graph")
    func placement() throws {
        let quads = try parsedQuads(try nquads(Self.twoDocuments))
        let first = GraphFixtures.document.iriValue!, second = Self.second.iriValue!
        let statement = GraphFixtures.statement, agreement = GraphFixtures.agreement
        let party = GraphFixtures.property(.party), mentionedIn = GraphFixtures.property(.mentionedIn)
        let expectations: [(Triple, Set<String>)] = [
            // A fact stated in both documents is in both graphs, and so is its reification node.
            (Triple(agreement, party, GraphFixtures.irel), [first, second]),
            (Triple(statement, Namespace.rdf + "subject", agreement), [first, second]),
            (Triple(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement")), [first, second]),
            // Each evidence link and sentence is in its own document's graph only.
            (Triple(statement, Namespace.prov + "wasDerivedFrom", GraphFixtures.firstSentence), [first]),
            (Triple(statement, Namespace.prov + "wasDerivedFrom", Self.secondSentence), [second]),
            (Triple(Self.secondSentence, Namespace.prov + "value", .string(Self.secondSentenceText)), [second]),
            (Triple(GraphFixtures.firstSentence, Namespace.dcterms + "isPartOf", GraphFixtures.document), [first]),
            // A document's description and the mentions of it are in its graph.
            (Triple(GraphFixtures.document, GraphFixtures.property(.sourceFile), .string("000_1e402e99c595d7c9.txt")), [first]),
            (Triple(Self.second, Vocabulary.type, .iri(Vocabulary.Class.document.iri)), [second]),
            (Triple(GraphFixtures.irel, mentionedIn, Self.second), [second]),
            (Triple(GraphFixtures.germany, mentionedIn, GraphFixtures.document), [first]),
            // Entity descriptions and facts without provenance belong to no document.
            (Triple(agreement, party, GraphFixtures.germany), [""]),
            (Triple(GraphFixtures.germany, Vocabulary.label, .string("Germany")), [""]),
            (Triple(GraphFixtures.irel, Vocabulary.type, .iri(Vocabulary.Class.organization.iri)), [""]),
        ]
        for (triple, expected) in expectations {
            #expect(graphs(of: triple, in: quads) == expected, "\(triple)")
        }
        #expect(Set(quads.map { $0[0] }) == ["", first, second])
    }

    @Test("the union of the graphs is the N-Triples output, line for line; each quad once, sections sorted")
    func unionIsTheNTriples() throws {
        let graph = Self.twoDocuments
        let text = try nquads(graph)
        let sink = MemorySink()
        try ExportFormat.ntriples.write(graph, to: sink, prefixes: .standard())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(Set(lines).count == lines.count)
        // Each line is an N-Triples line, or one with a document's IRI before the final " .".
        let documents = [GraphFixtures.document.iriValue!, Self.second.iriValue!]
        let names = lines.map { line in documents.first { line.hasSuffix(" <\($0)> .") } ?? "" }
        let stripped = zip(lines, names).map { line, name in name.isEmpty ? line : String(line.dropLast(name.utf8.count + 5)) + " ." }
        #expect(Set(stripped) == Set(sink.text.split(separator: "\n").map(String.init)))
        // Default graph first, then each document's graph in IRI order, every section sorted like N-Triples.
        #expect(names.first == "" && names == names.sorted())
        for document in [""] + documents {
            let section = zip(stripped, names).filter { $0.1 == document }.map(\.0)
            #expect(section == sink.text.split(separator: "\n").map(String.init).filter(section.contains))
        }
        #expect(try parsedQuads(text).count == lines.count)
    }

    @Test("a graph without documents is all default graph: the N-Triples bytes")
    func noDocumentsIsNTriples() throws {
        let graph = GraphFixtures.labelled("x")
        let sink = MemorySink()
        try ExportFormat.ntriples.write(graph, to: sink, prefixes: .standard())
        #expect(try nquads(graph) == sink.text)
    }

    @Test("provenance that leads to no document leaves its triples in the default graph")
    func provenanceWithoutDocument() throws {
        var graph = Graph()
        let fact = Triple(GraphFixtures.irel, GraphFixtures.property(.basedIn), GraphFixtures.india)
        graph.insert(fact)
        // A statement whose sentence is part of something that is not a kg:Document.
        GraphFixtures.reify(&graph, fact, sentences: [(GraphFixtures.firstSentence, GraphFixtures.firstSentenceText)])
        let quads = try parsedQuads(try nquads(graph))
        #expect(Set(quads.map { $0[0] }) == [""])
        #expect(quads.count == graph.count)
    }
}
