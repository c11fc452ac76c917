import Testing
import KGText

@Suite struct SentenceSplitterTests {
    @Test func keepsAbbreviationsAndInitialsAndMatchesOffsets() throws {
        let text = "Dr. Andrei I. Golinei of JSC Giredmet Ltd. met Mr. Kumar in the U.S. on Jan. 5. No. 3 was signed.\nA second line follows here! Is it? Yes."
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "s.txt")
        let sentences = SentenceSplitter.sentences(in: document)
        let scalars = Array(document.text.unicodeScalars)
        for sentence in sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == sentence.text)
        }
        #expect(sentences.map(\.text) == [
            "Dr. Andrei I. Golinei of JSC Giredmet Ltd. met Mr. Kumar in the U.S. on Jan. 5.",
            "No. 3 was signed.", "A second line follows here!", "Is it?", "Yes.",
        ])
    }

    @Test func headlinesListLinesAndBlankLinesStandAlone() throws {
        let text = " date 2025-04-25 Body starts here. Then more\n\nTwin Deals Signed\n\nThe deals were signed with:\n\nAlpha Corp \u{2013} a firm\nBeta Ltd \u{2013} another firm\nwrapped line"
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "h.txt")
        #expect(SentenceSplitter.sentences(in: document).map(\.text) == [
            "Body starts here.", "Then more", "Twin Deals Signed", "The deals were signed with:",
            "Alpha Corp \u{2013} a firm", "Beta Ltd \u{2013} another firm\nwrapped line",
        ])
    }

    @Test func offsetsCountUnicodeScalarsNotUTF16() throws {
        let text = "\u{1F600} Emoji first. Then \u{E9}l\u{E8}ve."
        let sentences = SentenceSplitter.sentences(in: text)
        #expect(sentences.map(\.range) == [0..<14, 15..<26])
    }
}
