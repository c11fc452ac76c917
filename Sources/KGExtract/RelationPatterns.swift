import KGGraph
import KGText

/// The relation patterns of `Ontology/patterns/relations.tsv`, compiled once into matchers over token ids.
///
/// A pattern is a sequence of elements separated by spaces (the language is documented in the file's header
/// and in Ontology/README.md):
///
/// - `word`: one token, compared in lower case (`'s`, `,` and `-` are tokens of their own);
/// - `(a|b c|d)`: one of several words or word sequences;
/// - `LOWER`, `CAP`, `WORD`, `NUM`, `PUNCT`, `ANY`: one token of that shape;
/// - `$kind`: any cue phrase of that kind of `relation-cues.tsv` (`$produces`, `$partOf`...); `$role`: a
///   person's title of `person-titles.tsv`;
/// - `@s:Organization|Country`, `@o:Mineral+`: an entity mention of one of the classes, captured as the
///   fact's subject (`s`) or object (`o`); `+` takes a coordinated list ("copper, zinc and gold");
///
/// any element but a capture may end in `?` (optional) or `{m,n}` (m to n times). Matching is greedy with
/// backtracking; a sentence is tried only when it holds one of the pattern's anchor words, so most patterns
/// cost one set test per sentence.
struct RelationPatterns: Sendable {
    /// Why a pattern file could not be compiled.
    struct CompileError: Error, CustomStringConvertible, Equatable {
        let pattern: String
        let reason: String
        var description: String { "relation pattern \(pattern): \(reason)" }
    }

    enum TokenClass: String, Sendable {
        case lower = "LOWER", capitalised = "CAP", word = "WORD", number = "NUM", punctuation = "PUNCT", any = "ANY"

        func admits(_ token: Token) -> Bool {
            switch self {
            case .lower: token.isWord && !token.isCapitalised
            case .capitalised: token.isCapitalised
            case .word: token.isWord
            case .number: token.isNumber
            case .punctuation: !token.isWord
            case .any: true
            }
        }
    }

    enum Slot: String, Sendable { case subject = "s", object = "o" }

    enum Element: Sendable {
        /// Word sequences as token ids, longest first.
        case words([[Int]])
        case shape(TokenClass)
        case cue(RelationCues.Kind)
        /// A person's title (`$role`).
        case role
        case entity(Slot, Set<Vocabulary.Class>, list: Bool)
    }

    struct Step: Sendable {
        let element: Element
        let minimum: Int
        let maximum: Int
    }

    struct Pattern: Sendable {
        let name: String
        let property: Vocabulary.Property
        let steps: [Step]
        /// Ids of which the sentence must hold one (the words of the first required word step), empty when none.
        let anchors: Set<Int>
    }

    let patterns: [Pattern]
    /// Token id of each lower-case word the patterns use, probed with the hash each token carries (computed
    /// once per token by the tokenizer, so a sentence's ids cost no string hashing).
    let vocabulary: WordTable<Int>

    /// Compiles rows of (name, property, pattern).
    init(rows: [[String]]) throws {
        var vocabulary = WordTable<Int>()
        func id(_ word: String) -> Int {
            if let id = vocabulary.value(for: word) { return id }
            vocabulary.update(word, initial: vocabulary.count) { _ in }
            return vocabulary.count - 1
        }
        var patterns: [Pattern] = []
        for row in rows {
            guard row.count >= 3 else { throw CompileError(pattern: row.first ?? "", reason: "needs name, property and pattern columns") }
            let name = row[0]
            guard let property = Vocabulary.Property(rawValue: row[1]),
                  [.basedIn, .partOf, .produces, .affiliatedWith, .participatesIn, .locatedIn].contains(property) else {
                throw CompileError(pattern: name, reason: "'\(row[1])' is not a relation property")
            }
            let steps = try Self.steps(of: row[2], name: name, id: id)
            guard steps.contains(where: { if case .entity(.subject, _, _) = $0.element { true } else { false } }),
                  steps.contains(where: { if case .entity(.object, _, _) = $0.element { true } else { false } }) else {
                throw CompileError(pattern: name, reason: "captures neither or only one of @s and @o")
            }
            // The first required step of words only (punctuation is in nearly every sentence).
            var anchors: Set<Int> = []
            for step in steps where step.minimum > 0 {
                if case .words(let sequences) = step.element, !sequences.contains(where: { $0 == [id(",")] || $0 == [id("'s")] }) {
                    anchors = Set(sequences.compactMap(\.first))
                    break
                }
            }
            patterns.append(Pattern(name: name, property: property, steps: steps, anchors: anchors))
        }
        self.patterns = patterns
        self.vocabulary = vocabulary
    }

    private static func steps(of text: String, name: String, id: (String) -> Int) throws -> [Step] {
        try text.split(separator: " ").map { raw in
            var body = Substring(raw), minimum = 1, maximum = 1
            if body.hasSuffix("?"), body.count > 1 {
                body = body.dropLast()
                minimum = 0
            } else if body.hasSuffix("}"), let open = body.lastIndex(of: "{") {
                let bounds = body[body.index(after: open)..<body.index(before: body.endIndex)].split(separator: ",", omittingEmptySubsequences: false)
                guard bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low <= high else {
                    throw CompileError(pattern: name, reason: "bad repetition '\(raw)'")
                }
                (minimum, maximum) = (low, high)
                body = body[..<open]
            }
            let element: Element
            if body.hasPrefix("@") {
                let parts = body.dropFirst().split(separator: ":", maxSplits: 1)
                guard parts.count == 2, let slot = Slot(rawValue: String(parts[0])) else {
                    throw CompileError(pattern: name, reason: "bad capture '\(raw)'")
                }
                var types = parts[1]
                let list = types.hasSuffix("+")
                if list { types = types.dropLast() }
                let classes = try types.split(separator: "|").map { type in
                    guard let kind = Vocabulary.Class(rawValue: String(type)), kind != .agreement, kind != .document else {
                        throw CompileError(pattern: name, reason: "'\(type)' is not an entity class")
                    }
                    return kind
                }
                element = .entity(slot, Set(classes), list: list)
            } else if body == "$role" {
                element = .role
            } else if body.hasPrefix("$") {
                guard let kind = RelationCues.Kind(rawValue: String(body.dropFirst())) else {
                    throw CompileError(pattern: name, reason: "unknown cue kind '\(body)'")
                }
                element = .cue(kind)
            } else if let shape = TokenClass(rawValue: String(body)) {
                element = .shape(shape)
            } else {
                let alternatives = body.hasPrefix("(") && body.hasSuffix(")") ? body.dropFirst().dropLast().split(separator: "|") : [body]
                let sequences = alternatives.map { alternative in
                    // A possessive "'s" is a token only after a word: tokenised after one, then dropped.
                    let words = alternative.replacing("_", with: " ").lowercased()
                    let tokens = words.hasPrefix("'") ? Array(Tokenizer.tokens(of: "x" + words).dropFirst()) : Tokenizer.tokens(of: words)
                    return tokens.map { id($0.folded) }
                }
                guard !sequences.contains(where: \.isEmpty) else { throw CompileError(pattern: name, reason: "empty word in '\(raw)'") }
                element = .words(sequences.sorted { $0.count > $1.count })
            }
            return Step(element: element, minimum: minimum, maximum: maximum)
        }
    }

    /// The token ids of a sentence's tokens (-1 for words no pattern uses).
    func ids(of tokens: [Token]) -> [Int] {
        tokens.map { vocabulary.value(for: $0) ?? -1 }
    }
}

/// One match of a pattern: the entities captured as subjects and objects.
struct PatternMatch {
    var subjects: [Int] = []
    var objects: [Int] = []
}

extension ExtractionWork {
    /// Facts of the relation patterns in sentence `s`, each recorded under the pattern's name.
    mutating func patternRelations(_ s: Int) {
        let patterns = lexicons.relationPatterns
        guard !patterns.patterns.isEmpty else { return }
        let a = analyses[s], t = a.tokens
        let ids = patterns.ids(of: t)
        let present = Set(ids)
        let m = mentions(s)
        var mentionAt: [Int: Mention] = [:]
        for mention in m where mentionAt[mention.range.lowerBound] == nil { mentionAt[mention.range.lowerBound] = mention }
        let mentionStarts = mentionAt.keys.sorted()
        for pattern in patterns.patterns where pattern.anchors.isEmpty || !pattern.anchors.isDisjoint(with: present) {
            // A pattern opening with a required capture can only start where a mention does.
            let opensWithCapture = if case .entity = pattern.steps[0].element { pattern.steps[0].minimum > 0 } else { false }
            for start in opensWithCapture ? mentionStarts : Array(t.indices) {
                var match = PatternMatch()
                guard matches(pattern.steps[...], at: start, t, ids, mentionAt, &match) else { continue }
                for subject in match.subjects {
                    for object in match.objects { add(subject, pattern.property, .entity(object), a.sentence, rule: pattern.name) }
                }
            }
        }
    }

    /// Whether `steps` match from token `index` on (greedy, backtracking); fills `match` with the captures.
    private func matches(_ steps: ArraySlice<RelationPatterns.Step>, at index: Int, _ t: [Token], _ ids: [Int],
                         _ mentionAt: [Int: Mention], _ match: inout PatternMatch) -> Bool {
        guard let step = steps.first else { return true }
        let rest = steps.dropFirst()
        if case .entity(let slot, let classes, let list) = step.element {
            guard let mention = mentionAt[index], classes.contains(mention.kind) else { return step.minimum == 0 && matches(rest, at: index, t, ids, mentionAt, &match) }
            var captured = [mention.id], end = mention.range.upperBound
            if list {
                // "copper, zinc and gold": further mentions of the classes after ",", "and", "or", ", and".
                var cursor = end
                while cursor < t.count, [",", "and", "or"].contains(t[cursor].folded) {
                    var next = cursor + 1
                    if t[cursor].text == ",", next < t.count, ["and", "or"].contains(t[next].folded) { next += 1 }
                    guard let item = mentionAt[next], classes.contains(item.kind) else { break }
                    captured.append(item.id)
                    cursor = item.range.upperBound
                }
                end = cursor
            }
            var attempt = match
            if slot == .subject { attempt.subjects += captured } else { attempt.objects += captured }
            guard matches(rest, at: end, t, ids, mentionAt, &attempt) else { return false }
            match = attempt
            return true
        }
        // The ends each repetition count reaches, greedy: try the most repetitions first.
        var ends = [index]
        var cursor = index
        while ends.count <= step.maximum, let next = advance(step.element, at: cursor, t, ids) {
            ends.append(next)
            cursor = next
        }
        for count in stride(from: ends.count - 1, through: step.minimum, by: -1) {
            var attempt = match
            if matches(rest, at: ends[count], t, ids, mentionAt, &attempt) {
                match = attempt
                return true
            }
        }
        return false
    }

    /// Where one occurrence of a non-capturing element starting at `index` ends, if it occurs there.
    private func advance(_ element: RelationPatterns.Element, at index: Int, _ t: [Token], _ ids: [Int]) -> Int? {
        guard index < t.count else { return nil }
        switch element {
        case .words(let sequences):
            for sequence in sequences where index + sequence.count <= t.count {
                if sequence.indices.allSatisfy({ ids[index + $0] == sequence[$0] }) { return index + sequence.count }
            }
            return nil
        case .shape(let shape):
            return shape.admits(t[index]) ? index + 1 : nil
        case .cue(let kind):
            return lexicons.cues.match(kind, t, at: index).map { index + $0 }
        case .role:
            return lexicons.roles.match(t, at: index).map { index + $0.length }
        case .entity:
            return nil
        }
    }
}
