import KGEval
import KGGraph
import Testing

@Suite("Agreement scoring")
struct AgreementScoringTests {
    @Test func matchedAgreementScoresEveryAttribute() {
        let (builder, _) = Fixture.perfect()
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table.agreements == Score(truePositives: 1))
        #expect(table[attribute: .parties] == Score(truePositives: 2))
        for attribute in [AgreementAttribute.kind, .date, .place, .minerals, .signatories] {
            #expect(table[attribute: attribute] == Score(truePositives: 1), "\(attribute)")
        }
    }

    @Test func wrongAttributesLowerSubScoresButNotTheAgreement() {
        var (builder, nodes) = Fixture.perfect(agreement: false)
        let delhi = builder.entity(.place, "New Delhi", in: [nodes.document])
        let lithium = builder.entity(.mineral, "lithium", in: [nodes.document])
        // Partial date, wrong place, one right and one extra mineral, no signatory, other kind.
        builder.agreement(kind: "Memorandum of Understanding", parties: [nodes.irel, nodes.oil], date: "2025-08",
                          place: delhi, minerals: [nodes.rareEarths, lithium], in: nodes.document)
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        let table = report.overall
        #expect(table.agreements == Score(truePositives: 1))
        #expect(table[attribute: .parties] == Score(truePositives: 2))
        #expect(table[attribute: .kind] == Score(falsePositives: 1, falseNegatives: 1))
        #expect(table[attribute: .date] == Score(falsePositives: 1, falseNegatives: 1))
        #expect(table[attribute: .place] == Score(falsePositives: 1, falseNegatives: 1))
        #expect(table[attribute: .minerals] == Score(truePositives: 1, falsePositives: 1))
        #expect(abs(table[attribute: .minerals].precision - 0.5) < 1e-9)
        #expect(table[attribute: .signatories] == Score(falseNegatives: 1))
        #expect(report.documents[0].mistakes.map(\.summary).contains { $0.contains("date expected 2025-08-07, found 2025-08") })
    }

    @Test func partiesMatchByAliasAndPartialPartiesDoNotMatch() {
        var builder = ContractGraphFixture()
        let document = builder.document(Fixture.file)
        let oil = builder.entity(.organization, "OIL", in: [document])
        let other = builder.entity(.organization, "Coal India", in: [document])
        builder.agreement(kind: "MoU", parties: [oil, other], date: "2025-08-07", in: document)
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table.agreements == Score(falsePositives: 1, falseNegatives: 1))
        #expect(table[attribute: .parties] == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(table[attribute: .date].isEmpty)
    }

    @Test func twoAgreementsPairOneToOneByParties() {
        var builder = ContractGraphFixture()
        let document = builder.document("jdi.txt")
        let immt = builder.entity(.organization, "CSIR-IMMT", in: [document])
        let giredmet = builder.entity(.organization, "JSC Giredmet", in: [document])
        let misis = builder.entity(.organization, "NUST MISIS", in: [document])
        builder.agreement(kind: "Joint Declaration of Intent", parties: [immt, misis], in: document)
        builder.agreement(kind: "Joint Declaration of Intent", parties: [immt, giredmet], date: "2025-04-24", in: document)
        let gold = GoldDocument(doc: "jdi.txt", entities: [
            GoldEntity(type: .organization, name: "CSIR IMMT"),
            GoldEntity(type: .organization, name: "Giredmet", aliases: ["JSC Giredmet"]),
            GoldEntity(type: .organization, name: "National University of Science and Technology MISIS", aliases: ["NUST MISIS"]),
        ], agreements: [
            GoldAgreement(kind: "Joint Declaration of Intent", parties: ["CSIR IMMT", "Giredmet"]),
            GoldAgreement(kind: "Joint Declaration of Intent",
                          parties: ["CSIR IMMT", "National University of Science and Technology MISIS"]),
        ])
        let table = Evaluator.evaluate(graph: builder.graph, gold: [gold]).overall
        #expect(table.agreements == Score(truePositives: 2))
        #expect(table[attribute: .parties] == Score(truePositives: 4))
        #expect(table[attribute: .kind] == Score(truePositives: 2))
        // The gold has no date for either; the predicted date is a false positive.
        #expect(table[attribute: .date] == Score(falsePositives: 1))
    }

    @Test func missedAndSpuriousAgreementsCountTheirParties() {
        var (builder, nodes) = Fixture.perfect(agreement: false)
        let india = builder.entity(.country, "Republic of India", alt: ["India"], in: [nodes.document])
        builder.agreement(kind: "Pact", parties: [india], in: nodes.document)
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        #expect(report.overall.agreements == Score(falsePositives: 1, falseNegatives: 1))
        #expect(report.overall[attribute: .parties] == Score(falsePositives: 1, falseNegatives: 2))
        #expect(report.documents[0].mistakes.map(\.summary).contains {
            $0 == "missed agreement: MoU: Oil India Limited – IREL (India) Limited (2025-08-07)"
        })
    }
}
