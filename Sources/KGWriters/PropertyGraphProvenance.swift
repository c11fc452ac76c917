import KGGraph

/// The provenance of an RDF graph, read off its reification and sentence nodes so a property
/// graph can fold it into edge attributes instead of drawing it.
///
/// A reification node is a subject typed `rdf:Statement`; its `rdf:subject`, `rdf:predicate` and
/// `rdf:object` name the fact it describes and each `prov:wasDerivedFrom` object is a sentence,
/// whose `prov:value` is the sentence text.
struct PropertyGraphProvenance {
    /// The evidence of one fact: its supporting sentences in term order and their texts.
    struct Evidence: Equatable {
        let sentences: [Term]
        let texts: [String]
    }

    /// Reification and sentence nodes: neither becomes a node nor an edge end.
    let foldedTerms: Set<Term>
    /// The evidence of each fact that has some.
    let evidence: [Triple: Evidence]

    private static let statementClass = Namespace.rdf + "Statement"
    private static let subject = Namespace.rdf + "subject"
    private static let predicate = Namespace.rdf + "predicate"
    private static let object = Namespace.rdf + "object"
    private static let derivedFrom = Namespace.prov + "wasDerivedFrom"
    private static let value = Namespace.prov + "value"

    /// Reads the provenance of `triples` (sorted, as `Graph.sortedTriples` gives them).
    init(_ triples: [Triple]) {
        let statements = Set(triples.lazy
            .filter { $0.predicate == Vocabulary.type && $0.object == .iri(Self.statementClass) }
            .map(\.subject))
        var parts: [Term: (subject: Term?, predicate: String?, object: Term?, sentences: [Term])] = [:]
        // Each entry is changed in place through the defaulting subscript: copying it out and back
        // copied its sentence list on every append, quadratic in the sentences of one fact (a fact
        // stated by 100,000 articles took minutes).
        let none: (subject: Term?, predicate: String?, object: Term?, sentences: [Term]) = (nil, nil, nil, [])
        for triple in triples where statements.contains(triple.subject) {
            switch triple.predicate {
            case Self.subject: parts[triple.subject, default: none].subject = triple.object
            case Self.predicate: parts[triple.subject, default: none].predicate = triple.object.iriValue
            case Self.object: parts[triple.subject, default: none].object = triple.object
            case Self.derivedFrom where triple.object.isResource: parts[triple.subject, default: none].sentences.append(triple.object)
            default: break
            }
        }
        let sentences = Set(parts.values.flatMap(\.sentences))
        var texts: [Term: [String]] = [:]
        for triple in triples where triple.predicate == Self.value && sentences.contains(triple.subject) {
            if let literal = triple.object.literalValue { texts[triple.subject, default: []].append(literal.lexical) }
        }
        var supporting: [Triple: Set<Term>] = [:]
        for entry in parts.values {
            guard let subject = entry.subject, let predicate = entry.predicate, let object = entry.object else { continue }
            supporting[Triple(subject, predicate, object), default: []].formUnion(entry.sentences)
        }
        foldedTerms = statements.union(sentences)
        evidence = supporting.compactMapValues { sentenceSet in
            guard !sentenceSet.isEmpty else { return nil }
            let ordered = sentenceSet.sorted()
            return Evidence(sentences: ordered, texts: ordered.flatMap { texts[$0] ?? [] })
        }
    }
}
