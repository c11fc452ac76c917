import KGGraph
import Testing
@testable import KGWriters

@Suite struct PropertyGraphTests {
    typealias F = GraphFixtures
    let graph = PropertyGraph(F.sample)

    func node(_ term: Term) throws -> PropertyGraph.Node {
        try #require(graph.nodes.first { $0.term == term })
    }

    @Test func onlyResourcesBecomeNodesAndProvenanceIsFolded() {
        let terms = graph.nodes.map(\.term)
        #expect(terms == [F.agreement, F.germany, F.india, F.document, F.lithium, F.irel].sorted())
        #expect(terms == terms.sorted())
        #expect(!terms.contains(F.statement))
        #expect(!terms.contains(F.firstSentence))
        #expect(!terms.contains(.iri(Vocabulary.Class.country.iri)))
    }

    @Test("keys say which attributes have several values and the datatype all values share; nodes keep the values apart")
    func multipleValuesAndDatatypesAreKept() throws {
        let keys = Dictionary(uniqueKeysWithValues: graph.nodeKeys.map { ($0.name, $0) })
        #expect(keys["aliases"]?.isMultiValued == true)
        #expect(keys["label"]?.isMultiValued == false)
        #expect(keys["signedOn"]?.datatype == Namespace.xsd + "date")
        #expect(keys["title"]?.datatype == Namespace.rdf + "langString")
        #expect(keys["agreementKind"]?.datatype == Namespace.xsd + "string")
        var withSeparator = Graph()
        withSeparator.insert(F.india, Vocabulary.altLabel, .string("x | y"))
        withSeparator.insert(F.india, Vocabulary.altLabel, .string("z"))
        withSeparator.insert(F.india, F.property(.sourceFile), .string("a"))
        withSeparator.insert(F.india, F.property(.sourceFile), .typed("b", Namespace.xsd + "token"))
        let projected = PropertyGraph(withSeparator)
        let aliases = try #require(projected.nodeKeys.firstIndex { $0.name == "aliases" })
        #expect(projected.nodes[0].texts(at: aliases) == ["x | y", "z"])
        #expect(projected.nodes[0].attributes["aliases"] == .string("x | y | z"))
        let sourceFile = try #require(projected.nodeKeys.first { $0.name == "sourceFile" })
        #expect(sourceFile.datatype == nil && sourceFile.isMultiValued)
    }

    @Test func nodeAttributesFollowTheContract() throws {
        let germany = try node(F.germany).attributes
        #expect(germany["iri"] == .string(F.germany.iriValue ?? ""))
        #expect(germany["label"] == .string("Germany"))
        #expect(germany["type"] == .string("Country"))
        #expect(germany["labels"] == .string(":Country"))
        #expect(germany["aliases"] == .string("Deutschland | Federal Republic of Germany"))
        let agreement = try node(F.agreement).attributes
        #expect(agreement["agreementKind"] == .string("MoU"))
        #expect(agreement["signedOn"] == .string("2025-08-07"))
        #expect(agreement["aliases"] == nil)
        let document = try node(F.document).attributes
        #expect(document["sourceFile"] == .string("000_1e402e99c595d7c9.txt"))
        #expect(document["title"] == .string("India and Germany sign lithium MoU"))
    }

    @Test func literalDatatypesGiveTypedKeys() throws {
        let types = Dictionary(uniqueKeysWithValues: graph.nodeKeys.map { ($0.name, $0.type) })
        #expect(types["numberOfEmployees"] == .long)
        #expect(types["stateShare"] == .double)
        #expect(types["listed"] == .boolean)
        #expect(types["signedOn"] == .string)
        let irel = try node(F.irel).attributes
        #expect(irel["numberOfEmployees"] == .long(1200))
        #expect(irel["stateShare"] == .double(0.95))
        #expect(irel["listed"] == .boolean(false))
        #expect(graph.nodeKeys.prefix(5).map(\.name) == ["iri", "label", "type", "labels", "aliases"])
    }

    @Test func multiValuedOrUnparsableLiteralsBecomeJoinedText() throws {
        var rdf = Graph()
        let a = Term.iri("https://example.org/a"), b = Term.iri("https://example.org/b")
        let score = "https://example.org/score", rank = "https://example.org/rank"
        rdf.insert(a, score, .typed("2", Namespace.xsd + "integer"))
        rdf.insert(a, score, .typed("10", Namespace.xsd + "integer"))
        rdf.insert(b, score, .typed("3", Namespace.xsd + "integer"))
        rdf.insert(a, rank, .typed("1", Namespace.xsd + "integer"))
        rdf.insert(b, rank, .typed("2.5", Namespace.xsd + "double"))
        let projected = PropertyGraph(rdf)
        let types = Dictionary(uniqueKeysWithValues: projected.nodeKeys.map { ($0.name, $0.type) })
        #expect(types["score"] == .string)
        #expect(types["rank"] == .double)
        #expect(projected.nodes[0].attributes["score"] == .string("10 | 2"))
        #expect(projected.nodes[0].attributes["rank"] == .double(1))
        #expect(projected.nodes[0].attributes["label"] == .string("a"))
    }

    @Test func clashingAttributeNamesAreMadeDistinct() {
        var rdf = Graph()
        let a = Term.iri("https://example.org/a")
        rdf.insert(a, Namespace.dcterms + "title", .string("one"))
        rdf.insert(a, Namespace.kg + "title", .string("two"))
        rdf.insert(a, "https://example.org/id", .string("three"))
        rdf.insert(a, "https://example.org/label", .string("four"))
        rdf.insert(a, "https://example.org/Role", .string("five"))
        rdf.insert(a, "https://example.org/role", .string("six"))
        let names = PropertyGraph(rdf).nodeKeys.map(\.name)
        #expect(names == ["iri", "label", "type", "labels", "aliases", "title", "Role", "id_2", "label_2", "role_2", "title_2"])
        #expect(Set(names).count == names.count)
    }

    @Test func edgesKeepParallelRelationsAndSkipTypes() {
        let described = graph.edges.map { "\(graph.nodes[$0.source].label) -\($0.label)-> \(graph.nodes[$0.target].label)" }
        #expect(described.filter { $0.hasPrefix("IREL (India) Limited -") }.sorted() == [
            "IREL (India) Limited -basedIn-> India",
            "IREL (India) Limited -mentionedIn-> 000_1e402e99c595d7c9.txt",
            "IREL (India) Limited -participatesIn-> India",
        ])
        #expect(graph.edges.count == 5 + 3 + 2)
        #expect(!graph.edges.contains { $0.predicate == Vocabulary.type })
        #expect(graph.edges.allSatisfy { $0.predicate.hasSuffix($0.label) })
    }

    @Test func evidenceIsFoldedIntoTheMatchingEdge() throws {
        let withEvidence = graph.edges.filter { $0.attributes["evidence"] != nil }
        let edge = try #require(withEvidence.first)
        #expect(withEvidence.count == 1)
        #expect(graph.nodes[edge.source].term == F.agreement)
        #expect(graph.nodes[edge.target].term == F.irel)
        #expect(edge.predicate == Vocabulary.Property.party.iri)
        #expect(edge.attributes["evidence"] == .string("\(F.firstSentence.iriValue ?? "") \(F.secondSentence.iriValue ?? "")"))
        #expect(edge.attributes["evidenceText"] == .string(F.firstSentenceText + " ¶ " + F.secondSentenceText))
    }

    @Test func emptyGraphHasKeysButNoElements() {
        let empty = PropertyGraph(Graph())
        #expect(empty.nodes.isEmpty)
        #expect(empty.edges.isEmpty)
        #expect(empty.edgeKeys.map(\.name) == ["predicate", "label", "evidence", "evidenceText"])
    }
}
