import KGGraph
import KGText

/// Where organisations are based and whose units they are, from phrasings beyond the plain cues of
/// `relation-cues.tsv`; and the organisation a text is about, which "It", "Its" and "The company" refer to.
extension ExtractionWork {
    /// The organisation "It", "Its" or "The company" at the start of sentence `s` refers to: the one the nearest
    /// earlier sentence opens with, passing over sentences that open with "It" themselves (at most three back).
    func organizationTalkedAbout(before s: Int) -> Int? {
        for earlier in stride(from: s - 1, through: max(0, s - 3), by: -1) {
            if let first = mentions(earlier).first, first.kind == .organization, first.range.lowerBound <= 1 { return first.id }
            guard let opening = analyses[earlier].tokens.first?.folded, ["it", "its"].contains(opening) else { return nil }
        }
        return nil
    }

    /// "Vale, through its listed unit PT Vale Indonesia", "Its subsidiary X operates", "Renault's electric vehicle
    /// unit Ampere": the unit is part of the organisation "its" refers to (the nearest one before it or, at the
    /// start of a sentence, the one the text is talking about), or of the organisation of the possessive.
    mutating func ownedUnits(_ s: Int, _ m: [Mention]) {
        let a = analyses[s], t = a.tokens
        for its in t.indices where t[its].folded == "its" || t[its].text == "'s" {
            guard let noun = (its + 1..<min(t.count, its + 4)).first(where: { ["unit", "subsidiary", "arm", "division", "affiliate"].contains(t[$0].folded) }),
                  (its + 1..<noun).allSatisfy({ t[$0].isWord && !t[$0].isCapitalised }),
                  let unit = m.first(where: { $0.range.lowerBound == noun + 1 && $0.kind == .organization }) else { continue }
            var owner = m.last { $0.range.upperBound <= its && $0.kind == .organization }?.id
            if t[its].text == "'s" {
                owner = m.last { $0.range.upperBound == its && $0.kind == .organization }?.id
            } else if its == 0 {
                owner = organizationTalkedAbout(before: s)
            }
            if let owner, owner != unit.id { add(unit.id, .partOf, .entity(owner), a.sentence, rule: "partOf.owned-unit") }
        }
    }

    /// "Perth-based Lynas", "in Frankfurt, where KfW has its headquarters", "METI (...) of Japan", "the Chilean state
    /// copper company Codelco", and "Its headquarters are in Philadelphia" after a sentence about the firm.
    mutating func seatPhrases(_ s: Int, _ m: [Mention]) {
        let a = analyses[s], t = a.tokens
        for firm in m where firm.kind == .organization {
            var end = firm.range.upperBound
            if end < t.count, t[end].text == "(", let close = t[end...].firstIndex(where: { $0.text == ")" }) { end = close + 1 }
            if end + 1 < t.count, t[end].folded == "of", let country = m.first(where: { $0.range.lowerBound == end + 1 && $0.kind == .country }),
               country.range.upperBound == t.count || t[country.range.upperBound].text != "'s" {
                add(firm.id, .basedIn, .entity(country.id), a.sentence, rule: "basedIn.org-of-country")
            }
            var start = firm.range.lowerBound
            var described = false
            while start > 0, start - firm.range.lowerBound > -4, t[start - 1].isWord, !t[start - 1].isCapitalised {
                start -= 1
                if lexicons.cues.match(.orgNoun, t, at: start) != nil || lexicons.cues.match(.produces, t, at: start) != nil { described = true }
            }
            if described, start > 0, let country = a.demonyms[start - 1], let id = entity(named: country, kind: .country) {
                add(firm.id, .basedIn, .entity(id), a.sentence, rule: "basedIn.demonym-description")
            }
            // "Chile's state copper company Codelco".
            if described, start > 1, t[start - 1].text == "'s", let owner = m.last(where: { $0.range.upperBound == start - 1 }), owner.kind == .country {
                add(firm.id, .basedIn, .entity(owner.id), a.sentence, rule: "basedIn.possessive-description")
            }
        }
        if t.count > 4, t[0].folded == "its", t[1].folded == "headquarters", ["are", "is"].contains(t[2].folded), t[3].folded == "in",
           let place = m.first(where: { $0.range.lowerBound == 4 && ($0.kind == .place || $0.kind == .country) }),
           let firm = organizationTalkedAbout(before: s) {
            add(firm, .basedIn, .entity(place.id), a.sentence, rule: "basedIn.its-headquarters")
        }
        for place in m where place.kind == .place || place.kind == .country {
            let end = place.range.upperBound
            if end + 2 < t.count, t[end].text == "-", t[end + 1].folded == "based",
               let firm = m.first(where: { $0.kind == .organization && $0.range.lowerBound > end + 1 && $0.range.lowerBound <= end + 4 }),
               (end + 2..<firm.range.lowerBound).allSatisfy({ t[$0].isWord && !t[$0].isCapitalised }) {
                add(firm.id, .basedIn, .entity(place.id), a.sentence, rule: "basedIn.place-based")
            }
            if end + 2 < t.count, t[end].text == ",", t[end + 1].folded == "where",
               let firm = m.first(where: { $0.kind == .organization && $0.range.lowerBound == end + 2 }) {
                let rest = (firm.range.upperBound..<min(t.count, firm.range.upperBound + 3)).map { t[$0].folded }
                if rest == ["has", "its", "headquarters"] || rest.starts(with: ["is", "based"]) || rest.starts(with: ["is", "headquartered"]) {
                    add(firm.id, .basedIn, .entity(place.id), a.sentence, rule: "basedIn.where-headquartered")
                }
            }
        }
    }
}
