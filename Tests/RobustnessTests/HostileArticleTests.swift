import Foundation
import KGExtract
import KGGraph
import KGTestSupport
@testable import KGText
import KGWriters
import Testing

/// Hostile text fed through the whole pipeline as article text — reader, extractor, graph
/// builder, every writer — so that it reaches the outputs the way real articles do: as the
/// headline (`kg:title`), as the evidence sentences (`prov:value`, GraphML/DOT `evidenceText`)
/// and, through the file name, as the document's label and IRI.
@Suite("Hostile articles")
struct HostileArticleTests {
    /// The samples an article can carry: no NUL (that makes a file binary) and on one line.
    static let samples = HostileText.samples.filter {
        !$0.unicodeScalars.contains("\u{0}") && !$0.contains(where: \.isNewline) && !$0.isEmpty
    }

    /// One sentence per sample, each stating a fact so that it becomes evidence.
    static let article = "Headline " + samples[0] + "\n\n" + samples.map { sample in
        "Germany and Chile signed a memorandum of understanding on lithium, noting " + sample + "."
    }.joined(separator: "\n\n") + "\n"

    @Test("hostile headline, sentences and file name survive every writer and consumer")
    func wholePipeline() throws {
        let name = "article \"q\" \\ <x> ]]> #1 %41 Горный 日本.txt"
        let document = try DocumentReader.read(bytes: Array(Self.article.utf8), name: name)
        var builder = GraphBuilder(minter: IRIMinter())
        builder.add(Extractor(lexicons: try Lexicons.bundled()).extract(document))
        let graph = builder.graph()
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ConsumerReport.write(graph, to: folder)
        let report = try ConsumerReport(folders: [folder])
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        let found = try #require(report.values.first)
        #expect(found.isomorphic == true)
        HostileGraphTests.expectFaithful(name, in: found)
        let title = try #require(document.title)
        #expect(found.rdflib_ttl?.contains(title) == true, "title lost: \(title.debugDescription)")
        for sample in Self.samples {
            // The reader hands the extractor NFC text with noncharacters replaced; that is what must arrive.
            let expected = DocumentReader.normalise(sample).text
            for (consumer, values) in [("rdflib", found.rdflib_ttl), ("oxigraph", found.oxigraph_nt),
                                       ("NetworkX", found.networkx?.map { $0 })] {
                let wanted = consumer == "NetworkX" ? XMLTextSanitizer.sanitized(expected) : expected
                #expect(values?.contains { $0.contains(wanted) } == true,
                        "\(consumer) has no sentence holding \(wanted.debugDescription)")
            }
        }
    }
}
