import KGGraph
import KGText

/// Reified statements that tie a fact to the sentences stating it (see the graph contract).
struct Provenance {
    let minter: IRIMinter

    /// Adds the `rdf:Statement` node of `triple`, its `prov:wasDerivedFrom` sentence IRIs
    /// (`<doc>#char=start,end`), and each sentence's text and document.
    func record(_ triple: Triple, evidence: [Sentence], documentIRI: String, into graph: inout Graph) {
        guard case .iri(let subject) = triple.subject else { return }
        let objectText: String
        switch triple.object {
        case .iri(let iri): objectText = iri
        case .literal(let literal): objectText = literal.lexical
        case .blank(let label): objectText = label
        }
        let statement = Term.iri(minter.base + "statement/" + Self.fnv1a64("\(subject)\u{1F}\(triple.predicate)\u{1F}\(objectText)"))
        graph.insert(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement"))
        graph.insert(statement, Namespace.rdf + "subject", triple.subject)
        graph.insert(statement, Namespace.rdf + "predicate", .iri(triple.predicate))
        graph.insert(statement, Namespace.rdf + "object", triple.object)
        for sentence in evidence {
            let sentenceIRI = Term.iri("\(documentIRI)#char=\(sentence.range.lowerBound),\(sentence.range.upperBound)")
            graph.insert(statement, Namespace.prov + "wasDerivedFrom", sentenceIRI)
            graph.insert(sentenceIRI, Namespace.prov + "value", .string(sentence.text))
            graph.insert(sentenceIRI, Namespace.dcterms + "isPartOf", .iri(documentIRI))
        }
    }

    /// FNV-1a 64 of the UTF-8 bytes, as 16 lower-case hex digits.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
