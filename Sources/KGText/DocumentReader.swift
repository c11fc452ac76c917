import Foundation

/// Reads article files into `Document`s: decodes, normalises, and finds the publication date,
/// the headline and the dateline.
public enum DocumentReader {
    /// The file extensions of saved web pages, read by `HTMLDocumentReader`; any other file is read as text.
    public static let pageExtensions = ["html", "htm"]

    /// Reads the file at `path`, a web page when its extension is one of `pageExtensions` and text
    /// otherwise; the document is named after the file's last path component.
    /// - Throws: `DocumentError` when the file cannot be read, is empty, blank or binary (or a page without article text).
    public static func read(path: String) throws -> Document {
        try read(articleBytes: try contents(ofFile: path), name: name(ofFile: path))
    }

    /// The name a document read from `path` gets: the file's last path component.
    public static func name(ofFile path: String) -> String { (path as NSString).lastPathComponent }

    /// The bytes of the article file at `path`, unread (the extraction cache digests them before reading).
    /// - Throws: `DocumentError.unreadable` when the file cannot be read.
    public static func contents(ofFile path: String) throws -> [UInt8] {
        // The file's Data is gone once its bytes are copied out, so that a huge file is not held twice while decoding.
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DocumentError.unreadable(name: name(ofFile: path), reason: error.localizedDescription)
        }
    }

    /// Reads the bytes of an article file named `name`: a web page when its extension is one of
    /// `pageExtensions`, text otherwise.
    public static func read(articleBytes bytes: [UInt8], name: String) throws -> Document {
        if pageExtensions.contains((name as NSString).pathExtension) { return try HTMLDocumentReader.read(bytes: bytes, name: name) }
        return try read(bytes: bytes, name: name)
    }

    /// Reads a text article from raw bytes.
    ///
    /// Every warning names the file (`name: …`): a guessed or repaired encoding, and Unicode
    /// noncharacters (U+FFFE, U+FFFF, U+FDD0…U+FDEF and their kin in every plane), which are
    /// replaced by U+FFFD because they are not for interchange and several RDF parsers (rapper)
    /// reject them even escaped. The replacement is one scalar for one, so offsets do not move.
    /// - Throws: `DocumentError` when the bytes are empty, blank or binary.
    public static func read(bytes: [UInt8], name: String) throws -> Document {
        guard !bytes.isEmpty else { throw DocumentError.empty(name: name) }
        guard !TextDecoder.looksBinary(bytes) else { throw DocumentError.binary(name: name) }
        let (decoded, encodingWarning) = TextDecoder.decode(bytes)
        let (text, nonCharacters) = normalise(decoded)
        if text.unicodeScalars.contains(where: { $0 == "\u{0}" }) { throw DocumentError.binary(name: name) }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw DocumentError.whitespaceOnly(name: name)
        }
        var warnings = encodingWarning.map { ["\(name): \($0)"] } ?? []
        if nonCharacters > 0 {
            warnings.append("\(name): \(nonCharacters) Unicode noncharacter(s) replaced by U+FFFD")
        }
        let header = DocumentHeader(text: text)
        return Document(name: name, text: text, date: header.date, title: header.title, dateline: header.dateline,
                        metadataRanges: header.metadataRanges, warnings: warnings)
    }

    /// NFC, line feeds only, no byte-order mark, noncharacters replaced by U+FFFD (and counted).
    /// A text that needs none of it (plain ASCII with line feeds, the common case) is returned as is, not copied.
    static func normalise(_ text: String) -> (text: String, nonCharacters: Int) {
        let unchanged = text.unicodeScalars.allSatisfy { scalar in
            // The byte-order mark and the noncharacters are neither below U+0300 nor composition-stable punctuation.
            scalar.isASCII ? scalar != "\r" : scalar.value < 0x300 || isCompositionStablePunctuation(scalar)
        }
        if unchanged { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        var nonCharacters = 0
        var mayNeedComposition = false
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
            if isNoncharacter(scalar) {
                nonCharacters += 1
                scalars.append("\u{FFFD}")
                continue
            }
            // Below U+0300 (the first combining mark) every text is already in NFC.
            if scalar.value >= 0x300 && !isCompositionStablePunctuation(scalar) { mayNeedComposition = true }
            scalars.append(scalar)
        }
        let normalised = String(scalars)
        return (mayNeedComposition ? normalised.precomposedStringWithCanonicalMapping : normalised, nonCharacters)
    }

    /// Whether a scalar is one NFC leaves as it is whatever surrounds it: the general punctuation (dashes,
    /// typographic quotes, U+2002…U+206F: U+2000 and U+2001 alone have canonical decompositions) and the
    /// currency signs (U+20A0…U+20CF), none of which decomposes, combines or is combined with. News text
    /// is full of them, and without this a single dash sent the whole article through Foundation's NFC.
    @inline(__always)
    static func isCompositionStablePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x2002...0x206F).contains(scalar.value) || (0x20A0...0x20CF).contains(scalar.value)
    }

    /// Whether a scalar is a noncharacter (`properties.isNoncharacterCodePoint`), answered from its value: the
    /// property table look-up, once per scalar of every non-ASCII text, was half the time of reading.
    /// The noncharacters are U+FDD0…U+FDEF and the last two code points of every plane.
    @inline(__always)
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0xFDD0 else { return false }
        return value <= 0xFDEF || value & 0xFFFE == 0xFFFE
    }
}
