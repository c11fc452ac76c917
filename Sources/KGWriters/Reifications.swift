import KGGraph

/// The reification nodes of a graph, read by term number: what both the property-graph projection
/// (`PropertyGraphProvenance`) and the per-document N-Quads (`DocumentGraphs`) take provenance from.
///
/// A reification node is a subject typed `rdf:Statement`; its `rdf:subject`, `rdf:predicate` and
/// `rdf:object` name the fact it describes and each `prov:wasDerivedFrom` object that is a resource
/// is a sentence stating it.
struct Reifications {
    /// What one reification node says.
    struct Statement {
        var subject: UInt32?
        /// Nil unless the `rdf:predicate` object is an IRI.
        var predicate: UInt32?
        var object: UInt32?
        var sentences: [UInt32] = []

        /// The fact described, when all three parts are there.
        var fact: RankedTriples.IDTriple? {
            guard let subject, let predicate, let object else { return nil }
            return RankedTriples.IDTriple(subject: subject, predicate: predicate, object: object)
        }
    }

    static let statementClass = Term.iri(Namespace.rdf + "Statement")
    static let subject = Term.iri(Namespace.rdf + "subject")
    static let predicate = Term.iri(Namespace.rdf + "predicate")
    static let object = Term.iri(Namespace.rdf + "object")
    static let derivedFrom = Term.iri(Namespace.prov + "wasDerivedFrom")
    static let type = Term.iri(Vocabulary.type)

    /// Whether each term (by number) is a reification node.
    let isStatement: [Bool]
    /// Each reification node's parts, by its term number.
    let statements: [UInt32: Statement]
    /// Whether each term (by number) is the sentence of some reification node.
    let isSentence: [Bool]

    init(_ graph: RankedTriples) {
        let vocabulary = graph.numbers(of: [Self.statementClass, Self.subject, Self.predicate, Self.object,
                                            Self.derivedFrom, Self.type])
        var isStatement = [Bool](repeating: false, count: graph.terms.count)
        var statements: [UInt32: Statement] = [:]
        if let statementClass = vocabulary[Self.statementClass], let type = vocabulary[Self.type] {
            for triple in graph.triples where triple.predicate == type && triple.object == statementClass {
                isStatement[Int(triple.subject)] = true
            }
        }
        // Each entry is changed in place through the defaulting subscript: copying it out and back
        // copied its sentence list on every append, quadratic in the sentences of one fact (a fact
        // stated by 100,000 articles took minutes).
        for triple in graph.triples where isStatement[Int(triple.subject)] {
            let object = triple.object
            switch triple.predicate {
            case vocabulary[Self.subject]: statements[triple.subject, default: Statement()].subject = object
            case vocabulary[Self.predicate]:
                statements[triple.subject, default: Statement()].predicate = graph.term(object).iriValue == nil ? nil : object
            case vocabulary[Self.object]: statements[triple.subject, default: Statement()].object = object
            case vocabulary[Self.derivedFrom] where graph.term(object).isResource:
                statements[triple.subject, default: Statement()].sentences.append(object)
            default: break
            }
        }
        var isSentence = [Bool](repeating: false, count: graph.terms.count)
        for entry in statements.values { for sentence in entry.sentences { isSentence[Int(sentence)] = true } }
        self.isStatement = isStatement
        self.statements = statements
        self.isSentence = isSentence
    }
}
