import KGText

/// The cue phrases of `relation-cues.tsv`, by kind, matched case-insensitively on token sequences.
struct RelationCues: Sendable {
    /// The kinds of cue the extractor reads.
    enum Kind: String, Sendable, CaseIterable {
        case signing, partOf, basedIn, produces, participatesIn, orgNoun, anaphor, behalf, notSignatory, abroad, portfolio
    }

    private let phrases: [Kind: [[String]]]

    init(rows: [[String]]) {
        var phrases: [Kind: [[String]]] = [:]
        for row in rows where row.count >= 2 {
            guard let kind = Kind(rawValue: row[0]) else { continue }
            let words = Tokenizer.tokens(of: row[1].lowercased()).map(\.text)
            if !words.isEmpty { phrases[kind, default: []].append(words) }
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The length of the longest cue of `kind` starting at token `index`, if one does.
    func match(_ kind: Kind, _ tokens: [Token], at index: Int) -> Int? {
        for phrase in phrases[kind] ?? [] where index + phrase.count <= tokens.count {
            if phrase.indices.allSatisfy({ tokens[index + $0].folded == phrase[$0] }) { return phrase.count }
        }
        return nil
    }

    /// The start indices of cues of `kind` within `range`, with their lengths.
    func occurrences(_ kind: Kind, _ tokens: [Token], in range: Range<Int>) -> [(index: Int, length: Int)] {
        range.compactMap { index in match(kind, tokens, at: index).map { (index, $0) } }
    }

    /// Whether a single word is a cue of `kind` (e.g. an anaphoric noun).
    func contains(_ kind: Kind, word: String) -> Bool {
        phrases[kind]?.contains([word.lowercased()]) ?? false
    }
}
