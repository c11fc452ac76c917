import KGGraph

/// Writes a `PropertyGraph` as GraphML that NetworkX, igraph, Gephi, Neo4j APOC, Cytoscape and
/// yEd each read and show well, from one document.
///
/// The shape follows what those consumers need (consumer requirements §2.4): every `<key>` first,
/// each with an explicit `for` (node or edge, never `all`) and `attr.type`; no key named `id`;
/// node ids `n0…` in node order, then edges `e0…` after all nodes, inside
/// `<graph edgedefault="directed">`. Besides the projection's own attributes it writes the ones
/// particular tools look for (`GraphMLToolAttributes`): `name` and `interaction` for Cytoscape,
/// `r`/`g`/`b` and `x`/`y` for Gephi, the edge key id `label` for APOC's relationship type, and —
/// unless `Options.yFilesGraphics` is off — yFiles `nodegraphics`/`edgegraphics` data (shape,
/// fill, label, geometry) for yEd, which shows nothing else. yFiles data is an extension the
/// GraphML schema provides for (`key.extra.attrib`, `data-extension.type`), as yWorks' own
/// schema does it; with it off the file validates against the plain GraphML schema.
/// Output goes through libxml2's xmlTextWriter straight into the sink; the bytes depend only on
/// the graph and the options.
public final class GraphMLWriter: PropertyGraphWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    /// The yFiles namespace of yEd's graphics data.
    public static let yFilesNamespace = "http://www.yworks.com/xml/graphml"

    /// What to write besides the graph itself.
    public struct Options: Sendable {
        /// Writes yEd's graphics data (on by default: yEd shows unstyled boxes at the origin without it).
        public var yFilesGraphics: Bool
        /// Where each node goes in yEd and Gephi; nil places the nodes on a grid.
        public var layout: GraphLayout?

        public init(yFilesGraphics: Bool = true, layout: GraphLayout? = nil) {
            self.yFilesGraphics = yFilesGraphics
            self.layout = layout
        }
    }

    private let sink: ByteSink
    private let options: Options

    public init(sink: ByteSink, options: Options = Options()) {
        self.sink = sink
        self.options = options
    }

    /// Writes `graph` and flushes the sink.
    /// - Throws: `SinkError` when the sink fails, `XMLWriteError` when libxml2 does.
    public func write(_ graph: PropertyGraph) throws {
        let tools = GraphMLToolAttributes(graph, layout: options.layout ?? .grid(for: graph))
        let nodeKeys = graph.nodeKeys + GraphMLToolAttributes.nodeKeys
        let edgeKeys = graph.edgeKeys + GraphMLToolAttributes.edgeKeys
        let keyIDs = GraphMLKeyIDs(nodeKeys: nodeKeys.map(\.name), edgeKeys: edgeKeys.map(\.name))
        let xml = try XMLTextStream(sink: sink)
        try xml.startDocument()
        try xml.startElement("graphml")
        try xml.attribute("xmlns", Self.namespace)
        if options.yFilesGraphics {
            try xml.attribute("xmlns:y", Self.yFilesNamespace)
        }
        for key in nodeKeys {
            try writeKey(key, domain: "node", id: keyIDs.node(key.name), to: xml)
        }
        for key in edgeKeys {
            try writeKey(key, domain: "edge", id: keyIDs.edge(key.name), to: xml)
        }
        if options.yFilesGraphics {
            try writeGraphicsKey(id: keyIDs.nodeGraphics, domain: "node", to: xml)
            try writeGraphicsKey(id: keyIDs.edgeGraphics, domain: "edge", to: xml)
        }
        try xml.startElement("graph")
        try xml.attribute("id", "G")
        try xml.attribute("edgedefault", "directed")
        if !graph.nodes.isEmpty || !graph.edges.isEmpty {
            try writeNodesAndEdges(of: graph, tools: tools, keyIDs: keyIDs, to: xml)
        }
        try xml.endDocument()
    }

    /// The nodes and edges are most of the file: their fixed markup goes to libxml2 as raw bytes,
    /// laid out and indented as xmlTextWriter lays out the keys. Called only when there is one
    /// (an empty `<graph>` is left to libxml2, which writes it as `<graph …/>`).
    private func writeNodesAndEdges(of graph: PropertyGraph, tools: GraphMLToolAttributes,
                                    keyIDs: GraphMLKeyIDs, to xml: XMLTextStream) throws {
        try xml.raw("\n")
        let nodeData = try (graph.nodeKeys + GraphMLToolAttributes.nodeKeys).map { try Self.dataStartTag(keyIDs.node($0.name)) }
        let edgeData = try (graph.edgeKeys + GraphMLToolAttributes.edgeKeys).map { try Self.dataStartTag(keyIDs.edge($0.name)) }
        let nodeGraphics = options.yFilesGraphics ? try Self.dataStartTag(keyIDs.nodeGraphics) : nil
        let edgeGraphics = options.yFilesGraphics ? try Self.dataStartTag(keyIDs.edgeGraphics) : nil
        let ownNodeKeys = graph.nodeKeys.count, ownEdgeKeys = graph.edgeKeys.count
        for (index, node) in graph.nodes.enumerated() {
            try xml.raw("    <node id=\"n")
            try xml.decimal(index)
            let graphics = nodeGraphics.map { tag in { try self.writeNodeGraphics(tag, tools.nodeGraphics(index), label: node.label, to: xml) } }
            try writeData(nodeData, to: xml, closing: "    </node>\n", graphics: graphics) { position in
                position < ownNodeKeys ? node.values[position] : tools.nodeValue(position - ownNodeKeys, of: index)
            }
        }
        for (index, edge) in graph.edges.enumerated() {
            try xml.raw("    <edge id=\"e")
            try xml.decimal(index)
            try xml.raw("\" source=\"n")
            try xml.decimal(edge.source)
            try xml.raw("\" target=\"n")
            try xml.decimal(edge.target)
            let graphics = edgeGraphics.map { tag in { try self.writeEdgeGraphics(tag, tools.edgeGraphics(edge), label: edge.label, to: xml) } }
            try writeData(edgeData, to: xml, closing: "    </edge>\n", graphics: graphics) { position in
                position < ownEdgeKeys ? edge.value(at: position) : tools.interaction(of: edge)
            }
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

    /// A yFiles key has no `attr.name`/`attr.type`: NetworkX and yEd recognise it by `yfiles.type`,
    /// and igraph and APOC skip a key without a type.
    private func writeGraphicsKey(id: String, domain: String, to xml: XMLTextStream) throws {
        try xml.startElement("key")
        try xml.attribute("id", id)
        try xml.attribute("for", domain)
        try xml.attribute("yfiles.type", id)
        try xml.endElement()
    }

    /// `<data key="id">`, indented for a child of `<node>` or `<edge>`.
    private static func dataStartTag(_ id: String) throws -> [UInt8] {
        Array("      ".utf8) + (try XMLTextStream.startTag("data", ["key": id]))
    }

    /// Ends the element's start tag, then writes its graphics data (first: NetworkX reads a
    /// yFiles label and geometry into `label`, `x` and `y`, and the typed values after it must
    /// win), one `<data>` per key the element has a value for, in key order, and the element's
    /// end tag. Every element has data: the tools' colour and position for a node, the relation
    /// name for an edge.
    /// - Parameters:
    ///   - startTags: the indented `<data key="…">` of each key, by position.
    ///   - graphics: writes the graphics `<data>` element, when there is one.
    ///   - value: the element's value of the key at a position, if any.
    private func writeData(_ startTags: [[UInt8]], to xml: XMLTextStream, closing endTag: StaticString,
                           graphics: (() throws -> Void)?, _ value: (Int) -> PropertyGraph.Value?) throws {
        try xml.raw("\">\n")
        try graphics?()
        for (position, startTag) in startTags.enumerated() {
            guard let value = value(position) else { continue }
            try startTag.withUnsafeBytes { try xml.raw($0) }
            try xml.text(value.text)
            try xml.raw("</data>\n")
        }
        try xml.raw(endTag)
    }

    /// `<data key="nodegraphics"><y:ShapeNode>…</y:ShapeNode></data>` on one line.
    private func writeNodeGraphics(_ startTag: [UInt8], _ graphics: GraphMLToolAttributes.NodeGraphics,
                                   label: String, to xml: XMLTextStream) throws {
        try startTag.withUnsafeBytes { try xml.raw($0) }
        try raw("<y:ShapeNode><y:Geometry x=\"\(graphics.x)\" y=\"\(graphics.y)\" width=\"\(graphics.width)\" height=\"\(graphics.height)\"/>"
                + "<y:Fill color=\"\(graphics.fill)\" transparent=\"false\"/><y:BorderStyle color=\"#495057\" type=\"line\" width=\"1.0\"/>"
                + "<y:NodeLabel>", to: xml)
        try xml.text(label)
        try raw("</y:NodeLabel><y:Shape type=\"\(graphics.shape)\"/></y:ShapeNode></data>\n", to: xml)
    }

    /// `<data key="edgegraphics"><y:PolyLineEdge>…</y:PolyLineEdge></data>` on one line.
    private func writeEdgeGraphics(_ startTag: [UInt8], _ graphics: GraphMLToolAttributes.EdgeGraphics,
                                   label: String, to xml: XMLTextStream) throws {
        try startTag.withUnsafeBytes { try xml.raw($0) }
        try raw("<y:PolyLineEdge><y:LineStyle color=\"\(graphics.color)\" type=\"\(graphics.lineType)\" width=\"1.0\"/>"
                + "<y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>", to: xml)
        try xml.text(label)
        try raw("</y:EdgeLabel></y:PolyLineEdge></data>\n", to: xml)
    }

    /// Writes markup made here from ASCII names and numbers only (see `XMLTextStream.raw`).
    private func raw(_ markup: String, to xml: XMLTextStream) throws {
        var markup = markup
        try markup.withUTF8 { try xml.raw(UnsafeRawBufferPointer($0)) }
    }
}
