/// Quoting for Graphviz DOT.
///
/// Every ID and attribute value is written as a double-quoted string, so keywords (`node`,
/// `Graph`), digits and punctuation never need a special case. Inside quotes `\` becomes `\\`
/// (a lone trailing backslash would swallow the closing quote, and in labels a backslash starts
/// an escString such as `\N`) and `"` becomes `\"`. A line break becomes the escString `\n`
/// (CR LF counts as one), a tab a space, and other control characters, C1 controls and the
/// noncharacters U+FFFE/U+FFFF are dropped: they have no drawing and would make the SVG invalid.
///
/// Graphviz's scanner refuses a quoted string longer than 16,384 bytes ("syntax error ... longer
/// than 16384?"), and an edge's evidence text, joined over every supporting sentence of a large
/// corpus, grows past that. Long text is therefore cut into pieces joined with DOT's string
/// concatenation, `"..." + "..."`, which Graphviz reassembles into the whole value.
enum DOTString {
    /// The longest quoted piece written, in UTF-8 bytes; well below Graphviz's 16,384.
    static let maximumPieceLength = 8_192

    /// `text` as a quoted DOT ID.
    static func id(_ text: String) -> String {
        quoted(text, entities: false)
    }

    /// `text` as a quoted label-like attribute value. Graphviz decodes HTML entities in labels
    /// (`&amp;` draws `&`), so `&` is written as `&amp;` for the text to come out as given.
    static func label(_ text: String) -> String {
        quoted(text, entities: true)
    }

    /// Appends `text` as a quoted DOT ID (`entities: false`) or label-like value (`entities: true`)
    /// to `line`: what `id` or `label` returns, without building the quoted string when `text`
    /// needs no escaping (almost always).
    static func append(_ text: String, entities: Bool, to line: inout [UInt8]) {
        var text = text
        let copied = text.withUTF8 { bytes in
            guard isPlain(bytes, entities: entities) else { return false }
            line.append(UInt8(ascii: "\""))
            line.append(contentsOf: bytes)
            line.append(UInt8(ascii: "\""))
            return true
        }
        if !copied {
            line.append(contentsOf: quoted(text, entities: entities).utf8)
        }
    }

    /// Whether `text` goes between the quotes as it is: short enough for one piece, and no byte of
    /// it starts something the slow path rewrites: ASCII controls and DEL, `"`, `\\`, `&` (in
    /// labels), C1 controls (0xC2 0x80…0x9F) and U+FFFE/U+FFFF (0xEF 0xBF 0xBE/0xBF). Most text
    /// contains none, including the `¶` (0xC2 0xB6) of joined evidence, and is copied as it is.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, entities: Bool) -> Bool {
        guard bytes.count < maximumPieceLength else { return false }
        for index in bytes.indices {
            switch bytes[index] {
            case 0..<0x20, 0x22, 0x5C, 0x7F: return false
            case 0x26 where entities: return false
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] < 0xA0: return false
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: return false
            default: continue
            }
        }
        return true
    }

    private static func quoted(_ text: String, entities: Bool) -> String {
        var text = text
        if text.withUTF8({ isPlain($0, entities: entities) }) {
            return "\"" + text + "\""
        }
        var out = "\""
        var previousWasCR = false
        var pieceStart = out.utf8.count
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            // Checked before each character, so an escape sequence is never split.
            if out.utf8.count - pieceStart >= maximumPieceLength {
                out += "\" + \""
                pieceStart = out.utf8.count
            }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&" where entities: out += "&amp;"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\r": out += "\\n"
            case "\t": out += " "
            default:
                if isDrawable(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func isDrawable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return !(value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF)
    }
}
