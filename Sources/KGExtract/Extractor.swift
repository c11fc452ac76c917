import KGGraph
import KGText

/// Extracts entities, agreements and relations from one document, using the lexicons and
/// general patterns of news prose; it invents nothing the text does not state.
///
/// Extraction runs in two stages: `mentions(in:)` analyses the sentences (split, tokens, lexicon matches),
/// `facts(from:)` resolves entities and finds relations and agreements. A long document is extracted in
/// windows of whole paragraphs (`TextWindow`), each through both stages, and the window results are merged
/// (`ExtractionMerger`): memory then depends on the window, not the document, and no step is quadratic in it.
public struct Extractor: Sendable {
    let lexicons: Lexicons
    /// The size, in Unicode scalars, after which a window ends at the next paragraph break.
    let windowLimit: Int

    /// The window size of the command line: far above any news article, so that articles are extracted whole.
    static let defaultWindowLimit = 256 * 1024

    public init(lexicons: Lexicons) {
        self.init(lexicons: lexicons, windowLimit: Self.defaultWindowLimit)
    }

    /// An extractor with another window size (tests force small windows with it).
    init(lexicons: Lexicons, windowLimit: Int) {
        self.lexicons = lexicons
        self.windowLimit = max(1, windowLimit)
    }

    /// Everything found in `document`, with sentence-level evidence.
    public func extract(_ document: Document) -> DocumentExtraction {
        let windows = TextWindow.windows(of: document, limit: windowLimit)
        guard windows.count > 1 else { return facts(from: mentions(in: document)) }
        var merger = ExtractionMerger(document: document)
        for window in windows { merger.add(facts(from: mentions(in: window, of: document))) }
        return merger.result()
    }

    /// The analysed sentences of the whole of `document`.
    @_spi(Stages) public func mentions(in document: Document) -> Mentions {
        mentions(in: TextWindow(whole: document), of: document)
    }

    /// Entities, agreements and relations of analysed sentences.
    @_spi(Stages) public func facts(from mentions: Mentions) -> DocumentExtraction {
        var work = ExtractionWork(mentions, lexicons: lexicons)
        work.typeUnknownRuns()
        work.resolveEntities()
        work.findRelations()
        work.findAgreements()
        return work.result()
    }

    /// The analysed sentences of one window, with document offsets.
    func mentions(in window: TextWindow, of document: Document) -> Mentions {
        let text = String(window.text)
        let analyzer = SentenceAnalyzer(lexicons: lexicons)
        let analyses = SentenceSplitter.sentences(in: text, skipping: window.skipped).map { sentence in
            analyzer.analyze(Sentence(range: (sentence.range.lowerBound + window.offset)..<(sentence.range.upperBound + window.offset), text: sentence.text))
        }
        let lowerCaseWords = Tokenizer.lowerCaseWords(of: text)
        return Mentions(document: document, analyses: analyses, lowerCaseWords: lowerCaseWords)
    }
}

/// The analysed sentences of a document (or of one window of it): sentence split, tokens and lexicon matches,
/// the input of entity resolution and fact finding.
@_spi(Stages) public struct Mentions: Sendable {
    /// The document the sentences are from.
    let document: Document
    /// Each sentence with its tokens, entity spans and agreement words.
    let analyses: [SentenceAnalyzer.Result]
    /// The words the text writes in lower case: a capitalised word among them is no short form of a name.
    let lowerCaseWords: Set<String>

    /// How many sentences were analysed.
    public var sentenceCount: Int { analyses.count }
}
