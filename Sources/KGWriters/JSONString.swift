/// How text is spelled as a JSON string (RFC 8259 §7), for the JSON-LD writer.
///
/// Quotes, backslashes and every control character must be escaped; U+2028 and U+2029 are
/// escaped too, although JSON allows them raw, because JavaScript before ES2019 reads them as line
/// ends and the file may be pasted into a `<script>`. Everything else, characters above the Basic
/// Multilingual Plane included, is copied as UTF-8 (a Swift String holds no lone surrogate, so
/// every scalar has a valid encoding). Runs that need no escape are copied in one go.
enum JSONString {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `"text"` with the escapes above.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: (value: UInt16, length: Int)?
                switch byte {
                case 0x00...0x1F, 0x22, 0x5C: escape = (UInt16(byte), 1)
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = (0x2000 + UInt16(bytes[index + 2] - 0x80), 3)
                default: escape = nil
                }
                guard let (value, length) = escape else { index += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(value, to: &out)
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    /// Appends the short escape of `value` when JSON has one, else `\uXXXX`.
    private static func appendEscape(_ value: UInt16, to out: inout [UInt8]) {
        out.append(0x5C)
        switch value {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x08: out.append(0x62)
        case 0x0C: out.append(0x66)
        case 0x0A: out.append(0x6E)
        case 0x0D: out.append(0x72)
        case 0x09: out.append(0x74)
        default:
            out.append(0x75)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((value >> UInt16(shift)) & 0xF)]) }
        }
    }
}
