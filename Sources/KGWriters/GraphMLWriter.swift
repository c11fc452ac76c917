import KGGraph

/// Writes a `PropertyGraph` as GraphML that validates against the GraphML 1.1 schema and loads in
/// NetworkX, igraph, Gephi, Neo4j APOC and Cytoscape.
///
/// The shape follows what those consumers need (consumer requirements §2.4): every `<key>` first,
/// each with an explicit `for` (node or edge, never `all`) and `attr.type`; no key named `id`;
/// node ids `n0…` in node order, then edges `e0…` after all nodes, inside
/// `<graph edgedefault="directed">`. The schema allows no extra attributes on `<edge>`, so the
/// predicate travels only as edge data (`label` and `predicate`). Output goes through libxml2's
/// xmlTextWriter straight into the sink; the bytes depend only on the graph.
public final class GraphMLWriter: PropertyGraphWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    private let sink: ByteSink

    public init(sink: ByteSink) {
        self.sink = sink
    }

    /// Writes `graph` and flushes the sink.
    /// - Throws: `SinkError` when the sink fails, `XMLWriteError` when libxml2 does.
    public func write(_ graph: PropertyGraph) throws {
        let keyIDs = GraphMLKeyIDs(graph)
        let xml = try XMLTextStream(sink: sink)
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.attribute("xmlns", Self.namespace)
        for key in graph.nodeKeys {
            try writeKey(key, domain: "node", id: keyIDs.node(key.name), to: xml)
        }
        for key in graph.edgeKeys {
            try writeKey(key, domain: "edge", id: keyIDs.edge(key.name), to: xml)
        }
        try xml.startElement("graph")
        try xml.attribute("id", "G")
        try xml.attribute("edgedefault", "directed")
        if !graph.nodes.isEmpty || !graph.edges.isEmpty {
            try writeNodesAndEdges(of: graph, keyIDs: keyIDs, to: xml)
        }
        try xml.endDocument()
    }

    /// The nodes and edges are most of the file: their fixed markup goes to libxml2 as raw bytes,
    /// laid out and indented as xmlTextWriter lays out the keys. Called only when there is one
    /// (an empty `<graph>` is left to libxml2, which writes it as `<graph …/>`).
    private func writeNodesAndEdges(of graph: PropertyGraph, keyIDs: GraphMLKeyIDs, to xml: XMLTextStream) throws {
        try xml.raw("\n")
        let nodeData = try graph.nodeKeys.map { try Self.dataStartTag(keyIDs.node($0.name)) }
        let edgeData = try graph.edgeKeys.map { try Self.dataStartTag(keyIDs.edge($0.name)) }
        for (index, node) in graph.nodes.enumerated() {
            try xml.raw("    <node id=\"n")
            try xml.decimal(index)
            try writeData(nodeData, to: xml, closing: "    </node>\n") { node.values[$0] }
        }
        for (index, edge) in graph.edges.enumerated() {
            try xml.raw("    <edge id=\"e")
            try xml.decimal(index)
            try xml.raw("\" source=\"n")
            try xml.decimal(edge.source)
            try xml.raw("\" target=\"n")
            try xml.decimal(edge.target)
            try writeData(edgeData, to: xml, closing: "    </edge>\n", edge.value(at:))
        }
        // libxml2 indents `</graph>` only after a child it closed itself.
        try xml.raw("  ")
        try xml.endElement()
    }

    private func writeKey(_ key: PropertyGraph.Key, domain: String, id: String, to xml: XMLTextStream) throws {
        try xml.startElement("key")
        try xml.attribute("id", id)
        try xml.attribute("for", domain)
        try xml.attribute("attr.name", key.name)
        try xml.attribute("attr.type", key.type.rawValue)
        try xml.endElement()
    }

    /// `<data key="id">`, indented for a child of `<node>` or `<edge>`.
    private static func dataStartTag(_ id: String) throws -> [UInt8] {
        Array("      ".utf8) + (try XMLTextStream.startTag("data", ["key": id]))
    }

    /// Ends the element's start tag, then writes one `<data>` per key the element has a value for,
    /// in key order, and the element's end tag (or ends an element without data as empty).
    /// - Parameters:
    ///   - startTags: the indented `<data key="…">` of each key, by position.
    ///   - value: the element's value of the key at a position, if any.
    private func writeData(_ startTags: [[UInt8]], to xml: XMLTextStream, closing endTag: StaticString,
                           _ value: (Int) -> PropertyGraph.Value?) throws {
        var isEmpty = true
        for (position, startTag) in startTags.enumerated() {
            guard let value = value(position) else { continue }
            try xml.raw(isEmpty ? "\">\n" : "</data>\n")
            isEmpty = false
            try startTag.withUnsafeBytes { try xml.raw($0) }
            try xml.text(value.text)
        }
        if isEmpty {
            try xml.raw("\"/>\n")
        } else {
            try xml.raw("</data>\n")
            try xml.raw(endTag)
        }
    }
}
