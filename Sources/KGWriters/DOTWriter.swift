import KGGraph

/// Writes a `PropertyGraph` as a Graphviz `digraph` that `dot` renders without warnings.
///
/// Nodes are identified by their IRI (or `_:label`), labelled with their display name, shaped and
/// coloured by class (`ClassStyle`) and carry the IRI as tooltip; edges are labelled with the
/// property's local name and carry the evidence sentences (or the predicate IRI) as tooltip.
/// The layout is chosen by size: `dot` for small graphs, `sfdp` past `layeredLayoutLimit` nodes.
/// A `cluster_legend` explains the shapes. Every ID and value is quoted by `DOTString`, so no
/// label can break out of its string. Lines are streamed to the sink one by one.
public final class DOTWriter: PropertyGraphWriter {
    private let sink: ByteSink

    public init(sink: ByteSink) {
        self.sink = sink
    }

    /// Writes `graph` and flushes the sink.
    /// - Throws: `SinkError` when the sink fails.
    public func write(_ graph: PropertyGraph) throws {
        let isLayered = graph.nodes.count <= Self.layeredLayoutLimit
        let labelsEdges = graph.nodes.count <= Self.edgeLabelLimit
        try sink.write(isLayered ? Self.layeredHeader : Self.forceDirectedHeader)
        try sink.write("""
              node [fontname="Helvetica", fontsize="11", margin="0.15,0.06", penwidth="1"];
              edge [fontname="Helvetica", fontsize="9", color="#6c757d", fontcolor="#343a40", arrowsize="0.7"];

            """)
        try isLayered ? writeLegendCluster() : writeLegendTable()
        // Each node's quoted ID is made once: every edge names two of them. Each statement is
        // put together in one reused buffer and handed to the sink whole.
        let identifiers = graph.nodes.map { PropertyGraphNaming.identifier($0.term) }
        let ids = identifiers.map { Array(DOTString.id($0).utf8) }
        let styleAttributes = Dictionary(uniqueKeysWithValues: ClassStyle.all.map { ($0.name, Array(attributes(of: $0).utf8)) })
        let mentionedIn = Vocabulary.Property.mentionedIn.iri
        var line: [UInt8] = []
        for position in graph.nodes.indices {
            let style = ClassStyle.style(forClasses: graph.nodes[position].classes)
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: "  ".utf8)
            line.append(contentsOf: ids[position])
            line.append(contentsOf: " [label=".utf8)
            DOTString.append(graph.nodes[position].label, entities: true, to: &line)
            line.append(contentsOf: ", tooltip=".utf8)
            DOTString.append(identifiers[position], entities: true, to: &line)
            line.append(contentsOf: ", ".utf8)
            line.append(contentsOf: styleAttributes[style.name] ?? Array(attributes(of: style).utf8))
            line.append(contentsOf: "];\n".utf8)
            try line.withUnsafeBytes { try sink.write($0) }
        }
        for edge in graph.edges {
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: "  ".utf8)
            line.append(contentsOf: ids[edge.source])
            line.append(contentsOf: " -> ".utf8)
            line.append(contentsOf: ids[edge.target])
            line.append(contentsOf: " [".utf8)
            if labelsEdges {
                line.append(contentsOf: "label=".utf8)
                DOTString.append(edge.label, entities: true, to: &line)
                line.append(contentsOf: ", ".utf8)
            }
            line.append(contentsOf: "tooltip=".utf8)
            DOTString.append(edge.evidenceText ?? edge.predicate, entities: true, to: &line)
            if edge.predicate == mentionedIn {
                line.append(contentsOf: Self.provenanceEdgeStyle.utf8)
            }
            line.append(contentsOf: "];\n".utf8)
            try line.withUnsafeBytes { try sink.write($0) }
        }
        try sink.write("}\n")
        try sink.flush()
    }

    /// Up to this many nodes `dot`'s layers read well. Beyond it they turn into a tall strip:
    /// a knowledge graph is mostly stars (an agreement and its parties, a document and its
    /// mentions) that `dot` stacks one under another — 72 nodes of ten articles' agreements drew
    /// 971 × 3510 pt — so the file asks for `sfdp`'s force-directed layout instead, overlaps
    /// removed (`prism`) and edges straight and under the nodes. `start="1"` seeds sfdp's initial
    /// placement: without a seed, Graphviz 2.43 places a graph of a thousand articles differently on
    /// every run, and the SVG and the GraphML positions taken from it would differ byte for byte.
    static let layeredLayoutLimit = 60

    /// Beyond this many nodes edges are named in their tooltips only: hundreds of edge labels
    /// hide the nodes (consumer requirements §3).
    static let edgeLabelLimit = 300

    private static let layeredHeader = """
        digraph "kgx" {
          graph [rankdir="LR", fontname="Helvetica", fontsize="12", nodesep="0.3", ranksep="0.8", splines="true"];

        """

    private static let forceDirectedHeader = """
        digraph "kgx" {
          graph [layout="sfdp", start="1", overlap="prism", splines="false", outputorder="edgesfirst", fontname="Helvetica", fontsize="12"];

        """

    /// `mentionedIn` links every resource to its documents; drawn faint so the facts stand out.
    private static let provenanceEdgeStyle = ", style=\"dotted\", color=\"#ced4da\", fontcolor=\"#adb5bd\""

    /// One sample node per class style. Legend IDs contain a space, which no IRI can, so they
    /// never collide with a resource node.
    private func writeLegendCluster() throws {
        try sink.write("""
              subgraph "cluster_legend" {
                graph [label="Legend", style="rounded", color="#adb5bd", fontsize="11"];

            """)
        for style in ClassStyle.all {
            try sink.write("    \(DOTString.id("legend " + style.name)) [label=\(DOTString.label(style.name)), \(attributes(of: style))];\n")
        }
        try sink.write("  }\n")
    }

    /// `sfdp` draws no cluster, so its legend is one node holding a table of the class colours
    /// (class names and colours are plain ASCII: nothing in the HTML label needs escaping).
    private func writeLegendTable() throws {
        var rows = "<tr><td><b>Legend</b></td></tr>"
        for style in ClassStyle.all {
            rows += "<tr><td bgcolor=\"\(style.fillColor)\">\(style.name)</td></tr>"
        }
        try sink.write("  \(DOTString.id("legend")) [shape=\"plain\", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">\(rows)</table>>];\n")
    }

    private func attributes(of style: ClassStyle) -> String {
        "shape=\(DOTString.id(style.graphvizShape)), style=\(DOTString.id(style.graphvizStyle)), fillcolor=\(DOTString.id(style.fillColor))"
    }
}
