import Foundation
import Testing
@testable import KGExtract
@testable import KGText

/// The shortcuts extraction takes for speed answer exactly what the definitions they replace answer:
/// scalar properties read from values, token facts computed once, lexicon fields trimmed without Foundation.
@Suite struct FastPathTests {
    /// Every Unicode scalar, in blocks, so that a failure names a block rather than a million expectations.
    static let planes: [ClosedRange<UInt32>] = (0..<17).map { UInt32($0) << 16...(UInt32($0) << 16 | 0xFFFF) }

    @Test(arguments: planes)
    func noncharactersAreTheUnicodeNoncharacters(plane: ClosedRange<UInt32>) {
        let wrong = plane.compactMap(Unicode.Scalar.init).filter {
            DocumentReader.isNoncharacter($0) != $0.properties.isNoncharacterCodePoint
        }
        #expect(wrong.isEmpty)
    }

    /// Scalars that NFC leaves alone need no composition: none decomposes, combines, or is the mark of a composite.
    @Test func compositionStablePunctuationIsLeftAsItIsByNFC() {
        let stable = (0x2000...0x20FF).compactMap(Unicode.Scalar.init).filter(DocumentReader.isCompositionStablePunctuation)
        #expect(stable.count == (0x2002...0x206F).count + (0x20A0...0x20CF).count)
        for scalar in stable {
            let alone = String(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            #expect(alone.decomposedStringWithCanonicalMapping == alone)
            // Before and after a letter and a combining mark, it composes with neither.
            let mixed = "e\(alone)\u{301}A\u{308}\(alone)"
            #expect(DocumentReader.normalise(mixed).text.unicodeScalars.elementsEqual(mixed.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
        #expect(!DocumentReader.isCompositionStablePunctuation("\u{2000}"))
        #expect(!DocumentReader.isCompositionStablePunctuation("\u{2001}"))
        #expect(!DocumentReader.isCompositionStablePunctuation("\u{20D0}"))
    }

    @Test(arguments: [
        "Lynas – the miner — said “yes” for €5m and ₹20 crore.\u{2009}Done.",
        "Canonical singletons\u{2000}and\u{2001}spaces, e\u{301}, \u{212B}ngström, Ω\u{2126}.",
        "\u{FEFF}Windows\r\nline\rends <FFFE> and <FDD0> – \u{2014}.",
    ])
    func normalisingAgreesWithFoundation(template: String) throws {
        // Swift literals cannot hold noncharacters: they are put in here.
        let noncharacters = try [0xFFFE, 0xFDD0].map { try #require(Unicode.Scalar(UInt32($0))) }
        var text = template
        for scalar in noncharacters { text = text.replacingOccurrences(of: "<\(String(scalar.value, radix: 16, uppercase: true))>", with: String(scalar)) }
        let (normalised, count) = DocumentReader.normalise(text)
        var expected = text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        for scalar in noncharacters { expected = expected.replacingOccurrences(of: String(scalar), with: "\u{FFFD}") }
        #expect(normalised.unicodeScalars.elementsEqual(expected.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(count == (template.contains("<FFFE>") ? 2 : 0))
    }

    @Test(arguments: TokenizerTests.texts + ["ǅemal ǆ ªb ºc 1\u{345} a\u{301}b éTude x’s", "\r\n\tend"])
    func lowerCaseWordsAreTheTokensStartingInLowerCase(text: String) {
        let expected = Set(Tokenizer.tokens(of: text).map(\.text).filter { $0.first?.isLowercase ?? false })
        #expect(Tokenizer.lowerCaseWords(of: text) == expected)
    }

    @Test(arguments: TokenizerTests.texts)
    func tokensCountCharactersAndHashTheirLowerCaseForm(text: String) {
        for token in Tokenizer.tokens(of: text) + [Token(text: text, range: 0..<1, spaceBefore: false)] {
            #expect(token.characterCount == token.text.count)
            #expect(token.foldedHash == Token.fnv1a(token.folded.utf8))
        }
    }

    @Test(arguments: ["  Lynas\t", "\u{00A0}Ngũgĩ Wa\u{3000}", "\t\t", "", "a\u{301} ", " \u{200B}x\u{2003}", "\u{1680}\u{202F}y\u{205F}"])
    func lexiconFieldsAreTrimmedAsFoundationTrims(field: String) {
        #expect(Lexicons.trimmingBlanks(field) == field.trimmingCharacters(in: .whitespaces))
        #expect(Lexicons.trimmingBlanks(field.dropFirst(0)) == field.trimmingCharacters(in: .whitespaces))
    }

    /// Every scalar is trimmed (or kept) as Foundation trims it, within a field or alone.
    @Test(arguments: planes.prefix(3))
    func everyBlankIsFoundationsWhitespace(plane: ClosedRange<UInt32>) {
        let wrong = plane.compactMap(Unicode.Scalar.init).filter { scalar in
            Lexicons.trimmingBlanks("\(scalar)x\(scalar)") != "\(scalar)x\(scalar)".trimmingCharacters(in: .whitespaces)
        }
        #expect(wrong.isEmpty)
    }

    @Test func relationCuesMatchByKindInAnyCase() {
        let cues = RelationCues(rows: [["signing", "signed"], ["signing", "Entered Into"], ["partOf", "a unit of"], ["anaphor", "accord"], ["nonsense", "x"]])
        let tokens = Tokenizer.tokens(of: "They ENTERED into an Accord, a unit of it, and signed.")
        #expect(cues.occurrences(.signing, tokens, in: tokens.indices).map(\.index) == [1, 12])
        #expect(cues.match(.signing, tokens, at: 1) == 2)
        #expect(cues.match(.partOf, tokens, at: 6) == 3)
        #expect(cues.match(.partOf, tokens, at: 1) == nil)
        #expect(cues.contains(.anaphor, word: tokens[4]))
        #expect(!cues.contains(.signing, word: tokens[4]))
        #expect(!cues.contains(.signing, word: tokens[1]))
    }
}
