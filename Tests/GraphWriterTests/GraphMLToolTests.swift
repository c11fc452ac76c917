import Foundation
import KGGraph
import KGTestSupport
import Testing
@testable import KGWriters

/// What each GraphML consumer looks for, checked on what the writer produces: yEd's graphics,
/// APOC's relationship type, Gephi's colour and position, Cytoscape's name and interaction,
/// igraph's typed attributes, and schema validity with and without yFiles data.
@Suite struct GraphMLToolTests {
    private typealias F = GraphFixtures

    @Test func yFilesOutputValidatesOnlyAgainstTheGraphMLSchemaExtendedForYFiles() throws {
        let sink = try GraphConsumers.graphML(F.sample)
        let result = try GraphConsumers.validate(sink)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("validates"))
        #expect(try GraphConsumers.validate(sink, plain: true).status != 0)
    }

    @Test func theExtendedSchemaStillRejectsInvalidGraphML() throws {
        let invalid = try Data(contentsOf: ProjectPaths.conformance.appendingPathComponent("graphml/invalid.graphml"))
        #expect(try GraphConsumers.validate(Array(invalid)).status != 0)
        // yFiles markup is allowed inside <data> only, never as a child of <node>.
        let misplaced = try GraphConsumers.graphML(F.sample).text
            .replacingOccurrences(of: "<node id=\"n0\">", with: "<node id=\"n0\"><y:ShapeNode/>")
        #expect(try GraphConsumers.validate(Array(misplaced.utf8)).status != 0)
    }

    @Test func plainOutputValidatesAgainstThePlainSchemaAndHasNoYFilesData() throws {
        let sink = try GraphConsumers.graphML(F.sample, options: .init(yFilesGraphics: false))
        let result = try GraphConsumers.validate(sink, plain: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!sink.text.contains("yworks") && !sink.text.contains("yfiles.type"))
        // Everything else a tool reads is still there.
        #expect(sink.text.contains("<key id=\"label\" for=\"edge\""))
        #expect(sink.text.contains("<key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"long\"/>"))
    }

    @Test func yEdGetsEachNodesLabelClassShapeAndFill() throws {
        let graphics = try GraphConsumers.yFilesGraphics(try GraphConsumers.graphML(F.sample).bytes)
        let projection = PropertyGraph(F.sample)
        #expect(graphics.nodesWithoutGraphics == 0)
        #expect(graphics.nodes.count == projection.nodes.count)
        for node in projection.nodes {
            let drawn = try #require(graphics.nodes[node.label])
            let style = ClassStyle.style(forClasses: node.classes)
            #expect(drawn.label == node.label)
            #expect(drawn.fill == style.fillColor.uppercased())
            #expect(drawn.shape == style.yFilesShape)
        }
        #expect(graphics.nodes["Germany"]?.shape == "octagon")
        #expect(graphics.nodes["IREL (India) Limited"]?.fill == "#CFE2FF")
        #expect(graphics.edges.map(\.label).sorted() == projection.edges.map(\.label).sorted())
        #expect(graphics.edges.filter { $0.line == "dotted" }.count
                == projection.edges.filter { $0.predicate == Vocabulary.Property.mentionedIn.iri }.count)
    }

    @Test func yEdAndGephiPlaceNodesWhereTheLayoutPutThem() throws {
        let projection = PropertyGraph(F.sample)
        let boxes = projection.nodes.indices.map { index in
            GraphLayout.Box(centerX: Double(100 * index), centerY: Double(50 * index), width: 80, height: 30)
        }
        let sink = try GraphConsumers.graphML(F.sample, options: .init(layout: GraphLayout(boxes: boxes)))
        let graphics = try GraphConsumers.yFilesGraphics(sink.bytes)
        let loaded = try GraphConsumers.networkX(sink)
        let bottom = Double(50 * (projection.nodes.count - 1)) + 15
        for (index, node) in projection.nodes.enumerated() {
            // yEd: the box's top-left corner and size, y downwards.
            let geometry = try #require(graphics.nodes[node.label]?.geometry)
            #expect(geometry == ["x": Double(100 * index) - 40, "y": Double(50 * index) - 15, "width": 80, "height": 30])
            // Gephi (and NetworkX): the centre as typed doubles, y upwards.
            let attributes = try #require(loaded.nodes.values.first { $0["iri"]?.value == node.identifier })
            #expect(attributes["x"] == .init(value: String(Double(100 * index)), type: "float"))
            #expect(attributes["y"] == .init(value: String(bottom - Double(50 * index)), type: "float"))
        }
    }

    @Test func withoutALayoutEveryNodeStillGetsItsOwnPlace() throws {
        let graphics = try GraphConsumers.yFilesGraphics(try GraphConsumers.graphML(F.sample).bytes)
        let corners = graphics.nodes.values.map { [$0.geometry["x"] ?? 0, $0.geometry["y"] ?? 0] }
        #expect(Set(corners).count == graphics.nodes.count)
    }

    @Test func apocReadsTheRelationshipTypeFromTheEdgeKeyLabelAndNodeLabelsFromLabels() throws {
        let text = try GraphConsumers.graphML(F.sample).text
        #expect(text.contains("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>"))
        let types = try GraphConsumers.networkX(try GraphConsumers.graphML(F.sample)).edges.compactMap { $0.data["label"]?.value }
        #expect(types.count == PropertyGraph(F.sample).edges.count)
        // A Cypher relationship type usable without backticks.
        #expect(types.allSatisfy { $0.first?.isLetter == true && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
    }

    @Test func gephiFindsTheLabelByAttributeNameAndTheClassColour() throws {
        let text = try GraphConsumers.graphML(F.sample).text
        #expect(text.contains("<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"))
        let loaded = try GraphConsumers.networkX(try GraphConsumers.graphML(F.sample))
        let germany = try #require(loaded.nodes.values.first { $0["iri"]?.value == F.germany.iriValue })
        #expect(germany["label"]?.value == "Germany")
        // Country fill #d1e7dd.
        #expect([germany["r"], germany["g"], germany["b"]] == [.init(value: "209", type: "int"), .init(value: "231", type: "int"), .init(value: "221", type: "int")])
    }

    @Test func cytoscapeFindsNodeNamesAndEdgeInteractions() throws {
        let loaded = try GraphConsumers.networkX(try GraphConsumers.graphML(F.sample))
        #expect(loaded.nodes.values.allSatisfy { $0["name"] != nil && $0["name"]?.value == $0["label"]?.value })
        #expect(loaded.edges.allSatisfy { $0.data["interaction"] != nil && $0.data["interaction"]?.value == $0.data["label"]?.value })
    }

    @Test func igraphLoadsEveryNodeAndEdgeWithTypedAttributes() throws {
        let loaded = try GraphConsumers.igraph(try GraphConsumers.graphML(F.sample))
        let projection = PropertyGraph(F.sample)
        #expect(loaded.vertexCount == projection.nodes.count)
        #expect(loaded.edgeCount == projection.edges.count)
        let irel = try #require(loaded.vertices[F.irel.iriValue ?? ""])
        #expect(irel["label"] == .init(value: "IREL (India) Limited", type: "str"))
        #expect(irel["numberOfEmployees"]?.type == "float")
        #expect(irel["r"] == .init(value: "207.0", type: "float"))
        #expect(loaded.edgeLabels.sorted() == projection.edges.map(\.label).sorted())
    }

    @Test func aLiteralNamedLikeAToolAttributeGetsItsOwnName() throws {
        var graph = F.sample
        for name in GraphMLToolAttributes.nodeKeys.map(\.name) {
            graph.insert(F.irel, "https://example.org/vocab/" + name, .string("own " + name))
        }
        let sink = try GraphConsumers.graphML(graph)
        #expect(try GraphConsumers.validate(sink.bytes).status == 0)
        // igraph rejects a document whose node keys repeat an attr.name.
        let irel = try #require(try GraphConsumers.igraph(sink).vertices[F.irel.iriValue ?? ""])
        #expect(irel["name"]?.value == "IREL (India) Limited")
        #expect(irel["name_2"]?.value == "own name")
        #expect(irel["x_2"]?.value == "own x")
    }
}
