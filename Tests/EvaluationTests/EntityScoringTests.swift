import KGEval
import KGGraph
import Testing

@Suite("Entity scoring")
struct EntityScoringTests {
    @Test func perfectGraphScoresOneEverywhere() {
        let (builder, _) = Fixture.perfect()
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        let table = report.overall
        #expect(table.micro == Score(truePositives: 6 + 1 + 2, falsePositives: 0, falseNegatives: 0))
        #expect(table.micro.precision == 1 && table.micro.recall == 1 && table.micro.f1 == 1)
        for type in EntityType.allCases { #expect(table[type].f1 == 1) }
        #expect(table.documentDate == Score(truePositives: 1))
        #expect(report.documents.allSatisfy { $0.mistakes.isEmpty })
        #expect(report.missingDocuments.isEmpty)
    }

    @Test func falsePositiveLowersPrecisionOnly() {
        var (builder, nodes) = Fixture.perfect()
        builder.entity(.organization, "Reuters", in: [nodes.document])
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.organization] == Score(truePositives: 2, falsePositives: 1, falseNegatives: 0))
        #expect(abs(table[.organization].precision - 2.0 / 3.0) < 1e-9)
        #expect(table[.organization].recall == 1)
        #expect(table.micro.precision < 1 && table.micro.recall == 1)
    }

    @Test func missedEntityLowersRecallOnly() {
        let (builder, _) = Fixture.perfect(agreement: false, person: false)
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        #expect(report.overall[.person] == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.overall[.person].recall == 0)
        #expect(report.overall.entities.precision == 1)
        #expect(report.documents[0].mistakes.map(\.summary).contains("missed Person: Ranjit Rath"))
    }

    @Test func aliasesMatchOnEitherSide() {
        var builder = ContractGraphFixture()
        let document = builder.document(Fixture.file)
        // Graph label is a gold alias; graph alias is the gold name.
        builder.entity(.organization, "OIL", in: [document])
        builder.entity(.organization, "IREL", alt: ["IREL (India) Limited"], in: [document])
        // Graph alias equals a gold alias, labels differ.
        builder.entity(.mineral, "REE", alt: ["rare earths"], in: [document])
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.organization] == Score(truePositives: 2))
        #expect(table[.mineral] == Score(truePositives: 1))
    }

    @Test func namesCompareWithoutCasePunctuationOrAccents() {
        var builder = ContractGraphFixture()
        let document = builder.document("b.txt")
        builder.entity(.organization, "irel india  limited", in: [document])
        builder.entity(.organization, "Ma’aden", in: [document])
        builder.entity(.place, "Bogota", in: [document])
        let gold = GoldDocument(doc: "b.txt", entities: [
            GoldEntity(type: .organization, name: "IREL (India) Limited"),
            GoldEntity(type: .organization, name: "MAADEN"),
            GoldEntity(type: .place, name: "Bogotá"),
        ])
        #expect(Evaluator.evaluate(graph: builder.graph, gold: [gold]).overall.entities == Score(truePositives: 3))
    }

    @Test func entityOfWrongTypeIsBothFalsePositiveAndMiss() {
        var builder = ContractGraphFixture()
        let document = builder.document("b.txt")
        builder.entity(.place, "India", in: [document])
        let gold = GoldDocument(doc: "b.txt", entities: [GoldEntity(type: .country, name: "India")])
        let table = Evaluator.evaluate(graph: builder.graph, gold: [gold]).overall
        #expect(table[.country] == Score(falseNegatives: 1))
        #expect(table[.place] == Score(falsePositives: 1))
    }

    @Test func optionalEntitiesAreNeitherRequiredNorFalsePositives() {
        var (builder, nodes) = Fixture.perfect()
        let withoutOptional = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        builder.entity(.organization, "Department of Atomic Energy", in: [nodes.document])
        let withOptional = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(withoutOptional[.organization] == Score(truePositives: 2))
        #expect(withOptional[.organization] == Score(truePositives: 2))
    }

    @Test func duplicateNodesForOneEntityCountTheSecondAsFalsePositive() {
        var (builder, nodes) = Fixture.perfect()
        builder.entity(.organization, "Oil India", alt: ["OIL"], in: [nodes.document])
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.organization] == Score(truePositives: 2, falsePositives: 1))
    }
}
