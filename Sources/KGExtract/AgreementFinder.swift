import KGGraph
import KGText

/// Agreements: a new one where an agreement word meets a signing verb and named parties;
/// "the agreement", "the MoU", "these partnerships" refer back to the last ones found.
extension ExtractionWork {
    /// Kinds that are only generic words ("agreement", "partnership"); a specific kind replaces them.
    private var genericKinds: Set<String> { ["Agreement", "Partnership", "Pact", "Deal", "Contract", "Protocol", "Convention", "Charter"] }

    mutating func findAgreements() {
        var group: [Int] = []
        var listMode = false
        var scopeMode = false
        for s in analyses.indices {
            let a = analyses[s], t = a.tokens, sentence = a.sentence, m = mentions(s)
            if listMode, let first = m.first, first.kind == .organization, first.range.lowerBound <= 1 {
                let free = group.first { id in objects(of: id, .party).count < 2 }
                let target = free ?? cloneAgreement(group.last, sentence)
                if let target {
                    add(target, .party, .entity(first.id), sentence)
                    mention(agreement: target, sentence: sentence, kind: nil, generic: genericKinds)
                    if free == nil { group.append(target) }
                }
                continue
            }
            listMode = false
            if scopeMode, !sentence.text.hasSuffix("."), !group.isEmpty {
                concerns(group, m, sentence)
                continue
            }
            scopeMode = false
            let signing = lexicons.cues.occurrences(.signing, t, in: t.indices).first?.index
            let anaphors = t.indices.filter { index in
                lexicons.cues.contains(.anaphor, word: t[index].text) && index > 0
                    && ["the", "this", "these", "that", "such", "today's", "'s"].contains(t[index - 1].folded)
            }
            // "the partnership between X and Y" introduces an agreement despite its article.
            let fresh = a.kinds.filter { kind in
                (!kind.isAnaphoric || kind.range.upperBound < t.count && t[kind.range.upperBound].folded == "between") && !isParenthesised(kind.range, t)
            }
            var handled = false
            if !fresh.isEmpty, let verb = signing {
                let kind = (fresh.first { !genericKinds.contains($0.kind) } ?? fresh[0])
                let withIndex = t.indices.first { $0 > min(verb, kind.range.lowerBound) && t[$0].folded == "with" }
                var subjects = partiesBefore(verb, m, t)
                var counterparts = withIndex.map { partiesAfter($0 + 1, m, t) } ?? []
                if subjects.count + counterparts.count < 2, let listed = partiesListed(after: min(verb, kind.range.lowerBound), m, t) {
                    (subjects, counterparts) = (listed, [])
                }
                if Set(subjects + counterparts).count >= 2 || group.isEmpty && !subjects.isEmpty && kind.plural && counterparts.isEmpty,
                   !isNegated(verb, kind.range, t) {
                    handled = true
                    let existing = group.filter { Set(objects(of: $0, .party)) == Set((subjects + counterparts).map { ExtractedFact.Object.entity($0) }) }
                    var created: [Int] = []
                    if let match = existing.first {
                        created = [match]
                        mention(agreement: match, sentence: sentence, kind: kind.kind, generic: genericKinds)
                    } else if kind.plural && counterparts.count > 1 {
                        for counterpart in counterparts { created.append(create(kind.kind, subjects + [counterpart], sentence)) }
                    } else if counterparts.isEmpty && kind.plural, let count = SentenceAnalyzer.numbers[kind.determiner ?? ""] {
                        for _ in 0..<count { created.append(create(kind.kind, subjects, sentence)) }
                    } else {
                        created = [create(kind.kind, subjects + counterparts, sentence)]
                    }
                    group = created
                    details(group, s, verb, sentence)
                    concerns(group, m.filter { $0.range.lowerBound > verb }, sentence)
                    if withIndex.map({ $0 + 1 < t.count && t[$0 + 1].text == ":" }) ?? false { listMode = true }
                }
            }
            if !handled, !group.isEmpty, !a.kinds.isEmpty || !anaphors.isEmpty {
                let positions = a.kinds.map(\.range.lowerBound) + anaphors
                var targets = group
                if let first = positions.min(), first + 2 < t.count, t[first + 1].folded == "with",
                   let partner = m.first(where: { $0.range.lowerBound == first + 2 }) {
                    let narrowed = group.filter { objects(of: $0, .party).contains(.entity(partner.id)) }
                    if !narrowed.isEmpty { targets = narrowed }
                }
                for id in targets { mention(agreement: id, sentence: sentence, kind: a.kinds.first?.kind, generic: genericKinds) }
                if let verb = signing { signatories(targets, s, verb, sentence) }
                if let first = positions.min(), first <= 4 {
                    concerns(targets, m, sentence)
                    if sentence.text.hasSuffix(":") { scopeMode = true }
                }
                if t.last?.text == ":", t.count >= 2, t[t.count - 2].folded == "with" { listMode = true }
            }
        }
    }

    /// Whether the signing is denied or still to come: "signed no binding contracts", "has not yet been
    /// signed", "no agreement has yet been concluded". Such sentences report no agreement.
    private func isNegated(_ verb: Int, _ kind: Range<Int>, _ t: [Token]) -> Bool {
        let window = max(0, min(verb, kind.lowerBound) - 4)..<min(t.count, max(verb, kind.upperBound) + 2)
        return window.contains { ["no", "not", "never", "yet", "n't", "without"].contains(t[$0].folded) }
    }

    private func isParenthesised(_ range: Range<Int>, _ t: [Token]) -> Bool {
        range.lowerBound > 0 && t[range.lowerBound - 1].text == "(" && range.upperBound < t.count && t[range.upperBound].text == ")"
    }

    private mutating func create(_ kind: String, _ parties: [Int], _ sentence: Sentence) -> Int {
        let id = newAgreement(kind: kind, sentence: sentence)
        for party in parties { add(id, .party, .entity(party), sentence) }
        return id
    }

    private mutating func cloneAgreement(_ source: Int?, _ sentence: Sentence) -> Int? {
        guard let source, let kind = entities[source].agreementKind else { return nil }
        let id = newAgreement(kind: kind, sentence: sentence)
        for case .entity(let party) in objects(of: source, .party).prefix(1) { add(id, .party, .entity(party), sentence) }
        return id
    }

    /// The subject parties: the first organisation or country before the verb and those joined to it by "and".
    private func partiesBefore(_ verb: Int, _ m: [Mention], _ t: [Token]) -> [Int] {
        let candidates = m.filter { $0.range.upperBound <= verb && ($0.kind == .organization || $0.kind == .country) }
        guard var last = candidates.first else {
            if (0..<verb).contains(where: { $0 + 1 < t.count && t[$0].folded == "our" && ["nation", "country"].contains(t[$0 + 1].folded) }),
               let home = mainCountry() {
                return [home]
            }
            return []
        }
        if last.range.upperBound < t.count, t[last.range.upperBound].text == "'s", let owned = candidates.first(where: { $0.range.lowerBound == last.range.upperBound + 1 }) {
            last = owned
        }
        var parties = [last.id]
        for next in candidates where next.range.lowerBound > last.range.upperBound {
            if parties.contains(next.id) { last = next; continue }
            let gap = (last.range.upperBound..<next.range.lowerBound).map { t[$0].folded }
            guard gap.contains("and"), gap.allSatisfy({ ["and", ",", "(", ")"].contains($0) || $0.first?.isUppercase == true || $0 == $0.uppercased() }) else { break }
            if !parties.contains(next.id) { parties.append(next.id) }
            last = next
        }
        return parties
    }

    /// The counterparts after "with": a list of organisations or countries ("Russia's X, Y and Z").
    private func partiesAfter(_ start: Int, _ m: [Mention], _ t: [Token]) -> [Int] {
        var cursor = start
        var parties: [Int] = []
        while cursor < t.count {
            if ["the", ",", "and", "'s", "(", ")"].contains(t[cursor].folded) { cursor += 1; continue }
            guard let mention = m.first(where: { $0.range.lowerBound == cursor }), mention.kind == .organization || mention.kind == .country else { break }
            let possessive = mention.range.upperBound < t.count && t[mention.range.upperBound].text == "'s"
            if !possessive, !parties.contains(mention.id) { parties.append(mention.id) }
            cursor = mention.range.upperBound
            if !possessive, cursor < t.count, t[cursor].text == "(", let close = t[cursor...].firstIndex(where: { $0.text == ")" }) { cursor = close + 1 }
            if !possessive, cursor < t.count, ![",", "and"].contains(t[cursor].folded) { break }
            if !possessive, cursor < t.count, t[cursor].text == ",", cursor + 1 < t.count, !t[cursor + 1].isCapitalised, t[cursor + 1].folded != "and" { break }
        }
        return parties
    }

    /// The parties of "signed by X and Y" and "between X and Y", written after the verb or the agreement word.
    private func partiesListed(after start: Int, _ m: [Mention], _ t: [Token]) -> [Int]? {
        guard let marker = t.indices.first(where: { index in
            index > start && index - start <= 8 && (t[index].folded == "between" || t[index].folded == "by" && index > 0 && lexicons.cues.match(.signing, t, at: index - 1) != nil)
        }) else { return nil }
        let parties = partiesAfter(marker + 1, m, t)
        return parties.count >= 2 ? parties : nil
    }

    /// The country the document mentions most ("our nation").
    private func mainCountry() -> Int? {
        entities.filter { $0.kind == .country }.max { $0.sentences.count < $1.sentences.count }?.id
    }

    /// Date, place and signatories stated in the sentence that reports the signing.
    private mutating func details(_ ids: [Int], _ s: Int, _ verb: Int, _ sentence: Sentence) {
        let t = analyses[s].tokens, m = mentions(s)
        for expression in DateExpression.all(in: t) where expression.tokens.lowerBound > 0 && t[expression.tokens.lowerBound - 1].folded == "on" {
            for id in ids { add(id, .signedOn, .date(expression.date), sentence) }
        }
        for index in t.indices.dropLast() where t[index].folded == "on" {
            guard let day = Self.weekdays[t[index + 1].folded], let date = document.date, let weekday = date.weekday,
                  let signed = date.subtracting(days: (weekday - day + 7) % 7) else { continue }
            for id in ids { add(id, .signedOn, .date(signed), sentence) }
        }
        for place in m where place.kind == .place && place.range.lowerBound > verb && t[place.range.lowerBound - 1].folded == "in" {
            for id in ids { add(id, .signedAt, .entity(place.id), sentence) }
        }
        signatories(ids, s, verb, sentence)
    }

    static let weekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    /// People who signed: "signed by X", "signed/formalized with X", "On behalf of Y, X ... signed".
    private mutating func signatories(_ ids: [Int], _ s: Int, _ verb: Int, _ sentence: Sentence) {
        let t = analyses[s].tokens, m = mentions(s)
        let excluded = lexicons.cues.occurrences(.notSignatory, t, in: t.indices).map(\.index)
        for person in m where person.kind == .person {
            let start = person.range.lowerBound
            if excluded.contains(where: { $0 < start && start - $0 <= 4 }) { continue }
            let gap = (verb + 1)..<max(verb + 1, start)
            let after = start > verb && start - verb <= 6 && t[verb + 1].folded != "in"
                && gap.allSatisfy { ["by", "with"].contains(t[$0].folded) || t[$0].isCapitalised || t[$0].text == "." }
                && gap.contains { ["by", "with"].contains(t[$0].folded) }
            let behalf = lexicons.cues.occurrences(.behalf, t, in: 0..<start).contains { _ in start < verb }
            if after || behalf {
                for id in ids { add(id, .signatory, .entity(person.id), sentence) }
            }
        }
    }

    private mutating func concerns(_ ids: [Int], _ m: [Mention], _ sentence: Sentence) {
        for mineral in m where mineral.kind == .mineral {
            for id in ids { add(id, .concerns, .entity(mineral.id), sentence) }
        }
    }
}
