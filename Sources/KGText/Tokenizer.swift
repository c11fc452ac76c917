/// Splits text into `Token`s with document offsets.
///
/// It walks the UTF-8 bytes of the text once, counting scalars for the offsets, and makes each token's
/// string from its bytes: no copy of the text into an array of scalars, no string built scalar by scalar.
public enum Tokenizer {
    /// The tokens of `text`, whose first scalar is at document offset `base`.
    public static func tokens(of text: String, base: Int = 0) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(of: $0, base: base) }
    }

    private static func tokens(of bytes: UnsafeBufferPointer<UInt8>, base: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var offset = base
        var sawSpace = true
        var afterWordScalar = false
        while index < bytes.count {
            let (scalar, width) = decode(bytes, at: index)
            if isWhitespace(scalar) {
                sawSpace = true
                afterWordScalar = false
                index += width
                offset += 1
                continue
            }
            var end = index + width
            var endOffset = offset + 1
            var endsInWordScalar = isWordScalar(scalar)
            if endsInWordScalar {
                while end < bytes.count {
                    let (next, nextWidth) = decode(bytes, at: end)
                    guard isWordScalar(next) else { break }
                    end += nextWidth
                    endOffset += 1
                }
            } else if isApostrophe(scalar), afterWordScalar, end < bytes.count,
                      bytes[end] == UInt8(ascii: "s") || bytes[end] == UInt8(ascii: "S"),
                      end + 1 >= bytes.count || !isWordScalar(decode(bytes, at: end + 1).scalar) {
                end += 1
                endOffset += 1
                endsInWordScalar = true
            }
            let range = offset..<endOffset
            let utf8 = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if scalar == "\u{2019}" && range.count == 2 {
                // The typographic apostrophe of "’s" is written as "'".
                tokens.append(Token(text: bytes[end - 1] == UInt8(ascii: "s") ? "'s" : "'S", range: range, spaceBefore: sawSpace))
            } else {
                tokens.append(Token(text: String(decoding: utf8, as: UTF8.self), utf8: utf8, range: range, spaceBefore: sawSpace))
            }
            sawSpace = false
            afterWordScalar = endsInWordScalar
            index = end
            offset = endOffset
        }
        return tokens
    }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        let value: UInt32, width: Int
        if lead < 0xE0 {
            (value, width) = ((lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, width) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, width) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Whether a scalar is white space; ASCII is answered without the (slow) Unicode property tables.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        return scalar.properties.isWhitespace
    }

    /// Whether a scalar belongs to a word: a letter, digit or combining mark. ASCII is answered without the
    /// Unicode property tables, which tokenising long documents would otherwise spend most of its time in.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
