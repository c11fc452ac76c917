import KGGraph
import PropertyBased

/// Generators of random graphs whose strings hold what breaks writers: controls, quotes,
/// backslashes, astral characters, combining marks, noncharacters and text of other scripts.
enum RandomGraphs {
    /// One character from a mix of hostile classes, ASCII weighted highest.
    static let character = Gen<Unicode.Scalar>.frequency(
        (weight: 6, gen: Gen.unicodeScalar(in: " "..."~")),
        (weight: 2, gen: Gen.unicodeScalar(in: "\u{0}"..."\u{1F}")),
        (weight: 2, gen: Gen<Unicode.Scalar?>.element(of: Array("\"\\'<>&]#%:./@^_-".unicodeScalars)).map { $0 ?? "\"" }),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{7F}"..."\u{FF}")),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{300}"..."\u{36F}")),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{400}"..."\u{9FFF}")),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{E000}"..."\u{FFFD}")),
        (weight: 1, gen: Gen<UInt32?>.element(of: [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE] as [UInt32]).map { Unicode.Scalar($0 ?? 0xFFFE) ?? "?" }),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{10000}"..."\u{10FFFF}"))
    ).map { Character($0) }

    /// A string of 0 to 16 such characters.
    static let string = character.string(of: 0...16)

    /// An IRI under the resource base whose last segment is a slug of a random name.
    static let iri = string.map { IRIMinter().iri(.organization, name: $0) }

    /// A literal: plain, language-tagged or typed.
    static let literal = zip(string, Gen.int(in: 0...3)).map { (pair: (String, Int)) -> Term in
        let (text, kind) = pair
        switch kind {
        case 0: return .string(text, language: "en")
        case 1: return .typed(text, Namespace.xsd + "token")
        default: return .string(text)
        }
    }

    /// A triple: an IRI subject, a predicate from the vocabulary and an IRI or literal object.
    static let triple = zip(iri, Gen<Vocabulary.Property>.case, iri, literal, Gen.bool).map {
        (parts: (String, Vocabulary.Property, String, Term, Bool)) -> Triple in
        let (subject, property, objectIRI, objectLiteral, linksResource) = parts
        return Triple(.iri(subject), property.iri, linksResource ? .iri(objectIRI) : objectLiteral)
    }

    /// A graph of 1 to 12 triples, every subject typed and labelled so the projections draw it.
    static let graph = triple.array(of: 1...12).map { triples -> Graph in
        var graph = Graph(triples)
        for triple in triples {
            graph.insert(triple.subject, Vocabulary.type, .iri(Vocabulary.Class.organization.iri))
            if case .literal(let literal) = triple.object {
                graph.insert(triple.subject, Vocabulary.label, .string(literal.lexical))
            }
        }
        return graph
    }
}
