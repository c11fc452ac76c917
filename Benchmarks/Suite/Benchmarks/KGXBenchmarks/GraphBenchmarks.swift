import Benchmark
import KGGraph
import KGWriters

/// The graph layer over a generated 100k-triple graph: every writer (as `kgx` calls it, through
/// `ExportFormat.write`, sorting included), the sort on its own, and the N-Triples reader.
enum GraphBenchmarks {
    static func register() {
        for format in ExportFormat.allCases {
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

        Benchmark("NTriplesReader.graph (parse into a Graph, 100k triples)", configuration: .reporting(Rate.triples)) { benchmark, file in
            blackHole(try benchmark.measure(Rate.triples, units: TripleFile.count) { try NTriplesReader.graph(file.bytes) })
        } setup: {
            try TripleFile.load(from: try GeneratedInputs())
        }
    }
}
