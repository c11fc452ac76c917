import Dispatch
import Foundation
import Synchronization
import KGExtract
import KGGraph
import KGText

/// Reads and extracts a list of articles on all cores, then resolves them into one graph.
///
/// Each article is read and extracted independently, so the work spreads over the cores; the
/// results are kept in input order and handed to one `GraphBuilder`. Resolving entities across
/// articles is one short sequential step; the triples of each share of the articles are then built
/// on its own core and the shares' graphs merged. A graph is a set, so the result is the same, byte
/// for byte, as a single-threaded run.
public struct CorpusExtraction {
    /// An article that could not be used, and why.
    public struct Skipped: Sendable, Equatable {
        public let path: String
        public let reason: String
    }

    /// What the run produced.
    public struct Outcome: Sendable {
        public let graph: Graph
        public let documentCount: Int
        public let skipped: [Skipped]
        public let warnings: [String]
    }

    /// The per-article results of a run, in input order, before resolution: what `kgx extract` stops at.
    public struct Extractions: Sendable {
        public let documents: [DocumentExtraction]
        public let skipped: [Skipped]
        public let warnings: [String]
    }

    /// Progress of a long run: articles done out of the total.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    private let articles: ArticleExtraction
    private let minter: IRIMinter
    private let parallelism: Int

    /// - Parameters:
    ///   - parallelism: how many articles to process at once (1 = sequential).
    ///   - cache: where extractions are looked up before extracting, and stored after.
    public init(extractor: Extractor, minter: IRIMinter, parallelism: Int, cache: ExtractionCache? = nil) {
        self.articles = ArticleExtraction(extractor: extractor, cache: cache)
        self.minter = minter
        self.parallelism = max(1, parallelism)
    }

    /// Reads every path (`-` is standard input), extracts, and builds the graph.
    public func run(paths: [String], readStandardInput: () -> [UInt8], progress: Progress? = nil) -> Outcome {
        let extractions = extract(paths: paths, readStandardInput: readStandardInput, progress: progress)
        var builder = GraphBuilder(minter: minter)
        for extraction in extractions.documents { builder.add(extraction) }
        return Outcome(graph: graph(of: builder), documentCount: extractions.documents.count, skipped: extractions.skipped,
                       warnings: extractions.warnings)
    }

    /// Reads and extracts every path (`-` is standard input), without resolving them into a graph.
    public func extract(paths: [String], readStandardInput: () -> [UInt8], progress: Progress? = nil) -> Extractions {
        let standardInput = paths.contains("-") ? readStandardInput() : []
        let results = Slots<ArticleResult>(count: paths.count)
        let articles = self.articles
        let counter = Counter()
        // Many small chunks: the cores take the next one as they finish, so the last finishes little after the others.
        let chunk = max(1, paths.count / (parallelism * Self.chunksPerCore))
        let chunks = (paths.count + chunk - 1) / chunk
        let work: @Sendable (Int) -> Void = { chunkIndex in
            let start = chunkIndex * chunk
            for index in start..<min(start + chunk, paths.count) {
                let path = paths[index]
                do {
                    let extraction = try articles.extract(path: path, standardInput: standardInput)
                    results.set(index, .success(extraction, extraction.document.warnings))
                } catch {
                    results.set(index, .failure(String(describing: error)))
                }
                progress?(counter.increment(), paths.count)
            }
        }
        perform(chunks, work)

        var documents: [DocumentExtraction] = []
        var skipped: [Skipped] = []
        var warnings: [String] = []
        for (index, result) in results.values.enumerated() {
            switch result {
            case .success(let extraction, let documentWarnings):
                documents.append(extraction)
                warnings += documentWarnings
            case .failure(let reason):
                skipped.append(Skipped(path: paths[index], reason: reason))
            case nil:
                break
            }
        }
        return Extractions(documents: documents, skipped: skipped, warnings: warnings)
    }

    /// How many chunks of articles each core takes on average: few enough that taking one costs nothing
    /// beside reading and extracting its articles, many enough that the last chunk is short.
    private static let chunksPerCore = 64

    /// The builder's graph: names resolved and its documents' triples built on all cores, one share of the
    /// documents per core, the shares' graphs then merged.
    private func graph(of builder: GraphBuilder) -> Graph {
        let shares = Shares(cores: parallelism)
        let resolution = builder.resolve(on: shares)
        let graphs = shares.map(resolution.documentCount) { documents in builder.graph(of: documents, resolution) }
        var graph = graphs.first ?? Graph()
        for other in graphs.dropFirst() { graph.formUnion(other) }
        return graph
    }

    /// Runs `work` for each index, on all cores unless the run is sequential.
    private func perform(_ iterations: Int, _ work: @Sendable (Int) -> Void) {
        if parallelism == 1 {
            (0..<iterations).forEach(work)
        } else {
            DispatchQueue.concurrentPerform(iterations: iterations, execute: work)
        }
    }
}

/// What became of one article.
private enum ArticleResult: Sendable {
    case success(DocumentExtraction, [String])
    case failure(String)
}

/// Counts finished articles for progress reports (an atomic, so ThreadSanitizer sees every step).
private final class Counter: Sendable {
    private let value = Atomic(0)

    func increment() -> Int { value.add(1, ordering: .relaxed).newValue }
}
