import Foundation
import KGEval
import KGExtract
import KGGraph
import KGTestSupport
import KGText
import Testing

/// The extraction quality reached on the annotated articles, as floors: a change that lowers the F1 or the
/// precision of entities, agreements, relations or the micro total on the seeds or the development set fails.
/// Raise a floor when the extractor gets better; never lower one to let a change through.
@Suite("Extraction floors")
struct ExtractionFloorsTests {
    /// A category's floors: F1 and precision, each rounded down to two decimals from a measured run.
    struct Floor: Sendable {
        let f1: Double
        let precision: Double
    }

    /// An annotated set and the floors it must keep.
    struct Benchmark: Sendable, CustomStringConvertible {
        let name: String
        let folder: URL
        /// When set, only the first articles of the folder in name order (the original development set d01–d14).
        var firstArticles: Int? = nil
        let entities: Floor
        let agreements: Floor
        let relations: Floor
        let micro: Floor
        var description: String { name }
    }

    static let benchmarks = [
        Benchmark(name: "seeds", folder: ProjectPaths.seeds,
                  entities: Floor(f1: 0.99, precision: 0.98), agreements: Floor(f1: 1.00, precision: 1.00),
                  relations: Floor(f1: 0.93, precision: 1.00), micro: Floor(f1: 0.97, precision: 0.99)),
        Benchmark(name: "development articles d01–d14", folder: developmentArticles, firstArticles: 14,
                  entities: Floor(f1: 0.99, precision: 0.98), agreements: Floor(f1: 0.92, precision: 1.00),
                  relations: Floor(f1: 0.90, precision: 1.00), micro: Floor(f1: 0.96, precision: 0.99)),
        Benchmark(name: "development articles", folder: developmentArticles,
                  entities: Floor(f1: 0.89, precision: 0.91), agreements: Floor(f1: 0.55, precision: 0.83),
                  relations: Floor(f1: 0.63, precision: 0.87), micro: Floor(f1: 0.82, precision: 0.90)),
    ]

    static let developmentArticles = ProjectPaths.root.appendingPathComponent("Tests/Corpus/articles")

    /// Extracts the articles of `benchmark` in process and scores the graph against their gold files.
    static func report(for benchmark: Benchmark) throws -> EvaluationReport {
        let folder = benchmark.folder
        let extractor = Extractor(lexicons: try Lexicons.bundled())
        let all = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let names = benchmark.firstArticles.map { Array(all.prefix($0)) } ?? all
        var builder = GraphBuilder()
        for name in names {
            builder.add(extractor.extract(try DocumentReader.read(path: folder.appendingPathComponent(name).path)))
        }
        let gold = try GoldCorpus.load(directory: ProjectPaths.root.appendingPathComponent("Tests/Corpus/gold"))
            .filter { names.contains($0.doc) }
        try #require(gold.count == names.count, "every article needs a gold file")
        return Evaluator.evaluate(graph: builder.graph(), gold: gold)
    }

    @Test(arguments: benchmarks)
    func qualityStaysAtLeastAtTheFloors(_ benchmark: Benchmark) throws {
        let overall = try Self.report(for: benchmark).overall
        let measured: [(String, Score, Floor)] = [
            ("entities", overall.entities, benchmark.entities), ("agreements", overall.agreements, benchmark.agreements),
            ("relations", overall.relations, benchmark.relations), ("micro", overall.micro, benchmark.micro),
        ]
        // Floors are rounded figures; the tolerance only absorbs floating-point noise (0.56 measured as 0.5599999).
        let tolerance = 1e-9
        for (category, score, floor) in measured {
            #expect(score.f1 + tolerance >= floor.f1, "\(benchmark.name) \(category): F1 \(score.f1) fell below \(floor.f1)")
            #expect(score.precision + tolerance >= floor.precision, "\(benchmark.name) \(category): precision \(score.precision) fell below \(floor.precision)")
        }
    }
}
