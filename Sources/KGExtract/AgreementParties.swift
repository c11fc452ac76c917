import KGGraph
import KGText

/// The parties of an agreement, read around the signing verb and the agreement word: subjects before the
/// verb, counterparts after "with", lists after "between" and "signed by", names in the agreement's title.
extension ExtractionWork {
    /// The subject parties: the first organisation or country before the verb and those joined to it by "and".
    func partiesBefore(_ verb: Int, _ m: [Mention], _ t: [Token]) -> [Int] {
        // Neither the agent of a participle ("the fund, administered by KfW, signed") nor the owner of
        // something unnamed ("Germany's new fund signed") is a party.
        let candidates = m.filter { mention in
            let end = mention.range.upperBound, start = mention.range.lowerBound
            let owns = end + 1 < t.count && t[end].text == "'s" && !m.contains { $0.range.lowerBound == end + 1 }
            return end <= verb && (mention.kind == .organization || mention.kind == .country) && !owns && (start == 0 || t[start - 1].folded != "by")
        }
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
            guard gap.contains("and"), gap.allSatisfy({ ["and", ",", "(", ")", "the"].contains($0) || $0.first?.isUppercase == true || $0 == $0.uppercased() }) else { break }
            if !parties.contains(next.id) { parties.append(next.id) }
            last = next
        }
        return parties
    }

    /// The counterparts after "with": a list of organisations or countries ("Russia's X, Y and Z").
    func partiesAfter(_ start: Int, _ m: [Mention], _ t: [Token]) -> [Int] {
        var cursor = start
        var parties: [Int] = []
        while cursor < t.count {
            if ["the", ",", "and", "'s", "(", ")"].contains(t[cursor].folded) || t[cursor].folded == "with" && cursor > start && t[cursor - 1].folded == "and" {
                cursor += 1
                continue
            }
            if let skip = descriptorLength(at: cursor, m, t) { cursor += skip; continue }
            // "French carmaker Renault Group": a demonym before the descriptor or name is no party of its own.
            if !m.contains(where: { $0.range.lowerBound == cursor }), let demonym = lexicons.demonyms.match(t, at: cursor), t[cursor].isCapitalised,
               descriptorLength(at: cursor + demonym.length, m, t) != nil {
                cursor += demonym.length
                continue
            }
            guard let mention = m.first(where: { $0.range.lowerBound == cursor }), mention.kind == .organization || mention.kind == .country else { break }
            let possessive = mention.range.upperBound < t.count && t[mention.range.upperBound].text == "'s"
            if !possessive, !parties.contains(mention.id) { parties.append(mention.id) }
            let closesList = !possessive && parties.count > 1 && mention.range.lowerBound > start && t[mention.range.lowerBound - 1].folded == "and"
            cursor = mention.range.upperBound
            // "A, B and C, and the D": the list ended with C; "A and B and with C" goes on.
            if closesList, !(cursor + 2 < t.count && t[cursor].folded == "and" && t[cursor + 1].folded == "with") { break }
            if !possessive, cursor < t.count, t[cursor].text == "(", let close = t[cursor...].firstIndex(where: { $0.text == ")" }) { cursor = close + 1 }
            if !possessive, cursor < t.count, ![",", "and"].contains(t[cursor].folded) { break }
            if !possessive, cursor < t.count, t[cursor].text == ",", cursor + 1 < t.count, !t[cursor + 1].isCapitalised, !["and", "the"].contains(t[cursor + 1].folded) { break }
        }
        return parties
    }

    /// The length of the common nouns before a name or list of names: "carmakers [Stellantis]", "battery maker
    /// [LG]", "countries including [A, B]", "partners such as [A]". Nil when no name follows them.
    private func descriptorLength(at start: Int, _ m: [Mention], _ t: [Token]) -> Int? {
        for length in 1...3 where start + length < t.count {
            let words = start..<(start + length)
            guard words.allSatisfy({ t[$0].isWord && !t[$0].isCapitalised && !Self.notDescriptors.contains(t[$0]) }) else { return nil }
            let next = start + length
            if ["including", "like"].contains(t[next].folded) { return length + 1 }
            if t[next].folded == "such", next + 1 < t.count, t[next + 1].folded == "as" { return length + 2 }
            if m.contains(where: { $0.range.lowerBound == next && ($0.kind == .organization || $0.kind == .country) }) { return length }
        }
        return nil
    }

    /// Words that are no descriptor of a party: prepositions, conjunctions, verbs of purpose.
    private static let notDescriptors: WordSet = ["of", "for", "to", "in", "on", "at", "by", "from", "which", "that", "who", "and", "or",
                                                      "support", "help", "backing", "participation", "presence", "including", "like", "such"]

    /// The parties of "signed by X and Y" and "between X and Y", written after the verb or the agreement word.
    func partiesListed(after start: Int, _ m: [Mention], _ t: [Token]) -> [Int]? {
        guard let marker = t.indices.first(where: { index in
            index > start && index - start <= 10 && (t[index].folded == "between" || t[index].folded == "by" && isSigningAgent(index, t))
        }) else { return nil }
        let parties = partiesAfter(marker + 1, m, t)
        return parties.count >= 2 ? parties : nil
    }

    /// Whether "by" at `index` names who signed: right after a signing verb ("signed by"), or after the place or
    /// date of the signing ("signed in Puerto Madryn by", "signed on 3 May by").
    private func isSigningAgent(_ index: Int, _ t: [Token]) -> Bool {
        var cursor = index
        while cursor > 0, index - cursor < 8, t[cursor - 1].isCapitalised || t[cursor - 1].isNumber || ["in", "at", "on"].contains(t[cursor - 1].folded) {
            if lexicons.cues.match(.signing, t, at: cursor - 1) != nil { break }
            cursor -= 1
        }
        return cursor > 0 && (cursor == index || ["in", "at", "on"].contains(t[cursor].folded)) && lexicons.cues.match(.signing, t, at: cursor - 1) != nil
    }

    /// "X agreed (on Wednesday) to buy/acquire Y": the verb and the organisation bought, which is the counterpart.
    func acquisition(_ m: [Mention], _ t: [Token]) -> (verb: Int, target: Int)? {
        for verb in t.indices where t[verb].folded == "agreed" {
            guard let to = (verb + 1..<min(t.count, verb + 5)).first(where: { t[$0].folded == "to" }), to + 2 < t.count,
                  ["buy", "acquire", "purchase"].contains(t[to + 1].folded) else { continue }
            let start = t[to + 2].folded == "the" ? to + 3 : to + 2
            if let target = m.first(where: { $0.range.lowerBound == start && $0.kind == .organization }) { return (verb, target.id) }
        }
        return nil
    }

    /// The country the document mentions most ("our nation").
    func mainCountry() -> Int? {
        entities.filter { $0.kind == .country }.max { $0.sentences.count < $1.sentences.count }?.id
    }
}

extension ExtractionWork {
    /// Parties named with the agreement word itself: its title ("the Australia–Japan Critical Minerals
    /// Partnership"), or a list right after it ("the partnership between A and B", "the Agreement signed by A and B").
    func partiesNamed(by kind: KindMention, _ m: [Mention], _ t: [Token]) -> [Int]? {
        if let pair = titleParties(before: kind.range.lowerBound, m, t) { return pair }
        var marker = kind.range.upperBound
        if marker < t.count, let verb = lexicons.cues.match(.signing, t, at: marker) { marker += verb }
        guard marker < t.count, t[marker].folded == "between" || t[marker].folded == "by" && marker > kind.range.upperBound else { return nil }
        let parties = partiesAfter(marker + 1, m, t)
        return parties.count >= 2 ? parties : nil
    }

    /// "A–B" (or "A-B", "A/B") at the start of the capitalised title that ends at `end`, A and B countries or organisations.
    private func titleParties(before end: Int, _ m: [Mention], _ t: [Token]) -> [Int]? {
        var start = end
        while start > 0, t[start - 1].isCapitalised || ["\u{2013}", "-", "/", "."].contains(t[start - 1].text) { start -= 1 }
        let inTitle = m.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end && ($0.kind == .country || $0.kind == .organization) }
        guard inTitle.count >= 2, inTitle[0].range.lowerBound == start,
              inTitle[1].range.lowerBound == inTitle[0].range.upperBound + 1,
              ["\u{2013}", "-", "/"].contains(t[inTitle[0].range.upperBound].text), inTitle[0].id != inTitle[1].id else { return nil }
        return [inTitle[0].id, inTitle[1].id]
    }

    /// The parties of a subject that names no one: "the two countries/sides/leaders signed" are the first two
    /// countries named before the verb, going back at most two sentences; "The company signed" is the organisation that the
    /// nearest earlier sentence opens with. Nil when the subject is not such a phrase or the reference is unclear.
    func partiesReferred(before verb: Int, in s: Int) -> [Int]? {
        let t = analyses[s].tokens
        // "both have signed": "both" right before the verb and its auxiliary.
        let both = (max(0, verb - 2)..<verb).contains { t[$0].folded == "both" } && (max(0, verb - 2)..<verb).allSatisfy { ["both", "have", "had"].contains(t[$0].folded) }
        guard let the = both ? max(0, verb - 2) : (0..<verb).last(where: { t[$0].folded == "the" }), verb - the <= 6, the + 2 < t.count else { return nil }
        let plural: WordSet = ["countries", "nations", "sides", "governments", "leaders", "states"]
        if both || t[the + 1].folded == "two", both || (the + 2..<max(the + 2, min(verb, the + 4))).contains(where: { plural.contains(t[$0]) }) {
            // Countries named before the verb in this sentence, then in the two sentences before it.
            var distinct: [Int] = []
            for sentence in [s, s - 1, s - 2] where sentence >= 0 {
                let named = mentions(sentence).filter { $0.kind == .country && (sentence < s || $0.range.upperBound <= verb) }
                for country in named where !distinct.contains(country.id) { distinct.append(country.id) }
                if distinct.count >= 2 { break }
            }
            return distinct.count == 2 ? distinct : nil
        }
        guard the == 0, ["company", "firm", "group", "miner", "producer"].contains(t[1].folded) else { return nil }
        return organizationTalkedAbout(before: s).map { [$0] }
    }
}
