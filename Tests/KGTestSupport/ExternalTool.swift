import Foundation

/// Runs the real consumers (serdi, rapper, xmllint, dot, Python with rdflib/networkx...) from tests.
///
/// A consumer that is missing is an error, never a skip: the test command installs them, and a
/// suite that quietly skipped its consumers would prove nothing.
public enum ExternalTool {
    /// What a finished process produced.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// A consumer the suite needs and could not find.
    public struct Missing: Error, CustomStringConvertible {
        public let tool: String
        public init(tool: String) { self.tool = tool }
        public var description: String {
            "required consumer '\(tool)' is not installed: run Scripts/test, which installs it"
        }
    }

    /// The absolute path of `tool` on PATH (a path with a slash is taken as it is).
    /// - Throws: `Missing` when it is not there.
    public static func path(of tool: String) throws -> String {
        if tool.contains("/") {
            guard FileManager.default.isExecutableFile(atPath: tool) else { throw Missing(tool: tool) }
            return tool
        }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Missing(tool: tool)
    }

    /// Runs `tool` with `arguments`, feeding `input` on standard input.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], input: Data? = nil,
                           environment: [String: String]? = nil,
                           currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path(of: tool))
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        // Drain both pipes concurrently so a chatty tool never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = outPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a Python script (text) with `python3`, checking first that `modules` import.
    @discardableResult
    public static func python(_ script: String, arguments: [String] = [], modules: [String] = [],
                              input: Data? = nil) throws -> Result {
        if !modules.isEmpty {
            let probe = try run("python3", ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
            if probe.status != 0 { throw Missing(tool: "python3 module(s) \(modules.joined(separator: ", "))") }
        }
        return try run("python3", ["-c", script] + arguments, input: input)
    }
}

/// Paths the tests share: the package root, the seeds, and `../shared/conformance`.
public enum ProjectPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static var seeds: URL { root.appendingPathComponent("seeds") }
    public static var exports: URL { root.appendingPathComponent("exports") }
    public static var conformance: URL {
        root.deletingLastPathComponent().appendingPathComponent("shared/conformance")
    }

    /// A fresh temporary folder, removed by the caller when done.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kgx-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
