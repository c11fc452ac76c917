import KGGraph

/// Writes N-Quads with one named graph per document (see `DocumentGraphs` for which triple goes
/// where): the default graph's triples first, then each document's graph, named by the
/// document's IRI, in term order; triples in each graph sorted, each quad once.
///
/// Terms are spelled as in N-Triples, and the union of the graphs holds exactly the triples of the
/// N-Triples output (a fact stated by several documents is written once in each of their graphs).
/// Lines collect in a large buffer that goes to the sink in big pieces.
public final class NQuadsWriter {
    private let sink: ByteSink
    private var buffer: [UInt8] = []

    /// - Parameter sink: where the lines go; `write(_:)` flushes it.
    public init(sink: ByteSink) {
        self.sink = sink
    }

    /// Writes every triple of `graph` in the named graphs of its documents, and flushes the sink.
    public func write(_ graph: InternedGraph) throws {
        let ranked = graph.ranked()
        let placement = DocumentGraphs(ranked)
        var members: [UInt32: [Int]] = [:]
        var defaultGraph: [Int] = []
        for (index, graphs) in placement.graphs.enumerated() {
            if graphs.isEmpty { defaultGraph.append(index) }
            for document in graphs { members[document, default: []].append(index) }
        }
        buffer.removeAll(keepingCapacity: true)
        try graph.spellingBytes.withUnsafeBufferPointer { spelled in
            let lines = StatementLines(graph: graph, spellings: spelled)
            let sections = [(nil, defaultGraph)] + placement.documents.map { ($0, members[$0] ?? []) }
            for (name, indices) in sections {
                for index in indices {
                    lines.append(ranked.triples[index], graphName: name, to: &buffer)
                    if buffer.count >= NTriplesWriter.chunkSize { try flushBuffer() }
                }
            }
        }
        try flushBuffer()
        try sink.flush()
    }

    private func flushBuffer() throws {
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
