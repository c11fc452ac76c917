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

    struct Agreement {
        let node: Node
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
        entities = mentioned.flatMap { term in
            index.objects(term, Vocabulary.type).compactMap { $0.iriValue.flatMap(EntityType.from(classIRI:)) }
                .map { Entity(type: $0, node: node(term)) }
        }
        agreements = mentioned.filter { index.hasType($0, Vocabulary.Class.agreement.iri) }.map { term in
            Agreement(node: node(term),
                      kinds: values(term, .agreementKind).compactMap { $0.literalValue?.lexical },
                      parties: values(term, .party).map(node),
                      dates: values(term, .signedOn).compactMap { $0.literalValue?.lexical },
                      places: values(term, .signedAt).map(node),
                      minerals: values(term, .concerns).map(node),
                      signatories: values(term, .signatory).map(node))
        }
        publishedOn = values(document, .publishedOn).compactMap { $0.literalValue?.lexical }

        guard let documentIRI = document.iriValue else {
            relations = []
            return
        }
        let sentencePrefix = documentIRI + "#"
        let statements = index.subjects(Vocabulary.type, .iri(Namespace.rdf + "Statement")).filter { statement in
            index.objects(statement, Namespace.prov + "wasDerivedFrom")
                .contains { $0.iriValue?.hasPrefix(sentencePrefix) == true }
        }
        var seen = Set<Triple>()
        relations = statements.compactMap { statement in
            guard let subject = index.objects(statement, Namespace.rdf + "subject").first,
                  let predicate = index.objects(statement, Namespace.rdf + "predicate").first?.iriValue,
                  let type = RelationType.from(predicateIRI: predicate),
                  let object = index.objects(statement, Namespace.rdf + "object").first,
                  seen.insert(Triple(subject, predicate, object)).inserted
            else { return nil }
            return Relation(subject: node(subject), type: type, object: node(object))
        }
    }
}
