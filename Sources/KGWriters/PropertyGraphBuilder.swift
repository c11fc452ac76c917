import KGGraph

/// Builds a `PropertyGraph` from the sorted triples of an RDF graph: one pass sorts every triple
/// into classes, labels, aliases, literal columns or edges, then nodes and edges are assembled.
struct PropertyGraphBuilder {
    private typealias Key = PropertyGraph.Key
    private typealias Value = PropertyGraph.Value

    /// Attribute names the builder itself gives meaning to; `id` is kept free because igraph and
    /// Neo4j use it for the element's own identifier.
    private static let reservedNodeNames: Set<String> = [
        "id", PropertyGraph.iriKey, PropertyGraph.labelKey, PropertyGraph.typeKey,
        PropertyGraph.labelsKey, PropertyGraph.aliasesKey,
    ]
    private static let fixedNodeKeys = [
        PropertyGraph.iriKey, PropertyGraph.labelKey, PropertyGraph.typeKey, PropertyGraph.labelsKey, PropertyGraph.aliasesKey,
    ].map { Key(name: $0, type: .string) }
    private static let edgeKeys = [
        PropertyGraph.predicateKey, PropertyGraph.labelKey, PropertyGraph.evidenceKey, PropertyGraph.evidenceTextKey,
    ].map { Key(name: $0, type: .string) }

    /// What the pass over the triples found out, per resource.
    private struct Facts {
        var resources = Set<Term>()
        var classes: [Term: [String]] = [:]
        var labels: [Term: [String]] = [:]
        var aliases: [Term: [String]] = [:]
        var literals: [String: [Term: [Literal]]] = [:]
        var edgeTriples: [Triple] = []
    }

    /// One literal-valued predicate's attribute: its name and each node's value.
    private struct Column {
        let name: String
        let values: [Term: Value]
    }

    private let triples: [Triple]
    private let provenance: PropertyGraphProvenance

    init(_ graph: Graph) {
        triples = graph.sortedTriples
        provenance = PropertyGraphProvenance(triples)
    }

    func build() -> PropertyGraph {
        let facts = collectFacts()
        let predicates = facts.literals.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let names = PropertyGraphNaming.uniqueNames(for: predicates, reserved: Self.reservedNodeNames)
        var nodeKeys = Self.fixedNodeKeys
        var columns: [Column] = []
        for predicate in predicates {
            guard let name = names[predicate], let byNode = facts.literals[predicate] else { continue }
            let column = PropertyGraphLiteralTyping.column(byNode)
            nodeKeys.append(Key(name: name, type: column.type))
            columns.append(Column(name: name, values: column.values))
        }
        let nodeTerms = facts.resources.sorted()
        let index = Dictionary(uniqueKeysWithValues: nodeTerms.enumerated().map { ($1, $0) })
        return PropertyGraph(
            nodeKeys: nodeKeys,
            edgeKeys: Self.edgeKeys,
            nodes: nodeTerms.map { node($0, facts, columns) },
            edges: facts.edgeTriples.compactMap { edge($0, index) }
        )
    }

    /// Sorts every triple not about provenance into what it contributes.
    private func collectFacts() -> Facts {
        var facts = Facts()
        for triple in triples {
            let subject = triple.subject
            if provenance.foldedTerms.contains(subject) || provenance.foldedTerms.contains(triple.object) { continue }
            facts.resources.insert(subject)
            guard let literal = triple.object.literalValue else {
                if triple.predicate == Vocabulary.type {
                    facts.classes[subject, default: []].append(PropertyGraphNaming.fallbackName(triple.object))
                } else {
                    facts.resources.insert(triple.object)
                    facts.edgeTriples.append(triple)
                }
                continue
            }
            switch triple.predicate {
            case Vocabulary.label: facts.labels[subject, default: []].append(literal.lexical)
            case Vocabulary.altLabel: facts.aliases[subject, default: []].append(literal.lexical)
            default: facts.literals[triple.predicate, default: [:]][subject, default: []].append(literal)
            }
        }
        return facts
    }

    private func node(_ term: Term, _ facts: Facts, _ columns: [Column]) -> PropertyGraph.Node {
        let classNames = Set(facts.classes[term] ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var attributes: [String: Value] = [
            PropertyGraph.iriKey: .string(PropertyGraphNaming.identifier(term)),
            PropertyGraph.labelKey: .string(facts.labels[term].map(PropertyGraphLiteralTyping.joined)
                ?? PropertyGraphNaming.fallbackName(term)),
        ]
        if !classNames.isEmpty {
            attributes[PropertyGraph.typeKey] = .string(classNames.joined(separator: PropertyGraph.multiValueSeparator))
            attributes[PropertyGraph.labelsKey] = .string(classNames.map { ":" + $0 }.joined())
        }
        if let aliases = facts.aliases[term] {
            attributes[PropertyGraph.aliasesKey] = .string(PropertyGraphLiteralTyping.joined(aliases))
        }
        for column in columns {
            if let value = column.values[term] { attributes[column.name] = value }
        }
        return PropertyGraph.Node(term: term, classes: classNames, attributes: attributes)
    }

    private func edge(_ triple: Triple, _ index: [Term: Int]) -> PropertyGraph.Edge? {
        guard let source = index[triple.subject], let target = index[triple.object] else { return nil }
        var attributes: [String: Value] = [
            PropertyGraph.predicateKey: .string(triple.predicate),
            PropertyGraph.labelKey: .string(PropertyGraphNaming.localName(triple.predicate)),
        ]
        if let evidence = provenance.evidence[triple] {
            attributes[PropertyGraph.evidenceKey] = .string(evidence.sentences
                .map(PropertyGraphNaming.identifier).joined(separator: " "))
            if !evidence.texts.isEmpty {
                attributes[PropertyGraph.evidenceTextKey] = .string(evidence.texts
                    .joined(separator: PropertyGraph.evidenceTextSeparator))
            }
        }
        return PropertyGraph.Edge(source: source, target: target, attributes: attributes)
    }
}
