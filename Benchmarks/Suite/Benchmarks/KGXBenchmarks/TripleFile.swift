import KGGraph
import KGWriters

/// The graph the writer and reader benchmarks use: a generated N-Triples file of `count`
/// distinct triples shaped like kgx's graphs (`compare.sh`'s `--quick` input), as bytes and as
/// the `Graph` kgx reads from it.
struct TripleFile: Sendable {
    static let count = 100_000

    let bytes: [UInt8]
    let graph: Graph

    static func load(from inputs: GeneratedInputs) throws -> TripleFile {
        let bytes = try GeneratedInputs.bytes(of: try inputs.triples(count: count))
        return TripleFile(bytes: bytes, graph: try NTriplesReader.graph(bytes))
    }

    /// The bytes of the generated file of the varied shape, `count` triples.
    static func variedBytes(from inputs: GeneratedInputs) throws -> [UInt8] {
        try GeneratedInputs.bytes(of: try inputs.variedTriples(count: count))
    }
}
