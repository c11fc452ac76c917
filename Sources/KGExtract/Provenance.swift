import KGGraph
import KGText

/// Reified statements that tie a fact to the sentences stating it (see the graph contract).
struct Provenance {
    let minter: IRIMinter

    /// Adds the `rdf:Statement` node of `triple`, its `prov:wasDerivedFrom` sentence IRIs
    /// (`<doc>#char=start,end`), and each sentence's text and document.
    func record(_ triple: Triple, evidence: [Sentence], documentIRI: String, into graph: inout Graph) {
        guard case .iri = triple.subject else { return }
        let statement = Term.iri(minter.statementIRI(for: triple))
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

}
