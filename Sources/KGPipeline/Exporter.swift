import Foundation
import KGGraph
import KGWriters

/// Writes a graph to an output folder in the chosen formats, all or nothing.
///
/// Every file is first written under a hidden temporary name; only when all of them are complete
/// are they renamed over the previous exports, so a failure part-way (full disk, a bad label, a
/// signal) leaves the earlier good exports untouched. A format of several files (csv) is written
/// the same way as a whole folder, `<base>-csv`, through `AtomicFolder`.
public struct Exporter {
    /// What to write.
    public struct Options: Sendable {
        public var formats: [ExportFormat]
        /// Also render `graph.svg` with Graphviz `dot` when it is installed.
        public var renderSVG: Bool
        public var prefixes: PrefixMap
        /// The file name without extension.
        public var baseName: String

        public init(formats: [ExportFormat] = ExportFormat.allCases, renderSVG: Bool = true,
                    prefixes: PrefixMap = .standard(), baseName: String = "graph") {
            self.formats = formats
            self.renderSVG = renderSVG
            self.prefixes = prefixes
            self.baseName = baseName
        }
    }

    /// Why an export failed.
    public enum Failure: Error, CustomStringConvertible {
        case cannotCreateFolder(String, String)
        case renderFailed(String)

        public var description: String {
            switch self {
            case .cannotCreateFolder(let path, let reason): return "cannot create output folder \(path): \(reason)"
            case .renderFailed(let message): return "Graphviz could not render the graph: \(message)"
            }
        }
    }

    public let folder: String
    public let options: Options

    public init(folder: String, options: Options) {
        self.folder = folder
        self.options = options
    }

    /// Writes every output and returns the paths written; notes (such as a skipped SVG) go to `notes`.
    public func export(_ graph: Graph, notes: inout [String]) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotCreateFolder(folder, error.localizedDescription)
        }
        var pending: [AtomicFile] = []
        defer { pending.forEach { $0.discard() } }
        var dotFile: AtomicFile?
        // Every format is written from one numbered copy of the graph: each term spelled once,
        // triples sorted as integers.
        let interned = try InternedGraph(graph)
        var pendingFolders: [AtomicFolder] = []
        defer { pendingFolders.forEach { $0.discard() } }
        for format in options.formats where format.isFolder {
            let output = try AtomicFolder(path: folderPath(format))
            pendingFolders.append(output)
            try format.write(interned, into: output)
        }
        for format in options.formats where !format.isFolder {
            let file = try AtomicFile(path: path(format.fileExtension))
            pending.append(file)
            try format.write(interned, to: file.sink, prefixes: options.prefixes)
            try file.sink.flush()
            if format == .dot { dotFile = file }
        }
        if options.renderSVG {
            if let dot = Self.graphvizDot() {
                if dotFile == nil {
                    let file = try AtomicFile(path: path("dot.tmp"))
                    pending.append(file)
                    try ExportFormat.dot.write(interned, to: file.sink, prefixes: options.prefixes)
                    try file.sink.flush()
                    dotFile = file
                }
                if let dotFile {
                    let svg = try AtomicFile(path: path("svg"))
                    pending.append(svg)
                    try render(dot: dot, input: dotFile.temporaryPath, output: svg)
                }
            } else {
                notes.append("Graphviz 'dot' is not installed: graph.svg not rendered")
            }
        }
        var written: [String] = []
        for file in pending where !file.path.hasSuffix(".dot.tmp") {
            try file.commit()
            written.append(file.path)
        }
        for output in pendingFolders {
            try output.commit()
            written.append(output.path)
        }
        return written
    }

    private func path(_ fileExtension: String) -> String {
        (folder as NSString).appendingPathComponent(options.baseName + "." + fileExtension)
    }

    /// The folder a folder format is written to: `graph-csv` beside `graph.ttl`.
    private func folderPath(_ format: ExportFormat) -> String {
        (folder as NSString).appendingPathComponent(options.baseName + "-" + format.rawValue)
    }

    private func render(dot: String, input: String, output: AtomicFile) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", input]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle(fileDescriptor: output.descriptor, closeOnDealloc: false)
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.renderFailed(String(decoding: message, as: UTF8.self))
        }
    }

    /// The path of Graphviz `dot`, when it is on PATH.
    static func graphvizDot() -> String? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return searchPath.split(separator: ":").map { "\($0)/dot" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
