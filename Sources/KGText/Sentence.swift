/// One sentence (or headline, or list line) of a document.
public struct Sentence: Sendable, Hashable {
    /// Scalar offsets into the document text, end exclusive; `text` is exactly that slice.
    public let range: Range<Int>
    /// The sentence text.
    public let text: String

    public init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }
}

/// Splits a document into sentences.
///
/// Blank lines always end a sentence, so headlines and list lines stand alone; a single line break
/// ends one unless the line runs on into a line starting in lower case (hard-wrapped text).
/// A period ends a sentence only when the next word starts with a capital, digit or quote and the
/// word before it is not an abbreviation ("Dr.", "Ltd.", "Jan.", "No.") or an initial ("V.", "U.S.").
/// No sentence is longer than `maximumLength`: a longer stretch (a run-on line without punctuation, hostile
/// input) is cut at its last comma or white space before the limit, which keeps extraction linear in the text.
public enum SentenceSplitter {
    /// The longest sentence, in scalars; real prose stays far below (the longest annotated one is under 800).
    public static let maximumLength = 2_000

    /// Abbreviations after which a period does not end a sentence (lower case, without the period).
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "ltd", "inc", "co", "corp", "jr", "sr", "no", "nos", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "gen", "col",
        "capt", "lt", "sgt", "rep", "sen", "hon", "approx", "fig", "vol", "rs", "smt", "acad", "maj", "brig",
        "adm", "cmdr", "mt", "ft", "pvt", "bros", "dept", "univ", "est", "govt", "e.g", "i.e", "a.m", "p.m",
    ]

    /// The length of the longest abbreviation, in scalars.
    private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    /// The sentences of `document`, skipping its metadata (date header, dateline).
    public static func sentences(in document: Document) -> [Sentence] {
        sentences(in: document.text, skipping: document.metadataRanges)
    }

    /// The sentences of `text`, skipping the given scalar ranges.
    public static func sentences(in text: String, skipping skipped: [Range<Int>] = []) -> [Sentence] {
        var scalars = Array(text.unicodeScalars)
        for range in skipped {
            for index in range.clamped(to: 0..<scalars.count) where scalars[index] != "\n" { scalars[index] = " " }
        }
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        var cursor = ScalarCursor(text)
        func close(_ end: Int) {
            while end - start > maximumLength {
                let cut = cutPoint(in: start..<(start + maximumLength), of: scalars)
                if let sentence = trimmed(start..<cut, in: scalars, text: &cursor) { sentences.append(sentence) }
                start = cut
            }
            if let sentence = trimmed(start..<end, in: scalars, text: &cursor) { sentences.append(sentence) }
            start = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                if lineBreakEndsSentence(at: index, in: scalars) { close(index) }
            } else if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" {
                var end = index + 1
                while end < scalars.count, ".!?\"')]\u{201D}\u{2019}".unicodeScalars.contains(scalars[end]) { end += 1 }
                if endsSentence(periodAt: index, end: end, in: scalars) {
                    close(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(scalars.count)
        return sentences
    }

    /// Where to cut an over-long stretch: after its last comma in the second half of `range`, else at its last
    /// white space there, else (one endless word) at the end of the range.
    private static func cutPoint(in range: Range<Int>, of s: [Unicode.Scalar]) -> Int {
        let half = (range.lowerBound + range.count / 2)..<range.upperBound
        if let comma = half.last(where: { s[$0] == "," }) { return comma + 1 }
        if let space = half.last(where: { s[$0].properties.isWhitespace }) { return space }
        return range.upperBound
    }

    private static func lineBreakEndsSentence(at index: Int, in s: [Unicode.Scalar]) -> Bool {
        var next = index + 1
        while next < s.count, s[next] == " " || s[next] == "\t" { next += 1 }
        guard next < s.count, s[next] != "\n", s[next].properties.isLowercase else { return true }
        var previous = index - 1
        while previous >= 0, s[previous] == " " || s[previous] == "\t" { previous -= 1 }
        return previous < 0 || ".!?:;\"\u{201D}".unicodeScalars.contains(s[previous])
    }

    private static func endsSentence(periodAt index: Int, end: Int, in s: [Unicode.Scalar]) -> Bool {
        guard end < s.count else { return true }
        guard s[end].properties.isWhitespace else { return false }
        var next = end
        while next < s.count, s[next] == " " || s[next] == "\t" { next += 1 }
        guard next < s.count else { return true }
        let first = s[next]
        guard first == "\n" || first.properties.isUppercase || first.properties.numericType != nil
            || "\"'\u{201C}\u{2018}(".unicodeScalars.contains(first) else { return false }
        guard s[index] == "." else { return true }
        var wordStart = index
        while wordStart > 0, isLetter(s[wordStart - 1]) || s[wordStart - 1] == "." { wordStart -= 1 }
        // A word of plain ASCII letters longer than every abbreviation is neither one nor an initial.
        if index - wordStart > longestAbbreviation, s[wordStart..<index].allSatisfy({ $0.isASCII && $0 != "." }) { return true }
        let word = String(String.UnicodeScalarView(s[wordStart..<index])).lowercased()
        if abbreviations.contains(word) { return false }
        let letters = word.split(separator: ".")
        if !letters.isEmpty, letters.allSatisfy({ $0.count == 1 }), s[wordStart].properties.isUppercase { return false }
        return true
    }

    /// The sentence inside `range` without surrounding whitespace and markdown markers; nil if empty.
    /// Its text is sliced from the original text (metadata blanked in `s` stays in the sentence's text).
    private static func trimmed(_ range: Range<Int>, in s: [Unicode.Scalar], text: inout ScalarCursor) -> Sentence? {
        var lower = range.lowerBound, upper = range.upperBound
        let edge = " \t\n#*•\u{2022}".unicodeScalars
        while lower < upper, Tokenizer.isWhitespace(s[lower]) || edge.contains(s[lower]) { lower += 1 }
        while upper > lower, Tokenizer.isWhitespace(s[upper - 1]) || s[upper - 1] == "*" { upper -= 1 }
        guard lower < upper, s[lower..<upper].contains(where: isLetter) else { return nil }
        return Sentence(range: lower..<upper, text: text.slice(lower..<upper))
    }

    /// Whether a scalar is alphabetic; ASCII without the Unicode property tables.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }
}

/// Slices a text by scalar offsets, walking forward from the previous slice: sentences come in text order,
/// so slicing them all is one pass over the text rather than a string built scalar by scalar per sentence.
private struct ScalarCursor {
    private let scalars: String.UnicodeScalarView
    private var offset = 0
    private var index: String.Index

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The text of the scalars at `range` (offsets from the start of the text).
    mutating func slice(_ range: Range<Int>) -> String {
        if range.lowerBound < offset { (offset, index) = (0, scalars.startIndex) }
        let lower = scalars.index(index, offsetBy: range.lowerBound - offset)
        let upper = scalars.index(lower, offsetBy: range.count)
        (offset, index) = (range.upperBound, upper)
        return String(scalars[lower..<upper])
    }
}
