import Foundation
import KGTestSupport

/// Runs the built `kgx` executable, as a user would.
enum KGXCommand {
    /// The `kgx` binary beside the test bundle (swift build and swift test share the products folder).
    static var executable: String {
        get throws {
            var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("kgx").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                folder.deleteLastPathComponent()
            }
            let fallback = ProjectPaths.root.appendingPathComponent(".build/debug/kgx").path
            guard FileManager.default.isExecutableFile(atPath: fallback) else {
                throw ExternalTool.Missing(tool: "kgx (run `swift build` first)")
            }
            return fallback
        }
    }

    /// Runs `kgx` with `arguments` from the package root.
    @discardableResult
    static func run(_ arguments: [String], input: Data? = nil) throws -> ExternalTool.Result {
        try ExternalTool.run(executable, arguments, input: input, currentDirectory: ProjectPaths.root)
    }
}
