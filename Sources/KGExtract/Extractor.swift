import KGGraph
import KGText

/// Extracts entities, agreements and relations from one document, using the lexicons and
/// general patterns of news prose; it invents nothing the text does not state.
public struct Extractor: Sendable {
    let lexicons: Lexicons

    public init(lexicons: Lexicons) {
        self.lexicons = lexicons
    }

    /// Everything found in `document`, with sentence-level evidence.
    public func extract(_ document: Document) -> DocumentExtraction {
        let analyzer = SentenceAnalyzer(lexicons: lexicons)
        let sentences = SentenceSplitter.sentences(in: document).map(analyzer.analyze)
        var work = ExtractionWork(document: document, lexicons: lexicons, analyses: sentences)
        work.typeUnknownRuns()
        work.resolveEntities()
        work.findRelations()
        work.findAgreements()
        return work.result()
    }
}
