import Benchmark
import Foundation
import KGGraph
import KGWriters

/// The graph layer over a generated 100k-triple graph: every one-file writer (as `kgx` calls it,
/// through `ExportFormat.write`, sorting included), the sort on its own, the N-Triples reader, and
/// the merge of sorted shards.
enum GraphBenchmarks {
    static func register() {
        for format in ExportFormat.singleFile {
            Benchmark("\(format.displayName) writer (100k triples)", configuration: .reporting(Rate.triples)) { benchmark, file in
                let sink = DiscardingSink()
                try benchmark.measure(Rate.triples, units: file.graph.count) {
                    try format.write(file.graph, to: sink, prefixes: .standard())
                }
                blackHole(sink.count)
            } setup: {
                try TripleFile.load(from: try GeneratedInputs())
            }
        }

        Benchmark("Graph.sortedTriples (100k triples)", configuration: .reporting(Rate.triples)) { benchmark, file in
            blackHole(benchmark.measure(Rate.triples, units: file.graph.count) { file.graph.sortedTriples })
        } setup: {
            try TripleFile.load(from: try GeneratedInputs())
        }

        Benchmark("NTriplesReader.read (parse only, 100k triples)", configuration: .reporting(Rate.triples)) { benchmark, file in
            var count = 0
            try benchmark.measure(Rate.triples, units: TripleFile.count) {
                try NTriplesReader.read(file.bytes) { _ in count += 1 }
            }
            blackHole(count)
        } setup: {
            try TripleFile.load(from: try GeneratedInputs())
        }

        // What `kgx convert` does: read N-Triples into an `InternedGraph` and sort it (the reader is
        // every conversion's), then write it; on kgx's shape and on the varied one.
        for (shape, load) in [("kgx shape", { try TripleFile.load(from: try GeneratedInputs()).bytes }),
                              ("varied shape", { try TripleFile.variedBytes(from: try GeneratedInputs()) })] {
            Benchmark("InternedGraph.read + sort (\(shape), 100k triples)", configuration: .reporting(Rate.triples)) { benchmark, bytes in
                let graph = try benchmark.measure(Rate.triples, units: TripleFile.count) {
                    var graph = InternedGraph()
                    try graph.read(bytes)
                    graph.sort()
                    return graph
                }
                blackHole(graph.distinctTerms.count)
            } setup: {
                try load()
            }

            Benchmark("Turtle writer from an InternedGraph (\(shape), 100k triples)", configuration: .reporting(Rate.triples)) { benchmark, bytes in
                var graph = InternedGraph()
                try graph.read(bytes)
                graph.sort()
                let sink = DiscardingSink()
                try benchmark.measure(Rate.triples, units: TripleFile.count) {
                    try ExportFormat.turtle.write(graph, to: sink, prefixes: .standard())
                }
                blackHole(sink.count)
            } setup: {
                try load()
            }
        }

        Benchmark("NTriplesMerge.merge (4 sorted shards, 100k triples)", configuration: .reporting(Rate.triples)) { benchmark, shards in
            let sink = DiscardingSink()
            try benchmark.measure(Rate.triples, units: TripleFile.count) {
                try NTriplesMerge.merge(shards.paths, into: NTriplesWriter(sink: sink))
            }
            blackHole(sink.count)
        } setup: {
            try SortedShards.write(try TripleFile.load(from: try GeneratedInputs()), shards: 4)
        }

        Benchmark("NTriplesReader.graph (parse into a Graph, 100k triples)", configuration: .reporting(Rate.triples)) { benchmark, file in
            blackHole(try benchmark.measure(Rate.triples, units: TripleFile.count) { try NTriplesReader.graph(file.bytes) })
        } setup: {
            try TripleFile.load(from: try GeneratedInputs())
        }
    }
}

/// The sorted N-Triples of a `TripleFile` dealt line by line into `shards` files (each still
/// sorted, as a shard of a kgx run is), in a temporary folder.
struct SortedShards: Sendable {
    let paths: [String]

    static func write(_ file: TripleFile, shards: Int) throws -> SortedShards {
        let sink = MemorySink()
        try ExportFormat.ntriples.write(file.graph, to: sink, prefixes: PrefixMap())
        let lines = sink.bytes.split(separator: UInt8(ascii: "\n"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgx-merge-benchmark-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paths = try (0..<shards).map { shard in
            let path = folder.appendingPathComponent("shard\(shard).nt")
            let shardLines = lines.enumerated().filter { $0.offset % shards == shard }.map(\.element)
            try Data(shardLines.flatMap { $0 + [UInt8(ascii: "\n")] }).write(to: path)
            return path.path
        }
        return SortedShards(paths: paths)
    }
}
