import KGGraph

/// What the graph says about one article, read through the graph contract: the entities and agreements
/// `kg:mentionedIn` its `kg:Document`, and the relations whose reification cites one of its sentences.
struct PredictedDocument {
    /// A graph node with the names it carries and their comparison keys.
    struct Node {
        let display: String
        let keys: Set<String>
    }

    struct Entity {
        let type: EntityType
        let node: Node
    }

    /// Why the graph states a fact: the sentences its reified statement cites and the rules that found it.
    struct Evidence {
        var sentences: [String] = []
        var rules: [String] = []

        static func + (lhs: Evidence, rhs: Evidence) -> Evidence {
            Evidence(sentences: lhs.sentences + rhs.sentences.filter { !lhs.sentences.contains($0) },
                     rules: lhs.rules + rhs.rules.filter { !lhs.rules.contains($0) })
        }
    }

    struct Agreement {
        let node: Node
        /// The evidence of each field's facts (`kg:party`, `kg:signedOn`...), by property.
        let evidence: [Vocabulary.Property: Evidence]
        let kinds: [String]
        let parties: [Node]
        let dates: [String]
        let places: [Node]
        let minerals: [Node]
        let signatories: [Node]
    }

    struct Relation {
        let subject: Node
        let type: RelationType
        let object: Node
        let evidence: Evidence
    }

    let entities: [Entity]
    let agreements: [Agreement]
    let relations: [Relation]
    /// The lexical forms of the document's `kg:publishedOn`.
    let publishedOn: [String]

    /// A document the graph does not have: nothing predicted.
    static let empty = PredictedDocument(entities: [], agreements: [], relations: [], publishedOn: [])

    private init(entities: [Entity], agreements: [Agreement], relations: [Relation], publishedOn: [String]) {
        self.entities = entities
        self.agreements = agreements
        self.relations = relations
        self.publishedOn = publishedOn
    }

    /// The document whose `kg:sourceFile` is `sourceFile`, or nil when the graph has none.
    init?(sourceFile: String, index: GraphIndex) {
        let sourceFileIRI = Vocabulary.Property.sourceFile.iri
        guard let document = index.pairs(sourceFileIRI).first(where: { $0.object.literalValue?.lexical == sourceFile })?.subject
        else { return nil }
        func node(_ term: Term) -> Node {
            Node(display: index.displayName(of: term), keys: NameNormalizer.keys(index.names(of: term)))
        }
        func values(_ subject: Term, _ property: Vocabulary.Property) -> [Term] {
            index.objects(subject, property.iri)
        }

        let mentioned = index.subjects(Vocabulary.Property.mentionedIn.iri, document)
        let statements = Self.statements(of: document, index: index)
        entities = mentioned.flatMap { term in
            index.objects(term, Vocabulary.type).compactMap { $0.iriValue.flatMap(EntityType.from(classIRI:)) }
                .map { Entity(type: $0, node: node(term)) }
        }
        agreements = mentioned.filter { index.hasType($0, Vocabulary.Class.agreement.iri) }.map { term in
            var evidence: [Vocabulary.Property: Evidence] = [:]
            for (triple, found) in statements where triple.subject == term {
                guard let property = Vocabulary.Property.allCases.first(where: { $0.iri == triple.predicate }) else { continue }
                evidence[property] = (evidence[property] ?? Evidence()) + found
            }
            return Agreement(node: node(term), evidence: evidence,
                             kinds: values(term, .agreementKind).compactMap { $0.literalValue?.lexical },
                             parties: values(term, .party).map(node),
                             dates: values(term, .signedOn).compactMap { $0.literalValue?.lexical },
                             places: values(term, .signedAt).map(node),
                             minerals: values(term, .concerns).map(node),
                             signatories: values(term, .signatory).map(node))
        }
        publishedOn = values(document, .publishedOn).compactMap { $0.literalValue?.lexical }
        relations = statements.compactMap { triple, evidence in
            guard let type = RelationType.from(predicateIRI: triple.predicate) else { return nil }
            return Relation(subject: node(triple.subject), type: type, object: node(triple.object), evidence: evidence)
        }
    }

    /// The reified facts whose statement cites a sentence of `document`, in the graph's order, each with the
    /// sentences cited and the rules named (`kg:extractedBy`).
    private static func statements(of document: Term, index: GraphIndex) -> [(Triple, Evidence)] {
        guard let documentIRI = document.iriValue else { return [] }
        let sentencePrefix = documentIRI + "#"
        var order: [Triple] = []
        var evidence: [Triple: Evidence] = [:]
        for statement in index.subjects(Vocabulary.type, .iri(Namespace.rdf + "Statement")) {
            let sentences = index.objects(statement, Namespace.prov + "wasDerivedFrom").filter { $0.iriValue?.hasPrefix(sentencePrefix) == true }
            guard !sentences.isEmpty,
                  let subject = index.objects(statement, Namespace.rdf + "subject").first,
                  let predicate = index.objects(statement, Namespace.rdf + "predicate").first?.iriValue,
                  let object = index.objects(statement, Namespace.rdf + "object").first
            else { continue }
            let triple = Triple(subject, predicate, object)
            let found = Evidence(sentences: sentences.compactMap { index.objects($0, Namespace.prov + "value").first?.literalValue?.lexical },
                                 rules: index.objects(statement, Vocabulary.Property.extractedBy.iri).compactMap { $0.literalValue?.lexical })
            if evidence[triple] == nil { order.append(triple) }
            evidence[triple] = (evidence[triple] ?? Evidence()) + found
        }
        return order.map { ($0, evidence[$0] ?? Evidence()) }
    }
}
