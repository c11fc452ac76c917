import KGGraph

/// The provenance of an RDF graph, read off its reification and sentence nodes so a property
/// graph can fold it into edge attributes instead of drawing it.
///
/// The reification nodes are read by `Reifications`; a sentence's `prov:value` is its text. Terms
/// are handled by number (see `RankedTriples`).
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

    private static let value = Term.iri(Namespace.prov + "value")

    /// Reads the provenance of `graph`.
    init(_ graph: RankedTriples) {
        let reifications = Reifications(graph)
        let isSentence = reifications.isSentence
        var texts: [UInt32: [String]] = [:]
        if let value = graph.numbers(of: [Self.value])[Self.value] {
            for triple in graph.triples where triple.predicate == value && isSentence[Int(triple.subject)] {
                if let literal = graph.term(triple.object).literalValue { texts[triple.subject, default: []].append(literal.lexical) }
            }
        }
        var supporting: [RankedTriples.IDTriple: Set<UInt32>] = [:]
        for entry in reifications.statements.values {
            guard let fact = entry.fact else { continue }
            supporting[fact, default: []].formUnion(entry.sentences)
        }
        isFolded = zip(reifications.isStatement, isSentence).map { $0 || $1 }
        evidence = supporting.compactMapValues { sentenceSet in
            guard !sentenceSet.isEmpty else { return nil }
            let ordered = sentenceSet.sorted { graph.rank[Int($0)] < graph.rank[Int($1)] }
            return Evidence(sentences: ordered.map(graph.term), texts: ordered.flatMap { texts[$0] ?? [] })
        }
    }
}
