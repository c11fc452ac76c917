import KGText

/// A set of lower-case words asked about tokens: the fixed word lists of the extraction rules (connectors,
/// determiners, legal forms...) and the non-entity lexicon.
///
/// The rules ask these lists about most tokens of a sentence, several times each; a `Set<String>` hashed the
/// token's text with the seeded `Hasher` at every question. A `WordSet` answers from the hash the token
/// already carries (`Token.foldedHash`), through a `WordTable`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Void>()

    init(_ words: some Sequence<String>) {
        for word in words { table.update(word, initial: ()) { _ in } }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the token's lower-case form is in the set.
    @inline(__always)
    func contains(_ token: Token) -> Bool { table.value(for: token) != nil }

    /// Whether a lower-case word is in the set.
    func contains(_ word: String) -> Bool { table.value(for: word) != nil }
}
