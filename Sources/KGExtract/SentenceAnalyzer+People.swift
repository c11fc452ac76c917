import KGGraph
import KGText

/// People: names after an honorific or a role title, and names a role is attached to by apposition.
extension SentenceAnalyzer {
    /// Lower-case particles that stand inside a person's name ("Ursula von der Leyen").
    static let nameParticles: WordSet = ["von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "al", "el", "ibn"]

    /// People named after an honorific or a role title ("Minister Penny Wong", "Minister for Resources
    /// Madeleine King", "chief executive Paul Graves"), or in "Name, Role", "the Role of X, Name," and
    /// "said Name" patterns.
    func persons(_ t: [Token]) -> [Span] {
        var spans: [Span] = []
        func take(_ name: Range<Int>) {
            guard !spans.contains(where: { $0.range.overlaps(name) }), hasOwnNameWord(name, t) else { return }
            spans.append(Span(kind: .person, range: name, name: t.surface(name)))
        }
        var index = 0
        while index < t.count {
            guard let title = roleOrHonorific(t, at: index) else { index += 1; continue }
            var next = index + title
            while let more = lexicons.titles.match(t, at: next), more.value == .honorific { next += more.length }
            let name = personName(t, from: next)
            if !name.isEmpty, t[index].isCapitalised || name.count >= 2, endsName(name, t) {
                take(name)
                index = name.upperBound
            } else if t[index].isCapitalised, let name = nameAfterComplement(t, from: next) {
                take(name)
                index = name.upperBound
            } else {
                index = next
            }
        }
        var cursor = 0
        while cursor < t.count {
            let name = personName(t, from: cursor)
            guard name.count >= 2, !spans.contains(where: { $0.range.overlaps(name) }) else {
                cursor = max(cursor + 1, name.upperBound)
                continue
            }
            let after = name.upperBound
            let before = name.lowerBound - 1
            let insideName = before >= 0 && (Self.connectors.contains(t[before]) || t[before].folded == "the" || t[before].isCapitalised)
            let saidAround = !insideName && (after < t.count && ["said", "says", "added", "told"].contains(t[after].folded))
                || (before >= 0 && ["said", "says", "added"].contains(t[before].folded))
            let roleBefore = before >= 1 && t[before].text == "," && roleEnding(t, at: before - 1)
            if endsName(name, t), roleFollows(name, t) || saidAround || roleBefore {
                take(name)
            }
            cursor = name.upperBound
        }
        return spans
    }

    /// The length of a title at `index`: an honorific or role as the lexicon writes it, or a role in
    /// lower case ("chief executive") when a name follows at once.
    private func roleOrHonorific(_ t: [Token], at index: Int) -> Int? {
        if t[index].isCapitalised, let title = lexicons.titles.match(t, at: index) { return title.length }
        guard !t[index].isCapitalised, t[index].isWord, let role = lexicons.roles.match(t, at: index) else { return nil }
        return role.length
    }

    /// Whether the name is the whole capitalised run: "Vale Base" is no name in "Vale Base Metals".
    private func endsName(_ name: Range<Int>, _ t: [Token]) -> Bool {
        name.upperBound >= t.count || !(t[name.upperBound].isCapitalised && t[name.upperBound].isWord)
    }

    /// "Name, Australia's Minister for Resources", "Name, chief executive of X", "Name, the European Commissioner".
    private func roleFollows(_ name: Range<Int>, _ t: [Token]) -> Bool {
        var cursor = name.upperBound
        guard cursor < t.count, t[cursor].text == "," else { return false }
        cursor += 1
        let limit = min(t.count, cursor + 6)
        while cursor < limit {
            if lexicons.roles.match(t, at: cursor) != nil { return true }
            let token = t[cursor]
            let modifier = ["the", "a", "its", "his", "her", "their", "'s"].contains(token.folded)
                || (token.isCapitalised && token.isWord)
            guard modifier else { return false }
            cursor += 1
        }
        return false
    }

    /// Whether a role phrase ends at token `index`: "its Deputy Director, X", "whose minister, X",
    /// "the President of the European Commission, X".
    private func roleEnding(_ t: [Token], at index: Int) -> Bool {
        var start = index
        while start >= 0, index - start <= 8 {
            if let match = lexicons.roles.match(t, at: start), start + match.length == index + 1 { return true }
            if let match = lexicons.titles.match(t, at: start), match.value == .role,
               complementSpans(t, from: start + match.length, to: index + 1) {
                return true
            }
            guard t[start].isCapitalised || Self.connectors.contains(t[start]) || t[start].folded == "the" || t[start].folded == "to" else { return false }
            start -= 1
        }
        return false
    }

    /// Whether tokens `from..<to` are the complement of a title: "of the European Commission", "for Resources".
    private func complementSpans(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from < to, ["of", "for", "to"].contains(t[from].folded) else { return false }
        return (from..<to).allSatisfy { t[$0].isCapitalised || Self.connectors.contains(t[$0]) || ["the", "to", "."].contains(t[$0].folded) }
    }

    /// The name after a title's complement: "Minister [for Resources] Madeleine King", "Ambassador [of Japan
    /// to the United States] Koji Tomita". The complement is capitalised words and connectors; the name is
    /// the last two name words (with particles and hyphens) before the run ends. Portfolio words
    /// ("Affairs", "Trade") are never part of the name.
    private func nameAfterComplement(_ t: [Token], from start: Int) -> Range<Int>? {
        guard start < t.count, ["of", "for", "to"].contains(t[start].folded) else { return nil }
        var end = start + 1
        while end < t.count, end - start <= 14 {
            let token = t[end]
            if token.isCapitalised && token.isWord {
                end += 1
                if end < t.count, t[end].isCapitalised, t[end].isWord { continue }
                if let name = trailingName(t, end: end), name.lowerBound > start + 1 { return name }
                continue
            }
            let joins = Self.connectors.contains(token) || Self.nameParticles.contains(token.text)
                || ["the", "to", "-", ".", ","].contains(token.folded)
            guard joins, end + 1 < t.count else { return nil }
            end += 1
        }
        return nil
    }

    /// Two name words ending at `end` (exclusive), with particles between and hyphenated parts
    /// ("Kassym-Jomart Tokayev", "Kim Jong-hyun", "Ursula von der Leyen").
    private func trailingName(_ t: [Token], end: Int) -> Range<Int>? {
        func unit(endingAt last: Int) -> Int? {
            guard last >= 0, t[last].isWord, !t[last].isNumber else { return nil }
            var first = last
            while first >= 2, t[first - 1].text == "-", !t[first - 1].spaceBefore, !t[first].spaceBefore, t[first - 2].isWord { first -= 2 }
            guard isPersonWord(t[first]) || isSurnameTitle(t, first), lexicons.cues.match(.portfolio, t, at: first) == nil else { return nil }
            return first
        }
        guard let lastStart = unit(endingAt: end - 1) else { return nil }
        var cursor = lastStart - 1
        while cursor >= 0, Self.nameParticles.contains(t[cursor].text) { cursor -= 1 }
        guard let firstStart = unit(endingAt: cursor) else { return nil }
        return firstStart..<end
    }

    /// The longest run (up to four words) of person-name words, initials, particles and hyphenated
    /// parts from `index`.
    func personName(_ t: [Token], from index: Int) -> Range<Int> {
        var end = index
        var words = 0
        while end < t.count, words < 4 {
            let token = t[end]
            if token.characterCount == 1, token.isCapitalised, end + 2 < t.count, t[end + 1].text == ".", !t[end + 1].spaceBefore,
               isPersonWord(t[end + 2]) {
                end += 2
            } else if isPersonWord(token) || (words > 0 && isSurnameTitle(t, end)) {
                end += 1
                while end + 1 < t.count, t[end].text == "-", !t[end].spaceBefore, !t[end + 1].spaceBefore, t[end + 1].isWord, !t[end + 1].isNumber {
                    end += 2
                }
            } else if words > 0, Self.nameParticles.contains(token.text), end + 1 < t.count,
                      isPersonWord(t[end + 1]) || Self.nameParticles.contains(t[end + 1].text) {
                end += 1
                continue
            } else {
                break
            }
            words += 1
        }
        return index..<max(index, end)
    }

    /// A one-word role title that is also a surname ("Madeleine King"): it ends the name.
    private func isSurnameTitle(_ t: [Token], _ index: Int) -> Bool {
        guard isNameWord(t[index]), let title = lexicons.titles.match(t, at: index), title.length == 1 else { return false }
        // "Prime Minister" is a title, not a name ending in one.
        let endsLongerTitle = (max(0, index - 3)..<index).contains { start in
            lexicons.titles.match(t, at: start).map { start + $0.length == index + 1 } ?? false
        }
        guard !endsLongerTitle else { return false }
        let next = index + 1
        return next >= t.count || !(t[next].isCapitalised && t[next].isWord) && !["of", "for"].contains(t[next].folded)
    }

    /// Whether a name has a word of its own: one no title, role or portfolio covers. "Executive Officer" (of
    /// "Chief Executive Officer"), "International Cooperation" and "Gender Equality" are what a person holds or
    /// oversees, never who the person is; "Madeleine King" and "Samantha Power" keep their first names.
    private func hasOwnNameWord(_ name: Range<Int>, _ t: [Token]) -> Bool {
        name.contains { index in
            guard t[index].isWord, !Self.nameParticles.contains(t[index].text) else { return false }
            let inTitle = (max(0, index - 3)...index).contains { start in
                let covers: (Gazetteer<TitleKind>.Match) -> Bool = { start + $0.length > index }
                return lexicons.titles.match(t, at: start).map(covers) ?? false || lexicons.roles.match(t, at: start).map(covers) ?? false
            }
            return !inTitle && lexicons.cues.match(.portfolio, t, at: index) == nil
        }
    }

    func isPersonWord(_ token: Token) -> Bool {
        guard isNameWord(token), !token.isAllCaps, token.characterCount > 1,
              token.text.unicodeScalars.contains(where: { $0.isASCII ? ("a"..."z").contains($0) : $0.properties.isLowercase }) else { return false }
        let single = CollectionOfOne(token)
        return lexicons.designators.match(single, at: 0) == nil && lexicons.countries.match(single, at: 0) == nil
            && lexicons.demonyms.match(single, at: 0) == nil && lexicons.places.match(single, at: 0) == nil
            && lexicons.minerals.match(single, at: 0) == nil && lexicons.titles.match(single, at: 0) == nil
            && lexicons.agreementKinds.match(single, at: 0) == nil
    }

}
