import Benchmark
@_spi(Stages) import KGExtract
import Foundation
import KGText

/// Lexicon look-ups alone: every token of the corpus asked of a `WordTable` of the words of every bundled
/// lexicon file, the question extraction asks at nearly every token for each lexicon. The same look-ups in
/// a `Dictionary<String, Int>` (what the lexicons used before) give the figure to compare it with.
enum LexiconBenchmarks {
    /// The corpus's tokens and the lexicon words, in both tables.
    struct Setup: Sendable {
        let tokens: [Token]
        let table: WordTable<Int>
        let dictionary: [String: Int]

        static func load() throws -> Setup {
            let inputs = try GeneratedInputs()
            let tokens = try Corpus.load(from: inputs).documents.flatMap { Tokenizer.tokens(of: $0.text) }
            let folder = inputs.repository.appendingPathComponent("Ontology/lexicons")
            var table = WordTable<Int>(), dictionary: [String: Int] = [:]
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for token in Tokenizer.tokens(of: text) where dictionary[token.folded] == nil {
                    dictionary[token.folded] = dictionary.count
                    table.update(token.folded, initial: table.count) { _ in }
                }
            }
            guard !tokens.isEmpty, !dictionary.isEmpty else { throw InputError.empty(what: "lexicon words") }
            return Setup(tokens: tokens, table: table, dictionary: dictionary)
        }
    }

    static func register() {
        Benchmark("WordTable look-up (corpus tokens, lexicon words)", configuration: .reporting(Rate.tokens)) { benchmark, setup in
            benchmark.measure(Rate.tokens, units: setup.tokens.count) {
                var found = 0
                for token in setup.tokens where setup.table.value(for: token) != nil { found += 1 }
                blackHole(found)
            }
        } setup: {
            try Setup.load()
        }

        Benchmark("Dictionary look-up (corpus tokens, lexicon words; reference)", configuration: .reporting(Rate.tokens)) { benchmark, setup in
            benchmark.measure(Rate.tokens, units: setup.tokens.count) {
                var found = 0
                for token in setup.tokens where setup.dictionary[token.folded] != nil { found += 1 }
                blackHole(found)
            }
        } setup: {
            try Setup.load()
        }
    }
}
