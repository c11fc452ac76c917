import Foundation
import KGTestSupport
import Testing

/// The exported graph loads into real graph databases and answers like an in-process engine.
///
/// The graph is the committed `exports/graph.nt`: `ExportsTests` already proves it is byte for byte
/// what `kgx export seeds` writes, so loading it here tests the stores on kgx's output without
/// running the pipeline a second time.
@Suite("Graph databases load graph.nt and answer the agreements query", .serialized)
struct TripleStoreTests {
    static let graph = ProjectPaths.exports.appendingPathComponent("graph.nt")

    /// The in-process answer every store must give, from pyoxigraph (checked against rdflib below).
    static let reference = Result { try TripleStore.pyoxigraph.answer(loading: graph) }

    static var lines: Int {
        get throws { try String(contentsOf: graph, encoding: .utf8).split(separator: "\n").count }
    }

    @Test("pyoxigraph and rdflib in process give the same rows, and they hold the seed agreements")
    func inProcessEnginesAgree() throws {
        let pyoxigraph = try Self.reference.get()
        let rdflib = try TripleStore.rdflib.answer(loading: Self.graph)
        #expect(pyoxigraph.rows == rdflib.rows)
        #expect(pyoxigraph.triples == (try Self.lines))
        #expect(rdflib.triples == (try Self.lines))
        SeedAgreements.expectFacts(in: pyoxigraph.rows, engine: pyoxigraph.version)
    }

    @Test("a graph database bulk-loads every line of graph.nt and answers the agreements query like pyoxigraph",
          .timeLimit(.minutes(2)), arguments: [TripleStore.oxigraph, .virtuoso])
    func storeAnswersLikeTheReference(_ store: TripleStore) throws {
        let reference = try Self.reference.get()
        let answer = try store.answer(loading: Self.graph)
        print("\(answer.version): loaded \(answer.triples) triples in \(answer.loadSeconds) s, \(answer.rows.count) rows")
        #expect(answer.triples == (try Self.lines), "\(answer.version) holds another number of triples")
        #expect(answer.rows == reference.rows, """
            \(answer.version) and \(reference.version) differ:
            only in the store: \(answer.rows.filter { !reference.rows.contains($0) })
            only in process: \(reference.rows.filter { !answer.rows.contains($0) })
            """)
        SeedAgreements.expectFacts(in: answer.rows, engine: answer.version)
    }
}
