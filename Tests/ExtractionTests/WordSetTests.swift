import Testing
@_spi(Stages) @testable import KGExtract
@testable import KGText

/// `WordSet`, which the extraction rules ask about tokens, answers what the `Set<String>` of the lower-case
/// forms it replaced answered: for the non-entity lexicon and the rules' word lists, on lexicon words in every
/// case and on hostile tokens.
@Suite struct WordSetTests {
    /// Lexicon words in lower case, capitalised and in capitals, and words in no list (non-ASCII, very long).
    static let probes: [Token] = {
        let words = WordTableTests.lexiconWords.prefix(3_000)
        let text = words.map { "\($0) \($0.capitalized) \($0.uppercased())" }.joined(separator: " ")
            + " " + WordTableTests.strangers.joined(separator: " ") + " OF Of & ’s 's THE Straße ÉTÉ"
        return Tokenizer.tokens(of: text)
    }()

    @Test func theNonEntityLexiconAnswersLikeASetOfItsWords() throws {
        let lexicons = try Lexicons.bundled()
        let words = Set(WordTableTests.lexiconWords)
        let nonEntities = Set(words.filter { lexicons.nonEntities.contains($0) })
        #expect(nonEntities.contains("meanwhile"))
        let wrong = Self.probes.filter { lexicons.nonEntities.contains($0) != nonEntities.contains($0.folded) }
        #expect(wrong.isEmpty)
    }

    @Test(arguments: [
        ["of", "for", "and", "&", "on", "de", "du", "da", "del", "la", "von", "van", "der", "des", "e", "y"],
        ["the", "this", "these", "that", "such", "today's", "'s"],
        [";", ",", "is", "was"],
        [],
    ])
    func aWordListAnswersLikeASetOfItsWords(words: [String]) {
        let set = WordSet(words), reference = Set(words)
        let wrong = Self.probes.filter { set.contains($0) != reference.contains($0.folded) }
        #expect(wrong.isEmpty)
        #expect(words.allSatisfy { set.contains($0) })
        #expect(!set.contains("") && !set.contains("of ") && !set.contains("OF"))
    }
}
