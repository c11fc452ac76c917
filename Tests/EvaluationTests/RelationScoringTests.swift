import KGEval
import KGGraph
import Testing

@Suite("Relation and document scoring")
struct RelationScoringTests {
    @Test func relationsMatchByNamesOfBothEnds() {
        let (builder, _) = Fixture.perfect()
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.produces] == Score(truePositives: 1))
        #expect(table[.affiliatedWith] == Score(truePositives: 1))
        #expect(table.relations == Score(truePositives: 2))
    }

    @Test func wrongPredicateIsFalsePositiveAndMiss() {
        var (builder, nodes) = Fixture.perfect(person: false)
        let rath = builder.entity(.person, "Ranjit Rath", in: [nodes.document])
        builder.fact(rath, .partOf, nodes.oil, in: nodes.document)
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.affiliatedWith] == Score(falseNegatives: 1))
        #expect(table[.partOf] == Score(falsePositives: 1))
    }

    @Test func optionalRelationFoundIsNotAFalsePositive() {
        var (builder, nodes) = Fixture.perfect()
        let dae = builder.entity(.organization, "Department of Atomic Energy", alt: ["DAE"], in: [nodes.document])
        builder.fact(nodes.irel, .partOf, dae, in: nodes.document)
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.partOf].isEmpty)
        #expect(table.micro.precision == 1)
    }

    @Test func relationsCountOnlyForTheDocumentTheirSentencesComeFrom() {
        var (builder, nodes) = Fixture.perfect()
        let other = builder.document("other.txt")
        let mumbai = nodes.mumbai
        builder.fact(nodes.oil, .basedIn, mumbai, in: other)
        let table = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold]).overall
        #expect(table[.basedIn].isEmpty)
        #expect(table.micro.f1 == 1)
    }

    @Test func documentsMatchBySourceFile() {
        var builder = ContractGraphFixture()
        let a = builder.document("a.txt")
        let b = builder.document("b.txt")
        builder.entity(.country, "India", in: [a])
        builder.entity(.country, "Chile", in: [b])
        let goldA = GoldDocument(doc: "a.txt", entities: [GoldEntity(type: .country, name: "India")])
        let goldB = GoldDocument(doc: "b.txt", entities: [GoldEntity(type: .country, name: "Chile")])
        let goldC = GoldDocument(doc: "c.txt", entities: [GoldEntity(type: .country, name: "Peru")])
        let report = Evaluator.evaluate(graph: builder.graph, gold: [goldA, goldB, goldC])
        #expect(report.documents.map(\.found) == [true, true, false])
        #expect(report.missingDocuments == ["c.txt"])
        #expect(report.overall[.country] == Score(truePositives: 2, falseNegatives: 1))
        // India is mentioned in a.txt only: not a false positive of b.txt.
        #expect(report.documents[1].scores[.country] == Score(truePositives: 1))
    }

    @Test func documentDateIsComparedWithPublishedOn() {
        var builder = ContractGraphFixture()
        builder.document("a.txt", publishedOn: "2025-08-06")
        builder.document("b.txt")
        let report = Evaluator.evaluate(graph: builder.graph, gold: [
            GoldDocument(doc: "a.txt", date: "2025-08-07"), GoldDocument(doc: "b.txt"),
        ])
        #expect(report.documents[0].scores.documentDate == Score(falsePositives: 1, falseNegatives: 1))
        #expect(report.documents[1].scores.documentDate.isEmpty)
        #expect(report.overall.micro.isEmpty)
    }

    @Test func partialDocumentDateIsNotScoredAgainstANullGoldDate() {
        var builder = ContractGraphFixture()
        let document = builder.document("c.txt")
        builder.graph.insert(document, Vocabulary.Property.publishedOn.iri, .typed("--07-12", Namespace.xsd + "gMonthDay"))
        let report = Evaluator.evaluate(graph: builder.graph, gold: [GoldDocument(doc: "c.txt")])
        #expect(report.documents[0].scores.documentDate.isEmpty)
    }
}
