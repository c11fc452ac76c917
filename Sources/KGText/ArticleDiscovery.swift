import Foundation

/// Turns the paths a user names into the ordered list of article files to read.
///
/// Folders contribute every `*.txt` article and every `*.html` / `*.htm` page below them, sorted by
/// path, so that the same folder always yields the same order (and therefore the same output) on every machine.
public enum ArticleDiscovery {
    /// Why a named path yields no article.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case missing(path: String)
        case brokenLink(path: String)
        case noArticles(folder: String)
        case unreadableFolder(path: String)

        public var description: String {
            switch self {
            case .missing(let path): return "\(path): no such file or folder"
            case .brokenLink(let path): return "\(path): broken symbolic link"
            case .noArticles(let folder): return "\(folder): folder holds no *.txt, *.html or *.htm articles"
            case .unreadableFolder(let path): return "\(path): folder cannot be read"
            }
        }
    }

    /// The article files named by `paths`, in a deterministic order; `-` is kept as is (standard input).
    /// - Throws: `Failure` for the first path that names nothing readable.
    public static func articles(in paths: [String]) throws -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for path in paths {
            for file in try articles(at: path) where seen.insert(file).inserted {
                result.append(file)
            }
        }
        return result
    }

    /// The extensions of the files a folder contributes: text articles and saved web pages.
    private static let articleExtensions = ["txt"] + DocumentReader.pageExtensions

    private static func articles(at path: String) throws -> [String] {
        if path == "-" { return [path] }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil { throw Failure.brokenLink(path: path) }
            throw Failure.missing(path: path)
        }
        guard isFolder.boolValue else { return [path] }
        guard let walker = manager.enumerator(atPath: path) else { throw Failure.unreadableFolder(path: path) }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            guard articleExtensions.contains((relative as NSString).pathExtension) else { continue }
            let full = base + "/" + relative
            // A subfolder named like an article is walked into, not read; anything else (including a broken
            // link) is listed, so that a file which cannot be read is reported by name, not dropped.
            var isSubfolder: ObjCBool = false
            if !(manager.fileExists(atPath: full, isDirectory: &isSubfolder) && isSubfolder.boolValue) {
                files.append(full)
            }
        }
        guard !files.isEmpty else { throw Failure.noArticles(folder: path) }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
