import KGText

/// The cue phrases of `relation-cues.tsv`, by kind, matched case-insensitively on token sequences.
///
/// Phrases are indexed by their first word, so a match at a token folds that token once and compares only
/// the phrases starting with it, instead of folding every word of every phrase of the kind.
struct RelationCues: Sendable {
    /// The kinds of cue the extractor reads.
    enum Kind: String, Sendable, CaseIterable {
        case signing, partOf, basedIn, produces, participatesIn, orgNoun, anaphor, behalf, notSignatory, abroad, portfolio
    }

    /// By kind, then first word: the rest of each phrase (indexed by its position in the phrase), longest first.
    private let phrases: [Kind: [String: [ArraySlice<String>]]]
    /// By kind: the one-word phrases.
    private let words: [Kind: Set<String>]

    init(rows: [[String]]) {
        var phrases: [Kind: [String: [ArraySlice<String>]]] = [:]
        var words: [Kind: Set<String>] = [:]
        for row in rows where row.count >= 2 {
            guard let kind = Kind(rawValue: row[0]) else { continue }
            let phrase = Tokenizer.tokens(of: row[1].lowercased()).map(\.text)
            guard let first = phrase.first else { continue }
            phrases[kind, default: [:]][first, default: []].append(phrase.dropFirst())
            if phrase.count == 1 { words[kind, default: []].insert(first) }
        }
        self.phrases = phrases.mapValues { $0.mapValues { $0.sorted { $0.count > $1.count } } }
        self.words = words
    }

    /// The length of the longest cue of `kind` starting at token `index`, if one does.
    func match(_ kind: Kind, _ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, let candidates = phrases[kind]?[tokens[index].folded] else { return nil }
        for rest in candidates where index + rest.count < tokens.count {
            if rest.indices.allSatisfy({ tokens[index + $0].folded == rest[$0] }) { return rest.count + 1 }
        }
        return nil
    }

    /// The start indices of cues of `kind` within `range`, with their lengths.
    func occurrences(_ kind: Kind, _ tokens: [Token], in range: Range<Int>) -> [(index: Int, length: Int)] {
        range.compactMap { index in match(kind, tokens, at: index).map { (index, $0) } }
    }

    /// Whether a single word is a cue of `kind` (e.g. an anaphoric noun).
    func contains(_ kind: Kind, word: String) -> Bool {
        words[kind]?.contains(word.lowercased()) ?? false
    }
}
