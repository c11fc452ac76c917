import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

/// Sorted N-Triples shards merge, in one pass, into exactly the file of their union.
@Suite struct NTriplesMergeTests {
    /// A graph of `count` subjects, each with a label long enough that the file spans several
    /// read chunks, some literals tagged or typed, and blank nodes: every kind of term sorts.
    private static func graph(subjects count: Int, from first: Int = 0) -> Graph {
        var graph = Graph()
        for index in first..<(first + count) {
            let subject = Term.iri("https://example.org/id/\(index)")
            graph.insert(subject, Vocabulary.label, .string("Subject \(index) " + String(repeating: "é", count: 200)))
            graph.insert(subject, "https://example.org/p", index % 3 == 0 ? .blank("b\(index)") : .iri("https://example.org/id/\(index / 2)"))
            graph.insert(subject, "https://example.org/q", index % 2 == 0 ? .string("x", language: "en") : .typed("\(index)", Namespace.xsd + "integer"))
        }
        return graph
    }

    /// The N-Triples kgx writes for `graph`: sorted, each triple once.
    private static func nTriples(_ graph: Graph) throws -> [UInt8] {
        let sink = MemorySink()
        try ExportFormat.ntriples.write(graph, to: sink, prefixes: PrefixMap())
        return sink.bytes
    }

    private static func files(_ contents: [[UInt8]], _ body: ([String]) throws -> Void) throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try contents.enumerated().map { index, bytes in
            let path = folder.appendingPathComponent("shard\(index).nt")
            try Data(bytes).write(to: path)
            return path.path
        }
        try body(paths)
    }

    private static func merged(_ paths: [String]) throws -> [UInt8] {
        let sink = MemorySink()
        try NTriplesMerge.merge(paths, into: NTriplesWriter(sink: sink))
        return sink.bytes
    }

    @Test func aStreamReadsWhatTheReaderReadsAcrossChunks() throws {
        let bytes = try Self.nTriples(Self.graph(subjects: 6_000))
        #expect(bytes.count > 3 << 20)
        var expected: [Triple] = []
        try NTriplesReader.read(bytes) { expected.append($0) }
        try Self.files([bytes]) { paths in
            let stream = try NTriplesStream(contentsOf: paths[0])
            var streamed: [Triple] = []
            while let triple = try stream.next() { streamed.append(triple) }
            #expect(streamed == expected)
            #expect(stream.count == expected.count)
            #expect(try stream.next() == nil)
        }
    }

    @Test func overlappingShardsMergeIntoTheFileOfTheirUnion() throws {
        let first = Self.graph(subjects: 3_000), second = Self.graph(subjects: 3_000, from: 2_000), third = Self.graph(subjects: 10, from: 50)
        var union = first
        union.formUnion(second)
        union.formUnion(third)
        try Self.files([Self.nTriples(first), Self.nTriples(second), [], Self.nTriples(third)]) { paths in
            let merged = try Self.merged(paths)
            #expect(merged == (try Self.nTriples(union)))
        }
    }

    @Test func noShardsOrEmptyShardsMergeIntoNothing() throws {
        #expect(try Self.merged([]).isEmpty)
        try Self.files([[], []]) { paths in
            let merged = try Self.merged(paths)
            #expect(merged.isEmpty)
        }
    }

    @Test func anUnsortedShardStopsTheMergeNamingItAndTheTriple() throws {
        let sorted = try Self.nTriples(Self.graph(subjects: 20))
        let lines = String(decoding: sorted, as: UTF8.self).split(separator: "\n")
        let swapped = ([lines[0], lines[5], lines[3]] + lines[6...]).joined(separator: "\n") + "\n"
        try Self.files([sorted, Array(swapped.utf8)]) { paths in
            do {
                _ = try Self.merged(paths)
                Issue.record("an unsorted shard was merged")
            } catch let error as NTriplesMerge.UnsortedInput {
                #expect(error.path == paths[1])
                #expect(error.position == 3)
            }
        }
    }

    @Test func aSyntaxErrorInAShardIsThatError() throws {
        try Self.files([Array("<https://example.org/s> <https://example.org/p> oops .\n".utf8)]) { paths in
            #expect(throws: NTriplesSyntaxError.self) { try Self.merged(paths) }
        }
    }
}
