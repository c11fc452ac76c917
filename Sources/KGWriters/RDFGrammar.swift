/// Character classes and token shapes of the W3C RDF 1.1 Turtle and N-Triples grammars
/// (https://www.w3.org/TR/turtle/#sec-grammar-grammar), in one place.
///
/// The writers use them to decide what may be written bare (a prefixed name, an abbreviated
/// number, a blank node label) and the N-Triples reader uses the same rules to check its input,
/// so what one side writes is exactly what the other accepts.
enum RDFGrammar {
    /// `PN_CHARS_BASE`: letters and most of the non-ASCII range.
    static func isNameStartBase(_ v: UInt32) -> Bool {
        switch v {
        case 0x41...0x5A, 0x61...0x7A,
             0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// `PN_CHARS_U`: `PN_CHARS_BASE` or `_`.
    static func isNameStart(_ v: UInt32) -> Bool {
        v == 0x5F || isNameStartBase(v)
    }

    /// `PN_CHARS`: `PN_CHARS_U`, `-`, digits, U+00B7 and the combining ranges.
    static func isNameChar(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameStart(v)
        }
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether `byte` is an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The value of an ASCII hex digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// Whether `byte` may not appear raw inside `<...>` (IRIREF): controls, space and `<>"{}|^`\`.
    static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C: return true
        default: return false
        }
    }

    /// Whether the IRI starts with a scheme (`[A-Za-z][A-Za-z0-9+.-]*:`), i.e. is absolute.
    ///
    /// N-Triples allows only absolute IRIs, and a relative IRI in Turtle would be resolved against
    /// wherever the file happens to be read from, changing the graph.
    static func isAbsoluteIRI<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first, isLetter(first) else { return false }
        for byte in bytes.dropFirst() {
            if byte == 0x3A { return true }
            guard isLetter(byte) || isDigit(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E else { return false }
        }
        return false
    }

    /// `LANGTAG` without the `@`: `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
    static func isLanguageTag<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var index = bytes.startIndex
        var subtagLength = 0
        var inFirstSubtag = true
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x2D {
                if subtagLength == 0 { return false }
                inFirstSubtag = false
                subtagLength = 0
            } else if isLetter(byte) || (!inFirstSubtag && isDigit(byte)) {
                subtagLength += 1
            } else {
                return false
            }
            index = bytes.index(after: index)
        }
        return subtagLength > 0
    }

    /// Turtle `INTEGER`: `[+-]? [0-9]+`.
    static func isIntegerToken(_ text: String) -> Bool {
        let digits = text.utf8.first == 0x2B || text.utf8.first == 0x2D ? text.utf8.dropFirst() : text.utf8[...]
        return !digits.isEmpty && digits.allSatisfy(isDigit)
    }

    /// Turtle `DECIMAL`: `[+-]? [0-9]* '.' [0-9]+`.
    static func isDecimalToken(_ text: String) -> Bool {
        let body = text.utf8.first == 0x2B || text.utf8.first == 0x2D ? text.utf8.dropFirst() : text.utf8[...]
        guard let dot = body.firstIndex(of: 0x2E) else { return false }
        let fraction = body[body.index(after: dot)...]
        return body[..<dot].allSatisfy(isDigit) && !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }

    /// The characters a Turtle local name may carry as `PN_LOCAL_ESC` (`\` + the character).
    static func isLocalNameEscapable(_ v: UInt32) -> Bool {
        switch v {
        case 0x5F, 0x7E, 0x2E, 0x2D, 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D,
             0x2F, 0x3F, 0x23, 0x40, 0x25:
            return true
        default:
            return false
        }
    }

    /// `PN_PREFIX` (a prefix label without the colon); the empty label is allowed.
    static func isPrefixLabel(_ label: String) -> Bool {
        let scalars = Array(label.unicodeScalars)
        guard let first = scalars.first else { return true }
        guard isNameStartBase(first.value), scalars.last != "." else { return false }
        return scalars.dropFirst().allSatisfy { isNameChar($0.value) || $0 == "." }
    }
}
