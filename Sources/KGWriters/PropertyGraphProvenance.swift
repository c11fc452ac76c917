import KGGraph

/// The provenance of an RDF graph, read off its reification and sentence nodes so a property
/// graph can fold it into edge attributes instead of drawing it.
///
/// A reification node is a subject typed `rdf:Statement`; its `rdf:subject`, `rdf:predicate` and
/// `rdf:object` name the fact it describes and each `prov:wasDerivedFrom` object is a sentence,
/// whose `prov:value` is the sentence text. Terms are handled by number (see `RankedTriples`).
struct PropertyGraphProvenance {
    /// The evidence of one fact: its supporting sentences in term order and their texts.
    struct Evidence: Equatable {
        let sentences: [Term]
        let texts: [String]
    }

    /// Whether each term (by number) is a reification or sentence node: neither becomes a node
    /// nor an edge end.
    let isFolded: [Bool]
    /// The evidence of each fact that has some.
    let evidence: [RankedTriples.IDTriple: Evidence]

    private static let statementClass = Term.iri(Namespace.rdf + "Statement")
    private static let subject = Term.iri(Namespace.rdf + "subject")
    private static let predicate = Term.iri(Namespace.rdf + "predicate")
    private static let object = Term.iri(Namespace.rdf + "object")
    private static let derivedFrom = Term.iri(Namespace.prov + "wasDerivedFrom")
    private static let value = Term.iri(Namespace.prov + "value")
    private static let type = Term.iri(Vocabulary.type)

    private struct Parts {
        var subject: UInt32?
        var predicate: UInt32?
        var object: UInt32?
        var sentences: [UInt32] = []
    }

    /// Reads the provenance of `graph`.
    init(_ graph: RankedTriples) {
        let vocabulary = graph.numbers(of: [Self.statementClass, Self.subject, Self.predicate, Self.object,
                                            Self.derivedFrom, Self.value, Self.type])
        var folded = [Bool](repeating: false, count: graph.terms.count)
        guard let statementClass = vocabulary[Self.statementClass], let type = vocabulary[Self.type] else {
            isFolded = folded
            evidence = [:]
            return
        }
        var isStatement = [Bool](repeating: false, count: graph.terms.count)
        for triple in graph.triples where triple.predicate == type && triple.object == statementClass {
            isStatement[Int(triple.subject)] = true
        }
        var parts: [UInt32: Parts] = [:]
        // Each entry is changed in place through the defaulting subscript: copying it out and back
        // copied its sentence list on every append, quadratic in the sentences of one fact (a fact
        // stated by 100,000 articles took minutes).
        for triple in graph.triples where isStatement[Int(triple.subject)] {
            let object = triple.object
            switch triple.predicate {
            case vocabulary[Self.subject]: parts[triple.subject, default: Parts()].subject = object
            case vocabulary[Self.predicate]:
                parts[triple.subject, default: Parts()].predicate = graph.term(object).iriValue == nil ? nil : object
            case vocabulary[Self.object]: parts[triple.subject, default: Parts()].object = object
            case vocabulary[Self.derivedFrom] where graph.term(object).isResource:
                parts[triple.subject, default: Parts()].sentences.append(object)
            default: break
            }
        }
        var isSentence = [Bool](repeating: false, count: graph.terms.count)
        for entry in parts.values { for sentence in entry.sentences { isSentence[Int(sentence)] = true } }
        var texts: [UInt32: [String]] = [:]
        if let value = vocabulary[Self.value] {
            for triple in graph.triples where triple.predicate == value && isSentence[Int(triple.subject)] {
                if let literal = graph.term(triple.object).literalValue { texts[triple.subject, default: []].append(literal.lexical) }
            }
        }
        var supporting: [RankedTriples.IDTriple: Set<UInt32>] = [:]
        for entry in parts.values {
            guard let subject = entry.subject, let predicate = entry.predicate, let object = entry.object else { continue }
            supporting[RankedTriples.IDTriple(subject: subject, predicate: predicate, object: object), default: []]
                .formUnion(entry.sentences)
        }
        for index in folded.indices { folded[index] = isStatement[index] || isSentence[index] }
        isFolded = folded
        evidence = supporting.compactMapValues { sentenceSet in
            guard !sentenceSet.isEmpty else { return nil }
            let ordered = sentenceSet.sorted { graph.rank[Int($0)] < graph.rank[Int($1)] }
            return Evidence(sentences: ordered.map(graph.term), texts: ordered.flatMap { texts[$0] ?? [] })
        }
    }
}
