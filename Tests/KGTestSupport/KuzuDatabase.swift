import Foundation

/// A CSV export loaded into a fresh Kùzu database by its own `kuzu.cypher`, and what the database
/// then holds: read back by Tests/GraphWriterTests/Scripts/kuzu_load.py with the `kuzu` module.
public struct KuzuDatabase: Decodable, Sendable {
    /// A value as Kùzu returned it (a date as ISO text).
    public enum Value: Decodable, Hashable, Sendable, CustomStringConvertible {
        case null
        case bool(Bool)
        case number(Double)
        case text(String)
        case list([Value])

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let text = try? container.decode(String.self) { self = .text(text) }
            else { self = .list(try container.decode([Value].self)) }
        }

        public var description: String {
            switch self {
            case .null: "null"
            case .bool(let bool): "\(bool)"
            case .number(let number): "\(number)"
            case .text(let text): text.debugDescription
            case .list(let values): "\(values)"
            }
        }
    }

    /// The `kuzu` module's version.
    public let version: String
    /// Every node per node table, as its properties, ordered by `iri`.
    public let nodes: [String: [[String: Value]]]
    /// Every relationship per relationship table, as its properties plus `start` and `end` (the
    /// IRIs of its ends), ordered by start and end.
    public let relationships: [String: [[String: Value]]]
    /// The rows of each query asked.
    public let queries: [[[Value]]]

    static let script = ProjectPaths.root.appendingPathComponent("Tests/GraphWriterTests/Scripts/kuzu_load.py")

    /// Loads the export in `folder` and runs `queries` (Cypher) on it.
    /// - Throws: `ExternalTool.Missing` without python3 or the `kuzu` module, `Failure` when the load fails.
    public static func load(_ folder: URL, queries: [String] = []) throws -> KuzuDatabase {
        let probe = try ExternalTool.run("python3", ["-c", "import kuzu"])
        if probe.status != 0 { throw ExternalTool.Missing(tool: "python3 module kuzu") }
        let result = try ExternalTool.run("python3", [script.path, folder.path] + queries)
        guard result.status == 0 else { throw Failure(message: "kuzu_load.py: \(result.stderr)") }
        return try JSONDecoder().decode(KuzuDatabase.self, from: Data(result.stdout.utf8))
    }

    /// A load that Kùzu refused.
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
