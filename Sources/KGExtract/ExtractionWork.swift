import KGGraph
import KGText

/// The state of one document's extraction (or one window's of a long document): analysed sentences,
/// the entity table and the facts.
struct ExtractionWork {
    let document: Document
    let lexicons: Lexicons
    var analyses: [SentenceAnalyzer.Result]
    /// The words the text writes in lower case (see `fullName(ofShortForm:)`).
    private let lowerCaseWords: Set<String>
    private var orgKeys: OrgKeyMemo
    var entities: [ExtractedEntity] = []
    /// The entity of each span, by sentence index and span index.
    var spanEntities: [[Int]] = []
    private var facts: [ExtractedFact.Key: [Sentence]] = [:]
    /// The rules that stated each fact, in the order they first did.
    private var factRules: [ExtractedFact.Key: [String]] = [:]
    private var factOrder: [ExtractedFact.Key] = []

    init(_ mentions: Mentions, lexicons: Lexicons) {
        self.document = mentions.document
        self.lexicons = lexicons
        self.analyses = mentions.analyses
        self.lowerCaseWords = mentions.lowerCaseWords
        self.orgKeys = OrgKeyMemo(lexicons: lexicons)
    }

    // MARK: Typing capitalised runs by their context

    /// Types runs no designator marked: parenthesised aliases of organisations, appositions with an
    /// organisation noun ("Severstal, a steel firm"), subjects of producer phrases, names equal to an
    /// organisation named elsewhere in the document or short for one ("Lynas"), and firms named after
    /// their country ("US Strategic Metals signed") when such a cue says so.
    mutating func typeUnknownRuns() {
        // "said Chancellor Weber" after "Klaus Weber": a known person's surname alone is that person, never an organisation.
        let surnames = Set(analyses.lazy.flatMap(\.spans).filter { $0.kind == .person }.compactMap { span in
            let words = span.name.split(separator: " ")
            return words.count >= 2 ? words.last.map(String.init) : nil
        })
        for pass in 0..<2 {
            var known = Set<String>()
            for span in analyses.lazy.flatMap(\.spans) where span.kind == .organization { known.formUnion(orgKeys.keys(of: span.name)) }
            var shortForms = ShortFormIndex()
            if pass == 1 { for span in analyses.lazy.flatMap(\.spans) { shortForms.add(span, &orgKeys) } }
            for s in analyses.indices {
                let t = analyses[s].tokens
                for run in analyses[s].unknownRuns where !namesAgreement(run, t) && !(run.count == 1 && surnames.contains(t[run.lowerBound].text)) {
                    // "US Strategic Metals signed...": a firm named after its country, when a cue says it is one.
                    let country = SentenceAnalyzer.countryLed(run, analyses[s].spans)
                    guard country != nil || !analyses[s].spans.contains(where: { $0.range.overlaps(run) }) else { continue }
                    let isOrg = pass == 1 ? !known.isDisjoint(with: orgKeys.keys(of: t.surface(run)))
                        : aliasOfOrganization(run, in: analyses[s]) || hasOrganizationCue(after: run, t) || isSigningParty(run, in: analyses[s])
                    if let country {
                        if isOrg && pass == 0 {
                            analyses[s].spans.remove(at: country)
                            addSpan(Span(kind: .organization, range: run, name: t.surface(run), strong: false), to: s)
                        }
                    } else if isOrg {
                        let span = Span(kind: .organization, range: run, name: t.surface(run), strong: false)
                        addSpan(span, to: s)
                        if pass == 1 { shortForms.add(span, &orgKeys) }
                    } else if pass == 1, run.count == 1, let full = fullName(ofShortForm: t[run.lowerBound], shortForms) {
                        addSpan(Span(kind: .organization, range: run, name: t.surface(run), strong: false, shortFor: full), to: s)
                    }
                }
            }
        }
    }

    /// The organisation of the document a one-word name is the short form of: "Lynas" for "Lynas Rare Earths Ltd",
    /// "Vulcan" for "Vulcan Energy Resources". Only a word the document never writes in lower case (a proper
    /// name, not "National" of "national security"), and only when one organisation alone starts with it.
    private func fullName(ofShortForm word: Token, _ index: ShortFormIndex) -> String? {
        guard word.isCapitalised, !word.isAllCaps, word.characterCount >= 3, lexicons.designators.match([word], at: 0) == nil,
              lexicons.demonyms.match([word], at: 0) == nil, lexicons.minerals.match([word], at: 0) == nil,
              !lowerCaseWords.contains(word.folded) else { return nil }
        return index.fullName(startingWith: word.text)
    }

    /// Whether a capitalised run is the title of an agreement ("U.S.-Japan Critical Minerals Agreement"), not a party.
    private func namesAgreement(_ run: Range<Int>, _ t: [Token]) -> Bool {
        run.contains { index in lexicons.agreementKinds.match(t, at: index).map { index + $0.length == run.upperBound } ?? false }
    }

    private mutating func addSpan(_ span: Span, to s: Int) {
        analyses[s].spans.append(span)
        analyses[s].spans.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Org (RUN)" or "RUN (Org)".
    private func aliasOfOrganization(_ run: Range<Int>, in a: SentenceAnalyzer.Result) -> Bool {
        let t = a.tokens
        if run.lowerBound >= 2, t[run.lowerBound - 1].text == "(", run.upperBound < t.count, t[run.upperBound].text == ")" {
            return a.spans.contains { $0.kind == .organization && $0.range.upperBound == run.lowerBound - 1 }
        }
        if run.upperBound < t.count, t[run.upperBound].text == "(" {
            return a.spans.contains { $0.kind == .organization && $0.range.lowerBound == run.upperBound + 1 }
        }
        return false
    }

    /// "RUN, a major steel firm", "RUN is the top gold producer", "RUN dominates as ... company".
    private func hasOrganizationCue(after run: Range<Int>, _ t: [Token]) -> Bool {
        var index = run.upperBound
        if index < t.count, t[index].text == "(", let close = t[index...].firstIndex(where: { $0.text == ")" }) { index = close + 1 }
        if index + 1 < t.count, t[index].folded == "and", t[index + 1].isCapitalised {
            index += 2
            while index < t.count, t[index].isCapitalised { index += 1 }
        }
        guard index < t.count else { return false }
        let opener = t[index].folded
        guard [",", "is", "was", "are", "remains", "stands", "dominates", "became", "has", "as"].contains(opener) else { return false }
        var cursor = index + 1
        while cursor < t.count, cursor - index <= 10 {
            let token = t[cursor]
            if lexicons.cues.match(.orgNoun, t, at: cursor) != nil || lexicons.cues.match(.produces, t, at: cursor) != nil { return true }
            if [",", ";", ".", ":"].contains(token.text) || (token.isCapitalised && token.text != "'s" && lexicons.countries.match(t, at: cursor) == nil) { return false }
            cursor += 1
        }
        return false
    }

    /// A run right before a signing verb or right after "with" near an agreement word.
    private func isSigningParty(_ run: Range<Int>, in a: SentenceAnalyzer.Result) -> Bool {
        guard !a.kinds.isEmpty else { return false }
        let t = a.tokens
        // "Siemens and Bosch signed": both conjuncts sign.
        var after = run.upperBound
        if after + 1 < t.count, t[after].folded == "and", t[after + 1].isCapitalised {
            after += 1
            while after < t.count, t[after].isCapitalised || t[after].text == "-" && !t[after].spaceBefore { after += 1 }
        }
        if after < t.count, lexicons.cues.match(.signing, t, at: after) != nil { return true }
        var before = run.lowerBound - 1
        if before >= 1, t[before].text == "'s" { before -= 2 }
        return before >= 0 && t[before].folded == "with" && run.allSatisfy { !t[$0].isNumber } && a.demonyms[run.lowerBound] == nil
    }

    // MARK: Entity resolution

    /// Gives every span an entity, merging spans that name the same thing within the document.
    mutating func resolveEntities() {
        var keyOwner = UnionFind()
        var spanKeys: [[String]] = []
        mergeSurnames(&keyOwner)
        for a in analyses {
            var own: [String] = []
            for span in a.spans {
                let keys = keys(of: span)
                for key in keys.dropFirst() { keyOwner.union(keys[0], key) }
                own.append(keys[0])
            }
            spanKeys.append(own)
            for (long, short) in aliasPairs(a) { keyOwner.union(keys(of: long)[0], keys(of: short)[0]) }
        }
        var idByRoot: [String: Int] = [:]
        spanEntities = []
        for (s, a) in analyses.enumerated() {
            var ids: [Int] = []
            for (k, span) in a.spans.enumerated() {
                let root = keyOwner.find(spanKeys[s][k])
                let id: Int
                if let existing = idByRoot[root] {
                    id = existing
                } else {
                    id = entities.count
                    idByRoot[root] = id
                    entities.append(ExtractedEntity(id: id, kind: span.kind, canonicalName: span.canonical, surfaceForms: []))
                }
                if !entities[id].surfaceForms.contains(span.name) { entities[id].surfaceForms.append(span.name) }
                if entities[id].canonicalName == nil { entities[id].canonicalName = span.canonical }
                entities[id].keys.formUnion(keys(of: span))
                if entities[id].sentences.last != a.sentence { entities[id].sentences.append(a.sentence) }
                ids.append(id)
            }
            spanEntities.append(ids)
        }
        addDatelinePlace()
    }

    /// The place of the dateline ("NEW DELHI:", "Brussels, 18 July 2023") is a place the article names,
    /// though the dateline belongs to no sentence; only a place the lexicon knows, so that a byline is never taken for one.
    private mutating func addDatelinePlace() {
        guard let written = document.dateline?.place else { return }
        let tokens = Tokenizer.tokens(of: written)
        guard let match = lexicons.places.match(tokens, at: 0), match.length == tokens.count else { return }
        let span = Span(kind: .place, range: 0..<tokens.count, name: written, canonical: match.value)
        let key = keys(of: span)[0]
        if let existing = entities.firstIndex(where: { $0.kind == .place && $0.keys.contains(key) }) {
            if !entities[existing].surfaceForms.contains(written) { entities[existing].surfaceForms.append(written) }
            return
        }
        entities.append(ExtractedEntity(id: entities.count, kind: .place, canonicalName: match.value, surfaceForms: [written], keys: [key]))
    }

    /// The resolution keys of a span, the first being its own.
    mutating func keys(of span: Span) -> [String] {
        let prefix = span.kind.rawValue + "|"
        if let canonical = span.canonical {
            // An organisation the lexicon knows is also found under its canonical name written out ("Lynas Rare Earths Ltd").
            let own = span.kind == .organization ? (orgKeys.keys(of: span.name) + orgKeys.keys(of: canonical)).map { prefix + $0 } : []
            return [prefix + "lex|" + canonical.lowercased()] + own
        }
        switch span.kind {
        case .organization: return (orgKeys.keys(of: span.name) + (span.shortFor.map { orgKeys.keys(of: $0) } ?? [])).map { prefix + $0 }
        case .person: return [prefix + PersonName.key(span.name)]
        default: return [prefix + span.name.lowercased()]
        }
    }

    /// Pairs of spans that name one entity: "Full Name (ACR)", "ACR (Full Name)", "X, formerly/formally the Y".
    private func aliasPairs(_ a: SentenceAnalyzer.Result) -> [(Span, Span)] {
        var pairs: [(Span, Span)] = []
        let t = a.tokens
        for (i, left) in a.spans.enumerated() where left.kind == .organization {
            for right in a.spans[(i + 1)...].prefix(1) where right.kind == .organization {
                let gap = left.range.upperBound..<right.range.lowerBound
                let words = gap.map { t[$0].folded }
                if words == ["("] && right.range.upperBound < t.count && t[right.range.upperBound].text == ")" {
                    pairs.append((left, right))
                } else if [[",", "formally", "the"], [",", "formerly", "the"], [",", "formerly"], [",", "formally"], [",", "formerly", "known", "as"]].contains(words) {
                    pairs.append((left, right))
                }
            }
        }
        return pairs
    }

    /// A one-word person name ("Ivanovskikh said", "Ambassador Tai") is the person of the document with that surname.
    private mutating func mergeSurnames(_ owner: inout UnionFind) {
        // The keys of the full names ending in each surname, built once: looking them up per word stays linear.
        var keysBySurname: [Substring: Set<String>] = [:]
        for span in analyses.lazy.flatMap(\.spans) where span.kind == .person {
            let words = span.name.split(separator: " ")
            if words.count >= 2, let surname = words.last { keysBySurname[surname, default: []].insert(PersonName.key(span.name)) }
        }
        func fullKey(_ surname: String) -> String? {
            guard let matches = keysBySurname[Substring(surname)], matches.count == 1 else { return nil }
            return matches.first
        }
        for s in analyses.indices {
            let t = analyses[s].tokens
            for span in analyses[s].spans where span.kind == .person && span.range.count == 1 {
                if let key = fullKey(span.name) { owner.union(Vocabulary.Class.person.rawValue + "|" + key, keys(of: span)[0]) }
            }
            var covered = [Bool](repeating: false, count: t.count)
            for span in analyses[s].spans { for index in span.range.clamped(to: t.indices) { covered[index] = true } }
            for (index, token) in t.enumerated() where token.isCapitalised && !covered[index] {
                guard let key = fullKey(token.text) else { continue }
                let span = Span(kind: .person, range: index..<(index + 1), name: token.text)
                addSpan(span, to: s)
                owner.union(Vocabulary.Class.person.rawValue + "|" + key, keys(of: span)[0])
            }
        }
    }

    // MARK: Facts

    /// Records a fact supported by `sentence`, found by the rule named `rule` (cited by `kgx evaluate --explain`).
    mutating func add(_ subject: Int, _ property: Vocabulary.Property, _ object: ExtractedFact.Object, _ sentence: Sentence,
                      rule: String) {
        if case .entity(let id) = object, id == subject { return }
        let key = ExtractedFact.Key(subject: subject, property: property, object: object)
        if facts[key] == nil { factOrder.append(key) }
        if !(facts[key]?.contains(sentence) ?? false) { facts[key, default: []].append(sentence) }
        if !(factRules[key]?.contains(rule) ?? false) { factRules[key, default: []].append(rule) }
    }

    /// Adds a new agreement entity and returns its id.
    mutating func newAgreement(kind: String, sentence: Sentence) -> Int {
        let id = entities.count
        entities.append(ExtractedEntity(id: id, kind: .agreement, canonicalName: nil, surfaceForms: [], agreementKind: kind, sentences: [sentence]))
        return id
    }

    /// Notes that an agreement is mentioned in `sentence` and, if given, gives it the kind `adopting`.
    mutating func mention(agreement id: Int, sentence: Sentence, adopting kind: String? = nil) {
        if entities[id].sentences.last != sentence { entities[id].sentences.append(sentence) }
        if let kind { entities[id].agreementKind = kind }
    }

    mutating func setRole(_ role: String, of person: Int) {
        if !entities[person].roles.contains(role) { entities[person].roles.append(role) }
    }

    /// The facts recorded so far about `subject` with `property`.
    func objects(of subject: Int, _ property: Vocabulary.Property) -> [ExtractedFact.Object] {
        factOrder.filter { $0.subject == subject && $0.property == property }.map(\.object)
    }

    func result() -> DocumentExtraction {
        DocumentExtraction(document: document, entities: entities, facts: factOrder.map {
            ExtractedFact(subject: $0.subject, property: $0.property, object: $0.object, evidence: facts[$0] ?? [],
                          rules: factRules[$0] ?? [])
        })
    }
}

/// A union–find over string keys.
struct UnionFind {
    private var parent: [String: String] = [:]

    mutating func find(_ key: String) -> String {
        var root = key
        while let next = parent[root], next != root { root = next }
        var node = key
        while let next = parent[node], next != root { parent[node] = root; node = next }
        return root
    }

    mutating func union(_ a: String, _ b: String) {
        let (ra, rb) = (find(a), find(b))
        guard ra != rb else { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
