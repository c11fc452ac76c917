import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import PropertyBased
import Testing

/// Properties of the writers over random graphs with random Unicode strings. Our own reader
/// checks every generated graph; the external consumers get all graphs of a run in one batch
/// (one folder each), so the suite stays fast.
@Suite("Writer properties")
struct WriterPropertyTests {
    @Test("N-Triples we write read back, through our NTriplesReader, to the same graph")
    func ntriplesRoundTrip() async {
        await propertyCheck(count: 300, input: RandomGraphs.graph) { graph in
            let sink = MemorySink()
            try ExportFormat.ntriples.write(graph, to: sink, prefixes: .standard())
            let reread = try NTriplesReader.graph(sink.bytes)
            #expect(reread.unorderedTriples == graph.unorderedTriples)
        }
    }

    @Test("Turtle parses in serdi and rdflib to the graph of our N-Triples; GraphML validates; dot accepts DOT")
    func consumersAcceptRandomGraphs() async throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var folders: [URL] = []
        await propertyCheck(count: 40, input: RandomGraphs.graph) { graph in
            let graphFolder = folder.appendingPathComponent("g\(folders.count)")
            try ConsumerReport.write(graph, to: graphFolder)
            folders.append(graphFolder)
        }
        // rapper refuses the noncharacters the generator mixes in (see ConsumerReport).
        let report = try ConsumerReport(folders: folders, rapper: false)
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        #expect(report.values.count == folders.count)
        for (index, values) in report.values.enumerated() {
            #expect(values.isomorphic == true, "rdflib: Turtle and N-Triples differ in \(folders[index].path)")
        }
    }
}
