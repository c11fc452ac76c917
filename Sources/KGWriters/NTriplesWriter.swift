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

    /// Flushes the sink. N-Triples has no closing syntax, so this only pushes buffered bytes out.
    public func finish() throws {
        try sink.flush()
    }
}
