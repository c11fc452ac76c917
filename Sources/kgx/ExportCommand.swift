import ArgumentParser
import Foundation
import KGExtract
import KGGraph
import KGPipeline
import KGText
import KGWriters

/// `kgx export`: articles in, graph files out. The default command.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Extract a knowledge graph from articles and write it in every format.",
        discussion: """
            INPUT may be files or folders (every *.txt article and *.html / *.htm web page below a \
            folder, in sorted order; a page is read for its main text) or - for \
            one article on standard input. Outputs are written whole or not at all: each file is \
            completed under a temporary name and then renamed over the previous one.
            """
    )

    @Argument(help: "Article files (text or HTML) or folders, or - for standard input (text).")
    var inputs: [String] = ["seeds"]

    @Option(name: .shortAndLong, help: "The output folder (created when missing).")
    var out: String = "exports"

    @Option(name: .shortAndLong, parsing: .upToNextOption,
            help: "Formats to write: ttl, nt, graphml, dot, svg, jsonld, nq, csv (default: all).")
    var format: [OutputChoice] = OutputChoice.allCases

    @Option(help: "What to export: full (every fact, its documents and provenance) or agreements (agreements with their parties, signatories, dates, places and minerals only).")
    var view: GraphView = .full

    @Flag(help: "GraphML without yEd's graphics data, valid against the plain GraphML schema.")
    var plainGraphml = false

    @Option(help: "Base IRI under which resources are minted.")
    var base: String = Namespace.defaultResourceBase

    @Option(name: .shortAndLong, help: "Articles processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Keep each article's extraction in this folder and reuse it on later runs.",
                               discussion: "Only new or changed articles are extracted again; outputs are byte-identical to a run without the cache. See `kgx extract --help` for sharded runs."))
    var cache: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard let scheme = base.split(separator: ":").first, base.contains(":"),
              scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
              !base.contains(where: { " <>\"{}|^`\\".contains($0) }) else {
            throw ValidationError("--base must be an absolute IRI such as https://example.org/kg/")
        }
    }

    func run() throws {
        Interruption.install()
        let articles: [String]
        do {
            articles = try ArticleDiscovery.articles(in: inputs)
        } catch {
            report("\(error)")
            throw ExitStatus.failure
        }
        let minter = IRIMinter(base: base)
        let extractor = Extractor(lexicons: try Lexicons.bundled())
        let showProgress = !quiet && articles.count >= 200
        let cache = try self.cache.map(openCache)
        let outcome = CorpusExtraction(extractor: extractor, minter: minter, parallelism: jobs, cache: cache)
            .run(paths: articles, readStandardInput: readStandardInput) { done, total in
                if showProgress && (done % 500 == 0 || done == total) { report("extracted \(done)/\(total) articles") }
            }
        for skipped in outcome.skipped { report("skipped \(skipped.reason)") }
        for warning in outcome.warnings { report("warning: \(warning)") }
        if let cache { reportCache(cache, quiet: quiet) }
        guard outcome.documentCount > 0 else {
            report("no readable article among \(articles.count) input(s): nothing written")
            throw ExitStatus.failure
        }
        let exported = view.apply(to: outcome.graph)
        let options = Exporter.Options(
            formats: ExportFormat.allCases.filter { wanted in format.contains { $0.exportFormat == wanted } },
            renderSVG: format.contains(.svg),
            prefixes: .standard(minter: minter),
            yFilesGraphics: !plainGraphml,
            writesInBackground: jobs > 1)
        var notes: [String] = []
        let written: [String]
        do {
            written = try Exporter(folder: out, options: options).export(exported, notes: &notes)
        } catch {
            report("\(error); earlier exports left untouched")
            throw ExitStatus.failure
        }
        notes.forEach { report($0) }
        if !quiet {
            report("\(outcome.documentCount) article(s), \(exported.count) triples → \(written.joined(separator: ", "))")
        }
        if !outcome.skipped.isEmpty { throw ExitStatus.partial }
    }
}

/// The outputs `--format` may name.
enum OutputChoice: String, CaseIterable, ExpressibleByArgument {
    case ttl, nt, graphml, dot, svg
    case jsonld, nq, csv

    /// The graph format written for this choice; `svg` is rendered from DOT instead.
    var exportFormat: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

extension GraphView: ExpressibleByArgument {}
