import ArgumentParser
import Foundation
import KGExtract
import KGGraph
import KGPipeline
import KGText

/// `kgx extract`: fills an extraction cache and writes no graph, the per-shard step of a sharded run.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles into an extraction cache, writing no graph (one shard of a sharded run).",
        discussion: """
            Entity resolution works across articles (a short name in one article is resolved to the full \
            name another gives), so graphs of shards do not merge into the graph of the whole corpus. \
            Shards extract instead: run `kgx extract SHARD --cache DIR` per shard, on as many machines \
            as you like, then one `kgx export ALL_INPUTS --cache DIR`, which reads every extraction from \
            the cache, resolves and writes the graph, byte-identical to a run without the cache.

            Cache entries are named by the SHA-256 of the article's bytes, its file name, every lexicon \
            file and the cache format version, and each is written whole (temporary file, then rename): \
            several processes may share one folder, and the folders of several machines merge by copying \
            their files into one. A damaged entry is detected, recomputed and reported.

            INPUT may be files or folders, as for `kgx export`; --paths-from reads more paths, one a \
            line (- for standard input, as `parallel --pipe` or Spark's RDD.pipe feed them). \
            Exit status: 0 success; 1 no readable article or no cache; 2 some articles were skipped \
            (each named on standard error).
            """
    )

    @Argument(help: "Article files (text or HTML) or folders.")
    var inputs: [String] = []

    @Option(help: "A file of article paths, one a line (- for standard input).")
    var pathsFrom: String?

    @Option(help: "The cache folder (created when missing).")
    var cache: String

    @Option(name: .shortAndLong, help: "Articles processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !inputs.isEmpty || pathsFrom != nil else { throw ValidationError("give articles or --paths-from") }
        guard !inputs.contains("-") else { throw ValidationError("extract reads article files; use --paths-from - for paths on standard input") }
    }

    func run() throws {
        Interruption.install()
        let articles: [String]
        do {
            articles = try ArticleDiscovery.articles(in: inputs + listedPaths())
        } catch {
            report("\(error)")
            throw ExitStatus.failure
        }
        let cache = try openCache(cache)
        let extractor = Extractor(lexicons: try Lexicons.bundled())
        let extractions = CorpusExtraction(extractor: extractor, minter: IRIMinter(), parallelism: jobs, cache: cache)
            .extract(paths: articles, readStandardInput: { [] }) { done, total in
                if !quiet && (done % 500 == 0 || done == total) { report("extracted \(done)/\(total) articles") }
            }
        for skipped in extractions.skipped { report("skipped \(skipped.reason)") }
        for warning in extractions.warnings { report("warning: \(warning)") }
        reportCache(cache, quiet: quiet)
        guard !extractions.documents.isEmpty else {
            report("no readable article among \(articles.count) input(s)")
            throw ExitStatus.failure
        }
        if !extractions.skipped.isEmpty { throw ExitStatus.partial }
    }

    /// The paths of `--paths-from`, blank lines left out.
    private func listedPaths() throws -> [String] {
        guard let pathsFrom else { return [] }
        let bytes: [UInt8]
        if pathsFrom == "-" {
            bytes = readStandardInput()
        } else {
            guard let data = FileManager.default.contents(atPath: pathsFrom) else {
                report("\(pathsFrom): path list not readable")
                throw ExitStatus.failure
            }
            bytes = [UInt8](data)
        }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }
}
