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
        /// Write yEd's graphics into the GraphML (off: GraphML the plain GraphML schema validates).
        public var yFilesGraphics: Bool
        public var prefixes: PrefixMap
        /// The file name without extension.
        public var baseName: String
        /// Hand the files' bytes to the kernel from a second thread while the next are formatted
        /// (for a run with a core to spare).
        public var writesInBackground: Bool

        public init(formats: [ExportFormat] = ExportFormat.allCases, renderSVG: Bool = true,
                    prefixes: PrefixMap = .standard(), baseName: String = "graph", yFilesGraphics: Bool = true,
                    writesInBackground: Bool = false) {
            self.formats = formats
            self.writesInBackground = writesInBackground
            self.renderSVG = renderSVG
            self.yFilesGraphics = yFilesGraphics
            self.prefixes = prefixes
            self.baseName = baseName
        }
    }

    /// Why an export failed.
    public enum Failure: Error, CustomStringConvertible {
        case cannotCreateFolder(String, String)

        public var description: String {
            switch self {
            case .cannotCreateFolder(let path, let reason): return "cannot create output folder \(path): \(reason)"
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
    ///
    /// Graphviz runs once, on the DOT file, for the SVG drawing and for the node positions the
    /// GraphML carries for yEd and Gephi; GraphML is therefore written last.
    public func export(_ graph: Graph, notes: inout [String]) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotCreateFolder(folder, error.localizedDescription)
        }
        var pending: [AtomicFile] = []
        var scratch: [AtomicFile] = []
        defer { (pending + scratch).forEach { $0.discard() } }
        // Every format is written from one numbered copy of the graph: each term spelled once,
        // triples sorted as integers, once, in place, rather than on a copy per format.
        var interned = try InternedGraph(graph)
        interned.sort()
        var pendingFolders: [AtomicFolder] = []
        defer { pendingFolders.forEach { $0.discard() } }
        for format in options.formats where format.isFolder {
            let output = try AtomicFolder(path: folderPath(format))
            pendingFolders.append(output)
            try format.write(interned, into: output)
        }
        var dotFile: AtomicFile?
        for format in options.formats where !format.isFolder && format != .graphml {
            let file = try AtomicFile(path: path(format.fileExtension), writesInBackground: options.writesInBackground)
            pending.append(file)
            try format.write(interned, to: file.sink, prefixes: options.prefixes)
            try file.sink.flush()
            if format == .dot { dotFile = file }
        }
        let writesGraphML = options.formats.contains(.graphml)
        let projection = writesGraphML ? PropertyGraph(interned) : nil
        let wantsLayout = projection.map { $0.nodes.count <= Self.layoutNodeLimit } ?? false
        var layout: GraphLayout?
        if options.renderSVG || wantsLayout {
            if let graphviz = GraphvizRun.installed() {
                let dot: AtomicFile
                if let dotFile {
                    dot = dotFile
                } else {
                    dot = try AtomicFile(path: path("dot.tmp"))
                    scratch.append(dot)
                    try ExportFormat.dot.write(interned, to: dot.sink, prefixes: options.prefixes)
                    try dot.sink.flush()
                }
                let svg = options.renderSVG ? try AtomicFile(path: path("svg")) : nil
                let layoutFile = wantsLayout ? try AtomicFile(path: path("layout.tmp")) : nil
                svg.map { pending.append($0) }
                layoutFile.map { scratch.append($0) }
                // A picture that cannot be drawn fails the export, as a file that cannot be
                // written does; GraphML positions that cannot be had fall back to the grid.
                var laidOut = wantsLayout
                do {
                    try graphviz.run(dotPath: dot.temporaryPath, svgPath: svg?.temporaryPath, layoutPath: layoutFile?.temporaryPath)
                } catch let failure as GraphvizRun.Failure where !options.renderSVG {
                    notes.append("\(failure): GraphML nodes placed on a grid")
                    laidOut = false
                }
                if laidOut, let layoutFile, let projection {
                    do {
                        let json = try Data(contentsOf: URL(fileURLWithPath: layoutFile.temporaryPath))
                        layout = try GraphvizRun.layout(fromJSON: json, for: projection)
                    } catch {
                        notes.append("\(error): GraphML nodes placed on a grid")
                    }
                }
            } else {
                notes.append("Graphviz 'dot' is not installed: "
                             + [options.renderSVG ? "\(path("svg")) not rendered" : nil,
                                wantsLayout ? "GraphML nodes placed on a grid" : nil].compactMap { $0 }.joined(separator: ", "))
            }
        }
        if let projection {
            if !wantsLayout {
                notes.append("\(projection.nodes.count) nodes are more than Graphviz lays out in reasonable time (\(Self.layoutNodeLimit)): GraphML nodes placed on a grid")
            }
            let file = try AtomicFile(path: path(ExportFormat.graphml.fileExtension), writesInBackground: options.writesInBackground)
            pending.append(file)
            try GraphMLWriter(sink: file.sink, options: .init(yFilesGraphics: options.yFilesGraphics, layout: layout)).write(projection)
            try file.sink.flush()
        }
        var written: [String] = []
        for file in pending {
            try file.commit()
            written.append(file.path)
        }
        for output in pendingFolders {
            try output.commit()
            written.append(output.path)
        }
        return written
    }

    /// The most nodes a GraphML export asks Graphviz to place (sfdp takes minutes beyond it).
    static let layoutNodeLimit = 20_000

    private func path(_ fileExtension: String) -> String {
        (folder as NSString).appendingPathComponent(options.baseName + "." + fileExtension)
    }

    /// The folder a folder format is written to: `graph-csv` beside `graph.ttl`.
    private func folderPath(_ format: ExportFormat) -> String {
        (folder as NSString).appendingPathComponent(options.baseName + "-" + format.rawValue)
    }
}
