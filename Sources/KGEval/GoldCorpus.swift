import Foundation

/// Why a gold folder could not be loaded.
public enum GoldCorpusError: Error, Equatable, CustomStringConvertible {
    /// The folder could not be listed.
    case unreadableDirectory(path: String, reason: String)
    /// A file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A file is not a valid gold document.
    case invalidDocument(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableDirectory(let path, let reason): "cannot list gold folder \(path): \(reason)"
        case .unreadableFile(let path, let reason): "cannot read gold file \(path): \(reason)"
        case .invalidDocument(let path, let reason): "invalid gold file \(path): \(reason)"
        }
    }
}

/// Loads the gold annotations of a corpus: one `*.json` file per article in one folder.
public enum GoldCorpus {
    /// Every `*.json` file of `directory` decoded as a `GoldDocument`, ordered by file name.
    public static func load(directory: URL) throws(GoldCorpusError) -> [GoldDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadableDirectory(path: directory.path, reason: error.localizedDescription)
        }
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name throws(GoldCorpusError) in
            try load(file: directory.appendingPathComponent(name))
        }
    }

    /// One gold file.
    public static func load(file: URL) throws(GoldCorpusError) -> GoldDocument {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadableFile(path: file.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch {
            throw .invalidDocument(path: file.path, reason: String(describing: error))
        }
    }
}
