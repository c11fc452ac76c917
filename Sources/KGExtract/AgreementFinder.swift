import KGGraph
import KGText

/// Agreements: a new one where an agreement word meets a signing verb and named parties;
/// "the agreement", "the MoU", "these partnerships" refer back to the last ones found.
extension ExtractionWork {
    /// Kinds that are only generic words ("agreement", "partnership"); a specific kind replaces them.
    private var genericKinds: Set<String> { ["Agreement", "Partnership", "Pact", "Deal", "Protocol", "Convention", "Charter"] }
    /// Headline words for an agreement ("minerals deal", "battery pact"): the body's "agreement" replaces them.
    private var headlineKinds: Set<String> { ["Pact", "Deal"] }
    /// The words before an anaphoric agreement word, or before its adjective: "the agreement", "this new arrangement".
    private static let anaphorDeterminers: WordSet = ["the", "this", "these", "that", "such", "today's", "'s"]

    /// The kind a signing sentence's `kind` gives an agreement now of kind `current`, if it refines it:
    /// a specific kind ("MoU") refines a generic one, "agreement" refines "deal".
    private func refinement(of current: String?, by kind: String?) -> String? {
        guard let kind, let current, kind != current, genericKinds.contains(current) else { return nil }
        if !genericKinds.contains(kind) || kind == "Agreement" && headlineKinds.contains(current) { return kind }
        return nil
    }

    mutating func findAgreements() {
        var group: [Int] = []
        var listMode = false
        var scopeMode = false
        // Whether the last sentence had the agreement as its subject ("The memorandum was signed..."),
        // so that a sentence opening with "It" goes on about it ("It covers nickel mining").
        var agreementWasSubject = false
        for s in analyses.indices {
            let a = analyses[s], t = a.tokens, sentence = a.sentence, m = mentions(s)
            let continuesSubject = agreementWasSubject
            agreementWasSubject = false
            if listMode, let first = m.first, first.kind == .organization, first.range.lowerBound <= 1 {
                let free = group.first { id in objects(of: id, .party).count < 2 }
                let target = free ?? cloneAgreement(group.last, sentence)
                if let target {
                    add(target, .party, .entity(first.id), sentence, rule: "party.referring-agreement")
                    mention(agreement: target, sentence: sentence)
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
            if continuesSubject, t.first?.folded == "it", !group.isEmpty {
                for id in group { mention(agreement: id, sentence: sentence) }
                concerns(group, m, sentence)
                agreementWasSubject = true
                continue
            }
            let acquired = acquisition(m, t)
            let signing = lexicons.cues.occurrences(.signing, t, in: t.indices).first { index, _ in
                index == 0 || !["the", "a", "its", "their"].contains(t[index - 1].folded)
            }?.index ?? acquired?.verb ?? announcement(a)
            // "the agreement", "this new arrangement", "today's accord".
            let anaphors = t.indices.filter { index in
                guard index > 0, lexicons.cues.contains(.anaphor, word: t[index]) else { return false }
                let determiners = Self.anaphorDeterminers
                let adjective = index > 1 && !t[index - 1].isCapitalised && t[index - 1].isWord && determiners.contains(t[index - 2])
                return determiners.contains(t[index - 1]) || adjective
            }
            // "the partnership between X and Y" introduces an agreement despite its article.
            // So does "X and Y signed their own agreement".
            let fresh = a.kinds.filter { kind in
                // "The agreement was signed in X by A and B" with no agreement before it introduces one too.
                let introduced = kind.range.upperBound < t.count && t[kind.range.upperBound].folded == "between"
                    || ["its", "their"].contains(kind.determiner ?? "") && signing.map { $0 < kind.range.lowerBound && kind.range.lowerBound - $0 <= 4 } ?? false
                    || group.isEmpty && signing.map { $0 > kind.range.lowerBound && partiesListed(after: $0, m, t) != nil } ?? false
                return (!kind.isAnaphoric || introduced) && !isParenthesised(kind.range, t)
            }
            var handled = false
            var used: Range<Int>?
            if !fresh.isEmpty, let verb = signing {
                let kind = (fresh.first { !genericKinds.contains($0.kind) } ?? fresh[0])
                used = kind.range
                let withIndex = t.indices.first { $0 > min(verb, kind.range.lowerBound) && t[$0].folded == "with" }
                var subjects = partiesReferred(before: verb, in: s) ?? partiesBefore(verb, m, t)
                var counterparts = withIndex.map { partiesAfter($0 + 1, m, t) } ?? []
                if let acquired, acquired.verb == verb { counterparts.append(acquired.target) }
                if subjects.count + counterparts.count < 2, let listed = partiesListed(after: min(verb, kind.range.lowerBound), m, t) ?? partiesNamed(by: kind, m, t) {
                    (subjects, counterparts) = (listed, [])
                }
                // A plural kind with counterparts but no subject would give agreements of one party each.
                let complete = Set(subjects + counterparts).count >= 2 && !(subjects.isEmpty && kind.plural)
                if complete || group.isEmpty && !subjects.isEmpty && kind.plural && counterparts.isEmpty,
                   !isNegated(verb, kind.range, t) {
                    handled = true
                    let existing = sameAgreement(parties: subjects + counterparts, kind: kind.kind, group: group)
                    var created: [Int] = []
                    if let match = existing {
                        created = [match]
                        let specific = a.kinds.first { !genericKinds.contains($0.kind) }?.kind ?? kind.kind
                        mention(agreement: match, sentence: sentence, adopting: refinement(of: entities[match].agreementKind, by: specific))
                    } else if kind.plural && counterparts.count > 1 {
                        for counterpart in counterparts { created.append(create(kind.kind, subjects + [counterpart], sentence)) }
                    } else if kind.plural && subjects.count > 1 && counterparts.count == 1 {
                        // "A and B have signed memoranda with C": one each.
                        for subject in subjects { created.append(create(kind.kind, [subject] + counterparts, sentence)) }
                    } else if counterparts.isEmpty && kind.plural, let count = SentenceAnalyzer.numbers[kind.determiner ?? ""] {
                        for _ in 0..<count { created.append(create(kind.kind, subjects, sentence)) }
                    } else {
                        created = [create(kind.kind, subjects + counterparts, sentence)]
                    }
                    group = created
                    details(group, s, verb, sentence)
                    if withIndex.map({ $0 + 1 < t.count && t[$0 + 1].text == ":" }) ?? false { listMode = true }
                }
            }
            if let verb = signing {
                for kind in fresh where !isNegated(verb, kind.range, t) {
                    // "... similar MoUs with A and B, and earlier agreements with C": the sentence's subject with each.
                    var named = partiesNamed(by: kind, m, t).map { [$0] }
                    if named == nil, handled, kind.range != used, kind.range.upperBound < t.count, t[kind.range.upperBound].folded == "with" {
                        let subjects = partiesBefore(verb, m, t)
                        let counterparts = partiesAfter(kind.range.upperBound + 1, m, t).filter { !subjects.contains($0) }
                        if !subjects.isEmpty { named = counterparts.map { subjects + [$0] } }
                    }
                    for parties in named ?? [] where Set(parties).count >= 2 {
                        if let known = sameAgreement(parties: parties, kind: kind.kind, group: group) {
                            mention(agreement: known, sentence: sentence)
                        } else {
                            group = (handled ? group : []) + [create(kind.kind, parties, sentence)]
                            handled = true
                        }
                    }
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
                // A sentence that reports the signing itself ("The memorandum was signed in Jakarta by ...").
                let reportedVerb = signing.flatMap { verb in positions.min().flatMap { isNegated(verb, $0..<($0 + 1), t) ? nil : verb } }
                for id in targets {
                    let kind = reportedVerb == nil ? nil : refinement(of: entities[id].agreementKind, by: a.kinds.first?.kind)
                    mention(agreement: id, sentence: sentence, adopting: kind)
                }
                if let verb = reportedVerb { details(targets, s, verb, sentence) }
                if let first = positions.min(), first <= 4 {
                    concerns(targets, m, sentence)
                    if sentence.text.hasSuffix(":") { scopeMode = true }
                    agreementWasSubject = true
                }
                if t.last?.text == ":", t.count >= 2, t[t.count - 2].folded == "with" { listMode = true }
            }
        }
    }

    /// "X announced a supply agreement with Y": "announced" (or "unveiled") is a signing verb only when an agreement
    /// word follows it within four words; "the agreement, announced today" refers to one already reported.
    private func announcement(_ a: SentenceAnalyzer.Result) -> Int? {
        a.tokens.indices.first { index in
            ["announced", "unveiled"].contains(a.tokens[index].folded)
                && a.kinds.contains { $0.range.lowerBound > index && $0.range.lowerBound - index <= 4 && !$0.isAnaphoric }
        }
    }

    /// Whether the signing is denied or still to come: "signed no binding contracts", "has not yet been
    /// signed", "no agreement has yet been concluded", "plans to sign". Such sentences report no agreement.
    private func isNegated(_ verb: Int, _ kind: Range<Int>, _ t: [Token]) -> Bool {
        let window = max(0, min(verb, kind.lowerBound) - 4)..<min(t.count, max(verb, kind.upperBound) + 2)
        // "to sign", "will sign", "an attempt to sign ... collapsed": a signing to come, or one that failed.
        let unrealised = verb > 0 && ["to", "will", "would", "could", "may", "might", "should", "must"].contains(t[verb - 1].folded)
        return unrealised || window.contains { ["no", "not", "never", "yet", "n't", "without"].contains(t[$0].folded) }
    }

    /// An agreement already found with exactly these parties: one of the current group, or an earlier one of a
    /// kind that `kind` names or refines ("the MoU ... that the EU and Argentina signed" after "partnerships with Chile and Argentina").
    private func sameAgreement(parties: [Int], kind: String, group: [Int]) -> Int? {
        let wanted = Set(parties.map { ExtractedFact.Object.entity($0) })
        let candidates = entities.filter { $0.kind == .agreement && Set(objects(of: $0.id, .party)) == wanted }
        if let inGroup = candidates.first(where: { group.contains($0.id) }) { return inGroup.id }
        return candidates.first { $0.agreementKind == kind || genericKinds.contains($0.agreementKind ?? "") || genericKinds.contains(kind) }?.id
    }

    private func isParenthesised(_ range: Range<Int>, _ t: [Token]) -> Bool {
        range.lowerBound > 0 && t[range.lowerBound - 1].text == "(" && range.upperBound < t.count && t[range.upperBound].text == ")"
    }

    private mutating func create(_ kind: String, _ parties: [Int], _ sentence: Sentence) -> Int {
        let id = newAgreement(kind: kind, sentence: sentence)
        for party in parties { add(id, .party, .entity(party), sentence, rule: "party.signing-clause") }
        return id
    }

    private mutating func cloneAgreement(_ source: Int?, _ sentence: Sentence) -> Int? {
        guard let source, let kind = entities[source].agreementKind else { return nil }
        let id = newAgreement(kind: kind, sentence: sentence)
        for case .entity(let party) in objects(of: source, .party).prefix(1) { add(id, .party, .entity(party), sentence, rule: "party.cloned-agreement") }
        return id
    }
}
