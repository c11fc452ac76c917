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
                if mention.kind == .place, let container = statedContainer(of: mention, m, t) {
                    add(mention.id, .locatedIn, .entity(container.id), sentence,
                        rule: container.kind == .country ? "locatedIn.place-country" : "locatedIn.place-in-place")
                }
                guard mention.kind == .organization else {
                    if mention.kind == .person { affiliations(of: mention, in: s) }
                    continue
                }
                if let country = mention.span.demonymCountry, !isAbroad(mention.span.name), let id = entity(named: country, kind: .country) {
                    add(mention.id, .basedIn, .entity(id), sentence, rule: "basedIn.demonym")
                }
                let start = mention.range.lowerBound
                if start >= 2, t[start - 1].text == "'s", let owner = m.last(where: { $0.range.upperBound == start - 1 }), owner.kind == .country,
                   !isEvent(mention.span.name) {
                    add(mention.id, .basedIn, .entity(owner.id), sentence, rule: "basedIn.country-possessive")
                }
                if let seat = m.first(where: { $0.kind == .place && $0.range.upperBound == mention.range.upperBound && $0.range.lowerBound > mention.range.lowerBound }) {
                    add(mention.id, .basedIn, .entity(seat.id), sentence, rule: "basedIn.place-in-name")
                }
                var next = mention.range.upperBound
                if next < t.count, t[next].text == ")" { next += 1 }
                if next < t.count, [",", "in"].contains(t[next].folded), let place = m.first(where: { $0.range.lowerBound == next + 1 }),
                   place.kind == .place, place.range.upperBound == t.count || !t[place.range.upperBound].isCapitalised, !isEvent(mention.span.name) {
                    add(mention.id, .basedIn, .entity(place.id), sentence, rule: "basedIn.org-comma-place")
                }
            }
            cueRelations(s, a, m)
            patternRelations(s)
            memberships(s)
        }
    }

    /// The country or larger place the text puts a place in: "Kuantan, Malaysia", "Jadar in Serbia", "Sudbury and
    /// Voisey's Bay in Canada", "Namibia's Tsau Khaeb National Park", "Fort Worth, Texas", "the Kabanga nickel deposit
    /// in Ngara District", "Araxá, in the state of Minas Gerais". Only what the sentence says, never the lexicon alone;
    /// a list of places ("Perth, Sydney and Melbourne") puts none inside another.
    private func statedContainer(of place: Mention, _ m: [Mention], _ t: [Token]) -> Mention? {
        let start = place.range.lowerBound
        if start >= 2, t[start - 1].text == "'s", let owner = m.first(where: { $0.range.upperBound == start - 1 }),
           owner.kind == .country || owner.kind == .place {
            return consistent(place, in: owner) ? owner : nil
        }
        var cursor = place.range.upperBound
        // "the Indonesia Morowali Industrial Park (IMIP) in Central Sulawesi": past the short form.
        if cursor + 2 < t.count, t[cursor].text == "(", t[cursor + 2].text == ")" { cursor += 3 }
        if let region = lexicons.cues.match(.region, t, at: cursor) { cursor += region }
        // "Fort Worth, Texas": the place after a comma, unless it is the next item of a list ("Perth, Sydney and Melbourne").
        if cursor + 1 < t.count, t[cursor].text == ",", let next = area(at: cursor + 1, m, t),
           next.kind == .country || !isListContinued(after: next, m, t) {
            return consistent(place, in: next) ? next : nil
        }
        // "Sudbury and Voisey's Bay in Canada": the other places of a list share its container.
        var listed = false
        while cursor + 1 < t.count, [",", "and"].contains(t[cursor].folded),
              let next = m.first(where: { $0.range.lowerBound == cursor + 1 + (t[cursor + 1].folded == "and" ? 1 : 0) }), next.kind == .place {
            listed = true
            cursor = next.range.upperBound
            if let region = lexicons.cues.match(.region, t, at: cursor) { cursor += region }
        }
        // "the Centenario lithium project in Argentina": the site's minerals and nouns before "in".
        while cursor < t.count {
            if let mineral = m.first(where: { $0.kind == .mineral && $0.range.lowerBound == cursor }) {
                cursor = mineral.range.upperBound
            } else if t[cursor].text == "-" {
                cursor += 1
            } else if let noun = lexicons.cues.match(.site, t, at: cursor) {
                cursor += noun
            } else { break }
        }
        guard cursor + 1 < t.count else { return nil }
        if t[cursor].text == ",", t[cursor + 1].folded == "in" { cursor += 1 }
        if listed, t[cursor].text == ",", let country = area(at: cursor + 1, m, t), country.kind == .country {
            return consistent(place, in: country) ? country : nil
        }
        guard t[cursor].folded == "in", let container = area(at: cursor + 1, m, t) else { return nil }
        return consistent(place, in: container) ? container : nil
    }

    /// The country or place a phrase names at `index`, read past "the" and "the state of" ("in the Atacama region",
    /// "in the state of Minas Gerais"); nil when it is a possessive modifier ("in Zambia's North-Western Province").
    private func area(at index: Int, _ m: [Mention], _ t: [Token]) -> Mention? {
        var cursor = index
        if cursor < t.count, t[cursor].folded == "the" { cursor += 1 }
        if cursor + 1 < t.count, lexicons.cues.match(.region, t, at: cursor) == 1, t[cursor + 1].folded == "of" { cursor += 2 }
        guard let found = m.first(where: { $0.range.lowerBound == cursor && ($0.kind == .country || $0.kind == .place) }) else { return nil }
        if found.range.upperBound < t.count, t[found.range.upperBound].text == "'s" { return nil }
        return found
    }

    /// Whether another place follows a place as the next item of a list ("Perth, Sydney and Melbourne").
    private func isListContinued(after place: Mention, _ m: [Mention], _ t: [Token]) -> Bool {
        var cursor = place.range.upperBound
        if let region = lexicons.cues.match(.region, t, at: cursor) { cursor += region }
        guard cursor + 1 < t.count, [",", "and", "or"].contains(t[cursor].folded) else { return false }
        cursor += 1
        if cursor < t.count, ["and", "or"].contains(t[cursor].folded) { cursor += 1 }
        return m.contains { $0.range.lowerBound == cursor && $0.kind == .place }
    }

    /// Whether the lexicon allows `place` to lie in `container`: both in one country, or the place in that country.
    private func consistent(_ place: Mention, in container: Mention) -> Bool {
        guard let known = lexicons.placeCountries[place.span.canonical ?? ""] else { return true }
        switch container.kind {
        case .country: return known == container.span.canonical
        default: return lexicons.placeCountries[container.span.canonical ?? ""].map { $0 == known } ?? true
        }
    }

    /// Whether a name is an event's or a programme's ("Future Minerals Forum", "National Critical Mineral
    /// Mission"): held or run in a place, not based there.
    private func isEvent(_ name: String) -> Bool {
        guard let last = Tokenizer.tokens(of: name).last?.folded else { return false }
        return ["forum", "summit", "conference", "congress", "exhibition", "expo", "week", "festival", "show", "fair",
                "mission", "programme", "program", "initiative", "strategy", "plan"].contains(last)
    }

    private func isAbroad(_ name: String) -> Bool {
        Tokenizer.tokens(of: name).contains { lexicons.cues.contains(.abroad, word: $0) }
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
            add(subject.id, .partOf, .entity(object.id), sentence, rule: "partOf.cue")
        }
        ownedUnits(s, m)
        for (index, length) in lexicons.cues.occurrences(.basedIn, t, in: t.indices) {
            guard let place = m.first(where: { $0.range.lowerBound == index + length && ($0.kind == .place || $0.kind == .country) }),
                  let nearest = orgs.last(where: { $0.range.upperBound <= index }) else { continue }
            // "headquartered in London and Melbourne": every place of the list.
            var seats = [place]
            while let last = seats.last, last.range.upperBound + 1 < t.count, t[last.range.upperBound].folded == "and",
                  let next = m.first(where: { $0.range.lowerBound == last.range.upperBound + 1 && $0.kind == .place }) {
                seats.append(next)
            }
            for seat in seats { add(head(of: nearest, in: m, t).id, .basedIn, .entity(seat.id), sentence, rule: "basedIn.cue") }
        }
        seatPhrases(s, m)
        for (index, length) in lexicons.cues.occurrences(.participatesIn, t, in: t.indices) {
            guard let object = orgs.first(where: { $0.range.lowerBound > index && $0.range.lowerBound <= index + length + 8 }) else { continue }
            // "member of the MSP and the G7": every body of the list.
            let listed = partiesAfter(index + length, m, t).filter { entities[$0].kind == .organization }
            let bodies = listed.isEmpty ? [object.id] : listed
            var owners: [Int] = []
            if index >= 2, t[index - 1].text == "'s", let owner = m.last(where: { $0.range.upperBound == index - 1 }) { owners = [owner.id] }
            if index >= 1, ["its", "their"].contains(t[index - 1].folded) {
                if let referred = partiesReferred(before: index, in: s) {
                    owners = referred
                } else if let owner = m.last(where: { $0.range.upperBound < index && ($0.kind == .country || $0.kind == .organization) }) {
                    owners = [owner.id]
                }
            }
            let members = owners.filter { [.country, .organization].contains(entities[$0].kind) } + members(before: index, m, t).map(\.id)
            for member in members where !isDenied(index, t) {
                for body in bodies { add(member, .participatesIn, .entity(body), sentence, rule: "participatesIn.cue") }
            }
        }
        produces(a, m)
        producingVerbs(s, m)
    }

    /// The subjects of "A and B are members of", "A is a member of", "A joined": countries and
    /// organisations joined by "and" and commas right before the verb.
    private func members(before cue: Int, _ m: [Mention], _ t: [Token]) -> [Mention] {
        var end = cue
        while end > 0, ["a", "an", "are", "is", "were", "was", "have", "has", "both", "all", "also", "become", "became"].contains(t[end - 1].folded) { end -= 1 }
        guard end < cue || t[cue].folded == "joined" else { return [] }
        var found: [Mention] = []
        // "The Geological Survey of Norway (NGU) has joined": the name before its parenthesised short form.
        if end > 0, t[end - 1].text == ")", let open = t[..<end].lastIndex(where: { $0.text == "(" }), end - open <= 4 { end = open }
        while let last = m.last(where: { $0.range.upperBound == end }), last.kind == .country || last.kind == .organization {
            found.append(last)
            end = last.range.lowerBound
            while end > 0, [",", "and", "the", "both"].contains(t[end - 1].folded) { end -= 1 }
        }
        return found
    }

    /// Whether a membership is denied: "is a member of none", "is not a member of".
    private func isDenied(_ cue: Int, _ t: [Token]) -> Bool {
        (max(0, cue - 3)..<min(t.count, cue + 4)).contains { ["not", "none", "neither", "never", "no"].contains(t[$0].folded) }
    }

    /// The organisations a role phrase names, up to where the phrase ends: "Director [of the Chemical
    /// Technology Unit at JSC Rosatom Science]", "Director [of IIT (ISM) Dhanbad and Chairman of the Hub
    /// Governing Board, TEXMiN Foundation]". The phrase is capitalised words, connectors and further roles.
    private func rolePhraseOrganizations(from start: Int, _ m: [Mention], _ t: [Token]) -> [Mention] {
        var found: [Mention] = []
        var cursor = start
        while cursor < t.count, cursor - start <= 24 {
            if let mention = m.first(where: { $0.range.lowerBound == cursor }) {
                guard mention.kind != .person else { break }
                if mention.kind == .organization { found.append(mention) }
                cursor = mention.range.upperBound
                continue
            }
            let token = t[cursor]
            let continues = (token.isCapitalised && token.isWord) || ["of", "for", "at", "from", "and", "the", "(", ")", "&"].contains(token.folded)
                || (token.text == "," && m.contains { $0.range.lowerBound == cursor + 1 && $0.kind == .organization && !isGovernment($0) })
            guard continues else { break }
            cursor += 1
        }
        return found
    }

    /// "Government of India" after a comma qualifies the body before it ("ANRF, Government of India"); it is not
    /// the organisation of the role.
    private func isGovernment(_ mention: Mention) -> Bool {
        mention.span.name.hasPrefix("Government of") || mention.span.name.hasPrefix("the Government of")
    }

    /// A person's organisation, read from the role next to the name: "X, Director of Y", "X, Y's chief
    /// executive", "Y managing director X", "Y's Deputy Director, X", "the President of Y, X", "Y (ACR), whose
    /// minister, X", "On behalf of Y, X". Only the organisation the role belongs to, never others nearby.
    private mutating func affiliations(of person: Mention, in s: Int) {
        let a = analyses[s], t = a.tokens, m = mentions(s)
        var organizations: [Mention] = []
        func organization(at index: Int) -> Mention? {
            let start = index < t.count && t[index].folded == "the" ? index + 1 : index
            return m.first { $0.range.lowerBound == start && $0.kind == .organization }
        }
        func organization(endingAt end: Int) -> Mention? {
            var end = end
            if end > 0, t[end - 1].text == ")", let open = t[..<end].lastIndex(where: { $0.text == "(" }) { end = open }
            return m.last { $0.range.upperBound == end && $0.kind == .organization }
        }
        let after = person.range.upperBound
        if after + 1 < t.count, t[after].text == "," {
            let cursor = t[after + 1].folded == "the" ? after + 2 : after + 1
            if let owner = organization(at: cursor), owner.range.upperBound < t.count, t[owner.range.upperBound].text == "'s",
               let role = lexicons.roles.match(t, at: owner.range.upperBound + 1) {
                setRole(t.surface((owner.range.upperBound + 1)..<(owner.range.upperBound + 1 + role.length)), of: person.id)
                organizations.append(owner)
            } else if let role = lexicons.roles.match(t, at: cursor) {
                setRole(t.surface(cursor..<(cursor + role.length)), of: person.id)
                organizations += rolePhraseOrganizations(from: cursor + role.length, m, t)
            }
        }
        let start = person.range.lowerBound
        // "Minister Yaw Mensah of the Ministry of Mines": a titled name followed by "of"/"at" and an organisation.
        if start >= 1, lexicons.roles.match(t, at: max(0, start - 1)) != nil || lexicons.titles.match(t, at: max(0, start - 1)) != nil,
           after + 1 < t.count, ["of", "at"].contains(t[after].folded), let owner = organization(at: after + 1) {
            organizations.append(owner)
        }
        let roleEnd = start >= 1 && t[start - 1].text == "," ? start - 1 : start
        for roleStart in stride(from: roleEnd - 1, through: max(0, roleEnd - 12), by: -1) {
            guard let role = lexicons.roles.match(t, at: roleStart) else { continue }
            let end = roleStart + role.length
            if end == roleEnd {
                setRole(t.surface(roleStart..<end), of: person.id)
                let previous = roleStart - 1
                if previous >= 0, t[previous].folded == "its" {
                    // "Its CEO X": the sentence's organisation, else the one the text is talking about.
                    if let owner = m.first(where: { $0.kind == .organization }) {
                        organizations.append(owner)
                    } else if let owner = organizationTalkedAbout(before: s) {
                        add(person.id, .affiliatedWith, .entity(owner), a.sentence, rule: "affiliatedWith.its-role")
                    }
                } else if previous >= 2, t[previous].isWord, !t[previous].isCapitalised, t[previous - 1].text == "'s",
                          let owner = organization(endingAt: previous - 1) {
                    // "Renault's purchasing chief X": one qualifying word between the owner and the role.
                    organizations.append(owner)
                } else if previous >= 1, t[previous].text == "'s" || t[previous].folded == "whose" {
                    let ownerEnd = t[previous].folded == "whose" && t[previous - 1].text == "," ? previous - 1 : previous
                    if let owner = organization(endingAt: ownerEnd) { organizations.append(owner) }
                } else if let owner = organization(endingAt: roleStart) {
                    organizations.append(owner)
                }
                break
            }
            // "the Minister of Mines and Energy, Alexandre Silveira": the ministry of that portfolio, when the text names it.
            if end < roleEnd, ["of", "for"].contains(t[end].folded), t[roleStart].folded == "minister",
               (end + 1..<roleEnd).allSatisfy({ t[$0].isCapitalised || ["and", ",", "&"].contains(t[$0].folded) }),
               let ministry = entity(named: "Ministry " + t.surface(end..<roleEnd), kind: .organization) {
                setRole(t.surface(roleStart..<roleEnd), of: person.id)
                add(person.id, .affiliatedWith, .entity(ministry), a.sentence, rule: "affiliatedWith.minister-ministry")
                break
            }
            if end < roleEnd, ["of", "at"].contains(t[end].folded), let owner = organization(at: end + 1),
               owner.range.upperBound == roleEnd || (owner.range.upperBound < t.count && t[owner.range.upperBound].text == "(" && roleEnd - owner.range.upperBound <= 4) {
                setRole(t.surface(roleStart..<end), of: person.id)
                organizations.append(owner)
                break
            }
        }
        for (index, length) in lexicons.cues.occurrences(.behalf, t, in: 0..<start) {
            if let org = m.first(where: { $0.range.lowerBound == index + length && $0.kind == .organization }) { organizations.append(org) }
        }
        // "X, chief executive of Y, is chairman of Z": the predicate's role too.
        var cursor = person.range.upperBound
        if cursor < t.count, t[cursor].text == ",", let close = (cursor + 1..<min(t.count, cursor + 16)).first(where: { t[$0].text == "," }) { cursor = close + 1 }
        if cursor + 1 < t.count, ["is", "was", "became", "remains"].contains(t[cursor].folded) {
            let roleStart = t[cursor + 1].folded == "the" ? cursor + 2 : cursor + 1
            if let role = lexicons.roles.match(t, at: roleStart), roleStart + role.length < t.count, ["of", "at"].contains(t[roleStart + role.length].folded),
               let owner = organization(at: roleStart + role.length + 1) {
                setRole(t.surface(roleStart..<(roleStart + role.length)), of: person.id)
                organizations.append(owner)
            }
        }
        for org in organizations { add(person.id, .affiliatedWith, .entity(org.id), a.sentence, rule: "affiliatedWith.role") }
        if organizations.isEmpty, let issuer = issuer(spokenFor: person, in: s) {
            add(person.id, .affiliatedWith, .entity(issuer), a.sentence, rule: "affiliatedWith.issuer-executive")
        }
    }

    /// "Managing Director and Chief Executive Officer Tony Ottaviano said …": a sentence that opens with a firm's
    /// executive titles and then a name that speaks names no firm; the firm is the one the article opens with.
    private func issuer(spokenFor person: Mention, in s: Int) -> Int? {
        let t = analyses[s].tokens
        var cursor = 0, executive = false
        while cursor < person.range.lowerBound {
            if let length = lexicons.cues.match(.executive, t, at: cursor) {
                executive = true
                cursor += length
            } else if let role = lexicons.roles.match(t, at: cursor) {
                cursor += role.length
            } else if ["and", ",", "&"].contains(t[cursor].folded), cursor > 0 {
                cursor += 1
            } else { return nil }
        }
        guard executive, cursor == person.range.lowerBound, person.range.upperBound < t.count,
              ["said", "says", "added", "noted", "commented"].contains(t[person.range.upperBound].folded),
              !mentions(s).contains(where: { $0.kind == .organization && $0.range.lowerBound < person.range.lowerBound }) else { return nil }
        return analyses.indices.lazy.compactMap { self.mentions($0).first { $0.kind == .organization }?.id }.first
    }
}
