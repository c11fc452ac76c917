import Foundation
import KGEval
import KGGraph
import Testing

@Suite("Scores, names and report output")
struct ReportTests {
    @Test func scoreRatios() {
        let score = Score(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.6)
        #expect(abs(score.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
        #expect(Score().f1 == 1)
        #expect(Score(falseNegatives: 2).precision == 0)
        #expect(Score(falsePositives: 2).recall == 0)
        #expect(score + score == Score(truePositives: 6, falsePositives: 2, falseNegatives: 4))
    }

    @Test(arguments: [
        ("IREL (India) Limited", "irel india limited"),
        ("CSIR-IMMT", "csir immt"),
        ("U.S.", "us"),
        ("Department of Science & Technology", "department of science and technology"),
        ("  Sociedad Química y Minera  ", "sociedad quimica y minera"),
        ("Ma’aden", "maaden"),
        ("Australia–India", "australia india"),
    ])
    func normalisation(name: String, key: String) {
        #expect(NameNormalizer.key(name) == key)
    }

    @Test func formattedTableListsEveryCategoryAndDocument() {
        var (builder, nodes) = Fixture.perfect()
        builder.entity(.organization, "Reuters", in: [nodes.document])
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold, GoldDocument(doc: "gone.txt")])
        let text = report.formatted(details: true)
        for label in EntityType.allCases.map(\.rawValue) + RelationType.allCases.map(\.rawValue)
            + AgreementAttribute.allCases.map(\.rawValue) + ["Agreements", "Micro total", "a.txt", "gone.txt (missing)"] {
            #expect(text.contains(label), "\(label)")
        }
        let organizationRow = text.split(separator: "\n").first { $0.hasPrefix("  Organization") }
        #expect(organizationRow?.split(separator: " ").map(String.init) == ["Organization", "2", "1", "0", "0.667", "1.000", "0.800"])
        #expect(text.contains("Not in the graph: gone.txt"))
        #expect(text.contains("  spurious Organization: Reuters"))
    }

    @Test func jsonRoundTripsAndCarriesDerivedRatios() throws {
        var (builder, nodes) = Fixture.perfect()
        builder.entity(.organization, "Reuters", in: [nodes.document])
        let report = Evaluator.evaluate(graph: builder.graph, gold: [Fixture.gold])
        let data = try report.jsonData()
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        let organization = try #require((overall["entityTypes"] as? [String: Any])?["Organization"] as? [String: Any])
        #expect(organization["falsePositives"] as? Int == 1)
        #expect(abs((organization["precision"] as? Double ?? 0) - 2.0 / 3.0) < 1e-9)
        #expect((overall["micro"] as? [String: Any])?["truePositives"] as? Int == 9)
        #expect(try report.jsonData() == data)
    }
}
