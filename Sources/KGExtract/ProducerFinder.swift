import KGGraph
import KGText

/// What organisations produce: "X is the top gold producer", "X, a producer of nickel", "the lithium producer X",
/// "A and B are major players in coal mining", "X, a unit of Y, mines nickel and gold", "X also produces copper".
extension ExtractionWork {
    /// Words that may link a producer to the cue noun that describes it ("X, the world's largest producer of Y").
    private static let copulas: WordSet = [",", "is", "was", "are", "were", "remains", "became", "as", "has", "been", "stands", "dominates", "ranks"]
    /// Nouns that, between a mineral and a name, say the firm deals in it ("the state copper company Codelco").
    private static let firmNouns: WordSet = ["company", "firm", "group", "giant"]

    /// The clauses of a sentence: token ranges between semicolons, "while", "whereas" and ", with"/", and".
    private func clauses(_ t: [Token]) -> [Range<Int>] {
        var boundaries = t.indices.filter { t[$0].text == ";" || ["while", "whereas", "although", "but"].contains(t[$0].folded)
            || (["with", "and"].contains(t[$0].folded) && $0 > 0 && t[$0 - 1].text == ",") }
        boundaries.append(t.count)
        var start = 0
        return boundaries.map { end in defer { start = end + 1 }; return start..<max(start, end) }
    }

    /// Producer nouns: "the lithium producer SQM" (the mineral before the noun, the firm after it) and
    /// "X, the biggest uranium miner" / "X is a producer of nickel" (the firm before, linked by a comma or copula).
    mutating func produces(_ a: SentenceAnalyzer.Result, _ m: [Mention]) {
        let t = a.tokens
        for clause in clauses(t) {
            let inClause = m.filter { clause.contains($0.range.lowerBound) }
            let firms = clause.filter { index in
                Self.firmNouns.contains(t[index]) && inClause.contains { $0.kind == .mineral && $0.range.upperBound == index }
            }
            for (index, length) in lexicons.cues.occurrences(.produces, t, in: clause) + firms.map({ ($0, 1) }) {
                var after = index + length
                if after < t.count, t[after].text == "," { after += 1 }
                if let named = inClause.first(where: { $0.range.lowerBound == after && $0.kind == .organization }) {
                    // "the lithium producer SQM": only the minerals right before the noun.
                    var cursor = index
                    while cursor > clause.lowerBound, let mineral = inClause.last(where: { $0.range.upperBound == cursor && $0.kind == .mineral }) {
                        add(named.id, .produces, .entity(mineral.id), a.sentence, rule: "produces.named-producer")
                        cursor = mineral.range.lowerBound
                        if cursor > clause.lowerBound, ["and", ","].contains(t[cursor - 1].folded) { cursor -= 1 }
                    }
                    continue
                }
                guard lexicons.cues.match(.produces, t, at: index) != nil,
                      let subject = producer(before: index, in: clause, inClause, t) else { continue }
                var subjects = [subject]
                while let previous = inClause.last(where: { $0.range.upperBound < subjects[0].range.lowerBound }), previous.kind == .organization,
                      (previous.range.upperBound..<subjects[0].range.lowerBound).allSatisfy({ ["and", ",", "(", ")"].contains(t[$0].folded) }) {
                    subjects.insert(previous, at: 0)
                }
                let limit = inClause.first { $0.range.lowerBound > index && $0.kind == .organization }?.range.lowerBound ?? clause.upperBound
                let minerals = inClause.filter { $0.kind == .mineral && $0.range.lowerBound > subject.range.upperBound && $0.range.lowerBound < limit }
                for producer in subjects {
                    for mineral in minerals { add(producer.id, .produces, .entity(mineral.id), a.sentence, rule: "produces.producer-of") }
                }
                // "the top gold producer in Russia", "Russia's largest coal supplier": where the producer is.
                let inCountry = index + length + 1 < t.count && t[index + length].folded == "in" ? inClause.first { $0.range.lowerBound == index + length + 1 } : nil
                let owner = inClause.first { $0.range.lowerBound > subject.range.upperBound && $0.range.upperBound + 1 < index && t[$0.range.upperBound].text == "'s" }
                for country in [inCountry, owner].compactMap({ $0 }) where country.kind == .country && Set(subjects.map(\.id)).count == 1 {
                    add(subject.id, .basedIn, .entity(country.id), a.sentence, rule: "basedIn.producer-country")
                }
            }
        }
    }

    /// The firm a producer noun describes: the nearest name before it, linked by a comma or copula ("X, the
    /// biggest uranium miner", "X (Y) stands out as a producer"), or the name that opens the clause when the
    /// nearest one sits in an apposition ("IREL, a PSU under the Department of X, specializes in").
    private func producer(before index: Int, in clause: Range<Int>, _ inClause: [Mention], _ t: [Token]) -> Mention? {
        // A possessive country is a modifier ("SUEK, Russia's largest coal supplier"), not the producer.
        guard var subject = inClause.last(where: { mention in
            mention.range.upperBound <= index && mention.kind != .mineral && !(mention.kind == .country && t[mention.range.upperBound].text == "'s")
        }) else { return nil }
        if let opener = inClause.first, opener.kind == .organization, opener.range.lowerBound <= clause.lowerBound + 1,
           opener.range.upperBound < t.count, t[opener.range.upperBound].text == ",",
           (subject.range.upperBound..<index).contains(where: { t[$0].text == "," }), subject.range.lowerBound > opener.range.upperBound {
            subject = opener
        }
        var end = subject.range.upperBound
        if end < t.count, t[end].text == ")", subject.range.lowerBound > 0, t[subject.range.lowerBound - 1].text == "(" { end += 1 }
        guard subject.kind == .organization, end < t.count, Self.copulas.contains(t[end]) || end == index else { return nil }
        return subject
    }

    /// Producing verbs: "Antam, a unit of MIND ID, mines nickel and gold", "Rio ... also produces copper and aluminium".
    /// The producer is the organisation the sentence opens with; the minerals follow the verb in its clause.
    mutating func producingVerbs(_ s: Int, _ m: [Mention]) {
        let a = analyses[s], t = a.tokens
        for verb in t.indices where ["mines", "produces", "extracts"].contains(t[verb].folded) {
            // The verb's clause opens at the sentence start, a semicolon or ", and".
            let opening = (0..<verb).last { $0 == 0 || t[$0].text == ";" || t[$0].folded == "and" && t[$0 - 1].text == "," }.map { $0 == 0 ? 0 : $0 + 1 } ?? 0
            var producer: Int?
            if let subject = m.first(where: { $0.range.lowerBound >= opening }), subject.kind == Vocabulary.Class.organization,
               subject.range.lowerBound <= opening + 1, subject.range.upperBound <= verb {
                producer = subject.id
            } else if opening == 0, t[0].folded == "it", verb <= 2 {
                // "It produces lithium carbonate": the firm the text is about.
                producer = organizationTalkedAbout(before: s)
            }
            guard let producer else { continue }
            if (max(0, verb - 3)..<verb).contains(where: { ["not", "n't", "no", "never"].contains(t[$0].folded) }) { continue }
            let end = (verb + 1..<t.count).first { index in
                let listGoesOn = m.contains { $0.kind == .mineral && $0.range.upperBound == index } && index + 1 < t.count
                    && m.contains { $0.kind == .mineral && ($0.range.lowerBound == index + 1 || t[index + 1].folded == "and" && $0.range.lowerBound == index + 2) }
                return t[index].text == ";" || t[index].text == "." || ["while", "whereas", "although", "but", "which", "and", ","].contains(t[index].folded) && !listGoesOn
            } ?? t.count
            for mineral in m where mineral.kind == .mineral && mineral.range.lowerBound > verb && mineral.range.lowerBound < end {
                add(producer, .produces, .entity(mineral.id), a.sentence, rule: "produces.verb")
            }
        }
    }
}
