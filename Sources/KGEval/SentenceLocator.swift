/// Finds the sentence of an article that names a gold item, for the mistakes of items the graph lacks.
struct SentenceLocator {
    /// The article's sentences, in order.
    let sentences: [String]

    /// The first sentence naming the most of `names` (each a list of alternatives: a name and its aliases),
    /// matched case-insensitively on word boundaries; nil when no sentence names any.
    func best(naming names: [[String]]) -> String? {
        var best: (sentence: String, count: Int)?
        for sentence in sentences {
            let folded = sentence.lowercased()
            let count = names.filter { alternatives in alternatives.contains { Self.contains(folded, word: $0.lowercased()) } }.count
            if count > 0, count > (best?.count ?? 0) { best = (sentence, count) }
            if count == names.count, count > 0 { break }
        }
        return best?.sentence
    }

    /// Whether `text` contains `phrase` with no letter or digit right before or after it.
    private static func contains(_ text: String, word phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: phrase, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false), !(after?.isLetter ?? false || after?.isNumber ?? false) {
                return true
            }
            searchRange = text.index(after: found.lowerBound)..<text.endIndex
        }
        return false
    }
}
