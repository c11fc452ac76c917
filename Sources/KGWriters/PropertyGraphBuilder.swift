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
    /// Where `aliases` is among the node keys (after `iri`, `label`, `type` and `labels`).
    private static let aliasesPosition = 4
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

    /// One literal-valued predicate's attribute: its name, each node's value and the separate
    /// values of the nodes that have several.
    private struct Column {
        let name: String
        let values: [UInt32: Value]
        let lists: [UInt32: [String]]
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
        let labelLists = Self.lists(facts.labels), aliasLists = Self.lists(facts.aliases)
        var nodeKeys = [
            Key(name: PropertyGraph.iriKey, type: .string),
            Key(name: PropertyGraph.labelKey, type: .string, isMultiValued: !labelLists.isEmpty),
            Key(name: PropertyGraph.typeKey, type: .string),
            Key(name: PropertyGraph.labelsKey, type: .string),
            Key(name: PropertyGraph.aliasesKey, type: .string, isMultiValued: !aliasLists.isEmpty),
        ]
        var columns: [Column] = []
        for predicate in predicates {
            guard let name = names[predicate.iri], let byNode = facts.literals[predicate.id] else { continue }
            let column = PropertyGraphLiteralTyping.column(byNode)
            let lists = column.type == .string ? Self.lists(byNode.mapValues { $0.map(\.lexical) }) : [:]
            let datatypes = Set(byNode.values.lazy.flatMap { $0.map(\.datatype) })
            nodeKeys.append(Key(name: name, type: column.type, datatype: datatypes.count == 1 ? datatypes.first : nil,
                                isMultiValued: !lists.isEmpty))
            columns.append(Column(name: name, values: column.values, lists: lists))
        }
        let valueLists = (labels: labelLists, aliases: aliasLists)
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
            nodes: nodeIDs.map { node(UInt32($0), facts, columns, valueLists, keyNames: keyNames) },
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

    /// The distinct values, sorted, of each node that has several.
    private static func lists(_ textsByNode: [UInt32: [String]]) -> [UInt32: [String]] {
        textsByNode.compactMapValues { texts in
            let distinct = PropertyGraphLiteralTyping.distinctSorted(texts)
            return distinct.count > 1 ? distinct : nil
        }
    }

    private func node(_ id: UInt32, _ facts: Facts, _ columns: [Column],
                      _ valueLists: (labels: [UInt32: [String]], aliases: [UInt32: [String]]),
                      keyNames: [String]) -> PropertyGraph.Node {
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
        var lists: [Int: [String]] = [:]
        lists[PropertyGraph.labelPosition] = valueLists.labels[id]
        lists[Self.aliasesPosition] = valueLists.aliases[id]
        for column in columns {
            lists[values.count] = column.lists[id]
            values.append(column.values[id])
        }
        return PropertyGraph.Node(term: term, classes: classNames, values: values, keyNames: keyNames, valueLists: lists)
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
