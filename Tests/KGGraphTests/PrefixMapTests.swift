import KGGraph
import Testing

@Suite("Prefix map")
struct PrefixMapTests {
    @Test("the longest matching namespace wins")
    func longestMatch() throws {
        let map = PrefixMap([("ex", "http://ex.org/"), ("exa", "http://ex.org/a/")])
        let split = try #require(map.split("http://ex.org/a/b"))
        #expect(split.prefix == "exa")
        #expect(split.local == "b")
        #expect(map.split("http://other.org/x") == nil)
    }

    @Test("restricting keeps only the namespaces a graph uses, in declaration order")
    func restriction() {
        let minter = IRIMinter()
        let graph = Graph([
            Triple(.iri(minter.iri(.country, name: "India")), Vocabulary.type, .iri(Vocabulary.Class.country.iri)),
            Triple(.iri(minter.iri(.country, name: "India")), Vocabulary.label, .string("India")),
        ])
        let used = PrefixMap.standard(minter: minter).restricted(to: graph).bindings.map(\.prefix)
        #expect(used == ["rdfs", "kg", "country"])
    }

    @Test("the standard map binds one prefix per resource class")
    func standardBindings() {
        let prefixes = Set(PrefixMap.standard().bindings.map(\.prefix))
        for kind in Vocabulary.Class.allCases { #expect(prefixes.contains(kind.pathSegment)) }
    }
}
