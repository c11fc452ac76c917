/// A word or punctuation mark of a text, with its place in the document.
///
/// Words are runs of letters, digits and combining marks; the possessive `'s` is a token of its
/// own; every other character (hyphen, dash, period, ampersand...) is a one-character token.
/// `spaceBefore` tells joined forms ("CSIR-IMMT", "U.S.") from separate words.
///
/// The lower-case form and the shape (word, capitalised, all capitals, number) are computed once, when the
/// token is made: extraction asks for them many times per token, and recomputing them from the Unicode
/// property tables was most of its running time.
public struct Token: Sendable, Hashable {
    /// The characters of the token (a typographic apostrophe in `'s` is normalised to `'`).
    public let text: String
    /// Scalar offsets in the document text, end exclusive.
    public let range: Range<Int>
    /// Whether whitespace (or the start of the text) precedes the token.
    public let spaceBefore: Bool
    /// The token in lower case (`text.lowercased()`), the form lexicon look-ups compare.
    public let folded: String
    /// The FNV-1a hash of `folded` (`Token.fnv1a(folded.utf8)`), made with it: word tables look every token up in
    /// several lexicons, and hashing its text for each was a large part of lexicon matching.
    public let foldedHash: UInt64
    private let shape: TokenShape

    public init(text: String, range: Range<Int>, spaceBefore: Bool) {
        var bytes = text
        self = bytes.withUTF8 { Token(text: text, utf8: $0, range: range, spaceBefore: spaceBefore) }
    }

    /// A token whose text's UTF-8 bytes are at hand (the tokenizer's buffer): its shape is read from them.
    init(text: String, utf8: UnsafeBufferPointer<UInt8>, range: Range<Int>, spaceBefore: Bool) {
        self.text = text
        self.range = range
        self.spaceBefore = spaceBefore
        (self.folded, self.shape, self.foldedHash) = TokenShape.analyse(text, utf8: utf8)
    }

    /// The 64-bit FNV-1a hash of some bytes, the hash of `foldedHash`. Inlinable, so that the callers in other
    /// modules (word tables hashing the words they are asked about) get it specialised for their bytes: the
    /// generic `reduce` of the library cost thousands of instructions per word.
    @inlinable
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = fnv1aBasis
        for byte in bytes { hash = fnv1a(hash, byte) }
        return hash
    }

    @inlinable
    static var fnv1aBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// One step of FNV-1a: `hash` with `byte` mixed in.
    @inlinable @inline(__always)
    static func fnv1a(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Whether the token is a word (starts with a letter or digit).
    public var isWord: Bool { shape.contains(.word) }

    /// Whether the token is a word starting with an upper-case letter.
    public var isCapitalised: Bool { shape.contains(.capitalised) }

    /// Whether the token has at least two letters, all upper case ("OIL", "CSIR").
    public var isAllCaps: Bool { shape.contains(.allCaps) }

    /// Whether the token is made of digits only.
    public var isNumber: Bool { shape.contains(.number) }

    /// How many characters (`text.count`) the token has; an ASCII token's are its bytes (a token holds no
    /// CR LF pair), counted without the grapheme breaking `String.count` does.
    public var characterCount: Int { shape.contains(.ascii) ? text.utf8.count : text.count }

    /// Tokens are equal when their text and place are: the lower-case form and the shape follow from the text.
    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.range == rhs.range && lhs.spaceBefore == rhs.spaceBefore && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
        hasher.combine(spaceBefore)
    }
}

/// What a token's characters look like, computed once per token: ASCII text (nearly every token of English
/// news) is classified from its bytes, anything else from the Unicode properties of its scalars.
struct TokenShape: OptionSet, Sendable {
    let rawValue: UInt8

    /// The first scalar is a letter or has a numeric value.
    static let word = TokenShape(rawValue: 1)
    /// The first scalar is upper case.
    static let capitalised = TokenShape(rawValue: 2)
    /// At least two letters, all upper case.
    static let allCaps = TokenShape(rawValue: 4)
    /// Not empty, and every scalar has a numeric value.
    static let number = TokenShape(rawValue: 8)
    /// Every scalar is ASCII.
    static let ascii = TokenShape(rawValue: 16)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The lower-case form (`text.lowercased()`), the shape of `text` and the hash of the lower-case form, from
    /// `text`'s UTF-8 bytes `utf8`: one pass over the bytes of ASCII text, the Unicode properties of the scalars otherwise.
    static func analyse(_ text: String, utf8: UnsafeBufferPointer<UInt8>) -> (folded: String, shape: TokenShape, hash: UInt64) {
        var scan = Scan()
        var hasUpper = false
        var hash = Token.fnv1aBasis
        for byte in utf8 {
            guard byte < 0x80 else {
                var scan = Scan()
                for scalar in text.unicodeScalars { scan.add(classify(scalar)) }
                let folded = text.lowercased()
                return (folded, scan.shape, Token.fnv1a(folded.utf8))
            }
            let upper = byte &- UInt8(ascii: "A") < 26
            hasUpper = hasUpper || upper
            hash = Token.fnv1a(hash, upper ? byte | 0x20 : byte)
            scan.add((upper || byte &- UInt8(ascii: "a") < 26, upper, byte &- UInt8(ascii: "0") < 10))
        }
        let shape = scan.shape.union(.ascii)
        guard hasUpper else { return (text, shape, hash) }
        let folded = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            for (offset, byte) in utf8.enumerated() { buffer[offset] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }
            return utf8.count
        }
        return (folded, shape, hash)
    }

    /// The shape of a token, built from the classes of its scalars in order.
    private struct Scan {
        private var first = true
        private var letters = 0
        private var allUpper = true
        private var allNumeric = true
        private var start: TokenShape = []

        @inline(__always)
        mutating func add(_ scalar: ScalarClass) {
            if first {
                if scalar.alphabetic || scalar.numeric { start.insert(.word) }
                if scalar.upper { start.insert(.capitalised) }
                first = false
            }
            if scalar.alphabetic {
                letters += 1
                allUpper = allUpper && scalar.upper
            }
            allNumeric = allNumeric && scalar.numeric
        }

        var shape: TokenShape {
            var shape = start
            if letters >= 2 && allUpper { shape.insert(.allCaps) }
            if !first && allNumeric { shape.insert(.number) }
            return shape
        }
    }

    private typealias ScalarClass = (alphabetic: Bool, upper: Bool, numeric: Bool)

    /// Whether a scalar is alphabetic, upper case, and has a numeric value; ASCII without the property tables.
    @inline(__always)
    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        if scalar.isASCII {
            let upper = ("A"..."Z").contains(scalar)
            return (upper || ("a"..."z").contains(scalar), upper, ("0"..."9").contains(scalar))
        }
        let properties = scalar.properties
        return (properties.isAlphabetic, properties.isUppercase, properties.numericType != nil)
    }
}
