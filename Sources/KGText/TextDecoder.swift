/// Turns the bytes of a file into text.
///
/// The encodings, in the order they are tried:
/// - UTF-8 with a BOM, or UTF-16 LE/BE with a BOM: decoded as declared; a malformed sequence
///   (a bad UTF-8 byte, a lone surrogate, an odd trailing byte) becomes U+FFFD, with a warning.
/// - Valid UTF-8 without a BOM: decoded, no warning.
/// - Otherwise, bytes that still hold at least one well-formed multi-byte UTF-8 sequence are UTF-8
///   damaged in transit (a truncated copy, a stray Latin-1 byte in a UTF-8 file): each invalid
///   sequence becomes U+FFFD, with a warning. Reading them as Windows-1252 would turn every good
///   non-ASCII character of the article into mojibake ("Ã©" for "é").
/// - Bytes with no multi-byte UTF-8 sequence at all are Windows-1252 (a superset of Latin-1), the
///   usual encoding of legacy press releases; decoded with a warning, never dropped.
/// UTF-16 without a BOM is not guessed: its NUL bytes make it binary.
enum TextDecoder {
    /// The decoded text and, when the encoding had to be guessed or repaired, a warning.
    static func decode(_ bytes: [UInt8]) -> (text: String, warning: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        if containsMultiByteUTF8(bytes) { return utf8(bytes[...]) }
        return (windows1252(bytes), "not valid UTF-8; decoded as Windows-1252")
    }

    /// Whether the bytes look like binary data rather than text in a byte-oriented encoding:
    /// any NUL byte, or more than one byte in ten a control other than TAB, LF, FF and CR.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        var controls = 0
        for byte in bytes where byte < 0x20 {
            switch byte {
            case 0x00: return true
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            default: controls += 1
            }
        }
        return controls * 10 > bytes.count
    }

    /// UTF-8, each invalid sequence repaired as U+FFFD (with a warning counting them).
    private static func utf8(_ bytes: ArraySlice<UInt8>) -> (text: String, warning: String?) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        var scalars = String.UnicodeScalarView()
        var repairs = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error: scalars.append("\u{FFFD}"); repairs += 1
            case .emptyInput: break decoding
            }
        }
        return (String(scalars), "\(repairs) invalid UTF-8 sequence(s) replaced by U+FFFD")
    }

    /// Whether `bytes` hold a well-formed UTF-8 sequence of two to four bytes.
    private static func containsMultiByteUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar) where !scalar.isASCII: return true
            case .scalarValue, .error: continue
            case .emptyInput: return false
            }
        }
    }

    /// UTF-16 in the given byte order; lone surrogates and an odd final byte become U+FFFD.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (text: String, warning: String?) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var repairs = bytes.count % 2
        var decoder = UTF16()
        var iterator = units.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error: scalars.append("\u{FFFD}"); repairs += 1
            case .emptyInput: break decoding
            }
        }
        if bytes.count % 2 == 1 { scalars.append("\u{FFFD}") }
        let warning = repairs == 0 ? nil : "\(repairs) invalid UTF-16 sequence(s) replaced by U+FFFD"
        return (String(scalars), warning)
    }

    /// The characters Windows-1252 puts at 0x80...0x9F (0 where the code page leaves a hole).
    private static let upperControls: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            var value = UInt32(byte)
            if (0x80...0x9F).contains(byte) {
                let mapped = upperControls[Int(byte) - 0x80]
                value = mapped == 0 ? 0xFFFD : mapped
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
