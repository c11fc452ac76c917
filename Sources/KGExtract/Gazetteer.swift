import KGText

/// A dictionary of multi-word surface forms matched against token sequences, longest match first.
///
/// Case rules keep matching safe: a surface form in lower case ("copper", "memorandum of
/// understanding") matches in any case; a short form with capitals ("US", "MoU", "REE") only
/// exactly; a longer name with capitals ("Russia") exactly or in all capitals ("RUSSIA").
struct Gazetteer<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let tokens: [String]
        /// The words in lower case and in upper case, folded once here rather than at every comparison.
        let lowerTokens: [String]
        let upperTokens: [String]
        let caseInsensitive: Bool
        let exactOnly: Bool
        var value: Value

        init(tokens: [String], caseInsensitive: Bool, exactOnly: Bool, value: Value) {
            self.tokens = tokens
            self.lowerTokens = tokens.map { $0.lowercased() }
            self.upperTokens = tokens.map { $0.uppercased() }
            self.caseInsensitive = caseInsensitive
            self.exactOnly = exactOnly
            self.value = value
        }

        /// Whether `token` stands for the entry's word at `offset` under the case rules.
        func matches(_ token: Token, at offset: Int) -> Bool {
            if token.text == tokens[offset] { return true }
            if exactOnly { return false }
            if caseInsensitive { return token.folded == lowerTokens[offset] }
            return token.text == upperTokens[offset] && token.characterCount > 1
        }
    }

    /// A match: the value and how many tokens it covers.
    struct Match {
        let value: Value
        let length: Int
    }

    /// The entries by their first word in lower case, longest first.
    private var entries = WordTable<[Entry]>()

    /// Adds a surface form; `plurals` also adds "-s" and "-es" forms of a lower-case last word.
    mutating func add(_ surface: String, _ value: Value, plurals: Bool = false) {
        let tokens = Tokenizer.tokens(of: surface).map(\.text)
        guard let first = tokens.first else { return }
        let lower = surface == surface.lowercased()
        let letters = surface.filter(\.isLetter).count
        insert(first.lowercased(), Entry(tokens: tokens, caseInsensitive: lower, exactOnly: !lower && letters <= 4, value: value))
        guard plurals, lower, let last = tokens.last, last.count > 3, !last.hasSuffix("s") else { return }
        for ending in ["s", "es"] {
            let plural = Array(tokens.dropLast()) + [last + ending]
            insert(first.lowercased(), Entry(tokens: plural, caseInsensitive: true, exactOnly: false, value: value))
        }
    }

    /// Adds a surface form, combining its value with that of an existing identical form.
    mutating func merge(_ surface: String, _ value: Value, _ combine: (Value, Value) -> Value) {
        let tokens = Tokenizer.tokens(of: surface).map(\.text)
        guard let first = tokens.first?.lowercased() else { return }
        if let index = entries.value(for: first)?.firstIndex(where: { $0.tokens == tokens }) {
            entries.update(first, initial: []) { $0[index].value = combine($0[index].value, value) }
        } else {
            add(surface, value)
        }
    }

    private mutating func insert(_ key: String, _ entry: Entry) {
        entries.update(key, initial: []) { candidates in
            candidates.append(entry)
            candidates.sort { $0.tokens.count > $1.tokens.count }
        }
    }

    /// The longest entry matching `tokens` at `index` (an index of `tokens`: arrays, or `CollectionOfOne` for one word).
    func match<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, at index: Int) -> Match? where Tokens.Index == Int {
        guard index >= tokens.startIndex, index < tokens.endIndex, let candidates = entries.value(for: tokens[index]) else { return nil }
        for entry in candidates where index + entry.tokens.count <= tokens.endIndex {
            if entry.tokens.indices.allSatisfy({ entry.matches(tokens[index + $0], at: $0) }) {
                return Match(value: entry.value, length: entry.tokens.count)
            }
        }
        return nil
    }

    /// Whether some entry starts with this token.
    func starts(_ token: Token) -> Bool { entries.value(for: token) != nil }
}
