import KGGraph

/// How a node of each ontology class is drawn, in one palette shared by every writer that draws:
/// the DOT writer (Graphviz shape and fill, and the legend), and the GraphML writer (yFiles shape
/// and fill that yEd shows, and the `r`/`g`/`b` colour Gephi reads), so a class looks the same in
/// every tool.
struct ClassStyle: Sendable {
    /// The legend entry, e.g. "Country" or "other".
    let name: String
    /// The Graphviz `shape`.
    let graphvizShape: String
    /// The Graphviz `style`.
    let graphvizStyle: String
    /// The yFiles `<y:Shape type>`: yEd's own shape names, which differ from Graphviz's.
    let yFilesShape: String
    /// The fill colour, `#rrggbb`.
    let fillColor: String

    /// One style per ontology class, in legend order, then `other` for nodes of no known class.
    static let all: [ClassStyle] = Vocabulary.Class.allCases.map(style(for:)) + [other]

    static let other = ClassStyle(name: "other", graphvizShape: "box", graphvizStyle: "filled,dashed",
                                  yFilesShape: "rectangle", fillColor: "#ffffff")

    /// The style of a node whose classes (local names) are `classes`: the first ontology class
    /// in legend order that it has, so a node of several classes is still drawn one way.
    static func style(forClasses classes: [String]) -> ClassStyle {
        Vocabulary.Class.allCases.first { classes.contains($0.rawValue) }.map(style(for:)) ?? other
    }

    /// The fill colour's red, green and blue components (0–255).
    var fillComponents: (red: Int, green: Int, blue: Int) {
        let value = Int(fillColor.dropFirst(), radix: 16) ?? 0xffffff
        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff)
    }

    private static func style(for kind: Vocabulary.Class) -> ClassStyle {
        let name = kind.rawValue
        switch kind {
        case .country:
            return ClassStyle(name: name, graphvizShape: "octagon", graphvizStyle: "filled", yFilesShape: "octagon", fillColor: "#d1e7dd")
        case .organization:
            return ClassStyle(name: name, graphvizShape: "box", graphvizStyle: "filled,rounded", yFilesShape: "roundrectangle", fillColor: "#cfe2ff")
        case .agreement:
            return ClassStyle(name: name, graphvizShape: "note", graphvizStyle: "filled", yFilesShape: "rectangle", fillColor: "#fff3cd")
        case .mineral:
            return ClassStyle(name: name, graphvizShape: "hexagon", graphvizStyle: "filled", yFilesShape: "hexagon", fillColor: "#e2d9f3")
        case .person:
            return ClassStyle(name: name, graphvizShape: "ellipse", graphvizStyle: "filled", yFilesShape: "ellipse", fillColor: "#f8d7da")
        case .place:
            return ClassStyle(name: name, graphvizShape: "parallelogram", graphvizStyle: "filled", yFilesShape: "parallelogram", fillColor: "#d2f4ea")
        case .document:
            return ClassStyle(name: name, graphvizShape: "folder", graphvizStyle: "filled", yFilesShape: "trapezoid", fillColor: "#e9ecef")
        }
    }
}
