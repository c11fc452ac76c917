import KGGraph

/// Writes canonical N-Triples: one triple per line, terms spelled in full, ` .\n` after each.
///
/// Each triple is assembled in a reusable buffer and handed to the sink only once every term
/// has been checked, so a refused triple (relative IRI, bad language tag, literal subject)
/// leaves no partial line behind.
public final class NTriplesWriter {
    private let sink: ByteSink
    private var line: [UInt8] = []

    /// - Parameter sink: where the lines go; `finish()` flushes it.
    public init(sink: ByteSink) {
        self.sink = sink
        line.reserveCapacity(512)
    }

    /// Writes one triple as one line.
    /// - Throws: `RDFWriterError` for a triple that cannot be written (nothing is written then),
    ///   or the sink's error.
    public func write(_ triple: Triple) throws {
        line.removeAll(keepingCapacity: true)
        try RDFEscaping.checkSubject(triple.subject)
        try RDFEscaping.appendNTriplesTerm(triple.subject, to: &line)
        line.append(0x20)
        try RDFEscaping.appendIRIRef(triple.predicate, to: &line)
        line.append(0x20)
        try RDFEscaping.appendNTriplesTerm(triple.object, to: &line)
        line.append(contentsOf: " .\n".utf8)
        try line.withUnsafeBytes { try sink.write($0) }
    }

    /// Writes each triple of `triples` in order.
    public func write<S: Sequence>(contentsOf triples: S) throws where S.Element == Triple {
        for triple in triples { try write(triple) }
    }

    /// Writes every triple of `graph`, sorted and without duplicates, as `write(_:)` would.
    ///
    /// Each term's spelling is ready in the graph, so a line is three copies; lines collect in
    /// a large buffer that goes to the sink in big pieces.
    public func write(_ graph: InternedGraph) throws {
        let spellings = graph.spellingBytes
        line.removeAll(keepingCapacity: true)
        line.reserveCapacity(Self.chunkSize + 4096)
        try spellings.withUnsafeBufferPointer { spelled in
            let lines = StatementLines(graph: graph, spellings: spelled)
            for triple in graph.sortedIDTriples() {
                lines.append(triple, to: &line)
                if line.count >= Self.chunkSize { try flushLine() }
            }
        }
        try flushLine()
    }

    /// How many bytes `write(_: InternedGraph)` collects before handing them to the sink.
    static let chunkSize = 1 << 20

    private func flushLine() throws {
        try line.withUnsafeBytes { try sink.write($0) }
        line.removeAll(keepingCapacity: true)
    }

    /// Flushes the sink. N-Triples has no closing syntax, so this only pushes buffered bytes out.
    public func finish() throws {
        try sink.flush()
    }
}
