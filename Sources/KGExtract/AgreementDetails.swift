import KGGraph
import KGText

/// What a signing sentence says about an agreement besides its parties: date, place, signatories, minerals.
extension ExtractionWork {
    /// Date, place and signatories stated in the sentence that reports the signing.
    mutating func details(_ ids: [Int], _ s: Int, _ verb: Int, _ sentence: Sentence) {
        let t = analyses[s].tokens, m = mentions(s)
        if let date = signingDate(t, verb) {
            for id in ids where objects(of: id, .signedOn).isEmpty { add(id, .signedOn, .date(date), sentence, rule: "signedOn.date-near-verb") }
        }
        if let place = signingPlace(t, verb, m)?.id ?? signedHere(t, verb) {
            for id in ids where objects(of: id, .signedAt).isEmpty { add(id, .signedAt, .entity(place), sentence, rule: "signedAt.place-near-verb") }
        }
        signatories(ids, s, verb, sentence)
        concerns(ids, m.filter { $0.range.lowerBound > verb }, sentence)
    }

    /// Words that end the clause of a signing verb: what follows is about something else.
    private static let clauseBreaks: WordSet = [";", "while", "whereas", "but", "although", "though", "which", "who", "after", "before", "said", "says"]

    func endsClause(_ range: Range<Int>, _ t: [Token]) -> Bool {
        range.contains { Self.clauseBreaks.contains(t[$0]) }
    }

    /// The signing date: an explicit full date after "on" ("on 13 June 2023"), or one the text gives relative
    /// to the document's date ("today", "yesterday", "on Tuesday", "last Friday"); the one nearest the verb.
    /// A date without a day or a year is no signing date (it would be a guess), and neither is a relative day
    /// when the document's date is not a full date.
    private func signingDate(_ t: [Token], _ verb: Int) -> DocumentDate? {
        var found: [(position: Int, date: DocumentDate)] = []
        for expression in DateExpression.all(in: t) where expression.tokens.lowerBound > 0 && t[expression.tokens.lowerBound - 1].folded == "on" {
            if case .full = expression.date { found.append((expression.tokens.lowerBound, expression.date)) }
        }
        if let published = document.date, let weekday = published.weekday {
            for index in t.indices {
                let word = t[index].folded, previous = index > 0 ? t[index - 1].folded : ""
                var back: Int?
                if word == "today" { back = 0 } else if word == "yesterday" { back = 1 }
                if let day = Self.weekdays[word], ["on", "last"].contains(previous) {
                    let distance = (weekday - day + 7) % 7
                    back = previous == "last" && distance == 0 ? 7 : distance
                }
                if let back, let date = published.subtracting(days: back) { found.append((index, date)) }
            }
        }
        return found.min { abs($0.position - verb) < abs($1.position - verb) }?.date
    }

    /// The place of signing: the first place after the verb introduced by "in" or "at", before the clause
    /// turns to what the agreement is for ("to build a plant in Texas" is no signing place).
    private func signingPlace(_ t: [Token], _ verb: Int, _ m: [Mention]) -> Mention? {
        for place in m where place.kind == .place && place.range.lowerBound > verb + 1 {
            let gap = (verb + 1)..<place.range.lowerBound
            if endsClause(gap, t) || gap.contains(where: { ["to", "for", "that", "will", "would"].contains(t[$0].folded) }) { return nil }
            if ["in", "at"].contains(t[place.range.lowerBound - 1].folded) { return place }
        }
        return nil
    }

    /// "signed here": the place of the dateline, when the lexicon knows it.
    private func signedHere(_ t: [Token], _ verb: Int) -> Int? {
        guard (verb + 1..<min(t.count, verb + 4)).contains(where: { t[$0].folded == "here" }), let written = document.dateline?.place else { return nil }
        return entities.first { $0.kind == .place && $0.surfaceForms.contains(written) }?.id
    }

    static let weekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    /// People who signed: the subjects of an active signing verb ("A and B signed", "A, Minister of X,
    /// signed", "A met B, and the two leaders signed"), the people after "signed by" or "signed with", and
    /// "On behalf of Y, X ... signed".
    /// Someone "in the presence of" whom it was signed is a witness, not a signatory.
    mutating func signatories(_ ids: [Int], _ s: Int, _ verb: Int, _ sentence: Sentence) {
        let t = analyses[s].tokens, m = mentions(s)
        let excluded = lexicons.cues.occurrences(.notSignatory, t, in: t.indices).map(\.index)
        let passive = verb > 0 && ["was", "were", "been", "be", "being", "is", "are"].contains(t[verb - 1].folded)
        let by = t.indices.first { $0 > verb && t[$0].folded == "by" && !endsClause(verb..<$0, t) }
        for person in m where person.kind == .person {
            let start = person.range.lowerBound
            if excluded.contains(where: { cue in cue < start && start - cue <= 12 && !(cue..<start).contains { t[$0].folded == "by" } }) { continue }
            let gap = (verb + 1)..<max(verb + 1, start)
            let with = start > verb && start - verb <= 6 && t[verb + 1].folded != "in"
                && gap.allSatisfy { ["by", "with"].contains(t[$0].folded) || t[$0].isCapitalised || t[$0].text == "." }
                && gap.contains { ["by", "with"].contains(t[$0].folded) }
            let listedBy = by.map { marker in start > marker && !endsClause(marker..<start, t) } ?? false
            let subject = !passive && isSubject(person.range, of: verb, t)
            let behalf = lexicons.cues.occurrences(.behalf, t, in: 0..<start).contains { _ in start < verb }
            if with || listedBy || subject || behalf {
                for id in ids { add(id, .signatory, .entity(person.id), sentence, rule: "signatory.subject-of-verb") }
            }
        }
        // "A welcomed B to London, where the two leaders signed": the two people named before.
        if !passive, verb >= 3, t[verb - 3].folded == "the", t[verb - 2].folded == "two",
           ["leaders", "ministers", "presidents", "heads", "officials"].contains(t[verb - 1].folded) {
            var people: [Int] = []
            for person in m where person.kind == .person && person.range.upperBound <= verb && !people.contains(person.id) { people.append(person.id) }
            if people.count == 2 {
                for id in ids { for person in people { add(id, .signatory, .entity(person), sentence, rule: "signatory.by-phrase") } }
            }
        }
    }

    /// Whether a name before the verb is (one of) its subject(s): nothing between them but names, roles and
    /// lists ("A and B signed", "A, Minister of Trade, signed"), no sentence punctuation, report or relative clause.
    private func isSubject(_ name: Range<Int>, of verb: Int, _ t: [Token]) -> Bool {
        guard name.upperBound <= verb, verb - name.upperBound <= 16 else { return false }
        let gap = name.upperBound..<verb
        return !endsClause(gap, t) && !gap.contains { index in
            Self.reportingWords.contains(t[index]) || [".", ":", ";", "\u{2013}", "\u{2014}"].contains(t[index].text)
        }
    }

    /// Words between a person and a signing verb that show the person is not its subject.
    private static let reportingWords: WordSet = ["said", "says", "told", "announced", "that", "when", "as", "attended", "welcomed", "met", "where"]

    /// The minerals an agreement concerns: those of the given mentions.
    mutating func concerns(_ ids: [Int], _ m: [Mention], _ sentence: Sentence) {
        for mineral in m where mineral.kind == .mineral {
            for id in ids { add(id, .concerns, .entity(mineral.id), sentence, rule: "concerns.mineral-in-clause") }
        }
    }
}
