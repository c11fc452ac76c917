/// Where a layout engine placed each node of a `PropertyGraph`, for writers whose readers show a
/// drawing without laying it out themselves (yEd and Gephi read positions from GraphML).
///
/// Coordinates are in points with y growing downwards, as yEd and screens draw; a box is given by
/// its centre and size.
public struct GraphLayout: Sendable, Equatable {
    public struct Box: Sendable, Equatable {
        public let centerX: Double
        public let centerY: Double
        public let width: Double
        public let height: Double

        public init(centerX: Double, centerY: Double, width: Double, height: Double) {
            self.centerX = centerX
            self.centerY = centerY
            self.width = width
            self.height = height
        }
    }

    /// Each node's box, by the node's position in the graph's `nodes`.
    public let boxes: [Box]

    public init(boxes: [Box]) {
        self.boxes = boxes
    }

    /// A plain grid in node order, for when no layout engine is at hand: every node still gets
    /// its own place instead of all of them sitting on the origin.
    public static func grid(for graph: PropertyGraph) -> GraphLayout {
        let columns = max(1, Int(Double(graph.nodes.count).squareRoot().rounded(.up)))
        return GraphLayout(boxes: graph.nodes.indices.map { index in
            Box(centerX: Double(index % columns) * gridSpacing + defaultWidth / 2,
                centerY: Double(index / columns) * gridSpacing + defaultHeight / 2,
                width: defaultWidth, height: defaultHeight)
        })
    }

    private static let gridSpacing = 180.0
    private static let defaultWidth = 150.0
    private static let defaultHeight = 40.0
}
