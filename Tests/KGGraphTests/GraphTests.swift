import KGGraph
import Testing

@Suite("Graph model")
struct GraphTests {
    @Test("terms order IRIs, then blank nodes, then literals")
    func termOrder() {
        let terms: [Term] = [.string("a"), .blank("b0"), .iri("http://z"), .iri("http://a"), .typed("1", Namespace.xsd + "integer")]
        #expect(terms.sorted() == [.iri("http://a"), .iri("http://z"), .blank("b0"), .typed("1", Namespace.xsd + "integer"), .string("a")])
    }

    @Test("sorting compares bytes, not locale or canonical equivalence")
    func byteOrder() {
        let composed = Term.string("\u{E9}"), decomposed = Term.string("e\u{301}")
        #expect(decomposed < composed)
        #expect(Term.iri("http://x/B") < Term.iri("http://x/a"))
    }

    @Test("duplicates collapse and the sorted order does not depend on insertion order")
    func setSemantics() {
        let triples = (0..<50).map { Triple(.iri("http://s/\($0 % 7)"), "http://p/\($0 % 3)", .string("\($0)")) }
        let forward = Graph(triples + triples)
        let backward = Graph(triples.reversed())
        #expect(forward.count == 50)
        #expect(forward.sortedTriples == backward.sortedTriples)
    }

    @Test("a language-tagged literal has rdf:langString and a lower-case tag; rdf:langString alone falls back")
    func literals() {
        let tagged = Literal("Moscou", language: "FR")
        #expect(tagged.language == "fr")
        #expect(tagged.datatype == Namespace.rdf + "langString")
        #expect(Literal("x", datatype: Namespace.rdf + "langString").isPlainString)
        #expect(!Literal("2025-04-25", datatype: Namespace.xsd + "date").isPlainString)
    }
}

@Suite("Graph union")
struct GraphUnionTests {
    @Test("the union of overlapping graphs holds each triple once and sorts like one graph built from all")
    func unionOfOverlappingGraphs() {
        let triples = (0..<60).map { Triple(.iri("http://s/\($0 % 9)"), "http://p/\($0 % 4)", .string("o\($0 % 25)")) }
        var left = Graph(triples[0..<40])
        let right = Graph(triples[20..<60])
        left.formUnion(right)
        let whole = Graph(triples)
        #expect(left.count == whole.count)
        #expect(left.sortedTriples == whole.sortedTriples)
        #expect(triples.allSatisfy(left.contains))
    }

    @Test("a union with an empty graph, either way round, changes nothing")
    func unionWithEmpty() {
        let graph = Graph([Triple(.iri("http://s"), "http://p", .iri("http://o"))])
        var emptyFirst = Graph()
        emptyFirst.formUnion(graph)
        var graphFirst = graph
        graphFirst.formUnion(Graph())
        #expect(emptyFirst.sortedTriples == graph.sortedTriples)
        #expect(graphFirst.sortedTriples == graph.sortedTriples)
    }
}

@Suite("Graph term ids")
struct GraphTermIDTests {
    @Test("triples inserted by term id equal the same triples inserted as terms, duplicates included")
    func idsMatchTerms() {
        let triples = (0..<40).map { Triple(.iri("http://s/\($0 % 5)"), "http://p/\($0 % 3)", .string("o\($0 % 11)")) }
        var byID = Graph()
        for triple in triples + triples {
            let subject = byID.id(for: triple.subject), predicate = byID.id(for: .iri(triple.predicate))
            byID.insert(subject, predicate, byID.id(for: triple.object))
        }
        let byTerm = Graph(triples)
        #expect(byID.count == byTerm.count)
        #expect(byID.sortedTriples == byTerm.sortedTriples)
        #expect(triples.allSatisfy(byID.contains))
    }

    @Test("a term has one id, and ids and term-based inserts share one term table")
    func oneIDPerTerm() {
        var graph = Graph()
        let first = graph.id(for: .string("x"))
        graph.insert(.iri("http://s"), "http://p", .string("x"))
        #expect(graph.id(for: .string("x")) == first)
        #expect(graph.id(for: .typed("x", Namespace.xsd + "token")) != first)
        #expect(graph.id(for: .string("e\u{301}")) != graph.id(for: .string("\u{E9}")))
        #expect(graph.distinctTerms.count == 6)
    }
}
