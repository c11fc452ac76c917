import KGGraph
import KGWriters
import Testing

/// `kgx convert --to graphml/dot` projects an `InternedGraph`; the files must be byte for byte those
/// written from a `Graph` of the same triples.
@Suite struct InternedProjectionTests {
    @Test("GraphML and DOT from an InternedGraph equal those from the Graph", arguments: [ExportFormat.graphml, .dot])
    func projectionMatchesGraph(_ format: ExportFormat) throws {
        let graph = GraphFixtures.sample
        let ntriples = MemorySink()
        try NTriplesWriter(sink: ntriples).write(contentsOf: graph.sortedTriples.reversed())
        var interned = InternedGraph()
        try interned.read(ntriples.bytes)
        let fromGraph = MemorySink(), fromInterned = MemorySink()
        try format.write(graph, to: fromGraph, prefixes: PrefixMap())
        try format.write(interned, to: fromInterned, prefixes: PrefixMap())
        #expect(fromInterned.text == fromGraph.text)
        #expect(PropertyGraph(interned).nodes.map(\.term) == PropertyGraph(graph).nodes.map(\.term))
    }
}
