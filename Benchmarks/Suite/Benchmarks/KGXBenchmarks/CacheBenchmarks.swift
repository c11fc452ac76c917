import Benchmark
import KGExtract
import KGPipeline
import KGText

/// The extraction cache's hot paths (`kgx export --cache`): an entry written from an extraction, an entry
/// checked and decoded back (what a warm re-run does per article instead of extracting it), and the
/// SHA-256 key of an article's bytes (computed for every article, hit or miss). All three in characters of
/// article text per second, the unit of `Extractor.extract`, so the figures compare with extracting.
enum CacheBenchmarks {
    /// The corpus's extractions and their entries.
    struct Entries: Sendable {
        let extractions: [DocumentExtraction]
        let keys: [SHA256.Digest]
        let entries: [[UInt8]]
        let articles: [[UInt8]]
        let characters: Int
    }

    static func register() {
        Benchmark("ExtractionCacheEntry.bytes(of:) (encode)", configuration: .reporting(Rate.characters)) { benchmark, input in
            benchmark.measure(Rate.characters, units: input.characters) {
                for (extraction, key) in zip(input.extractions, input.keys) { blackHole(ExtractionCacheEntry.bytes(of: extraction, key: key)) }
            }
        } setup: {
            try load()
        }

        Benchmark("ExtractionCacheEntry.extraction(from:) (check and decode)", configuration: .reporting(Rate.characters)) { benchmark, input in
            try benchmark.measure(Rate.characters, units: input.characters) {
                for (entry, key) in zip(input.entries, input.keys) { blackHole(try ExtractionCacheEntry.extraction(from: entry, key: key)) }
            }
        } setup: {
            try load()
        }

        Benchmark("SHA256 (cache key of an article)", configuration: .reporting(Rate.characters)) { benchmark, input in
            benchmark.measure(Rate.characters, units: input.characters) {
                for article in input.articles { blackHole(SHA256.digest(article)) }
            }
        } setup: {
            try load()
        }
    }

    private static func load() throws -> Entries {
        let setup = try ExtractionBenchmarks.Setup.load()
        let extractions = setup.corpus.documents.map(setup.extractor.extract)
        let articles = setup.corpus.documents.map { Array($0.text.utf8) }
        let keys = articles.map { SHA256.digest($0) }
        return Entries(extractions: extractions, keys: keys,
                       entries: zip(extractions, keys).map { ExtractionCacheEntry.bytes(of: $0, key: $1) },
                       articles: articles, characters: setup.corpus.characters)
    }
}
