import Benchmark
@_spi(Stages) import KGExtract
import KGGraph
import KGText

/// The extraction layer over the whole corpus: its two stages apart (`mentions(in:)`: sentence
/// split, tokens and lexicon matching; `facts(from:)`: entity resolution, relations and
/// agreements), the whole `Extractor.extract`, and `GraphBuilder` turning the corpus's
/// extractions into one graph.
enum ExtractionBenchmarks {
    /// What the extraction benchmarks share: the corpus and an extractor with the bundled lexicons.
    struct Setup: Sendable {
        let corpus: Corpus
        let extractor: Extractor

        static func load() throws -> Setup {
            Setup(corpus: try Corpus.load(from: try GeneratedInputs()),
                  extractor: Extractor(lexicons: try Lexicons.bundled()))
        }
    }

    /// The input of the second stage: the first stage's output for every document.
    struct AnalysedCorpus: Sendable {
        let extractor: Extractor
        let mentions: [Mentions]
        let characters: Int
    }

    /// The input of `GraphBuilder`: every document's extraction, and the size of their graph.
    struct ExtractedCorpus: Sendable {
        let extractions: [DocumentExtraction]
        let triples: Int
    }

    static func register() {
        Benchmark("Extractor.mentions(in:) (lexicon matching)", configuration: .reporting(Rate.characters)) { benchmark, setup in
            benchmark.measure(Rate.characters, units: setup.corpus.characters) {
                for document in setup.corpus.documents {
                    blackHole(setup.extractor.mentions(in: document))
                }
            }
        } setup: {
            try Setup.load()
        }

        Benchmark("Extractor.facts(from:) (resolution, relations)", configuration: .reporting(Rate.characters)) { (benchmark: Benchmark, input: AnalysedCorpus) in
            benchmark.measure(Rate.characters, units: input.characters) {
                for mentions in input.mentions {
                    blackHole(input.extractor.facts(from: mentions))
                }
            }
        } setup: {
            let setup = try Setup.load()
            return AnalysedCorpus(extractor: setup.extractor,
                                  mentions: setup.corpus.documents.map(setup.extractor.mentions(in:)),
                                  characters: setup.corpus.characters)
        }

        Benchmark("Extractor.extract", configuration: .reporting(Rate.characters)) { benchmark, setup in
            benchmark.measure(Rate.characters, units: setup.corpus.characters) {
                for document in setup.corpus.documents {
                    blackHole(setup.extractor.extract(document))
                }
            }
        } setup: {
            try Setup.load()
        }

        Benchmark("GraphBuilder (corpus extractions → graph)", configuration: .reporting(Rate.triples)) { benchmark, input in
            blackHole(benchmark.measure(Rate.triples, units: input.triples) { graph(of: input.extractions) })
        } setup: {
            let setup = try Setup.load()
            let extractions = setup.corpus.documents.map(setup.extractor.extract)
            return ExtractedCorpus(extractions: extractions, triples: graph(of: extractions).count)
        }

        Benchmark("GraphBuilder.resolve (cross-article resolution)", configuration: .reporting(Rate.documents)) { (benchmark: Benchmark, input: ExtractedCorpus) in
            let filled = Self.builder(of: input.extractions)
            blackHole(benchmark.measure(Rate.documents, units: input.extractions.count) { filled.resolve() })
        } setup: {
            let setup = try Setup.load()
            let extractions = setup.corpus.documents.map(setup.extractor.extract)
            return ExtractedCorpus(extractions: extractions, triples: graph(of: extractions).count)
        }

        // Each iteration copies the first half before merging into it, as `kgx export --jobs 2` merges into a share of its own.
        Benchmark("Graph.formUnion (two halves of the corpus graph)", configuration: .reporting(Rate.triples)) { (benchmark: Benchmark, halves: Halves) in
            blackHole(benchmark.measure(Rate.triples, units: halves.second.count) {
                var merged = halves.first
                merged.formUnion(halves.second)
                return merged
            })
        } setup: {
            let setup = try Setup.load()
            let resolution = Self.builder(of: setup.corpus.documents.map(setup.extractor.extract)).resolve()
            let middle = resolution.documentCount / 2
            let builder = GraphBuilder(minter: IRIMinter())
            return Halves(first: builder.graph(of: 0..<middle, resolution),
                          second: builder.graph(of: middle..<resolution.documentCount, resolution))
        }
    }

    /// The graphs of the two halves of the corpus, as `kgx export --jobs 2` builds them before merging.
    struct Halves: Sendable {
        let first: Graph
        let second: Graph
    }

    /// A builder holding `extractions`, as `kgx export` fills it.
    private static func builder(of extractions: [DocumentExtraction]) -> GraphBuilder {
        var builder = GraphBuilder(minter: IRIMinter())
        for extraction in extractions { builder.add(extraction) }
        return builder
    }

    /// The graph of `extractions`, built as `kgx export` builds it.
    private static func graph(of extractions: [DocumentExtraction]) -> Graph {
        builder(of: extractions).graph()
    }
}
