import KGGraph
import KGTestSupport
import Testing
@testable import KGWriters

@Suite struct DOTWriterTests {
    typealias F = GraphFixtures

    @Test func aSmallGraphIsLaidOutInLayersWithEdgeLabels() throws {
        let dot = try GraphConsumers.dot(F.sample)
        #expect(dot.contains("rankdir=\"LR\""))
        #expect(!dot.contains("layout="))
        #expect(dot.contains("[label=\"party\", tooltip="))
    }

    @Test func aMidSizedGraphIsLaidOutBySfdpWithEdgeLabels() throws {
        var graph = Graph()
        for index in 0...DOTWriter.layeredLayoutLimit {
            let person = Term.iri(F.minter.iri(.person, name: "Person \(index)"))
            graph.insert(person, Vocabulary.type, .iri(Vocabulary.Class.person.iri))
            graph.insert(person, F.property(.affiliatedWith), F.irel)
        }
        let dot = try GraphConsumers.dot(graph)
        #expect(dot.contains("layout=\"sfdp\""))
        #expect(dot.contains("[label=\"affiliatedWith\", tooltip="))
        let result = try GraphConsumers.renderSVG(dot)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func aLargeGraphIsLaidOutBySfdpWithoutOverlapsOrEdgeLabels() throws {
        var graph = Graph()
        for index in 0...DOTWriter.edgeLabelLimit {
            let person = Term.iri(F.minter.iri(.person, name: "Person \(index)"))
            graph.insert(person, Vocabulary.type, .iri(Vocabulary.Class.person.iri))
            graph.insert(person, Vocabulary.label, .string("Person \(index)"))
            graph.insert(person, F.property(.affiliatedWith), F.irel)
        }
        let dot = try GraphConsumers.dot(graph)
        #expect(dot.contains("layout=\"sfdp\", start=\"1\", overlap=\"prism\""))
        #expect(!dot.contains("rankdir"))
        #expect(!dot.contains("label=\"affiliatedWith\""))
        #expect(dot.contains("tooltip=\"\(F.property(.affiliatedWith))\""))
        let result = try GraphConsumers.renderSVG(dot)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        // The people, IREL, and one legend node (sfdp draws no cluster).
        let texts = try GraphConsumers.svgNodeTexts(result.stdout)
        #expect(texts.count == graph.count / 3 + 2)
        #expect(texts["legend"] == (["Legend"] + ClassStyle.all.map(\.name)).joined(separator: "\n"))
    }

    @Test func sampleRendersWithoutWarnings() throws {
        let dot = try GraphConsumers.dot(F.sample)
        let result = try GraphConsumers.renderSVG(dot)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let texts = try GraphConsumers.svgNodeTexts(result.stdout)
        #expect(texts[F.germany.iriValue ?? ""] == "Germany")
        #expect(texts["legend Country"] == "Country")
        #expect(texts.count == 6 + LegendEntryCount.value)
    }

    @Test func emptyGraphIsValidDOT() throws {
        let result = try GraphConsumers.renderSVG(try GraphConsumers.dot(Graph()))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func documentHasLegendLayoutAndStyledNodes() throws {
        let dot = try GraphConsumers.dot(F.sample)
        #expect(dot.hasPrefix("digraph \"kgx\" {\n"))
        #expect(dot.contains("subgraph \"cluster_legend\""))
        #expect(dot.contains("rankdir=\"LR\""))
        #expect(dot.contains("fontname=\"Helvetica\""))
        #expect(dot.contains("\"\(F.lithium.iriValue ?? "")\" [label=\"Lithium\", tooltip=\"\(F.lithium.iriValue ?? "")\", shape=\"hexagon\""))
        #expect(dot.contains("\"\(F.agreement.iriValue ?? "")\" -> \"\(F.irel.iriValue ?? "")\" [label=\"party\", tooltip=\"\(F.firstSentenceText) ¶ The agreement covers \\\"rare earths\\\" too.\"]"))
        #expect(try GraphConsumers.dot(Graph(F.sample.sortedTriples.reversed())) == dot)
    }

    @Test(arguments: GraphFixtures.hostileLabels)
    func hostileLabelRendersFaithfully(label: String) throws {
        let result = try GraphConsumers.renderSVG(try GraphConsumers.dot(F.labelled(label)))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let texts = try GraphConsumers.svgNodeTexts(result.stdout)
        let drawn = try #require(texts[F.minter.iri(.person, name: "hostile")])
        // Graphviz's SVG keeps runs of spaces by writing every second one as a no-break space.
        #expect(drawn.replacingOccurrences(of: "\u{A0}", with: " ") == Self.drawable(label))
    }

    @Test func hostileIdentifiersStayDistinctNodes() throws {
        var graph = Graph()
        let names = ["a\"b", "a\\", "node", "a\\\"", "x\ny"]
        for name in names { graph.insert(.blank(name), Vocabulary.label, .string(name)) }
        let result = try GraphConsumers.renderSVG(try GraphConsumers.dot(graph))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(try GraphConsumers.svgNodeTexts(result.stdout).count == names.count + LegendEntryCount.value)
    }

    @Test func quotingDropsC1ControlsAndNoncharactersButKeepsTheirNeighbours() {
        // ¶ (0xC2 0xB6) and U+FFFD (0xEF 0xBF 0xBD) share lead bytes with what is dropped.
        #expect(DOTString.label("a¶b\u{85}c\u{FFFE}d\u{FFFF}e\u{FFFD}f") == "\"a¶bcde\u{FFFD}f\"")
        #expect(DOTString.label("evidence ¶ joined") == "\"evidence ¶ joined\"")
        #expect(DOTString.id("a&b") == "\"a&b\"")
        #expect(DOTString.label("a&b") == "\"a&amp;b\"")
    }

    /// What Graphviz can draw of `label`: tabs as spaces, control and non-characters dropped.
    static func drawable(_ label: String) -> String {
        String(String.UnicodeScalarView(label.unicodeScalars.compactMap { scalar in
            if scalar == "\t" { return " " }
            if scalar == "\n" { return scalar }
            return scalar.value < 0x20 || scalar.value == 0xFFFE ? nil : scalar
        }))
    }
}

/// The number of legend entries: one per ontology class plus "other".
enum LegendEntryCount {
    static let value = Vocabulary.Class.allCases.count + 1
}
