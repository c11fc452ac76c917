import KGText

/// A dictionary of multi-word surface forms matched against token sequences, longest match first.
///
/// Case rules keep matching safe: a surface form in lower case ("copper", "memorandum of
/// understanding") matches in any case; a short form with capitals ("US", "MoU", "REE") only
/// exactly; a longer name with capitals ("Russia") exactly or in all capitals ("RUSSIA").
struct Gazetteer<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let tokens: [String]
        let caseInsensitive: Bool
        let exactOnly: Bool
        var value: Value
    }

    /// A match: the value and how many tokens it covers.
    struct Match {
        let value: Value
        let length: Int
    }

    private var entries: [String: [Entry]] = [:]

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
        if let index = entries[first]?.firstIndex(where: { $0.tokens == tokens }), let old = entries[first]?[index].value {
            entries[first]?[index].value = combine(old, value)
        } else {
            add(surface, value)
        }
    }

    private mutating func insert(_ key: String, _ entry: Entry) {
        entries[key, default: []].append(entry)
        entries[key]?.sort { $0.tokens.count > $1.tokens.count }
    }

    /// The longest entry matching `tokens` at `index`.
    func match(_ tokens: [Token], at index: Int) -> Match? {
        guard index < tokens.count, let candidates = entries[tokens[index].folded] else { return nil }
        for entry in candidates where index + entry.tokens.count <= tokens.count {
            var ok = true
            for (offset, word) in entry.tokens.enumerated() {
                let token = tokens[index + offset]
                if !Self.same(token.text, word, entry) { ok = false; break }
            }
            if ok { return Match(value: entry.value, length: entry.tokens.count) }
        }
        return nil
    }

    private static func same(_ text: String, _ word: String, _ entry: Entry) -> Bool {
        if text == word { return true }
        if entry.exactOnly { return false }
        if entry.caseInsensitive { return text.lowercased() == word.lowercased() }
        return text == word.uppercased() && text.count > 1
    }

    /// Whether some entry starts with this token.
    func starts(_ token: Token) -> Bool { entries[token.folded] != nil }
}
