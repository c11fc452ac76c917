import KGGraph
import KGText

/// Turns document extractions into one RDF graph following the graph contract: entities resolved
/// across documents, agreements keyed by kind, parties and date, and reified provenance statements.
///
/// The output depends only on the set of documents added, never on the order they were added in.
public struct GraphBuilder: Sendable {
    private let minter: IRIMinter
    private var extractions: [DocumentExtraction] = []

    public init(minter: IRIMinter = IRIMinter()) {
        self.minter = minter
    }

    /// Adds one document's extraction.
    public mutating func add(_ extraction: DocumentExtraction) {
        extractions.append(extraction)
    }

    /// The graph of everything added so far.
    public func graph() -> Graph {
        let resolution = resolve()
        return graph(of: 0..<resolution.documentCount, resolution)
    }

    /// Entities resolved across every document added: which mentions are the same entity, and its
    /// name and IRI. Computed once, it lets `graph(of:_:)` build the triples of any range of
    /// documents independently of the others (on several cores), and the union of the ranges' graphs
    /// is `graph()`.
    public struct Resolution: Sendable {
        fileprivate let documents: [DocumentExtraction]
        /// The IRI and name of each document's entities (agreements excluded), by document and entity id.
        fileprivate let entities: [[ResolvedEntity?]]

        /// How many documents were added; `graph(of:_:)` takes ranges of `0..<documentCount`.
        public var documentCount: Int { documents.count }
    }

    fileprivate struct ResolvedEntity: Sendable {
        let name: String
        let iri: String
    }

    /// Resolves the entities of every document added (see `Resolution`); the groups found are named
    /// and their IRIs minted on the cores of `shares`.
    public func resolve(on shares: Shares = Shares(cores: 1)) -> Resolution {
        // Sorted as indices by name: sorting the extractions themselves moved whole extractions at every step.
        let names = extractions.map(\.document.name)
        let docs = extractions.indices.sorted { names[$0] < names[$1] }.map { extractions[$0] }
        // Mentions sharing a key are one entity: a mention joins its keys to one another and is then
        // represented by any of them, or by a node of its own when it has none.
        var union = UnionFind()
        // Entities are read field by field, by index: a loop over them copied each whole entity.
        for extraction in docs {
            let entities = extraction.entities
            for e in entities.indices where entities[e].kind != .agreement {
                let keys = entities[e].keys
                guard let first = keys.first else { continue }
                for key in keys where key != first { union.union(first, key) }
            }
        }
        // Each mention's group: the root of its keys, numbered as first met; a mention without keys is a group of its own.
        var groupOfRoot: [String: Int] = [:]
        var members: [NameSources] = []
        var groups: [[(group: Int, kind: Vocabulary.Class)?]] = []
        for extraction in docs {
            let entities = extraction.entities
            groups.append(entities.indices.map { e in
                let kind = entities[e].kind
                guard kind != .agreement else { return nil }
                let group = entities[e].keys.first.map { key in
                    let next = members.count
                    return Self.read(&groupOfRoot[union.find(key), default: next])
                } ?? members.count
                if group == members.count { members.append(NameSources(kind: kind)) }
                members[group].add(lexicalName: entities[e].canonicalName, surfaceForms: entities[e].surfaceForms)
                return (group, kind)
            })
        }
        // Each group is named, and its IRI minted for the class of its first mention, once, however many mentions it has.
        let sources = members
        let minter = self.minter
        let named = shares.map(sources.count) { range in
            range.map { group -> ResolvedEntity in
                let name = Self.canonicalName(sources[group])
                return ResolvedEntity(name: name, iri: minter.iri(sources[group].kind, name: name))
            }
        }.flatMap { $0 }
        let entities = groups.map { documentGroups in
            documentGroups.map { mention -> ResolvedEntity? in
                guard let mention else { return nil }
                let group = named[mention.group]
                // A mention of another class than the group's first has an IRI of its own class.
                guard mention.kind != sources[mention.group].kind else { return group }
                return ResolvedEntity(name: group.name, iri: minter.iri(mention.kind, name: group.name))
            }
        }
        return Resolution(documents: docs, entities: entities)
    }

    /// What a group of mentions is named from, gathered as the mentions are grouped: the lexicon's names
    /// and every written form (copying whole entities into their groups was a third of resolving).
    struct NameSources {
        /// The class of the group's first mention.
        let kind: Vocabulary.Class
        var lexicalNames: [String] = []
        var surfaceForms: [String] = []

        /// Adds one mention's lexicon name (if any) and written forms.
        mutating func add(lexicalName: String?, surfaceForms forms: [String]) {
            if let lexicalName { lexicalNames.append(lexicalName) }
            surfaceForms += forms
        }
    }

    /// The value of an in-place access; used to look up or insert with one probe.
    private static func read(_ value: inout Int) -> Int { value }

    /// The triples of the documents in `range` (indices into the name-sorted documents of `resolution`).
    ///
    /// Each document's entities, and the fixed vocabulary, are looked up in the graph once and their
    /// triples inserted by term id: most triples repeat a term an earlier triple already stored.
    public func graph(of range: Range<Int>, _ resolution: Resolution) -> Graph {
        var graph = Graph()
        var vocabulary = BuilderVocabulary()
        for d in range {
            let extraction = resolution.documents[d]
            let resolved = resolution.entities[d]
            let documentIRI = minter.iri(.document, name: Self.stem(extraction.document.name))
            let document = graph.id(for: .iri(documentIRI))
            addDocument(extraction.document, id: document, &vocabulary, to: &graph)
            var iris = [String?](repeating: nil, count: extraction.entities.count)
            var ids = [Graph.TermID?](repeating: nil, count: extraction.entities.count)
            for entity in extraction.entities where entity.kind != .agreement {
                guard let entry = resolved[entity.id] else { continue }
                let id = graph.id(for: .iri(entry.iri))
                iris[entity.id] = entry.iri
                ids[entity.id] = id
                describe(id, entity.kind, label: entry.name, forms: entity.surfaceForms, document: document, &vocabulary, into: &graph)
                for role in entity.roles { graph.insert(id, vocabulary.role.id(in: &graph), graph.id(for: .string(role))) }
            }
            for entity in extraction.entities where entity.kind == .agreement {
                let parties = extraction.facts.filter { $0.subject == entity.id && $0.property == .party }.compactMap { fact -> String? in
                    guard case .entity(let id) = fact.object else { return nil }
                    return resolved[id]?.name
                }.sorted()
                guard !parties.isEmpty, let kind = entity.agreementKind else { continue }
                let date = extraction.facts.first { $0.subject == entity.id && $0.property == .signedOn }.flatMap { fact -> DocumentDate? in
                    if case .date(let date) = fact.object { return date }
                    return nil
                }
                let iri = minter.iri(.agreement, key: [kind] + parties + [date?.lexicalForm ?? "undated"])
                let id = graph.id(for: .iri(iri))
                iris[entity.id] = iri
                ids[entity.id] = id
                let label = "\(kind): \(parties.joined(separator: " \u{2013} "))" + (date.map { " (\($0.lexicalForm))" } ?? "")
                describe(id, .agreement, label: label, forms: [], document: document, &vocabulary, into: &graph)
                graph.insert(id, vocabulary.agreementKind.id(in: &graph), graph.id(for: .string(kind)))
            }
            var provenance = Provenance(minter: minter, documentIRI: documentIRI, document: document)
            for fact in extraction.facts {
                guard let subjectIRI = iris[fact.subject], let subject = ids[fact.subject] else { continue }
                let object: Term, objectID: Graph.TermID
                switch fact.object {
                case .entity(let entity):
                    guard let iri = iris[entity], let id = ids[entity] else { continue }
                    object = .iri(iri)
                    objectID = id
                case .date(let date):
                    object = .typed(date.lexicalForm, Namespace.xsd + date.xsdTypeName)
                    objectID = graph.id(for: object)
                }
                let predicateIRI = fact.property.iri
                let predicate = graph.id(for: .iri(predicateIRI))
                graph.insert(subject, predicate, objectID)
                provenance.record(Triple(.iri(subjectIRI), predicateIRI, object), ids: (subject, predicate, objectID),
                                  evidence: fact.evidence, rules: fact.rules, into: &graph)
            }
        }
        return graph
    }

    private func addDocument(_ document: Document, id: Graph.TermID, _ vocabulary: inout BuilderVocabulary, to graph: inout Graph) {
        graph.insert(id, vocabulary.type.id(in: &graph), graph.id(for: .iri(Vocabulary.Class.document.iri)))
        let name = graph.id(for: .string(document.name))
        graph.insert(id, vocabulary.label.id(in: &graph), name)
        graph.insert(id, vocabulary.sourceFile.id(in: &graph), name)
        if let title = document.title { graph.insert(id, vocabulary.title.id(in: &graph), graph.id(for: .string(title))) }
        if let date = document.date {
            graph.insert(id, vocabulary.publishedOn.id(in: &graph), graph.id(for: .typed(date.lexicalForm, Namespace.xsd + date.xsdTypeName)))
        }
    }

    private func describe(_ id: Graph.TermID, _ kind: Vocabulary.Class, label: String, forms: [String], document: Graph.TermID,
                          _ vocabulary: inout BuilderVocabulary, into graph: inout Graph) {
        graph.insert(id, vocabulary.type.id(in: &graph), graph.id(for: .iri(kind.iri)))
        graph.insert(id, vocabulary.label.id(in: &graph), graph.id(for: .string(label)))
        graph.insert(id, vocabulary.mentionedIn.id(in: &graph), document)
        for form in forms where form != label { graph.insert(id, vocabulary.altLabel.id(in: &graph), graph.id(for: .string(form))) }
    }

    /// The lexicon's name if a lexicon knows the entity, else the longest name that is not an
    /// acronym (ties broken alphabetically), so the same entity gets the same IRI in every run.
    /// An organisation's legal form is written out ("Oil India Ltd" → "Oil India Limited"), so that
    /// the name does not depend on which articles spell it out either.
    /// A person's name is written without middle initials ("Konstantin Ivanovskikh" for "Konstantin V.
    /// Ivanovskikh"), as its key is, so that it does not depend on which articles spell the initial out.
    static func canonicalName(_ sources: NameSources) -> String {
        if let lexical = sources.lexicalNames.sorted().first { return lexical }
        let written = sources.surfaceForms
        let kind = sources.kind
        let forms = Set(kind == .person ? written.map(PersonName.withoutInitials) : kind == .organization ? written.map(LegalForm.canonical) : written)
        let full = forms.filter { form in form.contains { $0.isLowercase } }
        let pool = full.isEmpty ? forms : full
        return pool.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.first ?? "unnamed"
    }

    /// A file name without its extension.
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// The fixed predicate IRIs `GraphBuilder` writes, each looked up in the graph once.
private struct BuilderVocabulary {
    var type = LazyTermID(Vocabulary.type)
    var label = LazyTermID(Vocabulary.label)
    var altLabel = LazyTermID(Vocabulary.altLabel)
    var mentionedIn = LazyTermID(Vocabulary.Property.mentionedIn.iri)
    var role = LazyTermID(Vocabulary.Property.role.iri)
    var agreementKind = LazyTermID(Vocabulary.Property.agreementKind.iri)
    var sourceFile = LazyTermID(Vocabulary.Property.sourceFile.iri)
    var title = LazyTermID(Vocabulary.Property.title.iri)
    var publishedOn = LazyTermID(Vocabulary.Property.publishedOn.iri)
}
