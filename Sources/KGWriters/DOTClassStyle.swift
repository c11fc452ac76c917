import KGGraph

/// How the DOT writer draws a node of each ontology class, and the legend that explains it.
struct DOTClassStyle: Sendable {
    /// The legend entry, e.g. "Country" or "other".
    let name: String
    let shape: String
    let fillColor: String
    let style: String

    /// One style per ontology class, in legend order, then `other` for nodes of no known class.
    static let all: [DOTClassStyle] = Vocabulary.Class.allCases.map(style(for:)) + [other]

    static let other = DOTClassStyle(name: "other", shape: "box", fillColor: "#ffffff", style: "filled,dashed")

    /// The style of a node whose classes (local names) are `classes`: the first ontology class
    /// in legend order that it has, so a node of several classes is still drawn one way.
    static func style(forClasses classes: [String]) -> DOTClassStyle {
        Vocabulary.Class.allCases.first { classes.contains($0.rawValue) }.map(style(for:)) ?? other
    }

    private static func style(for kind: Vocabulary.Class) -> DOTClassStyle {
        switch kind {
        case .country: return DOTClassStyle(name: kind.rawValue, shape: "octagon", fillColor: "#d1e7dd", style: "filled")
        case .organization: return DOTClassStyle(name: kind.rawValue, shape: "box", fillColor: "#cfe2ff", style: "filled,rounded")
        case .agreement: return DOTClassStyle(name: kind.rawValue, shape: "note", fillColor: "#fff3cd", style: "filled")
        case .mineral: return DOTClassStyle(name: kind.rawValue, shape: "hexagon", fillColor: "#e2d9f3", style: "filled")
        case .person: return DOTClassStyle(name: kind.rawValue, shape: "ellipse", fillColor: "#f8d7da", style: "filled")
        case .place: return DOTClassStyle(name: kind.rawValue, shape: "parallelogram", fillColor: "#d2f4ea", style: "filled")
        case .document: return DOTClassStyle(name: kind.rawValue, shape: "folder", fillColor: "#e9ecef", style: "filled")
        }
    }
}
