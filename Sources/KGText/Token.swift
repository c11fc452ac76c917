/// A word or punctuation mark of a text, with its place in the document.
///
/// Words are runs of letters, digits and combining marks; the possessive `'s` is a token of its
/// own; every other character (hyphen, dash, period, ampersand...) is a one-character token.
/// `spaceBefore` tells joined forms ("CSIR-IMMT", "U.S.") from separate words.
public struct Token: Sendable, Hashable {
    /// The characters of the token (a typographic apostrophe in `'s` is normalised to `'`).
    public let text: String
    /// Scalar offsets in the document text, end exclusive.
    public let range: Range<Int>
    /// Whether whitespace (or the start of the text) precedes the token.
    public let spaceBefore: Bool

    public init(text: String, range: Range<Int>, spaceBefore: Bool) {
        self.text = text
        self.range = range
        self.spaceBefore = spaceBefore
    }

    /// Whether the token is a word (starts with a letter or digit).
    public var isWord: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isAlphabetic || first.properties.numericType != nil
    }

    /// Whether the token is a word starting with an upper-case letter.
    public var isCapitalised: Bool {
        text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether the token has at least two letters, all upper case ("OIL", "CSIR").
    public var isAllCaps: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether the token is made of digits only.
    public var isNumber: Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    /// The token in lower case, the form lexicon look-ups compare.
    public var folded: String { text.lowercased() }
}

/// Splits text into `Token`s with document offsets.
public enum Tokenizer {
    /// The tokens of `text`, whose first scalar is at document offset `base`.
    public static func tokens(of text: String, base: Int = 0) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        var sawSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                sawSpace = true
                index += 1
                continue
            }
            var end = index + 1
            if isWordScalar(scalar) {
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
            } else if isApostrophe(scalar), end < scalars.count, scalars[end] == "s" || scalars[end] == "S",
                      end + 1 >= scalars.count || !isWordScalar(scalars[end + 1]), index > 0, isWordScalar(scalars[index - 1]) {
                end += 1
            }
            var word = String(String.UnicodeScalarView(scalars[index..<end]))
            if isApostrophe(scalar) && end - index == 2 { word = "'" + word.dropFirst() }
            tokens.append(Token(text: word, range: (base + index)..<(base + end), spaceBefore: sawSpace))
            sawSpace = false
            index = end
        }
        return tokens
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
