import KGExtract
import KGText

/// The per-article step of a run: an article's path to its extraction, through the cache when there is one.
struct ArticleExtraction: Sendable {
    let extractor: Extractor
    let cache: ExtractionCache?

    /// The extraction of the article at `path` (`-`: `standardInput`, named `stdin.txt`).
    /// - Throws: `DocumentError` when the article cannot be read.
    func extract(path: String, standardInput: [UInt8]) throws -> DocumentExtraction {
        let isStandardInput = path == "-"
        guard let cache else {
            return extractor.extract(isStandardInput ? try DocumentReader.read(bytes: standardInput, name: "stdin.txt")
                                                     : try DocumentReader.read(path: path))
        }
        let name = isStandardInput ? "stdin.txt" : DocumentReader.name(ofFile: path)
        let bytes = isStandardInput ? standardInput : try DocumentReader.contents(ofFile: path)
        let key = cache.key(of: bytes, name: name)
        if let cached = cache.extraction(for: key) { return cached }
        let extraction = extractor.extract(try DocumentReader.read(articleBytes: bytes, name: name))
        cache.store(extraction, for: key)
        return extraction
    }
}
