/// The formats written as a folder of files rather than as one file.
extension ExportFormat {
    /// Whether the format is several files, written by `write(_:into:)` into a folder named
    /// `<base>-<raw value>` (`graph-csv`) beside the single-file exports.
    public var isFolder: Bool { self == .csv }

    /// The formats written as one file, to one sink.
    public static var singleFile: [ExportFormat] { allCases.filter { !$0.isFolder } }

    /// Writes `graph` in this folder format into `folder`, each file flushed.
    public func write(_ graph: InternedGraph, into folder: AtomicFolder) throws {
        try write(graph, openFile: folder.file(named:))
    }

    /// Writes `graph` in this folder format, each file to the sink `openFile` gives for its name
    /// (a folder's files, or memory).
    public func write(_ graph: InternedGraph, openFile: (String) throws -> ByteSink) throws {
        guard isFolder else { throw FolderFormatError(format: self) }
        try PropertyGraphCSVExport(PropertyGraph(graph)).write(openFile: openFile)
    }
}

/// A format asked to write to the wrong kind of destination: a folder format to one sink, or a
/// single-file format into a folder.
public struct FolderFormatError: Error, CustomStringConvertible {
    public let format: ExportFormat

    public var description: String {
        format.isFolder
            ? "\(format.displayName) is a folder of files: write it with kgx export --format \(format.rawValue)"
            : "\(format.displayName) is one file, not a folder"
    }
}
