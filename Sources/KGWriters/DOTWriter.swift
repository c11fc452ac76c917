import KGGraph

/// Writes a `PropertyGraph` as a Graphviz `digraph` that `dot` renders without warnings.
///
/// Nodes are identified by their IRI (or `_:label`), labelled with their display name, shaped and
/// coloured by class (`ClassStyle`) and carry the IRI as tooltip; edges are labelled with the
/// property's local name and carry the evidence sentences (or the predicate IRI) as tooltip.
/// The layout is chosen by size: `dot` for small graphs, `sfdp` past `forceDirectedThreshold` nodes.
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
        let isLarge = graph.nodes.count > Self.forceDirectedThreshold
        try sink.write(isLarge ? Self.largeGraphHeader : Self.smallGraphHeader)
        try sink.write("""
              node [fontname="Helvetica", fontsize="11", margin="0.15,0.06", penwidth="1"];
              edge [fontname="Helvetica", fontsize="9", color="#6c757d", fontcolor="#343a40", arrowsize="0.7"];

            """)
        try writeLegend()
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
            if !isLarge {
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

    /// Beyond this many nodes `dot`'s layered drawing turns into a tall unreadable strip (and
    /// takes minutes past a thousand nodes, consumer requirements §3), so the file asks for
    /// `sfdp`'s force-directed layout instead.
    static let forceDirectedThreshold = 300

    /// A small graph reads best left to right in `dot`'s layers, edges labelled.
    private static let smallGraphHeader = """
        digraph "kgx" {
          graph [rankdir="LR", fontname="Helvetica", fontsize="12", nodesep="0.3", ranksep="0.8", splines="true"];

        """

    /// A large one is laid out by `sfdp`, overlaps removed (`prism`), straight edges drawn under
    /// the nodes and named in their tooltips only: hundreds of edge labels hide the nodes.
    private static let largeGraphHeader = """
        digraph "kgx" {
          graph [layout="sfdp", overlap="prism", splines="false", outputorder="edgesfirst", fontname="Helvetica", fontsize="12"];

        """

    /// `mentionedIn` links every resource to its documents; drawn faint so the facts stand out.
    private static let provenanceEdgeStyle = ", style=\"dotted\", color=\"#ced4da\", fontcolor=\"#adb5bd\""

    /// One sample node per class style. Legend IDs contain a space, which no IRI can, so they
    /// never collide with a resource node.
    private func writeLegend() throws {
        try sink.write("""
              subgraph "cluster_legend" {
                graph [label="Legend", style="rounded", color="#adb5bd", fontsize="11"];

            """)
        for style in ClassStyle.all {
            try sink.write("    \(DOTString.id("legend " + style.name)) [label=\(DOTString.label(style.name)), \(attributes(of: style))];\n")
        }
        try sink.write("  }\n")
    }

    private func attributes(of style: ClassStyle) -> String {
        "shape=\(DOTString.id(style.graphvizShape)), style=\(DOTString.id(style.graphvizStyle)), fillcolor=\(DOTString.id(style.fillColor))"
    }
}
