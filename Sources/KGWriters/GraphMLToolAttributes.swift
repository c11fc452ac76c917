import KGGraph

/// The GraphML attributes that particular tools look for, worked out from the projection and a
/// layout: they repeat what the projection already says, in each tool's own terms.
///
/// - `name` (node) and `interaction` (edge): Cytoscape's default style labels nodes by `name`
///   and names an edge after its `interaction`.
/// - `r`, `g`, `b` (node): the class colour, which Gephi's GraphML importer reads as node colour.
/// - `x`, `y` (node): the layout's centre, which Gephi reads as the node position (y upwards,
///   as Gephi draws).
/// - yFiles graphics for yEd: the class's shape and fill, the label and the layout's box.
struct GraphMLToolAttributes {
    typealias Key = PropertyGraph.Key
    typealias Value = PropertyGraph.Value

    /// The node attributes added after the projection's own, in this order.
    static let nodeKeys = [
        Key(name: "name", type: .string), Key(name: "r", type: .long), Key(name: "g", type: .long),
        Key(name: "b", type: .long), Key(name: "x", type: .double), Key(name: "y", type: .double),
    ]
    /// The edge attributes added after the projection's own.
    static let edgeKeys = [Key(name: "interaction", type: .string)]

    /// What yEd draws for a node: the box's top-left corner and size, and the class's look.
    struct NodeGraphics {
        let x: String, y: String, width: String, height: String
        let fill: String
        let shape: String
    }

    /// What yEd draws for an edge.
    struct EdgeGraphics {
        let color: String
        let lineType: String
    }

    private let graph: PropertyGraph
    private let layout: GraphLayout
    private let styles: [ClassStyle]
    /// The lowest point of the layout, to turn its downward y into Gephi's upward y.
    private let bottom: Double

    init(_ graph: PropertyGraph, layout: GraphLayout) {
        self.graph = graph
        self.layout = layout.boxes.count == graph.nodes.count ? layout : .grid(for: graph)
        styles = graph.nodes.map { ClassStyle.style(forClasses: $0.classes) }
        bottom = self.layout.boxes.map { $0.centerY + $0.height / 2 }.max() ?? 0
    }

    /// The value of the added node attribute at `position` in `nodeKeys` for node `index`.
    func nodeValue(_ position: Int, of index: Int) -> Value? {
        switch position {
        case 0: return graph.nodes[index].label.isEmpty ? nil : .string(graph.nodes[index].label)
        case 1: return .long(Int64(styles[index].fillComponents.red))
        case 2: return .long(Int64(styles[index].fillComponents.green))
        case 3: return .long(Int64(styles[index].fillComponents.blue))
        case 4: return .double(Self.rounded(layout.boxes[index].centerX))
        default: return .double(Self.rounded(bottom - layout.boxes[index].centerY))
        }
    }

    /// The value of the one added edge attribute, `interaction`.
    func interaction(of edge: PropertyGraph.Edge) -> Value {
        .string(edge.label)
    }

    func nodeGraphics(_ index: Int) -> NodeGraphics {
        let box = layout.boxes[index]
        return NodeGraphics(
            x: Self.decimal(box.centerX - box.width / 2), y: Self.decimal(box.centerY - box.height / 2),
            width: Self.decimal(box.width), height: Self.decimal(box.height),
            fill: styles[index].fillColor.uppercased(), shape: styles[index].yFilesShape)
    }

    /// Provenance edges (`mentionedIn`) are drawn faint and dotted, as in the DOT output.
    func edgeGraphics(_ edge: PropertyGraph.Edge) -> EdgeGraphics {
        edge.predicate == Vocabulary.Property.mentionedIn.iri
            ? EdgeGraphics(color: "#CED4DA", lineType: "dotted")
            : EdgeGraphics(color: "#6C757D", lineType: "line")
    }

    /// Two decimals are finer than any screen shows, and keep float noise out of the bytes.
    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    private static func decimal(_ value: Double) -> String {
        Value.double(rounded(value)).text
    }
}
