import KGGraph
import KGText

/// Reified statements that tie a fact to the sentences stating it (see the graph contract), for
/// the facts of one document.
///
/// It writes several triples per fact about the same few terms, so it works with the graph's term
/// ids: the vocabulary and the document are looked up once, each statement node once.
struct Provenance {
    let minter: IRIMinter
    let documentIRI: String
    private let document: Graph.TermID
    private var vocabulary = ProvenanceVocabulary()
    /// The id of each sentence of the document already described: many facts share a sentence, and
    /// its text (a long literal) is then hashed into the graph once.
    private var sentenceIDs: [Range<Int>: Graph.TermID] = [:]

    init(minter: IRIMinter, documentIRI: String, document: Graph.TermID) {
        self.minter = minter
        self.documentIRI = documentIRI
        self.document = document
    }

    /// Adds the `rdf:Statement` node of `triple`, its `prov:wasDerivedFrom` sentence IRIs
    /// (`<doc>#char=start,end`), and each sentence's text and document. `ids` are the ids of the
    /// triple's subject, predicate and object in `graph`; `rules` name the extraction rules that found it.
    mutating func record(_ triple: Triple, ids: (subject: Graph.TermID, predicate: Graph.TermID, object: Graph.TermID),
                         evidence: [Sentence], rules: [String], into graph: inout Graph) {
        guard case .iri = triple.subject else { return }
        let statement = graph.id(for: .iri(minter.statementIRI(for: triple)))
        graph.insert(statement, vocabulary.type.id(in: &graph), vocabulary.statement.id(in: &graph))
        graph.insert(statement, vocabulary.subject.id(in: &graph), ids.subject)
        graph.insert(statement, vocabulary.predicate.id(in: &graph), ids.predicate)
        graph.insert(statement, vocabulary.object.id(in: &graph), ids.object)
        for sentence in evidence {
            graph.insert(statement, vocabulary.wasDerivedFrom.id(in: &graph), sentenceID(sentence, into: &graph))
        }
        for rule in rules { graph.insert(statement, vocabulary.extractedBy.id(in: &graph), graph.id(for: .string(rule))) }
    }

    /// The id of a sentence's IRI, described (text and document) the first time it is seen.
    private mutating func sentenceID(_ sentence: Sentence, into graph: inout Graph) -> Graph.TermID {
        if let id = sentenceIDs[sentence.range] { return id }
        let id = graph.id(for: .iri("\(documentIRI)#char=\(sentence.range.lowerBound),\(sentence.range.upperBound)"))
        graph.insert(id, vocabulary.value.id(in: &graph), graph.id(for: .string(sentence.text)))
        graph.insert(id, vocabulary.isPartOf.id(in: &graph), document)
        sentenceIDs[sentence.range] = id
        return id
    }
}

/// The fixed IRIs a reified statement uses, each looked up in the graph once per document.
private struct ProvenanceVocabulary {
    var type = LazyTermID(Vocabulary.type)
    var statement = LazyTermID(Namespace.rdf + "Statement")
    var subject = LazyTermID(Namespace.rdf + "subject")
    var predicate = LazyTermID(Namespace.rdf + "predicate")
    var object = LazyTermID(Namespace.rdf + "object")
    var wasDerivedFrom = LazyTermID(Namespace.prov + "wasDerivedFrom")
    var value = LazyTermID(Namespace.prov + "value")
    var isPartOf = LazyTermID(Namespace.dcterms + "isPartOf")
    var extractedBy = LazyTermID(Vocabulary.Property.extractedBy.iri)
}
