import KGText

/// Normalised organisation names for resolution: case, "&", "the", punctuation and legal forms
/// ("JSC X" = "X" = "X Limited") do not matter; a name without its final designator
/// ("TEXMiN" for "TEXMiN Foundation") is a second key.
enum OrgKey {
    static func keys(of name: String, _ lexicons: Lexicons) -> [String] {
        var tokens = Tokenizer.tokens(of: name).filter { $0.isWord && $0.folded != "the" && $0.folded != "and" }
        if tokens.count > 1, let match = lexicons.designators.match(tokens, at: 0), match.value.contains(.prefix), match.length < tokens.count {
            tokens.removeFirst(match.length)
        }
        func isLegal(_ token: Token) -> Bool {
            token.isAllCaps && token.characterCount <= 4 || SentenceAnalyzer.legalForms.contains(token) || token.folded == "co"
        }
        while tokens.count > 1, let last = tokens.last, isLegal(last), lexicons.designators.match([last], at: 0) != nil { tokens.removeLast() }
        let main = tokens.map { $0.folded == "&" ? "and" : $0.folded }.joined(separator: " ")
        var keys = [main]
        // "Indian Embassy in Moscow" is the "Embassy of India in Moscow".
        if let demonym = lexicons.demonyms.match(tokens, at: 0), demonym.length < tokens.count,
           let head = lexicons.designators.match(tokens, at: demonym.length), head.value.contains(.head) {
            let headWords = tokens[demonym.length..<(demonym.length + head.length)].map(\.folded)
            let rest = tokens[(demonym.length + head.length)...].map(\.folded)
            keys.insert((headWords + ["of", demonym.value.lowercased()] + rest).joined(separator: " "), at: 0)
        }
        if tokens.count > 1, let last = tokens.last, let match = lexicons.designators.match([last], at: 0), match.value.contains(.suffix) {
            let rest = Array(tokens.dropLast())
            if lexicons.countries.match(rest, at: 0)?.length != rest.count, lexicons.demonyms.match(rest, at: 0)?.length != rest.count {
                keys.append(rest.map(\.folded).joined(separator: " "))
            }
        }
        return keys
    }
}

/// `OrgKey.keys` of the names seen so far: resolution asks for the keys of one name many times, and
/// normalising it (tokens, lexicon look-ups) each time dominated the extraction of long texts.
struct OrgKeyMemo {
    let lexicons: Lexicons
    private var known: [String: [String]] = [:]

    init(lexicons: Lexicons) {
        self.lexicons = lexicons
    }

    mutating func keys(of name: String) -> [String] {
        if let keys = known[name] { return keys }
        let keys = OrgKey.keys(of: name, lexicons)
        known[name] = keys
        return keys
    }
}

/// Person names for resolution: initials and case do not matter ("Konstantin V. Ivanovskikh").
enum PersonName {
    static func key(_ name: String) -> String {
        Tokenizer.tokens(of: name).filter { $0.isWord && $0.characterCount > 1 }.map(\.folded).joined(separator: " ")
    }

    /// The name without initials and their periods ("Andrei I. Golinei" → "Andrei Golinei").
    static func withoutInitials(_ name: String) -> String {
        let tokens = Tokenizer.tokens(of: name)
        var kept: [Token] = []
        for (index, token) in tokens.enumerated() {
            let isInitial = token.isWord && token.characterCount == 1 && token.isCapitalised
            let isItsPeriod = token.text == "." && index > 0 && tokens[index - 1].isWord && tokens[index - 1].characterCount == 1
            if !isInitial && !isItsPeriod { kept.append(token) }
        }
        return kept.isEmpty ? name : kept.surface(0..<kept.count)
    }
}
