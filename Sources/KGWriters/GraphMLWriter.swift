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
        for (index, node) in graph.nodes.enumerated() {
            try xml.startElement("node")
            try xml.attribute("id", "n\(index)")
            try writeData(graph.nodeKeys, ids: keyIDs.node, to: xml) { node.values[$0] }
            try xml.endElement()
        }
        for (index, edge) in graph.edges.enumerated() {
            try xml.startElement("edge")
            try xml.attribute("id", "e\(index)")
            try xml.attribute("source", "n\(edge.source)")
            try xml.attribute("target", "n\(edge.target)")
            try writeData(graph.edgeKeys, ids: keyIDs.edge, to: xml, edge.value(at:))
            try xml.endElement()
        }
        try xml.endDocument()
    }

    private func writeKey(_ key: PropertyGraph.Key, domain: String, id: String, to xml: XMLTextStream) throws {
        try xml.startElement("key")
        try xml.attribute("id", id)
        try xml.attribute("for", domain)
        try xml.attribute("attr.name", key.name)
        try xml.attribute("attr.type", key.type.rawValue)
        try xml.endElement()
    }

    /// One `<data>` per key the element has a value for, in key order.
    /// - Parameter value: the element's value of the key at a position in `keys`, if any.
    private func writeData(_ keys: [PropertyGraph.Key], ids: (String) -> String, to xml: XMLTextStream,
                           _ value: (Int) -> PropertyGraph.Value?) throws {
        for (position, key) in keys.enumerated() {
            guard let value = value(position) else { continue }
            try xml.startElement("data")
            try xml.attribute("key", ids(key.name))
            try xml.text(value.text)
            try xml.endElement()
        }
    }
}
