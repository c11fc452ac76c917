/// Makes text safe for XML 1.0 before it reaches libxml2.
///
/// XML 1.0 allows only `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`,
/// not even as character references, and older libxml2 releases copy a stray U+0001 into the
/// file unchanged, producing a document no parser accepts. News text pasted from PDFs carries
/// such characters (U+000B, U+000C, U+0000), so they are replaced here, in Swift, with U+FFFD.
/// Lone surrogates and invalid UTF-8 cannot occur: a Swift `String` is always valid Unicode.
public enum XMLTextSanitizer {
    /// The replacement for a character XML cannot hold.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    public static func sanitized(_ text: String) -> String {
        // Almost all text has no control character and no U+FFFE/U+FFFF (lead byte 0xEF), which a
        // byte scan shows far faster than decoding scalars.
        let mayNeedChanges = text.utf8.contains { $0 < 0x20 ? $0 != 0x09 && $0 != 0x0A && $0 != 0x0D : $0 == 0xEF }
        guard mayNeedChanges, !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isAllowed($0) ? $0 : replacement }))
    }
}
