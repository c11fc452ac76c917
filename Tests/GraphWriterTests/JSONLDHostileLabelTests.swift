import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

/// The labels that have broken exporters, through JSON-LD: rdflib and pyld read each graph back
/// equal to its N-Triples.
@Suite struct JSONLDHostileLabelTests {
    @Test func hostileLabelsComeBackEqual() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var jobs: [GraphComparison.Job] = []
        for (index, label) in GraphFixtures.hostileLabels.enumerated() {
            let graph = GraphFixtures.labelled(label)
            var files: [URL] = []
            for format in [ExportFormat.ntriples, .jsonLD] {
                let sink = MemorySink()
                try format.write(graph, to: sink, prefixes: .standard())
                let file = folder.appendingPathComponent("label\(index).\(format.fileExtension)")
                try Data(sink.bytes).write(to: file)
                files.append(file)
            }
            jobs.append(GraphComparison.Job(id: label, expected: files[0], readings: GraphComparison.jsonLDReadings(of: files[1].path)))
        }
        let failures = try GraphComparison.failures(jobs)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("the sample graph (classes, aliases, typed, tagged and plain literals, provenance) comes back equal")
    func sampleComesBackEqual() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = folder.appendingPathComponent("sample.nt"), document = folder.appendingPathComponent("sample.jsonld")
        for (format, file) in [(ExportFormat.ntriples, expected), (.jsonLD, document)] {
            let sink = MemorySink()
            try format.write(GraphFixtures.sample, to: sink, prefixes: .standard())
            try Data(sink.bytes).write(to: file)
        }
        let failures = try GraphComparison.failures([GraphComparison.Job(id: "sample", expected: expected, readings: GraphComparison.jsonLDReadings(of: document.path))])
        #expect(failures.isEmpty, "\(failures)")
    }
}
