import Foundation
import KGWriters

/// One run of Graphviz over the DOT file of an export: the layout is computed once and written
/// out as an SVG drawing, as node positions for GraphML (`-Tjson0`), or both.
struct GraphvizRun {
    /// Why Graphviz failed or its layout could not be read.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { "Graphviz could not lay out the graph: \(message)" }
    }

    /// The Graphviz program (`dot`, which follows the DOT file's own `layout` attribute).
    let program: String

    /// The path of Graphviz `dot`, when it is on PATH.
    static func installed() -> GraphvizRun? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return searchPath.split(separator: ":").map { "\($0)/dot" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(GraphvizRun.init(program:))
    }

    /// Lays out `dotPath` and writes the SVG to `svgPath` and the layout JSON to `layoutPath`
    /// (each when given): `-T` formats take their `-o` files in order.
    func run(dotPath: String, svgPath: String?, layoutPath: String?) throws {
        var arguments: [String] = []
        if let svgPath { arguments += ["-Tsvg", "-o", svgPath] }
        if let layoutPath { arguments += ["-Tjson0", "-o", layoutPath] }
        guard !arguments.isEmpty else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments + [dotPath]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: String(decoding: message, as: UTF8.self))
        }
    }

    /// Reads the layout Graphviz computed for `graph` from its `-Tjson0` output of the DOT that
    /// `DOTWriter` wrote for the same graph. Graphviz names each node by the node's identifier
    /// (its IRI or `_:label`); a node it did not place keeps its place on `GraphLayout.grid`.
    /// Graphviz measures y upwards and sizes in inches; both are turned into yEd's terms here.
    static func layout(fromJSON data: Data, for graph: PropertyGraph) throws -> GraphLayout {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(message: "its layout is not a JSON object")
        }
        guard let boundingBox = (root["bb"] as? String).flatMap(numbers), boundingBox.count == 4 else {
            throw Failure(message: "its layout has no bounding box")
        }
        var placed: [String: GraphLayout.Box] = [:]
        for object in root["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String,
                  let position = (object["pos"] as? String).flatMap(numbers), position.count == 2,
                  let width = (object["width"] as? String).flatMap(Double.init),
                  let height = (object["height"] as? String).flatMap(Double.init) else { continue }
            placed[name] = GraphLayout.Box(centerX: position[0], centerY: boundingBox[3] - position[1],
                                           width: width * pointsPerInch, height: height * pointsPerInch)
        }
        let grid = GraphLayout.grid(for: graph).boxes
        return GraphLayout(boxes: graph.nodes.indices.map { placed[graph.nodes[$0].identifier] ?? grid[$0] })
    }

    private static let pointsPerInch = 72.0

    /// "27,90" → [27, 90].
    private static func numbers(_ text: String) -> [Double]? {
        let values = text.split(separator: ",").map { Double($0) }
        return values.contains(nil) ? nil : values.compactMap { $0 }
    }
}
