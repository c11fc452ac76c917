import Foundation
import KGExtract
import KGGraph
import KGText
import Testing

/// Input built to make extraction slow: one endless sentence, one name repeated without end.
/// These tests guard against hangs only (a time limit far above what a linear run needs, even in a
/// sanitizer build on a loaded machine; a quadratic run took hours); how fast extraction is, and that it
/// stays linear, is measured by the benchmarks and `Tests/RobustnessTests/Scripts/extremes.sh`.
@Suite struct HostileInputTests {
    static let extractor: Extractor? = try? Extractor(lexicons: Lexicons.bundled())

    @Test func anEndlessSentenceIsCutIntoBoundedSentences() throws {
        let phrase = "Alpha and Beta Ministry of Gamma Delta Limited signed an MoU with Epsilon in"
        let text = Array(repeating: phrase, count: 4_000).joined(separator: " ")
        #expect(text.unicodeScalars.count > 300_000)
        let sentences = SentenceSplitter.sentences(in: text)
        #expect(sentences.allSatisfy { $0.text.unicodeScalars.count <= SentenceSplitter.maximumLength })
        #expect(sentences.count >= text.unicodeScalars.count / SentenceSplitter.maximumLength)
        // Cut at white space: no word is broken, so every word of the text is still a word of a sentence.
        let words = sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
        #expect(words == text.split(separator: " ").count)
    }

    @Test(.timeLimit(.minutes(10))) func anEndlessSentenceExtracts() throws {
        let extractor = try #require(Self.extractor)
        let phrase = "Alpha and Beta Ministry of Gamma Delta Limited signed an MoU with Epsilon in"
        let text = Array(repeating: phrase, count: 4_000).joined(separator: " ")
        let found = extractor.extract(try DocumentReader.read(bytes: Array(text.utf8), name: "long.txt"))
        #expect(found.entities.contains { $0.kind == .organization && $0.surfaceForms.contains("Ministry of Gamma Delta Limited") })
    }

    @Test(.timeLimit(.minutes(10))) func aDocumentOfOnePersonNameRepeatedIsOnePerson() throws {
        let extractor = try #require(Self.extractor)
        let text = "Dr. Maria Kessler met the board. " + Array(repeating: "Kessler", count: 20_000).joined(separator: " ")
        let extraction = extractor.extract(try DocumentReader.read(bytes: Array(text.utf8), name: "names.txt"))
        let people = extraction.entities.filter { $0.kind == .person }
        #expect(people.count == 1)
    }
}
