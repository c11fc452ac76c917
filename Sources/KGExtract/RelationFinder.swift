import KGGraph
import KGText

/// Relations between entities of one sentence, read from cue phrases and name shapes.
extension ExtractionWork {
    /// One entity mention of a sentence: its span and entity id.
    struct Mention {
        let span: Span
        let id: Int
        var range: Range<Int> { span.range }
        var kind: Vocabulary.Class { span.kind }
    }

    func mentions(_ s: Int) -> [Mention] {
        zip(analyses[s].spans, spanEntities[s]).map { Mention(span: $0, id: $1) }
    }

    mutating func findRelations() {
        for s in analyses.indices {
            let a = analyses[s], t = a.tokens, sentence = a.sentence, m = mentions(s)
            for mention in m {
                if mention.kind == .place, let country = lexicons.placeCountries[mention.span.canonical ?? ""],
                   let target = entity(named: country, kind: .country) {
                    add(mention.id, .locatedIn, .entity(target), sentence)
                }
                guard mention.kind == .organization else {
                    if mention.kind == .person { affiliations(of: mention, in: s) }
                    continue
                }
                if let country = mention.span.demonymCountry, !isAbroad(mention.span.name), let id = entity(named: country, kind: .country) {
                    add(mention.id, .basedIn, .entity(id), sentence)
                }
                let start = mention.range.lowerBound
                if start >= 2, t[start - 1].text == "'s", let owner = m.last(where: { $0.range.upperBound == start - 1 }), owner.kind == .country {
                    add(mention.id, .basedIn, .entity(owner.id), sentence)
                }
                var next = mention.range.upperBound
                if next < t.count, t[next].text == ")" { next += 1 }
                if next < t.count, [",", "in"].contains(t[next].folded), let place = m.first(where: { $0.range.lowerBound == next + 1 }),
                   place.kind == .place, place.range.upperBound == t.count || !t[place.range.upperBound].isCapitalised {
                    add(mention.id, .basedIn, .entity(place.id), sentence)
                }
            }
            cueRelations(s, a, m)
        }
    }

    private func isAbroad(_ name: String) -> Bool {
        Tokenizer.tokens(of: name).contains { lexicons.cues.contains(.abroad, word: $0.text) }
    }

    /// The entity of the document with this canonical name.
    func entity(named name: String, kind: Vocabulary.Class) -> Int? {
        entities.first { $0.kind == kind && ($0.canonicalName == name || $0.surfaceForms.contains(name)) }?.id
    }

    /// The organisation an apposition chain starts from: for "X, the Y under Z" that is X.
    private func head(of mention: Mention, in m: [Mention], _ t: [Token]) -> Mention {
        var current = mention
        while let index = m.firstIndex(where: { $0.id == current.id && $0.range == current.range }), index > 0 {
            let previous = m[index - 1]
            let gap = previous.range.upperBound..<current.range.lowerBound
            let words = gap.map { t[$0].folded }
            guard previous.kind == .organization, words.first == "," || words.first == ")", words.count <= 3,
                  words.allSatisfy({ [",", ")", "the", "a", "an"].contains($0) }) else { break }
            current = previous
        }
        return current
    }

    private mutating func cueRelations(_ s: Int, _ a: SentenceAnalyzer.Result, _ m: [Mention]) {
        let t = a.tokens, sentence = a.sentence
        let orgs = m.filter { $0.kind == .organization }
        for (index, length) in lexicons.cues.occurrences(.partOf, t, in: t.indices) {
            guard let object = orgs.first(where: { $0.range.lowerBound >= index + length && $0.range.lowerBound <= index + length + 3 }),
                  let nearest = orgs.last(where: { $0.range.upperBound <= index && index - $0.range.upperBound <= 10 }) else { continue }
            let between = (index + length)..<object.range.lowerBound
            guard between.allSatisfy({ position in ["the", "'s", "a", "an"].contains(t[position].folded) || a.demonyms[position] != nil
                || m.contains { $0.kind == .country && $0.range.contains(position) } }) else { continue }
            var after = object.range.upperBound
            if after < t.count, t[after].text == "(", let close = t[after...].firstIndex(where: { $0.text == ")" }) { after = close + 1 }
            if after < t.count, ["framework", "mission", "scheme", "programme", "program", "initiative", "project", "plan", "umbrella"].contains(t[after].folded) { continue }
            let subject = head(of: nearest, in: m, t)
            add(subject.id, .partOf, .entity(object.id), sentence)
        }
        for (index, length) in lexicons.cues.occurrences(.basedIn, t, in: t.indices) {
            guard let place = m.first(where: { $0.range.lowerBound == index + length && ($0.kind == .place || $0.kind == .country) }),
                  let nearest = orgs.last(where: { $0.range.upperBound <= index }) else { continue }
            add(head(of: nearest, in: m, t).id, .basedIn, .entity(place.id), sentence)
        }
        for (index, length) in lexicons.cues.occurrences(.participatesIn, t, in: t.indices) {
            guard let object = orgs.first(where: { $0.range.lowerBound > index && $0.range.lowerBound <= index + length + 8 }) else { continue }
            var owner: Mention?
            if index >= 2, t[index - 1].text == "'s" { owner = m.last { $0.range.upperBound == index - 1 } }
            if index >= 1, ["its", "their"].contains(t[index - 1].folded) { owner = m.last { $0.range.upperBound < index && ($0.kind == .country || $0.kind == .organization) } }
            if let owner, owner.kind == .country || owner.kind == .organization { add(owner.id, .participatesIn, .entity(object.id), sentence) }
        }
        produces(a, m)
    }

    /// "X is the top gold producer", "X, a producer of nickel", "A and B are major players in coal mining".
    private mutating func produces(_ a: SentenceAnalyzer.Result, _ m: [Mention]) {
        let t = a.tokens
        var clauseStart = 0
        var boundaries = t.indices.filter { t[$0].text == ";" || ["while", "whereas"].contains(t[$0].folded) || (["with", "and"].contains(t[$0].folded) && $0 > 0 && t[$0 - 1].text == ",") }
        boundaries.append(t.count)
        for end in boundaries {
            let clause = clauseStart..<end
            let inClause = m.filter { clause.contains($0.range.lowerBound) }
            clauseStart = end + 1
            let cues = lexicons.cues.occurrences(.produces, t, in: clause)
            guard let firstCue = cues.first, let subject = inClause.first(where: { $0.kind == .organization && $0.range.upperBound <= firstCue.index }) else { continue }
            var subjects = [subject]
            for other in inClause where other.kind == .organization && other.range.lowerBound > subject.range.upperBound && other.range.upperBound <= firstCue.index {
                let gap = (subjects.last?.range.upperBound ?? 0)..<other.range.lowerBound
                if gap.allSatisfy({ ["and", ",", "(", ")"].contains(t[$0].folded) }) { subjects.append(other) }
            }
            let minerals = inClause.filter { $0.kind == .mineral && $0.range.lowerBound > subject.range.upperBound }
            for subject in subjects {
                for mineral in minerals { add(subject.id, .produces, .entity(mineral.id), a.sentence) }
            }
        }
    }

    /// "X, Director of Y", "said X, CEO of Z", "Z's Deputy Director, X", "On behalf of Y, X, Director".
    private mutating func affiliations(of person: Mention, in s: Int) {
        let a = analyses[s], t = a.tokens, m = mentions(s)
        var cursor = person.range.upperBound
        var organizations: [Mention] = []
        if cursor < t.count, t[cursor].text == "," {
            cursor += 1
            while cursor < t.count {
                if [".", ";", "said"].contains(t[cursor].folded) { break }
                if let next = m.first(where: { $0.range.lowerBound == cursor }) {
                    if next.kind == .person { break }
                    if next.kind == .organization {
                        organizations.append(next)
                    }
                    cursor = next.range.upperBound
                    continue
                }
                if t[cursor].isCapitalised, let title = lexicons.titles.match(t, at: cursor), title.value == .role {
                    setRole(t.surface(cursor..<(cursor + title.length)), of: person.id)
                    cursor += title.length
                    continue
                }
                if lexicons.cues.match(.signing, t, at: cursor) != nil { break }
                cursor += 1
            }
        }
        let start = person.range.lowerBound
        if start >= 3, t[start - 1].text == "," {
            var roleStart = start - 2
            while roleStart > 0, t[roleStart - 1].isCapitalised { roleStart -= 1 }
            if roleStart >= 2, t[roleStart - 1].text == "'s" || t[roleStart - 1].folded == "its",
               lexicons.titles.match(t, at: roleStart)?.value == .role {
                setRole(t.surface(roleStart..<(start - 1)), of: person.id)
                if t[roleStart - 1].folded == "its" {
                    if let owner = m.first(where: { $0.kind == .organization }) { organizations.append(owner) }
                } else if let owner = m.last(where: { $0.range.upperBound == roleStart - 1 && $0.kind == .organization }) {
                    organizations.append(owner)
                }
            }
        }
        for (index, length) in lexicons.cues.occurrences(.behalf, t, in: 0..<start) {
            if let org = m.first(where: { $0.range.lowerBound == index + length && $0.kind == .organization }) { organizations.append(org) }
        }
        for org in organizations { add(person.id, .affiliatedWith, .entity(org.id), a.sentence) }
    }
}
