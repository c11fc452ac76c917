import Testing
@testable import KGExtract
import KGText

/// The byte-level tokenizer and the shape a token carries: offsets in scalars, text sliced from the document,
/// and `folded`/`isWord`/`isCapitalised`/`isAllCaps`/`isNumber` exactly as their Unicode definitions say.
@Suite struct TokenizerTests {
    /// Texts with multi-byte scalars, combining marks, other scripts' digits, possessives and odd white space.
    static let texts = [
        "Minister Ngũgĩ Wa Thiong’o met CSIR-IMMT in the U.S. on 25 April 2025.",
        "Côte d’Ivoire’s SODEMI and ÉRAMET’S unit: ÅLAND Öre, ÇA, ǅemal, Σίσυφος ΟΔΥΣΣΕΥΣ.",
        "\u{0301}e\u{0301}tude  \u{00A0}\t\u{2003}Ａｂｃ ١٢٣ 123abc ½ Ⅻ İstanbul ß ﬁne",
        "It's Russia's 'best' year; the firms' deal — 'S and ’s alone, x’ s, ’sx.",
        "",
        "   \n\n  ",
        "Ἀθῆναι 東京 서울 עברית العربية 🇺🇸 emoji🙂word",
    ]

    @Test(arguments: texts)
    func tokensAreSlicesOfTheTextAtScalarOffsets(text: String) {
        let base = 17
        let tokens = Tokenizer.tokens(of: text, base: base)
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = base
        for token in tokens {
            #expect(token.range.lowerBound >= previousEnd)
            let slice = String(String.UnicodeScalarView(scalars[(token.range.lowerBound - base)..<(token.range.upperBound - base)]))
            // Only the apostrophe of a possessive "’s" is written as "'".
            #expect(token.text == (token.range.count == 2 && slice.hasPrefix("\u{2019}") ? "'" + slice.dropFirst() : slice))
            let gap = scalars[(previousEnd - base)..<(token.range.lowerBound - base)]
            #expect(gap.allSatisfy { $0.properties.isWhitespace })
            #expect(token.spaceBefore == (token.range.lowerBound == base || !gap.isEmpty))
            for index in token.range { covered[index - base] = true }
            previousEnd = token.range.upperBound
        }
        // Every scalar that is not white space belongs to exactly one token.
        #expect(zip(scalars, covered).allSatisfy { $0.properties.isWhitespace || $1 })
    }

    @Test func possessivesAndApostrophes() {
        let texts = Tokenizer.tokens(of: "Russia’s RUSSIA’S it's x’ s ’sx firms’").map(\.text)
        #expect(texts == ["Russia", "'s", "RUSSIA", "'S", "it", "'s", "x", "\u{2019}", "s", "\u{2019}", "sx", "firms", "\u{2019}"])
    }

    @Test(arguments: texts)
    func shapeAndFoldedFollowTheUnicodeDefinitions(text: String) {
        for token in Tokenizer.tokens(of: text) + [Token(text: text, range: 0..<1, spaceBefore: false)] {
            let scalars = token.text.unicodeScalars
            let letters = scalars.filter { $0.properties.isAlphabetic }
            #expect(token.folded == token.text.lowercased())
            #expect(token.isWord == (scalars.first.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false))
            #expect(token.isCapitalised == (scalars.first?.properties.isUppercase ?? false))
            #expect(token.isAllCaps == (letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }))
            #expect(token.isNumber == (!scalars.isEmpty && scalars.allSatisfy { $0.properties.numericType != nil }))
        }
    }

    @Test func equalityIgnoresNothingButDerivedForms() {
        let token = Token(text: "Lynas", range: 3..<8, spaceBefore: true)
        #expect(token == Tokenizer.tokens(of: "   Lynas")[0])
        #expect(token != Token(text: "Lynas", range: 3..<8, spaceBefore: false))
        #expect(Set([token, Tokenizer.tokens(of: "   Lynas")[0]]).count == 1)
    }
}

/// The gazetteer's case rules, unchanged by its first-word filter and pre-folded entries.
@Suite struct GazetteerTests {
    static func gazetteer() -> Gazetteer<String> {
        var gazetteer = Gazetteer<String>()
        gazetteer.add("memorandum of understanding", "MoU")
        gazetteer.add("MoU", "MoU")
        gazetteer.add("Russia", "Russia")
        gazetteer.add("Russian Federation", "Russia")
        gazetteer.add("cobalt", "cobalt", plurals: true)
        gazetteer.add("rare earth", "rare earth", plurals: true)
        return gazetteer
    }

    @Test(arguments: [
        ("a Memorandum of Understanding", 1, 3, "MoU"), ("MEMORANDUM OF UNDERSTANDING", 0, 3, "MoU"), ("the MoU", 1, 1, "MoU"),
        ("RUSSIA", 0, 1, "Russia"), ("Russia", 0, 1, "Russia"), ("the Russian Federation", 1, 2, "Russia"),
        ("Rare Earths", 0, 2, "rare earth"), ("COBALT", 0, 1, "cobalt"),
    ])
    func matchesUnderTheCaseRules(text: String, index: Int, length: Int, value: String) throws {
        let match = try #require(Self.gazetteer().match(Tokenizer.tokens(of: text), at: index))
        #expect(match.length == length)
        #expect(match.value == value)
    }

    @Test(arguments: [("the MOU", 1), ("the mou", 1), ("russia", 0), ("Russian federation", 0), ("copper", 0), ("cobalt", 3)])
    func rejects(text: String, index: Int) {
        #expect(Self.gazetteer().match(Tokenizer.tokens(of: text), at: index) == nil)
    }

    @Test func matchesOneToken() {
        let gazetteer = Self.gazetteer()
        #expect(gazetteer.match(CollectionOfOne(Token(text: "RUSSIA", range: 0..<6, spaceBefore: true)), at: 0)?.value == "Russia")
        #expect(gazetteer.match(CollectionOfOne(Token(text: "Memorandum", range: 0..<10, spaceBefore: true)), at: 0) == nil)
    }
}

/// The header reader looks only at the opening lines, and slices sentences from the text.
@Suite struct OpeningLinesTests {
    @Test func datelineOnALateOpeningLineIsFound() throws {
        let byline = (1...6).map { "Staff writer number \($0)" }.joined(separator: "\n\n")
        let text = "date 2025-04-25\n\nCopper Pact Signed\n\n\(byline)\n\nNEW DELHI: India and Chile signed an agreement.\n"
            + String(repeating: "More text follows here.\n", count: 50)
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "late.txt")
        #expect(document.title == "Copper Pact Signed")
        #expect(document.dateline?.place == "NEW DELHI")
        #expect(document.date == .full(year: 2025, month: 4, day: 25))
    }

    @Test func sentencesAreSlicesOfTheTextAfterSkippedMetadata() throws {
        let text = "SÃO PAULO, 12 July 2024 – Çiçek Öztürk’s firm signed. Ngũgĩ met Σίσυφος in Zürich.\n\nÉRAMET agreed."
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "slices.txt")
        let scalars = Array(document.text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: document)
        #expect(sentences.count == 3)
        for sentence in sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == sentence.text)
        }
        #expect(sentences.first?.text.hasPrefix("Çiçek") == true)
    }
}
