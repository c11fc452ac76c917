import Foundation
import KGOntology
import Testing
@_spi(Stages) @testable import KGExtract
@testable import KGText

/// `WordTable`, the hash table every lexicon look-up goes through, answers exactly what a `Dictionary` of
/// the same words answers: for every word of the bundled lexicons, and for words it never saw (hostile ones
/// included), asked by word and by token.
@Suite struct WordTableTests {
    /// The lower-case words of every bundled lexicon file, each once, in file order.
    static let lexiconWords: [String] = {
        let folder = OntologyResources.lexiconsURL
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        var seen = Set<String>(), words: [String] = []
        for file in files {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for token in Tokenizer.tokens(of: text) where seen.insert(token.folded).inserted { words.append(token.folded) }
        }
        return words
    }()

    /// Words that are in no lexicon: empty, one letter off a lexicon word, non-ASCII, very long.
    static let strangers: [String] = [
        "", " ", "a", "coppe", "copperr", "lithiu", "straße", "日本", "été", "ﬁ", "\u{301}", "e\u{301}", "𝔘𝔖",
        String(repeating: "x", count: 100_000), String(repeating: "é", count: 10_000),
    ]

    /// The lexicon words with their positions, in a table and in a dictionary.
    static func tables() -> (WordTable<Int>, [String: Int]) {
        var table = WordTable<Int>(), dictionary: [String: Int] = [:]
        for (position, word) in lexiconWords.enumerated() {
            table.update(word, initial: position) { _ in }
            dictionary[word] = position
        }
        return (table, dictionary)
    }

    @Test func theLexiconsHaveWordsToTestWith() {
        #expect(Self.lexiconWords.count > 1_000)
        #expect(Self.lexiconWords.contains("copper"))
    }

    @Test func everyLexiconWordIsFoundWithItsValue() {
        let (table, dictionary) = Self.tables()
        #expect(table.count == dictionary.count)
        let wrong = Self.lexiconWords.filter { table.value(for: $0) != dictionary[$0] }
        #expect(wrong.isEmpty)
    }

    @Test func wordsNeverAddedAreNotFound() {
        let (table, dictionary) = Self.tables()
        for word in Self.strangers where dictionary[word] == nil {
            #expect(table.value(for: word) == nil, "\(word.prefix(20))")
        }
    }

    /// Tokens are looked up by their lower-case form and the hash they carry: capitals and all capitals find
    /// the lower-case entry, other words nothing.
    @Test func tokensFindTheEntryOfTheirLowerCaseForm() {
        let (table, dictionary) = Self.tables()
        let text = Self.lexiconWords.prefix(2_000).map { "\($0) \($0.uppercased()) \($0.capitalized)" }.joined(separator: " ")
            + " " + Self.strangers.joined(separator: " ") + " STRASSE Straße ÉTÉ"
        let tokens = Tokenizer.tokens(of: text)
        #expect(tokens.count > 6_000)
        let wrong = tokens.filter { table.value(for: $0) != dictionary[$0.folded] }
        #expect(wrong.isEmpty)
    }

    /// `update` changes a present word's value in place and adds an absent one, through every growth of the table.
    @Test func updateChangesInPlaceOrAdds() {
        var table = WordTable<[Int]>()
        for round in 0..<3 {
            for number in 0..<5_000 { table.update("w\(number)", initial: []) { $0.append(round) } }
        }
        #expect(table.count == 5_000)
        #expect((0..<5_000).allSatisfy { table.value(for: "w\($0)") == [0, 1, 2] })
        #expect(table.value(for: "w5000") == nil)
        #expect(table.value(for: "") == nil)
        table.update("", initial: [7]) { _ in }
        #expect(table.value(for: "") == [7])
    }
}
