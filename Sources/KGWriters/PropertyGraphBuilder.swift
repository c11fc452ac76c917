import KGGraph

/// Builds a `PropertyGraph` from the sorted, numbered triples of an RDF graph: one pass sorts every triple
/// into classes, labels, aliases, literal columns or edges, then nodes and edges are assembled.
struct PropertyGraphBuilder {
    private typealias Key = PropertyGraph.Key
    private typealias Value = PropertyGraph.Value

    /// Attribute names the builder itself gives meaning to, and those the GraphML writer adds for
    /// particular tools; `id` is kept free because igraph and Neo4j use it for the element's own
    /// identifier.
    private static let reservedNodeNames: Set<String> = Set([
        "id", PropertyGraph.iriKey, PropertyGraph.labelKey, PropertyGraph.typeKey,
        PropertyGraph.labelsKey, PropertyGraph.aliasesKey,
    ]).union(GraphMLToolAttributes.nodeKeys.map(\.name))
    private static let fixedNodeKeys = [
        PropertyGraph.iriKey, PropertyGraph.labelKey, PropertyGraph.typeKey, PropertyGraph.labelsKey, PropertyGraph.aliasesKey,
    ].map { Key(name: $0, type: .string) }
    private static let edgeKeys = [
        PropertyGraph.predicateKey, PropertyGraph.labelKey, PropertyGraph.evidenceKey, PropertyGraph.evidenceTextKey,
    ].map { Key(name: $0, type: .string) }

    /// What the pass over the triples found out, per resource (indexed by term number).
    private struct Facts {
        var isResource: [Bool]
        var classes: [UInt32: [String]] = [:]
        var labels: [UInt32: [String]] = [:]
        var aliases: [UInt32: [String]] = [:]
        var literals: [UInt32: [UInt32: [Literal]]] = [:]
        var edgeTriples: [RankedTriples.IDTriple] = []

        init(termCount: Int) { isResource = Array(repeating: false, count: termCount) }
    }

    /// One literal-valued predicate's attribute: its name and each node's value.
    private struct Column {
        let name: String
        let values: [UInt32: Value]
    }

    private let graph: RankedTriples
    private let provenance: PropertyGraphProvenance

    init(_ graph: RankedTriples) {
        self.graph = graph
        provenance = PropertyGraphProvenance(graph)
    }

    func build() -> PropertyGraph {
        let facts = collectFacts()
        let predicates = facts.literals.keys.map { (id: $0, iri: graph.term($0).iriValue ?? "") }
            .sorted { $0.iri.utf8.lexicographicallyPrecedes($1.iri.utf8) }
        let names = PropertyGraphNaming.uniqueNames(for: predicates.map(\.iri), reserved: Self.reservedNodeNames)
        var nodeKeys = Self.fixedNodeKeys
        var columns: [Column] = []
        for predicate in predicates {
            guard let name = names[predicate.iri], let byNode = facts.literals[predicate.id] else { continue }
            let column = PropertyGraphLiteralTyping.column(byNode)
            nodeKeys.append(Key(name: name, type: column.type))
            columns.append(Column(name: name, values: column.values))
        }
        var relations: [UInt32: (predicate: String, label: String)] = [:]
        for triple in facts.edgeTriples where relations[triple.predicate] == nil {
            let predicate = graph.term(triple.predicate).iriValue ?? ""
            relations[triple.predicate] = (predicate, PropertyGraphNaming.localName(predicate))
        }
        let keyNames = nodeKeys.map(\.name)
        let nodeIDs = facts.isResource.indices.filter { facts.isResource[$0] }.sorted { graph.rank[$0] < graph.rank[$1] }
        var index = [Int](repeating: -1, count: graph.terms.count)
        for (position, id) in nodeIDs.enumerated() { index[id] = position }
        return PropertyGraph(
            nodeKeys: nodeKeys,
            edgeKeys: Self.edgeKeys,
            nodes: nodeIDs.map { node(UInt32($0), facts, columns, keyNames: keyNames) },
            edges: facts.edgeTriples.map { edge($0, relations[$0.predicate] ?? ("", ""), index) }
        )
    }

    /// Sorts every triple not about provenance into what it contributes.
    private func collectFacts() -> Facts {
        var facts = Facts(termCount: graph.terms.count)
        let vocabulary = graph.numbers(of: [.iri(Vocabulary.type), .iri(Vocabulary.label), .iri(Vocabulary.altLabel)])
        let type = vocabulary[.iri(Vocabulary.type)], label = vocabulary[.iri(Vocabulary.label)]
        let altLabel = vocabulary[.iri(Vocabulary.altLabel)]
        for triple in graph.triples {
            let subject = triple.subject
            if provenance.isFolded[Int(subject)] || provenance.isFolded[Int(triple.object)] { continue }
            facts.isResource[Int(subject)] = true
            guard let literal = graph.term(triple.object).literalValue else {
                if triple.predicate == type {
                    facts.classes[subject, default: []].append(PropertyGraphNaming.fallbackName(graph.term(triple.object)))
                } else {
                    facts.isResource[Int(triple.object)] = true
                    facts.edgeTriples.append(triple)
                }
                continue
            }
            switch triple.predicate {
            case label: facts.labels[subject, default: []].append(literal.lexical)
            case altLabel: facts.aliases[subject, default: []].append(literal.lexical)
            default: facts.literals[triple.predicate, default: [:]][subject, default: []].append(literal)
            }
        }
        return facts
    }

    private func node(_ id: UInt32, _ facts: Facts, _ columns: [Column], keyNames: [String]) -> PropertyGraph.Node {
        let term = graph.term(id)
        let classNames = facts.classes[id].map(PropertyGraphLiteralTyping.distinctSorted) ?? []
        var values: [Value?] = [
            .string(PropertyGraphNaming.identifier(term)),
            .string(facts.labels[id].map(PropertyGraphLiteralTyping.joined) ?? PropertyGraphNaming.fallbackName(term)),
            classNames.isEmpty ? nil : .string(classNames.joined(separator: PropertyGraph.multiValueSeparator)),
            classNames.isEmpty ? nil : .string(classNames.map { ":" + $0 }.joined()),
            facts.aliases[id].map { .string(PropertyGraphLiteralTyping.joined($0)) },
        ]
        values.reserveCapacity(keyNames.count)
        for column in columns { values.append(column.values[id]) }
        return PropertyGraph.Node(term: term, classes: classNames, values: values, keyNames: keyNames)
    }

    /// - Parameter relation: the predicate IRI and its local name, worked out once per predicate.
    private func edge(_ triple: RankedTriples.IDTriple, _ relation: (predicate: String, label: String), _ index: [Int]) -> PropertyGraph.Edge {
        let evidence = provenance.evidence[triple]
        return PropertyGraph.Edge(
            source: index[Int(triple.subject)], target: index[Int(triple.object)],
            predicate: relation.predicate, label: relation.label,
            evidence: evidence.map { $0.sentences.map(PropertyGraphNaming.identifier).joined(separator: " ") },
            evidenceText: evidence.flatMap { $0.texts.isEmpty ? nil : $0.texts.joined(separator: PropertyGraph.evidenceTextSeparator) }
        )
    }
}
