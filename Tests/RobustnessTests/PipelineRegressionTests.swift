import Foundation
import KGExtract
import KGGraph
import KGTestSupport
import KGText
import KGWriters
import Testing

/// Replays every input in `Regressions/` — crashes and hangs the fuzzer found (`Fuzz/`), and
/// hand-made nasty articles — through the same checks the fuzz target makes: the reader either
/// refuses the bytes with a `DocumentError` or the whole pipeline runs, every writer accepts the
/// graph, and the N-Triples read back to the same graph.
@Suite("Pipeline regressions")
struct PipelineRegressionTests {
    static let folder = ProjectPaths.root.appendingPathComponent("Tests/RobustnessTests/Regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("each regression input runs through the whole pipeline", arguments: inputs)
    func replay(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let document: Document
        do {
            document = try DocumentReader.read(bytes: bytes, name: name)
        } catch is DocumentError {
            return
        }
        var builder = GraphBuilder(minter: IRIMinter())
        builder.add(Extractor(lexicons: try Lexicons.bundled()).extract(document))
        let graph = builder.graph()
        for format in ExportFormat.singleFile {
            let sink = MemorySink()
            try format.write(graph, to: sink, prefixes: .standard())
            if format == .ntriples {
                #expect(try NTriplesReader.graph(sink.bytes).unorderedTriples == graph.unorderedTriples)
            }
        }
    }
}
