import Foundation
import KGText

/// The articles the text and extraction benchmarks read: the seed articles (`seeds/*.txt`) and
/// the first `generatedCount` articles of the generated corpus, read once into `Document`s.
struct Corpus: Sendable {
    /// How many generated articles join the seeds: about 350k characters, about a second of
    /// extraction per pass on this machine.
    static let generatedCount = 100

    let documents: [Document]
    /// Unicode scalars over all documents: the unit of kgx's offsets and of `compare.sh`'s chars/s.
    let characters: Int

    static func load(from inputs: GeneratedInputs) throws -> Corpus {
        let seeds = try GeneratedInputs.files(
            in: inputs.repository.appendingPathComponent("seeds"), extension: "txt")
        let generated = try GeneratedInputs.files(
            in: try inputs.articles(count: generatedCount), extension: "txt")
        let documents = try (seeds + generated).map { try DocumentReader.read(path: $0.path) }
        guard !documents.isEmpty else { throw InputError.empty(what: "articles") }
        return Corpus(documents: documents,
                      characters: documents.reduce(0) { $0 + $1.text.unicodeScalars.count })
    }
}
