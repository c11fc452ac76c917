import KGGraph
import KGText

/// Reified statements that tie a fact to the sentences stating it (see the graph contract), for
/// the facts of one document.
struct Provenance {
    let minter: IRIMinter
    let documentIRI: String
    /// The IRI of each sentence of the document already described: many facts share a sentence, and
    /// its text (a long literal) is then hashed into the graph once.
    private var sentenceIRIs: [Range<Int>: Term] = [:]

    init(minter: IRIMinter, documentIRI: String) {
        self.minter = minter
        self.documentIRI = documentIRI
    }

    /// Adds the `rdf:Statement` node of `triple`, its `prov:wasDerivedFrom` sentence IRIs
    /// (`<doc>#char=start,end`), and each sentence's text and document.
    mutating func record(_ triple: Triple, evidence: [Sentence], into graph: inout Graph) {
        guard case .iri = triple.subject else { return }
        let statement = Term.iri(minter.statementIRI(for: triple))
        graph.insert(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement"))
        graph.insert(statement, Namespace.rdf + "subject", triple.subject)
        graph.insert(statement, Namespace.rdf + "predicate", .iri(triple.predicate))
        graph.insert(statement, Namespace.rdf + "object", triple.object)
        for sentence in evidence {
            graph.insert(statement, Namespace.prov + "wasDerivedFrom", sentenceIRI(sentence, into: &graph))
        }
    }

    /// The IRI of a sentence, described (text and document) the first time it is seen.
    private mutating func sentenceIRI(_ sentence: Sentence, into graph: inout Graph) -> Term {
        if let iri = sentenceIRIs[sentence.range] { return iri }
        let iri = Term.iri("\(documentIRI)#char=\(sentence.range.lowerBound),\(sentence.range.upperBound)")
        graph.insert(iri, Namespace.prov + "value", .string(sentence.text))
        graph.insert(iri, Namespace.dcterms + "isPartOf", .iri(documentIRI))
        sentenceIRIs[sentence.range] = iri
        return iri
    }
}
