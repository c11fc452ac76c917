import KGGraph
import Testing

/// The graph's own hash tables (terms and triples) against Swift's `Set`, which hashes independently:
/// through many growths, with terms that differ in a single byte, a tag or a datatype only.
@Suite("Graph hash tables")
struct GraphTablesTests {
    /// Terms that a weak hash or a byte-blind equality would confuse, each distinct in RDF.
    static let lookalikes: [Term] = [
        .string("\u{E9}"), .string("e\u{301}"), .string("Moscow"), .string("Moscow", language: "en"),
        .string("Moscow", language: "fr"), .typed("Moscow", Namespace.xsd + "token"), .iri("Moscow"), .blank("Moscow"),
        .string(""), .iri(""), .string("12345678"), .string("123456789"), .string("12345679"), .string("1234567\u{0}"),
    ]

    @Test("fifty thousand triples, each inserted twice, are each held once, found, and sorted as Swift's Set sorts them")
    func manyTriples() {
        let triples = (0..<50_000).map { n in
            Triple(.iri("http://s/\(n % 997)"), "http://p/\(n % 13)", n % 3 == 0 ? .string("o\(n)") : .iri("http://o/\(n % 4_001)"))
        }
        var graph = Graph()
        for triple in triples + triples.reversed() { graph.insert(triple) }
        let expected = Set(triples)
        #expect(graph.count == expected.count)
        #expect(expected.allSatisfy(graph.contains))
        #expect(!graph.contains(Triple(.iri("http://s/1"), "http://p/1", .iri("http://o/absent"))))
        #expect(graph.sortedTriples == expected.sorted())
        #expect(graph.unorderedTriples == expected)
        #expect(Set(graph.distinctTerms).count == graph.distinctTerms.count)
    }

    @Test("terms that differ in one byte, a tag, a datatype or their kind are different terms")
    func lookalikeTerms() {
        var graph = Graph()
        let ids = Self.lookalikes.map { graph.id(for: $0) }
        #expect(Set(ids).count == Self.lookalikes.count)
        #expect(Self.lookalikes.map { graph.id(for: $0) } == ids)
        #expect(graph.distinctTerms == Self.lookalikes)
    }

    @Test("merging a graph whose terms grew its table many times keeps every triple and no other")
    func unionAcrossGrowth() {
        let triples = (0..<20_000).map { Triple(.iri("http://s/\($0)"), "http://p", .string("\($0 % 5_000)")) }
        var left = Graph(triples[..<12_000])
        left.formUnion(Graph(triples[8_000...]))
        #expect(left.count == triples.count)
        #expect(left.sortedTriples == triples.sorted())
    }
}
