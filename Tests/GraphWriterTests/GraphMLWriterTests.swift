import KGGraph
import KGTestSupport
import Testing
@testable import KGWriters

@Suite struct GraphMLWriterTests {
    typealias F = GraphFixtures

    @Test func sampleValidatesAgainstTheGraphMLSchema() throws {
        let result = try GraphConsumers.validate(try GraphConsumers.graphML(F.sample))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("validates"))
    }

    @Test func emptyGraphIsValidGraphML() throws {
        let sink = try GraphConsumers.graphML(Graph())
        let result = try GraphConsumers.validate(sink)
        #expect(result.status == 0, "\(result.stderr)")
        let loaded = try GraphConsumers.networkX(sink)
        #expect(loaded.nodes.isEmpty)
        #expect(loaded.edges.isEmpty)
    }

    @Test func networkXLoadsEveryNodeAndParallelEdge() throws {
        let loaded = try GraphConsumers.networkX(try GraphConsumers.graphML(F.sample))
        let projected = PropertyGraph(F.sample)
        #expect(loaded.multigraph)
        #expect(loaded.directed)
        #expect(loaded.nodes.count == 6)
        #expect(loaded.edges.count == projected.edges.count)
        let irel = try #require(loaded.nodes.values.first { $0["iri"]?.value == F.irel.iriValue })
        let india = try #require(loaded.nodes.first { $0.value["iri"]?.value == F.india.iriValue }?.key)
        let ireIID = try #require(loaded.nodes.first { $0.value["iri"]?.value == F.irel.iriValue }?.key)
        let parallel = loaded.edges.filter { $0.source == ireIID && $0.target == india }
        #expect(parallel.map { $0.data["label"]?.value }.sorted { ($0 ?? "") < ($1 ?? "") } == ["basedIn", "participatesIn"])
        #expect(irel["label"] == .init(value: "IREL (India) Limited", type: "str"))
        #expect(irel["labels"] == .init(value: ":Organization", type: "str"))
        #expect(irel["numberOfEmployees"] == .init(value: "1200", type: "int"))
        #expect(irel["stateShare"] == .init(value: "0.95", type: "float"))
        #expect(irel["listed"] == .init(value: "False", type: "bool"))
    }

    @Test func evidenceSurvivesAsEdgeData() throws {
        let loaded = try GraphConsumers.networkX(try GraphConsumers.graphML(F.sample))
        let edge = try #require(loaded.edges.first { $0.data["evidence"] != nil })
        #expect(edge.data["predicate"]?.value == Vocabulary.Property.party.iri)
        #expect(edge.data["evidenceText"]?.value == F.firstSentenceText + " ¶ " + F.secondSentenceText)
        #expect(loaded.edges.filter { $0.data["evidence"] != nil }.count == 1)
    }

    @Test func documentHasTheShapeConsumersNeed() throws {
        let text = try GraphConsumers.graphML(F.sample).text
        let graphStart = try #require(text.range(of: "<graph "))
        let keys = text.ranges(of: "<key ")
        // The projection's keys, the tools' own (GraphMLToolAttributes) and the two yFiles keys.
        #expect(keys.count == PropertyGraph(F.sample).nodeKeys.count + 4 + GraphMLToolAttributes.nodeKeys.count
                + GraphMLToolAttributes.edgeKeys.count + 2)
        #expect(keys.allSatisfy { $0.lowerBound < graphStart.lowerBound })
        #expect(!text.contains("for=\"all\""))
        #expect(!text.contains("<key id=\"id\""))
        #expect(!text.contains("attr.name=\"id\""))
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\">"))
        #expect(text.contains("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"))
        let lastNode = try #require(text.range(of: "<node ", options: .backwards))
        let firstEdge = try #require(text.range(of: "<edge "))
        #expect(lastNode.lowerBound < firstEdge.lowerBound)
        #expect(text.contains("<node id=\"n0\">") && text.contains("<edge id=\"e0\" source=\"n"))
    }

    @Test func outputIsByteIdenticalWhateverTheInsertionOrder() throws {
        let reversed = Graph(F.sample.sortedTriples.reversed())
        #expect(try GraphConsumers.graphML(F.sample).bytes == GraphConsumers.graphML(reversed).bytes)
    }

    @Test(arguments: GraphFixtures.hostileLabels)
    func hostileLabelRoundTripsThroughNetworkX(label: String) throws {
        let sink = try GraphConsumers.graphML(F.labelled(label))
        let validation = try GraphConsumers.validate(sink)
        #expect(validation.status == 0, "\(validation.stderr)")
        let loaded = try GraphConsumers.networkX(sink)
        let expected = XMLTextSanitizer.sanitized(label)
        let person = try #require(loaded.nodes.values.first { $0["type"]?.value == "Person" })
        #expect(person["label"]?.value == expected)
        #expect(person["role"]?.value == expected)
    }

    @Test func forbiddenCharactersAreReplacedNotDropped() {
        #expect(XMLTextSanitizer.sanitized("a\u{01}b\u{0B}c\u{FFFE}d\te\nf") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\nf")
        #expect(XMLTextSanitizer.sanitized("plain 😀") == "plain 😀")
    }

    @Test func sinkFailureIsThrownAsTheSinkError() {
        let failure = SinkError(destination: "test", code: 28)
        #expect(throws: failure) {
            try GraphMLWriter(sink: FailingSink(failure)).write(PropertyGraph(F.sample))
        }
    }
}

/// A sink whose every write fails, like a full disk.
final class FailingSink: ByteSink {
    let failure: SinkError
    init(_ failure: SinkError) { self.failure = failure }
    func write(_ bytes: UnsafeRawBufferPointer) throws { throw failure }
    func flush() throws { throw failure }
}
