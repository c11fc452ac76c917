import KGGraph
import KGText

/// Memberships stated as lists: "X was launched by A with B, C and D", "X, bringing together A, B and C",
/// "its members include A and B", "the Quad – A, B, C and D –", "A joined in 2023, and B and C followed".
extension ExtractionWork {
    /// The words after which a list names the members of the body named before them.
    private static let memberListCues: [[String]] = [
        ["bringing", "together"], ["brings", "together"], ["members", "include"], ["members", "including"], ["comprising"],
        ["which", "groups"], ["whose", "members", "are"], ["members", "are"],
    ]

    /// Head nouns of bodies that countries take part in, as opposed to funds or companies they own.
    private static let forumHeads: WordSet = ["group", "commission", "council", "forum", "committee", "dialogue", "partnership",
                                                  "initiative", "alliance", "club", "network", "board", "summit"]

    mutating func memberships(_ s: Int) {
        let t = analyses[s].tokens, sentence = analyses[s].sentence, m = mentions(s)
        func isBody(_ mention: Mention) -> Bool { mention.kind == .organization }
        func record(_ members: [Int], _ body: Int) {
            for member in members where member != body && entities[member].kind != .person { add(member, .participatesIn, .entity(body), sentence, rule: "participatesIn.member-list") }
        }
        // "X was launched (by A) (in June 2022) with B, C and D" / "A launched X with B and C".
        for index in t.indices where t[index].folded == "launched" {
            let passive = index > 0 && ["was", "were", "been"].contains(t[index - 1].folded)
            var founders: [Int] = []
            let body: Mention?
            if passive {
                body = m.last { $0.range.upperBound <= index - 1 && isBody($0) }
                if index + 1 < t.count, t[index + 1].folded == "by" { founders = partiesAfter(index + 2, m, t) }
            } else {
                body = m.first { $0.range.lowerBound > index && $0.range.lowerBound <= index + 3 && isBody($0) }
                founders = partiesBefore(index, m, t)
            }
            guard let body, let with = t.indices.first(where: { $0 > index && $0 - index <= 12 && t[$0].folded == "with" }),
                  !endsClause(index..<with, t) else { continue }
            let listed = partiesAfter(with + 1, m, t)
            guard listed.count >= 2 else { continue }
            record(founders + listed, body.id)
        }
        // "X, bringing together A, B and C"; "its members include A, B and C".
        for index in t.indices {
            guard let cue = Self.memberListCues.first(where: { cue in
                index + cue.count <= t.count && cue.indices.allSatisfy { t[index + $0].folded == cue[$0] }
            }) else { continue }
            var body = m.last { $0.range.upperBound <= index && isBody($0) }
            // "Its (founding) members include A, B and C": the body the text is about, never one of the list.
            if body == nil, index > 0, t[index - 1].folded == "its" || index > 1 && t[index - 2].folded == "its" { body = forum(before: s) }
            guard let body, index - body.range.upperBound <= 3 || t[max(0, index - 2)..<index].contains(where: { $0.folded == "its" }) else { continue }
            let listed = partiesAfter(index + cue.count, m, t)
            if listed.count >= 2 { record(listed, body.id) }
        }
        // "the Quad – Australia, India, Japan and the United States –": countries in a dash or bracket after a body.
        for body in m where isBody(body) && body.range.upperBound + 1 < t.count && ["\u{2013}", "\u{2014}", "("].contains(t[body.range.upperBound].text) {
            let listed = partiesAfter(body.range.upperBound + 1, m, t)
            if listed.count >= 2, listed.allSatisfy({ entities[$0].kind == .country }) { record(listed, body.id) }
        }
        // "the India-Russia Working Group": the two countries of a body's name take part in it (a fund they set up is no such body).
        for body in m where isBody(body) {
            let name = Tokenizer.tokens(of: body.span.name)
            guard name.contains(where: { Self.forumHeads.contains($0) }), let first = lexicons.countries.match(name, at: 0), first.length + 1 < name.count,
                  ["\u{2013}", "-", "/"].contains(name[first.length].text), !name[first.length].spaceBefore,
                  let second = lexicons.countries.match(name, at: first.length + 1), first.length + 1 + second.length < name.count else { continue }
            let members = [first.value, second.value].compactMap { entity(named: $0, kind: .country) }
            if members.count == 2 { record(members, body.id) }
        }
        joinedWithoutObject(s)
    }

    /// The body the nearest earlier sentences name (up to two back), the last one named: what "its members" refers to.
    private func forum(before s: Int) -> Mention? {
        for earlier in stride(from: s - 1, through: max(0, s - 2), by: -1) {
            if let body = mentions(earlier).last(where: { mention in
                mention.kind == .organization && Tokenizer.tokens(of: mention.span.name).last.map { Self.forumHeads.contains($0) } ?? false
            }) { return body }
        }
        return nil
    }

    /// "India joined in June 2023, and Italy, Norway and Estonia followed": joined the body the last sentence
    /// opened with ("The Minerals Security Partnership (MSP) was launched...").
    private mutating func joinedWithoutObject(_ s: Int) {
        let t = analyses[s].tokens, sentence = analyses[s].sentence, m = mentions(s)
        guard s > 0, let joined = t.indices.first(where: { t[$0].folded == "joined" }), joined + 1 < t.count,
              !m.contains(where: { $0.range.lowerBound > joined && $0.range.lowerBound <= joined + 2 }),
              let body = mentions(s - 1).first(where: { $0.kind == .organization && $0.range.lowerBound <= 1 }) else { return }
        var members = partiesBefore(joined, m, t)
        if let followed = t.indices.first(where: { $0 > joined && t[$0].folded == "followed" }),
           let comma = (joined..<followed).first(where: { t[$0].text == "," }), comma + 1 < followed, t[comma + 1].folded == "and" {
            members += partiesAfter(comma + 2, m, t).filter { id in m.contains { $0.id == id && $0.range.upperBound <= followed } }
        }
        for member in members where member != body.id { add(member, .participatesIn, .entity(body.id), sentence, rule: "participatesIn.joined") }
    }
}
