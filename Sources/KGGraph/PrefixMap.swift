#if canImport(Glibc)
import Glibc
#endif

/// An ordered list of prefix → namespace bindings for writers that abbreviate IRIs.
public struct PrefixMap: Sendable, Equatable {
    /// The bindings in the order they are declared.
    public private(set) var bindings: [(prefix: String, namespace: String)]

    public init(_ bindings: [(prefix: String, namespace: String)] = []) {
        self.bindings = bindings
    }

    public static func == (lhs: PrefixMap, rhs: PrefixMap) -> Bool {
        lhs.bindings.elementsEqual(rhs.bindings) { $0.prefix == $1.prefix && $0.namespace == $1.namespace }
    }

    /// The standard bindings plus one per resource class under `minter`'s base.
    public static func standard(minter: IRIMinter = IRIMinter()) -> PrefixMap {
        var map = PrefixMap([
            ("rdf", Namespace.rdf), ("rdfs", Namespace.rdfs), ("xsd", Namespace.xsd),
            ("owl", Namespace.owl), ("skos", Namespace.skos), ("prov", Namespace.prov),
            ("dcterms", Namespace.dcterms), ("kg", Namespace.kg),
        ])
        for kind in Vocabulary.Class.allCases {
            map.bindings.append((kind.pathSegment, minter.namespace(for: kind)))
        }
        return map
    }

    /// The longest-namespace binding whose namespace starts `iri`, with the rest of the IRI.
    ///
    /// Writers call this for every IRI they print, so it compares raw UTF-8 bytes rather than
    /// going through String's generic (and Unicode-aware) prefix test.
    public func split(_ iri: String) -> (prefix: String, local: Substring)? {
        var iri = iri
        let best: Int? = iri.withUTF8 { bytes in
            var best: Int?
            for (index, binding) in bindings.enumerated() {
                let length = binding.namespace.utf8.count
                guard length > 0, length <= bytes.count, length > (best.map { bindings[$0].namespace.utf8.count } ?? -1) else { continue }
                var namespace = binding.namespace
                let matches = namespace.withUTF8 { prefix in
                    memcmp(prefix.baseAddress!, bytes.baseAddress!, length) == 0
                }
                if matches { best = index }
            }
            return best
        }
        guard let best else { return nil }
        let binding = bindings[best]
        let localStart = iri.utf8.index(iri.utf8.startIndex, offsetBy: binding.namespace.utf8.count)
        return (binding.prefix, iri[localStart...])
    }

    /// Only the bindings some IRI of `graph` falls under, in declaration order. `rdf:type` alone
    /// needs no binding, since Turtle writes it as `a`.
    public func restricted(to graph: Graph) -> PrefixMap {
        restricted(toTerms: graph.distinctTerms)
    }

    /// Only the bindings some IRI among `terms` falls under, in declaration order (see `restricted(to:)`).
    public func restricted<S: Sequence>(toTerms terms: S) -> PrefixMap where S.Element == Term {
        var used = Set<String>()
        for term in terms {
            switch term {
            case .iri(let iri):
                if iri != Vocabulary.type, let hit = split(iri) { used.insert(hit.prefix) }
            case .literal(let literal):
                if !literal.isPlainString, literal.language == nil, let hit = split(literal.datatype) { used.insert(hit.prefix) }
            case .blank:
                break
            }
        }
        return PrefixMap(bindings.filter { used.contains($0.prefix) })
    }
}
