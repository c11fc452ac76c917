/// Why a file could not be read as an article; every message names the file.
public enum DocumentError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file has no bytes at all.
    case empty(name: String)
    /// The file holds only whitespace.
    case whitespaceOnly(name: String)
    /// The file looks like binary data (NUL bytes or mostly control bytes).
    case binary(name: String)
    /// A web page with no article text once navigation, scripts and other boilerplate are removed.
    case noArticleText(name: String)
    /// The file could not be opened or read.
    case unreadable(name: String, reason: String)

    public var description: String {
        switch self {
        case .empty(let name): return "\(name): the file is empty"
        case .whitespaceOnly(let name): return "\(name): the file holds only whitespace"
        case .binary(let name): return "\(name): the file is binary, not text"
        case .noArticleText(let name): return "\(name): the page holds no article text (only navigation, scripts or other boilerplate)"
        case let .unreadable(name, reason): return "\(name): cannot read the file (\(reason))"
        }
    }
}
