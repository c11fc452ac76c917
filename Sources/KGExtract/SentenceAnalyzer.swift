import KGGraph
import KGText

/// Finds the entity names and agreement words of one sentence from lexicons and the shape of the
/// text: capitalised runs with organisation designators, titles before person names, names in
/// appositions with a role, places after "in".
struct SentenceAnalyzer {
    let lexicons: Lexicons

    /// Connectors that may stand inside a name between capitalised words.
    static let connectors: WordSet = ["of", "for", "and", "&", "on", "de", "du", "da", "del", "la", "von", "van", "der", "des", "e", "y"]
    /// Legal forms after which "and" starts a new name ("Oil India Limited and IREL", "Vasa Cobalt Oy and NBM").
    static let legalForms: WordSet = ["limited", "incorporated", "corporation", "company", "ltd", "inc", "corp", "plc", "llc", "gmbh",
                                          "oy", "oyj", "spa", "srl", "ltda", "tbk", "bhd", "pty", "ab", "as", "asa", "ag", "sa", "nv", "bv", "sas"]

    /// The analysed sentence.
    struct Result {
        let sentence: Sentence
        let tokens: [Token]
        var spans: [Span]
        let kinds: [KindMention]
        /// Country (canonical) of each demonym token, by token index.
        let demonyms: [Int: String]
        /// Capitalised runs no rule typed, candidates for typing by a cue (token ranges).
        let unknownRuns: [Range<Int>]
    }

    func analyze(_ sentence: Sentence) -> Result {
        let tokens = Tokenizer.tokens(of: sentence.text, base: sentence.range.lowerBound)
        var lexical: [Span] = []
        var kinds: [KindMention] = []
        var demonyms: [Int: String] = [:]
        var index = 0
        while index < tokens.count {
            if let match = lexicons.agreementKinds.match(tokens, at: index) {
                kinds.append(kindMention(match, tokens, index))
                index += match.length
            } else if let span = lexicalSpan(tokens, at: index) {
                lexical.append(span)
                index = span.range.upperBound
            } else if tokens[index].isCapitalised, let match = lexicons.demonyms.match(tokens, at: index) {
                for offset in 0..<match.length { demonyms[index + offset] = match.value }
                index += match.length
            } else {
                index += 1
            }
        }
        var spans: [Span] = persons(tokens)
        var unknown: [Range<Int>] = []
        for run in nameRuns(tokens) {
            for part in split(run, tokens) {
                var part = withoutTitledPerson(trimRole(part, tokens), spans, tokens)
                var demonymCountry: String?
                if let country = demonyms[part.lowerBound], part.count > 1 {
                    let rest = (part.lowerBound + 1)..<part.upperBound
                    if isOrganization(rest, tokens), !isLoneDesignator(rest, tokens) {
                        part = trimRole(rest, tokens)
                        demonymCountry = country
                    }
                }
                // "Minister of Energy and Natural Resources": a portfolio, no organisation; "three Central Public
                // Sector Enterprises": a counted description, no name.
                if isPortfolio(part, tokens) || isCounted(part, tokens) { continue }
                let exactLexical = lexical.contains { $0.range == part && $0.kind != .mineral }
                if let country = governedCountry(part, tokens, spans + lexical), !covered(part, by: spans) {
                    spans.append(country)
                } else if isEstate(part, tokens), !covered(part, by: spans) {
                    spans.append(Span(kind: .place, range: part, name: tokens.surface(part)))
                } else if isOrganization(part, tokens), !covered(part, by: spans), !exactLexical, !isBilateralTitle(part, tokens) {
                    spans.append(Span(kind: .organization, range: part, name: tokens.surface(part), demonymCountry: demonymCountry))
                } else if !lexical.contains(where: { $0.range == part }), !covered(part, by: spans), part.count > 0,
                          lexicons.titles.match(tokens, at: part.lowerBound) == nil {
                    unknown.append(part)
                }
            }
        }
        for span in lexical where !covered(span.range, by: spans) && !isInsideName(span, tokens) && !isProduct(span) {
            spans.append(span)
        }
        spans.append(contentsOf: places(tokens, unknown: unknown, taken: spans))
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        extendMissions(&spans, tokens)
        let remaining = unknown.filter { !covered($0, by: spans) || Self.countryLed($0, spans) != nil }
        let named = kinds.filter { kind in !spans.contains { $0.kind == .organization && $0.range.overlaps(kind.range) } }
        return Result(sentence: sentence, tokens: tokens, spans: spans, kinds: named, demonyms: demonyms, unknownRuns: remaining)
    }

    private func kindMention(_ match: Gazetteer<String>.Match, _ t: [Token], _ index: Int) -> KindMention {
        let last = t[index + match.length - 1].folded
        var plural = last.hasSuffix("s") && !last.hasSuffix("ss") || last == "memoranda"
        var determiner: String?
        var back = index - 1
        while back >= 0, index - back <= 4, t[back].isWord {
            let word = t[back].folded
            if Self.determiners.contains(word) || Self.numbers[word] != nil {
                determiner = word
                if let count = Self.numbers[word], count > 1 { plural = true }
                break
            }
            if t[back].isCapitalised && back > 0 || Self.phraseBreaks.contains(word) || lexicons.cues.match(.signing, t, at: back) != nil { break }
            back -= 1
        }
        if back >= 1, t[back].text == "'s", t[back - 1].folded == "today" { determiner = "today's" }
        return KindMention(kind: match.value, range: index..<(index + match.length), determiner: determiner, plural: plural)
    }

    /// Words a determiner of an agreement word is never looked for beyond: verbs and prepositions end its noun phrase.
    static let phraseBreaks: WordSet = ["has", "have", "had", "is", "are", "was", "were", "will", "would", "to", "with", "of", "on", "and", "under", "in", "by"]
    static let determiners: WordSet = ["a", "an", "the", "this", "these", "that", "those", "such", "its", "their", "said", "new"]
    static let numbers: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twin": 2, "several": 3, "multiple": 3]

    /// The longest organisation, place, country or mineral name of the lexicons at `index`.
    private func lexicalSpan(_ t: [Token], at index: Int) -> Span? {
        var candidates: [Span] = []
        func consider(_ kind: Vocabulary.Class, _ match: Gazetteer<String>.Match?) {
            guard let match else { return }
            let range = index..<(index + match.length)
            candidates.append(Span(kind: kind, range: range, name: t.surface(range), canonical: match.value))
        }
        consider(.organization, lexicons.organizations.match(t, at: index))
        consider(.place, lexicons.places.match(t, at: index))
        consider(.country, lexicons.countries.match(t, at: index))
        if let mineral = lexicons.minerals.match(t, at: index), !isVerbUse(t, index) { consider(.mineral, mineral) }
        return candidates.max { $0.range.count < $1.range.count }
    }

    /// Whether a lower-case word that is also a mineral ("lead") is used as a verb: "lead to", "will lead".
    private func isVerbUse(_ t: [Token], _ index: Int) -> Bool {
        guard !t[index].isCapitalised else { return false }
        let next = index + 1 < t.count ? t[index + 1].folded : ""
        let previous = index > 0 ? t[index - 1].folded : ""
        return next == "to" || Self.verbLeaders.contains(previous)
    }

    /// Words after which a mineral word is a verb ("to lead", "will lead").
    private static let verbLeaders: WordSet = ["to", "will", "would", "can", "could", "may", "might", "should", "must"]

    /// Whether a lexicon match is really a word of a longer capitalised name ("Norilsk Nickel",
    /// "Polyus Gold"): a mineral written with a capital next to an unknown capitalised word.
    private func isInsideName(_ span: Span, _ t: [Token]) -> Bool {
        guard span.kind == .mineral, t[span.range.lowerBound].isCapitalised else { return false }
        let before = span.range.lowerBound - 1, after = span.range.upperBound
        let unknownBefore = before >= 0 && isNameWord(t[before]) && lexicalSpan(t, at: before) == nil
        let unknownAfter = after < t.count && isNameWord(t[after]) && lexicalSpan(t, at: after) == nil
        // "Minister of Coal and Mines", "Ministry of Mines, Coal and Parliamentary Affairs": a listed word of a name.
        let listedInName = before >= 1 && (Self.connectors.contains(t[before]) || t[before].text == ",")
            && t[before - 1].isCapitalised && t[before - 1].isWord && lexicalSpan(t, at: before - 1) == nil
        return unknownBefore || unknownAfter || listedInName
    }

    /// Whether a lexicon match is an alloy or other product that names no mineral entity.
    private func isProduct(_ span: Span) -> Bool {
        span.kind == .mineral && lexicons.products.contains(span.canonical ?? "")
    }

    /// A capitalised word that can be part of a name.
    func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalised && !lexicons.nonEntities.contains(token)
            && DateExpression.month(of: token) == nil
    }

    /// Maximal runs of capitalised words joined by connectors, hyphens, initials and
    /// parenthesised continuations ("IREL (India) Limited"), never crossing a possessive.
    private func nameRuns(_ t: [Token]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < t.count {
            guard isNameWord(t[index]) else { index += 1; continue }
            let start = index
            var end = index + 1
            while end < t.count {
                let token = t[end]
                if ["-", "\u{2013}"].contains(token.text), !token.spaceBefore, end + 1 < t.count, !t[end + 1].spaceBefore, t[end + 1].isWord,
                   t[end + 1].isCapitalised || t[end + 1].isNumber {
                    end += 2
                } else if token.text == ".", !token.spaceBefore, t[end - 1].characterCount == 1 || lexicons.designators.match(t, at: end - 1) != nil && t[end - 1].characterCount <= 4 {
                    end += 1
                } else if token.text == "\u{2013}", end + 1 < t.count, isNameWord(t[end + 1]), isOrganization(start..<end, t),
                          lexicons.countries.match(t, at: end + 1) == nil {
                    // "CSIR \u{2013} Institute of ..." goes on; "the Arctic Council \u{2013} Norway, Iceland ..." lists members.
                    end += 1
                } else if isNameWord(token) || (token.isAllCaps && token.isWord) {
                    end += 1
                } else if token.text == ",", continuesPortfolio(start..<end, t) {
                    end += 1
                } else if Self.connectors.contains(token) || token.text == "&", end + 1 < t.count,
                          isNameWord(t[end + 1]) || (t[end + 1].folded == "the" && end + 2 < t.count && isNameWord(t[end + 2]) && token.folded == "of") {
                    end += t[end + 1].folded == "the" ? 2 : 1
                } else if token.text == "(", end + 3 < t.count, t[end + 2].text == ")", t[end + 1].isCapitalised,
                          isNameWord(t[end + 3]) {
                    end += 3
                } else {
                    break
                }
            }
            runs.append(start..<end)
            index = end
        }
        return runs
    }

    /// Whether a comma goes on with a name's portfolio list: "Department of Industry[,] Science and Resources",
    /// "Ministry of Economy[,] Trade and Industry" (a head designator with "of", portfolio words up to "and").
    private func continuesPortfolio(_ run: Range<Int>, _ t: [Token]) -> Bool {
        guard run.contains(where: { index in
            index + 1 < run.upperBound && t[index + 1].folded == "of" && lexicons.designators.match(t, at: index)?.value.contains(.head) == true
        }) else { return false }
        let next = run.upperBound + 1
        guard next + 2 < t.count, lexicons.cues.match(.portfolio, t, at: run.upperBound - 1) != nil || t[run.upperBound - 1].isCapitalised else { return false }
        var cursor = next
        while cursor < t.count, cursor - next < 4, isNameWord(t[cursor]), lexicons.countries.match(t, at: cursor) == nil {
            cursor += 1
        }
        return cursor > next && cursor + 1 < t.count && t[cursor].folded == "and" && isNameWord(t[cursor + 1])
            && (next..<cursor).allSatisfy { lexicons.cues.match(.portfolio, t, at: $0) != nil }
    }

    /// A run without a leading role title and its "of"/"at" ("Director of the X Centre" → "X Centre").
    private func trimRole(_ run: Range<Int>, _ t: [Token]) -> Range<Int> {
        guard let title = lexicons.titles.match(t, at: run.lowerBound) else { return run }
        var start = run.lowerBound + title.length
        while start < run.upperBound, ["of", "at", "the", "for"].contains(t[start].folded) { start += 1 }
        return start..<max(start, run.upperBound)
    }

    /// A run without the titled person it ends or starts in: "GTK Director General Mikko Korhonen" → "GTK",
    /// "Yaw Mensah of the Ministry of Mines" (after "Minister") → "Ministry of Mines", so that the person's
    /// organisation is still typed. A run with no such person is kept whole.
    private func withoutTitledPerson(_ run: Range<Int>, _ spans: [Span], _ t: [Token]) -> Range<Int> {
        if let person = spans.first(where: { $0.kind == .person && $0.range.lowerBound == run.lowerBound && $0.range.upperBound + 1 < run.upperBound }),
           ["of", "at"].contains(t[person.range.upperBound].folded) {
            var start = person.range.upperBound + 1
            if t[start].folded == "the" { start += 1 }
            return start..<max(start, run.upperBound)
        }
        guard let person = spans.first(where: { $0.kind == .person && run.contains($0.range.lowerBound) && $0.range.lowerBound > run.lowerBound + 1 }),
              let title = (run.lowerBound + 1..<person.range.lowerBound).first(where: { index in
                  lexicons.titles.match(t, at: index).map { index + $0.length == person.range.lowerBound } ?? false
              }) else { return run }
        return run.lowerBound..<title
    }

    /// Splits a run at "and" where the right side clearly starts another name. A run no designator makes one
    /// organisation ("Volkswagen and Mercedes-Benz") is split at every "and": only a designator the conjunction
    /// leads up to ("Department of Science and Technology", "Johnson and Johnson Limited") keeps it inside a name.
    private func split(_ run: Range<Int>, _ t: [Token]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = run.lowerBound
        let joinsNames = !isOrganization(run, t)
        for index in run where t[index].folded == "and" && index > start && index + 1 < run.upperBound {
            let right = index + 1
            let startsName = lexicons.designators.match(t, at: right).map { _ in isDesignatorHeadOrPrefix(t, right) } ?? false
                || lexicons.countries.match(t, at: right) != nil || lexicons.organizations.match(t, at: right) != nil
                || t[right].isAllCaps || lexicons.titles.match(t, at: right) != nil
            let leftEnds = Self.legalForms.contains(t[index - 1]) || t[index - 1].isAllCaps || t[index - 1].text == ")"
                || lexicons.countries.match(t, at: start).map { $0.length == index - start } ?? false
            if startsName || leftEnds || joinsNames {
                parts.append(start..<index)
                start = right
            }
        }
        parts.append(start..<run.upperBound)
        return parts
    }

    private func isDesignatorHeadOrPrefix(_ t: [Token], _ index: Int) -> Bool {
        guard let match = lexicons.designators.match(t, at: index) else { return false }
        return match.value.contains(.head) || match.value.contains(.prefix)
    }

    /// The country span a capitalised run starts with when the rest of the run is no entity: "US Strategic
    /// Metals" may be a firm named after its country. Cues in context decide (see `typeUnknownRuns`).
    static func countryLed(_ run: Range<Int>, _ spans: [Span]) -> Int? {
        let inside = spans.indices.filter { spans[$0].range.overlaps(run) }
        guard inside.count == 1, let only = inside.first, spans[only].kind == .country, spans[only].range.lowerBound == run.lowerBound,
              spans[only].range.upperBound < run.upperBound else { return nil }
        return only
    }

    /// Whether a run is only the words of a ministerial portfolio ("Energy and Natural Resources").
    private func isPortfolio(_ run: Range<Int>, _ t: [Token]) -> Bool {
        let words = run.filter { !Self.connectors.contains(t[$0]) && t[$0].text != "," }
        return !words.isEmpty && words.allSatisfy { lexicons.cues.match(.portfolio, t, at: $0) != nil }
    }

    /// Whether a plural run follows a number word: "three Central Public Sector Enterprises".
    private func isCounted(_ run: Range<Int>, _ t: [Token]) -> Bool {
        guard run.lowerBound > 0, run.count >= 2, let count = Self.numbers[t[run.lowerBound - 1].folded], count > 1 else { return false }
        let last = t[run.upperBound - 1].folded
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    /// The country a "Government of X" run stands for when the sentence names it only as the country acting
    /// ("the Government of Chile signed ..."): a span of the country X over the whole run. The government stays an
    /// organisation where the text treats it as a body: it qualifies an organisation before it ("the Ministry of
    /// Mines, Government of India") or a body belongs to it ("the Government of Chile's Ministry of Mining",
    /// "a company under the Government of India").
    private func governedCountry(_ run: Range<Int>, _ t: [Token], _ spans: [Span]) -> Span? {
        guard run.count >= 3, t[run.lowerBound].folded == "government", t[run.lowerBound + 1].folded == "of" else { return nil }
        let start = run.lowerBound + (t[run.lowerBound + 2].folded == "the" ? 3 : 2)
        guard let country = lexicons.countries.match(t, at: start), start + country.length == run.upperBound else { return nil }
        var before = run.lowerBound - 1
        if before >= 0, t[before].folded == "the" { before -= 1 }
        let qualifies = before >= 1 && t[before].text == "," && spans.contains { $0.kind == .organization && $0.range.upperBound == before }
        let owns = run.upperBound < t.count && t[run.upperBound].text == "'s"
        let under = before >= 0 && ["under", "within"].contains(t[before].folded)
        guard !qualifies, !owns, !under else { return nil }
        return Span(kind: .country, range: run, name: t.surface(run), canonical: country.value)
    }

    /// Estates and zones are places, whatever designator they carry ("Indonesia Morowali Industrial Park").
    private func isEstate(_ run: Range<Int>, _ t: [Token]) -> Bool {
        guard run.count >= 3 else { return false }
        let tail = [t[run.upperBound - 2].folded, t[run.upperBound - 1].folded]
        return ["industrial", "economic", "free", "export"].contains(tail[0]) && ["park", "zone", "estate", "area"].contains(tail[1])
    }

    /// "Embassy of India in Moscow" is the embassy's name: a mission abroad takes the "in Place" after it, and
    /// the place stays a mention of its own (the embassy is based there).
    private func extendMissions(_ spans: inout [Span], _ t: [Token]) {
        for (index, span) in spans.enumerated() where span.kind == .organization {
            let end = span.range.upperBound
            guard Tokenizer.tokens(of: span.name).contains(where: { lexicons.cues.contains(.abroad, word: $0) }),
                  end + 1 < t.count, t[end].folded == "in",
                  let place = spans.first(where: { $0.kind == .place && $0.range.lowerBound == end + 1 }) else { continue }
            spans[index].range = span.range.lowerBound..<place.range.upperBound
            spans[index].name = t.surface(spans[index].range)
        }
    }

    /// Whether a run is the title of a bilateral agreement: two countries joined by a dash, ending in an agreement
    /// word ("Australia–Japan Critical Minerals Partnership"). A body's name has no such pair ("Minerals Security Partnership").
    private func isBilateralTitle(_ run: Range<Int>, _ t: [Token]) -> Bool {
        guard let first = lexicons.countries.match(t, at: run.lowerBound) else { return false }
        let dash = run.lowerBound + first.length
        guard dash + 1 < run.upperBound, ["\u{2013}", "-", "/"].contains(t[dash].text), lexicons.countries.match(t, at: dash + 1) != nil else { return false }
        return run.contains { index in lexicons.agreementKinds.match(t, at: index).map { index + $0.length == run.upperBound } ?? false }
    }

    /// Whether the range is just one designator word ("Embassy").
    private func isLoneDesignator(_ range: Range<Int>, _ t: [Token]) -> Bool {
        lexicons.designators.match(t, at: range.lowerBound)?.length == range.count
    }

    /// Whether a capitalised run carries an organisation designator in a position that marks a name.
    func isOrganization(_ range: Range<Int>, _ t: [Token]) -> Bool {
        guard range.count >= 2 else { return false }
        for index in range {
            guard let match = lexicons.designators.match(t, at: index), index + match.length <= range.upperBound else { continue }
            let end = index + match.length
            if match.value.contains(.suffix), end == range.upperBound, index > range.lowerBound { return true }
            if match.value.contains(.prefix), index == range.lowerBound, end < range.upperBound, t[end].isCapitalised { return true }
            if match.value.contains(.head) {
                if end == range.upperBound, index > range.lowerBound { return true }
                if end < range.upperBound, ["of", "for", "on"].contains(t[end].folded) { return true }
            }
        }
        return false
    }

    private func covered(_ range: Range<Int>, by spans: [Span]) -> Bool {
        spans.contains { $0.range.overlaps(range) }
    }

    // MARK: Places

    /// Capitalised words after "in", "at" or "based in" that no other rule claimed, and names of mines and
    /// projects ("the Kabanga nickel deposit", "its Motheo copper mine").
    private func places(_ t: [Token], unknown: [Range<Int>], taken: [Span]) -> [Span] {
        unknown.compactMap { run in
            // Not a sentence's first word ("Required fields") nor a demonym ("its Zambian copper mines").
            if run.count <= 3, run.lowerBound > 0, run.allSatisfy({ t[$0].isCapitalised }), lexicons.demonyms.match(t, at: run.lowerBound) == nil,
               !covered(run, by: taken), namesSite(after: run, t) {
                return Span(kind: .place, range: run, name: t.surface(run), strong: false)
            }
            guard run.count <= 2, run.lowerBound > 0, ["in", "at"].contains(t[run.lowerBound - 1].folded),
                  run.allSatisfy({ isPersonWord(t[$0]) }), !covered(run, by: taken) else { return nil }
            if run.upperBound < t.count, t[run.upperBound].isCapitalised || t[run.upperBound].text == "(" { return nil }
            return Span(kind: .place, range: run, name: t.surface(run), strong: false)
        }
    }

    /// Whether a site noun follows a name, past the minerals it is named for ("… copper-gold mine", "… lithium project").
    private func namesSite(after run: Range<Int>, _ t: [Token]) -> Bool {
        var cursor = run.upperBound
        while cursor < t.count {
            if t[cursor].text == "-" {
                cursor += 1
            } else if !t[cursor].isCapitalised, let mineral = lexicons.minerals.match(t, at: cursor) {
                cursor += mineral.length
            } else { break }
        }
        return cursor < t.count && !t[cursor].isCapitalised && lexicons.cues.match(.site, t, at: cursor) != nil
    }
}
