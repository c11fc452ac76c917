/// The line assembly shared by the N-Triples and N-Quads writers: terms are copied from the
/// N-Triples spellings an `InternedGraph` holds, so both formats spell terms the one way
/// `RDFEscaping` defines.
struct StatementLines {
    let graph: InternedGraph
    /// `graph.spellingBytes`, held while lines are assembled.
    let spellings: UnsafeBufferPointer<UInt8>

    /// Appends `subject predicate object .` or, with a graph name, `subject predicate object graph .`,
    /// and a line feed.
    func append(_ triple: RankedTriples.IDTriple, graphName: UInt32? = nil, to line: inout [UInt8]) {
        appendTerm(triple.subject, to: &line)
        line.append(0x20)
        appendTerm(triple.predicate, to: &line)
        line.append(0x20)
        appendTerm(triple.object, to: &line)
        if let graphName {
            line.append(0x20)
            appendTerm(graphName, to: &line)
        }
        line.append(contentsOf: " .\n".utf8)
    }

    private func appendTerm(_ id: UInt32, to line: inout [UInt8]) {
        line.append(contentsOf: UnsafeBufferPointer(rebasing: spellings[graph.spellingRange(id)]))
    }
}
