/// Splits text into `Token`s with document offsets.
///
/// It walks the UTF-8 bytes of the text once, counting scalars for the offsets, and makes each token's
/// string from its bytes: no copy of the text into an array of scalars, no string built scalar by scalar.
public enum Tokenizer {
    /// The tokens of `text`, whose first scalar is at document offset `base`.
    public static func tokens(of text: String, base: Int = 0) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            scan(bytes, base: base) { utf8, range, spaceBefore in
                if range.count == 2, utf8.count == 4, utf8[0] == 0xE2, utf8[1] == 0x80, utf8[2] == 0x99 {
                    // The typographic apostrophe of "’s" is written as "'".
                    tokens.append(Token(text: utf8[3] == UInt8(ascii: "s") ? "'s" : "'S", range: range, spaceBefore: spaceBefore))
                } else {
                    tokens.append(Token(text: String(decoding: utf8, as: UTF8.self), utf8: utf8, range: range, spaceBefore: spaceBefore))
                }
            }
            return tokens
        }
    }

    /// The texts of the tokens of `text` that start with a lower-case letter (`text.first?.isLowercase`).
    ///
    /// The same tokens as `tokens(of:)`, but only these are made into strings: a document's lower-case
    /// vocabulary is wanted whole, and tokenising it fully (shapes, lower-case forms) was wasted work.
    public static func lowerCaseWords(of text: String) -> Set<String> {
        var text = text
        return text.withUTF8 { bytes in
            var words = Set<String>()
            scan(bytes, base: 0) { utf8, _, _ in
                let first = utf8[0]
                if first < 0x80 && (utf8.count == 1 || utf8[1] < 0x80) {
                    // The first character is this one ASCII scalar.
                    if first &- UInt8(ascii: "a") < 26 { words.insert(String(decoding: utf8, as: UTF8.self)) }
                } else {
                    let word = String(decoding: utf8, as: UTF8.self)
                    if word.first?.isLowercase ?? false { words.insert(word) }
                }
            }
            return words
        }
    }

    /// Walks the tokens of `bytes` (valid UTF-8), calling `body` with each token's bytes, its scalar offsets
    /// (the first scalar at `base`) and whether whitespace (or the start) precedes it.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, base: Int,
                             _ body: (_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ spaceBefore: Bool) -> Void) {
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
            body(UnsafeBufferPointer(rebasing: bytes[index..<end]), offset..<endOffset, sawSpace)
            sawSpace = false
            afterWordScalar = endsInWordScalar
            index = end
            offset = endOffset
        }
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
