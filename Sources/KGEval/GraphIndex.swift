import KGGraph

/// A read-only index over a graph for the look-ups the scorer makes: the objects of a subject's property,
/// the subjects of a property-object pair, the names of a node.
///
/// Lists come out in the graph's sorted order so that scoring is deterministic.
struct GraphIndex {
    private var objectsBySubject: [Term: [String: [Term]]] = [:]
    private var subjectsByObject: [String: [Term: [Term]]] = [:]

    init(_ graph: Graph) {
        for triple in graph.sortedTriples {
            objectsBySubject[triple.subject, default: [:]][triple.predicate, default: []].append(triple.object)
            subjectsByObject[triple.predicate, default: [:]][triple.object, default: []].append(triple.subject)
        }
    }

    /// The objects of `subject`'s `predicate`.
    func objects(_ subject: Term, _ predicate: String) -> [Term] {
        objectsBySubject[subject]?[predicate] ?? []
    }

    /// The subjects having `object` as value of `predicate`.
    func subjects(_ predicate: String, _ object: Term) -> [Term] {
        subjectsByObject[predicate]?[object] ?? []
    }

    /// Every (subject, object) pair of `predicate`.
    func pairs(_ predicate: String) -> [(subject: Term, object: Term)] {
        (subjectsByObject[predicate] ?? [:]).sorted { $0.key < $1.key }.flatMap { object, subjects in
            subjects.map { (subject: $0, object: object) }
        }
    }

    /// Whether `node` has `rdf:type` `classIRI`.
    func hasType(_ node: Term, _ classIRI: String) -> Bool {
        objects(node, Vocabulary.type).contains(.iri(classIRI))
    }

    /// The `rdfs:label` and `skos:altLabel` values of `node`; the lexical form for a literal.
    func names(of node: Term) -> [String] {
        if let literal = node.literalValue { return [literal.lexical] }
        return (objects(node, Vocabulary.label) + objects(node, Vocabulary.altLabel)).compactMap { $0.literalValue?.lexical }
    }

    /// The first `rdfs:label` of `node`, or its IRI, for messages.
    func displayName(of node: Term) -> String {
        if let label = objects(node, Vocabulary.label).first?.literalValue?.lexical { return label }
        switch node {
        case .iri(let iri): return iri
        case .blank(let label): return "_:" + label
        case .literal(let literal): return literal.lexical
        }
    }
}
