import Benchmark
import KGText

/// The text layer: tokenising and sentence splitting over the whole corpus.
enum TextBenchmarks {
    static func register() {
        Benchmark("Tokenizer.tokens(of:)", configuration: .reporting(Rate.characters)) { benchmark, corpus in
            benchmark.measure(Rate.characters, units: corpus.characters) {
                for document in corpus.documents {
                    blackHole(Tokenizer.tokens(of: document.text))
                }
            }
        } setup: {
            try Corpus.load(from: try GeneratedInputs())
        }

        Benchmark("SentenceSplitter.sentences(in:)", configuration: .reporting(Rate.characters)) { benchmark, corpus in
            benchmark.measure(Rate.characters, units: corpus.characters) {
                for document in corpus.documents {
                    blackHole(SentenceSplitter.sentences(in: document))
                }
            }
        } setup: {
            try Corpus.load(from: try GeneratedInputs())
        }
    }
}
