import Foundation
import Testing
@_spi(Stages) @testable import KGExtract
import KGGraph
import KGText

/// Long documents are extracted in windows of whole paragraphs: the windows must split the text into the
/// document's own sentences, find what one window finds when the facts lie within paragraphs, and keep
/// every evidence sentence at its true place in the document; documents below the window size are unchanged.
@Suite struct WindowedExtractionTests {
    static let lexicons: Lexicons? = try? Lexicons.bundled()

    /// Self-contained paragraphs, the first repeated at the end, so that entities and the agreement recur across windows.
    static let paragraphs = [
        "Canberra, March 3, 2024 \u{2013} Australia's Lynas Rare Earths Ltd signed a memorandum of understanding with Japan's Sojitz Corporation on 1 March 2024 to supply dysprosium and terbium.",
        "Codelco, Chile's state copper company, is the world's largest copper producer. Its chief executive, Ruben Alvarado, spoke in Santiago.",
        "Germany and Chile signed an agreement on lithium and copper in Santiago on 12 June 2023.",
        "Australia's Lynas Rare Earths Ltd signed a memorandum of understanding with Japan's Sojitz Corporation on 1 March 2024 to supply dysprosium and terbium.",
    ]

    func document(_ text: String) throws -> Document {
        try DocumentReader.read(bytes: Array(text.utf8), name: "long.txt")
    }

    /// Entities and facts by name (agreements by kind, their ids depend on the order of discovery), each fact
    /// with the scalar ranges of its evidence.
    func summary(_ extraction: DocumentExtraction) -> (entities: Set<String>, facts: [String: [Range<Int>]]) {
        let lines = SeedFixture.describe(extraction).map { $0.replacing(#/#[0-9]+ /#, with: "#") }
        var facts: [String: [Range<Int>]] = [:]
        for (fact, line) in zip(extraction.facts, lines.dropFirst(extraction.entities.count)) {
            facts[line, default: []] += fact.evidence.map(\.range)
        }
        return (Set(lines.prefix(extraction.entities.count)), facts)
    }

    /// Every evidence and mention sentence is the document's text at its offsets.
    func expectTrueOffsets(_ extraction: DocumentExtraction) {
        let scalars = Array(extraction.document.text.unicodeScalars)
        let sentences = extraction.facts.flatMap(\.evidence) + extraction.entities.flatMap(\.sentences)
        #expect(!sentences.isEmpty)
        for sentence in sentences {
            #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == sentence.text)
        }
    }

    @Test func paragraphWindowsFindWhatOneWindowFinds() throws {
        let lexicons = try #require(Self.lexicons)
        let document = try document(Self.paragraphs.joined(separator: "\n\n") + "\n")
        // Each paragraph is longer than the limit but shorter than twice it: one window each.
        #expect(TextWindow.windows(of: document, limit: 80).count == Self.paragraphs.count)
        let whole = Extractor(lexicons: lexicons).extract(document)
        let windowed = Extractor(lexicons: lexicons, windowLimit: 80).extract(document)
        let (wholeEntities, wholeFacts) = summary(whole)
        let (windowedEntities, windowedFacts) = summary(windowed)
        #expect(windowedEntities == wholeEntities)
        #expect(windowed.entities.count == whole.entities.count)
        #expect(Set(windowedFacts.keys) == Set(wholeFacts.keys))
        // The evidence is the same or more: the window of the repeated signing sentence reads it as a signing
        // of its own (parties, date), where the whole document only notes it as a mention of the first.
        for (fact, evidence) in wholeFacts { #expect(Set(evidence).isSubset(of: windowedFacts[fact] ?? []), "\(fact)") }
        #expect(windowedFacts["F #MoU party Sojitz"] == [26..<178, 406..<558])
        // The agreement of the first paragraph is the one of the last, with evidence from both.
        #expect(wholeFacts.contains { $0.key.hasSuffix("MoU concerns dysprosium") && $0.value.count == 2 })
        #expect(wholeFacts.keys.contains { $0.hasSuffix("Agreement concerns lithium") })
        expectTrueOffsets(windowed)
    }

    @Test func windowsSplitTheDocumentIntoItsOwnSentences() throws {
        // Seeds joined: paragraphs, a date header and dateline at the top; a hard-wrapped paragraph longer than
        // twice the window, cut at a line break; small windows everywhere.
        let seeds = try SeedFixture.paths().map { try String(contentsOfFile: $0, encoding: .utf8) }
        let wrapped = (0..<40).map { "Line \($0) of a long paragraph names Germany and lithium,\nand goes on in lower case." }.joined(separator: "\n")
        let document = try document(seeds.joined(separator: "\n\n") + "\n\n" + wrapped + "\n")
        let expected = SentenceSplitter.sentences(in: document)
        for limit in [500, 1_000, 5_000] {
            let windows = TextWindow.windows(of: document, limit: limit)
            #expect(windows.count > 3)
            let split = windows.flatMap { window in
                SentenceSplitter.sentences(in: String(window.text), skipping: window.skipped).map { ($0.range.lowerBound + window.offset)..<($0.range.upperBound + window.offset) }
            }
            #expect(split == expected.map(\.range), "window limit \(limit)")
        }
    }

    @Test func windowedSeedsKeepTrueEvidenceOffsets() throws {
        let lexicons = try #require(Self.lexicons)
        let seeds = try SeedFixture.paths().map { try String(contentsOfFile: $0, encoding: .utf8) }
        let document = try document(seeds.joined(separator: "\n\n"))
        let windowed = Extractor(lexicons: lexicons, windowLimit: 2_000).extract(document)
        #expect(TextWindow.windows(of: document, limit: 2_000).count > 5)
        #expect(windowed.facts.count > 20)
        expectTrueOffsets(windowed)
        // Every entity id is its index, every fact refers to entities of the extraction.
        #expect(windowed.entities.enumerated().allSatisfy { $0.offset == $0.element.id })
        for fact in windowed.facts {
            #expect(windowed.entities.indices.contains(fact.subject))
            if case .entity(let id) = fact.object { #expect(windowed.entities.indices.contains(id)) }
        }
    }

    @Test func documentsBelowTheWindowAreExtractedWhole() throws {
        let lexicons = try #require(Self.lexicons)
        let extractor = Extractor(lexicons: lexicons)
        for path in try SeedFixture.paths() {
            let document = try DocumentReader.read(path: path)
            #expect(TextWindow.windows(of: document, limit: Extractor.defaultWindowLimit).count == 1)
            let extracted = extractor.extract(document)
            let staged = extractor.facts(from: extractor.mentions(in: document))
            #expect(SeedFixture.describe(extracted) == SeedFixture.describe(staged))
            #expect(extracted.facts.map { $0.evidence.map(\.range) } == staged.facts.map { $0.evidence.map(\.range) })
            // Merging the one window changes nothing either.
            var merger = ExtractionMerger(document: document)
            merger.add(extracted)
            #expect(SeedFixture.describe(merger.result()) == SeedFixture.describe(extracted))
            #expect(merger.result().facts.map { $0.evidence.map(\.range) } == extracted.facts.map { $0.evidence.map(\.range) })
        }
    }
}
