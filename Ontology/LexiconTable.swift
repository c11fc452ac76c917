import Foundation

/// One lexicon file (`lexicons/*.tsv`) read into rows, so every reader of the lexicons agrees on
/// the format: UTF-8, one row per line, fields separated by tabs, multi-valued fields separated by
/// `|`, lines starting with `#` and blank lines ignored.
///
/// The format is documented in `Ontology/README.md`; users extend the lexicons without touching Swift.
public struct LexiconTable: Sendable {
    /// One data line of a lexicon.
    public struct Row: Sendable, Equatable {
        /// The 1-based line number in the file, for error messages.
        public let line: Int
        /// The tab-separated fields, as written (an empty trailing column is an empty string).
        public let fields: [String]

        /// The field at `column` (0-based), or "" when the row is shorter.
        public func field(_ column: Int) -> String {
            column < fields.count ? fields[column] : ""
        }

        /// The `|`-separated values of the field at `column`, trimmed, empty values dropped.
        public func values(_ column: Int) -> [String] {
            field(column)
                .split(separator: LexiconTable.valueSeparator)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }

    /// Why a lexicon could not be read.
    public enum Failure: Error, CustomStringConvertible {
        /// The file is missing or not UTF-8.
        case unreadable(name: String, reason: String)

        public var description: String {
            switch self {
            case let .unreadable(name, reason): "cannot read lexicon '\(name)': \(reason)"
            }
        }
    }

    /// The separator between the values of a multi-valued field.
    public static let valueSeparator: Character = "|"

    /// The file name, e.g. `countries.tsv`.
    public let name: String
    /// The data rows, in file order.
    public let rows: [Row]

    /// Parses the text of a lexicon file.
    public init(name: String, text: String) {
        self.name = name
        var rows: [Row] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            rows.append(Row(line: index + 1,
                            fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        self.rows = rows
    }

    /// Reads the lexicon `name` (e.g. `countries.tsv`) shipped in `OntologyResources.lexiconsURL`.
    /// - Throws: `Failure.unreadable` when the file is missing or not UTF-8.
    public static func load(named name: String) throws(Failure) -> LexiconTable {
        do {
            return LexiconTable(name: name, text: try OntologyResources.lexicon(named: name))
        } catch {
            throw .unreadable(name: name, reason: error.localizedDescription)
        }
    }
}
