import Foundation

/// Reads article files into `Document`s: decodes, normalises, and finds the publication date,
/// the headline and the dateline.
public enum DocumentReader {
    /// Reads the file at `path`; the document is named after the file's last path component.
    /// - Throws: `DocumentError` when the file cannot be read, is empty, blank or binary.
    public static func read(path: String) throws -> Document {
        let name = (path as NSString).lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DocumentError.unreadable(name: name, reason: error.localizedDescription)
        }
        return try read(bytes: [UInt8](data), name: name)
    }

    /// Reads a document from raw bytes.
    /// - Throws: `DocumentError` when the bytes are empty, blank or binary.
    public static func read(bytes: [UInt8], name: String) throws -> Document {
        guard !bytes.isEmpty else { throw DocumentError.empty(name: name) }
        guard !TextDecoder.looksBinary(bytes) else { throw DocumentError.binary(name: name) }
        let (decoded, warning) = TextDecoder.decode(bytes)
        let text = normalise(decoded)
        if text.unicodeScalars.contains(where: { $0 == "\u{0}" }) { throw DocumentError.binary(name: name) }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw DocumentError.whitespaceOnly(name: name)
        }
        let header = DocumentHeader(text: text)
        return Document(name: name, text: text, date: header.date, title: header.title, dateline: header.dateline,
                        metadataRanges: header.metadataRanges, warnings: warning.map { [$0] } ?? [])
    }

    /// NFC, line feeds only, no byte-order mark.
    static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
