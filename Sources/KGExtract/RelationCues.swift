import KGText

/// The cue phrases of `relation-cues.tsv`, by kind, matched case-insensitively on token sequences.
///
/// Each kind has its own table, found by the kind's position rather than by hashing the kind. Phrases are
/// indexed by their first word in a `WordTable`: extraction asks at nearly every token whether a cue starts
/// there, and the table answers from the hash the token carries, without hashing the word again.
struct RelationCues: Sendable {
    /// The kinds of cue the extractor reads.
    enum Kind: String, Sendable, CaseIterable {
        case signing, partOf, basedIn, produces, participatesIn, orgNoun, anaphor, behalf, notSignatory, abroad, portfolio, site, region, executive

        /// The kind's position in `allCases`: the index of its table.
        fileprivate var ordinal: Int {
            switch self {
            case .signing: 0
            case .partOf: 1
            case .basedIn: 2
            case .produces: 3
            case .participatesIn: 4
            case .orgNoun: 5
            case .anaphor: 6
            case .behalf: 7
            case .notSignatory: 8
            case .abroad: 9
            case .portfolio: 10
            case .site: 11
            case .region: 12
            case .executive: 13
            }
        }
    }

    /// The cues of one kind.
    private struct Table: Sendable {
        /// By first word: the rest of each phrase (indexed by its position in the phrase), longest first, so
        /// that a one-word phrase is the empty rest at the end.
        var phrases = WordTable<[ArraySlice<String>]>()
    }

    /// By `Kind.ordinal`.
    private let tables: [Table]

    init(rows: [[String]]) {
        var tables = [Table](repeating: Table(), count: Kind.allCases.count)
        for row in rows where row.count >= 2 {
            guard let kind = Kind(rawValue: row[0]) else { continue }
            let phrase = Tokenizer.tokens(of: row[1].lowercased()).map(\.text)
            guard let first = phrase.first else { continue }
            tables[kind.ordinal].phrases.update(first, initial: []) { rests in
                rests.append(phrase.dropFirst())
                rests.sort { $0.count > $1.count }
            }
        }
        self.tables = tables
    }

    /// The length of the longest cue of `kind` starting at token `index`, if one does.
    func match(_ kind: Kind, _ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        guard let candidates = tables[kind.ordinal].phrases.value(for: tokens[index]) else { return nil }
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
    func contains(_ kind: Kind, word: Token) -> Bool {
        tables[kind.ordinal].phrases.value(for: word)?.last?.isEmpty ?? false
    }
}
