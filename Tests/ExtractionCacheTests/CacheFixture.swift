import Foundation
import KGExtract
import KGGraph
import KGOntology
import KGPipeline
import KGTestSupport
import KGText
import KGWriters

/// Runs the seeds and the development corpus through `CorpusExtraction` and `Exporter`, with or without a
/// cache, and returns every output file's bytes: what must not change whether a cache is used or not.
struct CacheFixture {
    /// The articles: seeds/ and Tests/Corpus/articles, in the order `kgx export` reads them.
    static let articles: [String] = {
        let root = ProjectPaths.root
        return (try? ArticleDiscovery.articles(in: [root.appendingPathComponent("seeds").path,
                                                    root.appendingPathComponent("Tests/Corpus/articles").path])) ?? []
    }()

    /// The outputs of one run, by path relative to the output folder.
    struct Run {
        let files: [String: [UInt8]]
        let statistics: ExtractionCache.Statistics?
        let warnings: [String]
    }

    /// Extracts and exports `articles` in every format but SVG; `opened` runs once the cache is open.
    static func run(articles: [String] = articles, cacheFolder: URL? = nil, lexiconFolder: URL = OntologyResources.lexiconsURL,
                    parallelism: Int = 2, opened: (URL) throws -> Void = { _ in }) throws -> Run {
        let lexicons = try Lexicons(directory: lexiconFolder)
        let cache = try cacheFolder.map { try ExtractionCache(folder: $0.path, lexiconFolder: lexiconFolder) }
        if let cacheFolder { try opened(cacheFolder) }
        let minter = IRIMinter()
        let outcome = CorpusExtraction(extractor: Extractor(lexicons: lexicons), minter: minter, parallelism: parallelism, cache: cache)
            .run(paths: articles, readStandardInput: { [] })
        let out = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        var notes: [String] = []
        _ = try Exporter(folder: out.path, options: .init(renderSVG: false, prefixes: .standard(minter: minter)))
            .export(outcome.graph, notes: &notes)
        return Run(files: try folderContents(out), statistics: cache?.statistics, warnings: cache?.warnings ?? [])
    }

    /// The entry files of a cache folder, sorted.
    static func entries(of folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".kgxc") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
