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

    private static func quoted(_ text: String, entities: Bool) -> String {
        if text.utf8.count < maximumPieceLength, !text.utf8.contains(where: { mayNeedEscaping($0, entities: entities) }) {
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

    /// Whether a UTF-8 byte may start something the slow path rewrites: ASCII controls and DEL,
    /// `"`, `\\`, `&`, and the lead bytes of C1 controls (0xC2) and of U+FFFE/U+FFFF (0xEF).
    /// Most labels contain none, and are then copied as they are.
    private static func mayNeedEscaping(_ byte: UInt8, entities: Bool) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xEF
            || (entities && byte == 0x26)
    }

    private static func isDrawable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return !(value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF)
    }
}
