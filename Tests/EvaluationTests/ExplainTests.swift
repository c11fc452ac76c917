import Foundation
import KGEval
import KGGraph
import Testing

/// What `kgx evaluate --explain` is built on: each mistake carries the sentence it came from and the rules
/// that made it, and the report counts mistakes by class.
@Suite("Explained mistakes")
struct ExplainTests {
    @Test func spuriousRelationCitesItsSentenceAndRule() throws {
        var (builder, nodes) = Fixture.perfect()
        builder.fact(nodes.oil, .basedIn, nodes.mumbai, in: nodes.document, start: 200, rule: "basedIn.cue",
                     sentence: "Oil India, based in Mumbai, signed.")
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        let mistake = try #require(report.documents[0].mistakes.first { $0.category == "relation" })
        #expect(mistake.kind == .spurious)
        #expect(mistake.item == "Oil India Limited basedIn Mumbai")
        #expect(mistake.sentence == "Oil India, based in Mumbai, signed.")
        #expect(mistake.rules == ["basedIn.cue"])
        #expect(report.errorClasses.contains { $0.name == "spurious relation by rule basedIn.cue" && $0.count == 1 })
    }

    @Test func missedItemQuotesTheArticleSentenceNamingItBest() throws {
        let (builder, _) = Fixture.perfect(person: false)
        let sentences = ["Oil India signed an MoU.", "Ranjit Rath of OIL signed for Oil India Limited."]
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold], sentences: [Fixture.file: sentences])
        let missedPerson = try #require(report.documents[0].mistakes.first { $0.category == "Person" })
        #expect(missedPerson.summary == "missed Person: Ranjit Rath")
        #expect(missedPerson.sentence == sentences[1])
        let missedRelation = try #require(report.documents[0].mistakes.first { $0.item == "Ranjit Rath affiliatedWith Oil India Limited" })
        #expect(missedRelation.sentence == sentences[1], "the sentence naming both ends, not the first naming one")
    }

    @Test func wrongAgreementFieldNamesTheField() throws {
        var (builder, nodes) = Fixture.perfect(agreement: false)
        let delhi = builder.entity(.place, "New Delhi", in: [nodes.document])
        builder.agreement(kind: "MoU", parties: [nodes.oil, nodes.irel], date: "2025-08-07", place: delhi,
                          minerals: [nodes.rareEarths], signatories: [nodes.rath], in: nodes.document)
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        let wrong = try #require(report.documents[0].mistakes.first { $0.kind == .wrong })
        #expect(wrong.field == "place")
        #expect(wrong.expected == "Mumbai")
        #expect(wrong.found == "New Delhi")
        #expect(report.errorClasses.contains { $0.name == "wrong agreement place" })
    }

    @Test func explainedTextAndJSONCarryTheEvidence() throws {
        var (builder, nodes) = Fixture.perfect()
        builder.fact(nodes.oil, .basedIn, nodes.mumbai, in: nodes.document, start: 300, rule: "basedIn.cue", sentence: "Based in Mumbai.")
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        let text = report.formatted(details: true)
        #expect(text.contains("  spurious relation: Oil India Limited basedIn Mumbai\n      sentence: \"Based in Mumbai.\"\n      rules: basedIn.cue"))
        #expect(text.contains("Error classes (most frequent first)"))
        let json = String(decoding: try report.jsonData(), as: UTF8.self)
        #expect(json.contains("\"rules\" : [\n") && json.contains("\"basedIn.cue\""))
        #expect(json.contains("\"sentence\" : \"Based in Mumbai.\""))
    }
}
