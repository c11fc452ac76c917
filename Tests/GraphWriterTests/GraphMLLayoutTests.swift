import KGGraph
import KGTestSupport
import Testing
@testable import KGWriters

/// The exact bytes around the nodes and edges, which `GraphMLWriter` hands to libxml2 as raw
/// markup: they must be what libxml2's own element calls write (as they were before).
@Suite struct GraphMLLayoutTests {
    private typealias F = GraphFixtures

    private func graphML(_ graph: PropertyGraph) throws -> String {
        let sink = MemorySink()
        try GraphMLWriter(sink: sink).write(graph)
        return sink.text
    }

    @Test func emptyGraphElementIsSelfClosed() throws {
        let text = try graphML(PropertyGraph(Graph()))
        #expect(text.hasSuffix("  <graph id=\"G\" edgedefault=\"directed\"/>\n</graphml>\n"))
    }

    @Test func nodeWithoutAttributesStillCarriesTheToolsData() throws {
        let node = PropertyGraph.Node(term: F.germany, classes: [], values: [], keyNames: [])
        let sink = MemorySink()
        try GraphMLWriter(sink: sink, options: .init(yFilesGraphics: false)).write(PropertyGraph(nodeKeys: [], edgeKeys: [], nodes: [node], edges: []))
        #expect(sink.text.hasSuffix("""
              <graph id="G" edgedefault="directed">
                <node id="n0">
                  <data key="r">255</data>
                  <data key="g">255</data>
                  <data key="b">255</data>
                  <data key="x">75.0</data>
                  <data key="y">20.0</data>
                </node>
              </graph>
            </graphml>

            """))
    }

    @Test func nodesAndEdgesAreIndentedAsLibxml2IndentsKeys() throws {
        let text = try graphML(PropertyGraph(F.sample))
        #expect(text.contains("\"/>\n  <graph id=\"G\" edgedefault=\"directed\">\n    <node id=\"n0\">\n      <data key=\"nodegraphics\"><y:ShapeNode>"))
        #expect(text.contains("</y:ShapeNode></data>\n      <data key=\"iri\">"))
        #expect(text.contains("</data>\n    </node>\n    <edge id=\"e0\" source=\"n"))
        #expect(text.hasSuffix("</data>\n    </edge>\n  </graph>\n</graphml>\n"))
    }

    @Test func textIsEscapedByLibxml2() throws {
        let text = try graphML(PropertyGraph(F.labelled("a<b & \"c\">\r\u{01}é")))
        #expect(text.contains("<data key=\"n_label\">a&lt;b &amp; &quot;c&quot;&gt;&#13;\u{FFFD}é</data>"))
    }
}
