import ArgumentParser
import Foundation
import KGEval
import KGExtract
import KGGraph
import KGPipeline
import KGText

/// `kgx evaluate`: scores extraction against gold annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extraction against gold annotations (precision, recall, F1).",
        discussion: """
            GOLD_DIR holds one JSON file per article (see Tests/Corpus/README.md for the form). \
            Names match by canonical name or alias, ignoring case and punctuation.
            """
    )

    @Option(help: "Folder of gold JSON files.")
    var gold: String

    @Argument(help: "Article files or folders to extract and score.")
    var articles: [String]

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: ArgumentHelp(
        "List every false positive and false negative per article, with its sentence and the extraction rules that made it.",
        discussion: "With --json the mistakes are in each document's \"mistakes\" list either way."))
    var explain = false

    func run() throws {
        let paths: [String]
        let goldDocuments: [GoldDocument]
        do {
            paths = try ArticleDiscovery.articles(in: articles)
            goldDocuments = try GoldCorpus.load(directory: URL(fileURLWithPath: gold))
        } catch {
            report("\(error)")
            throw ExitStatus.failure
        }
        let extractor = Extractor(lexicons: try Lexicons.bundled())
        let outcome = CorpusExtraction(extractor: extractor, minter: IRIMinter(),
                                       parallelism: ProcessInfo.processInfo.activeProcessorCount)
            .run(paths: paths, readStandardInput: readStandardInput)
        for skipped in outcome.skipped { report("skipped \(skipped.reason)") }
        let names = Set(paths.map { ($0 as NSString).lastPathComponent })
        let scored = Evaluator.evaluate(graph: outcome.graph, gold: goldDocuments.filter { names.contains($0.doc) },
                                        sentences: explain || json ? Self.sentences(of: paths) : [:])
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(scored), as: UTF8.self))
        } else {
            print(scored.formatted(details: explain))
        }
    }

    /// The sentences of each readable article, by file name, for quoting what missed items were said in.
    private static func sentences(of paths: [String]) -> [String: [String]] {
        var sentences: [String: [String]] = [:]
        for path in paths {
            guard let document = try? DocumentReader.read(path: path) else { continue }
            sentences[document.name] = SentenceSplitter.sentences(in: document).map(\.text)
        }
        return sentences
    }
}
