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

    /// Resolves the entities of every document added (see `Resolution`).
    public func resolve() -> Resolution {
        let docs = extractions.sorted { $0.document.name < $1.document.name }
        var union = UnionFind()
        for (d, extraction) in docs.enumerated() {
            for entity in extraction.entities where entity.kind != .agreement {
                for key in entity.keys { union.union("\(d):\(entity.id)", key) }
            }
        }
        var members: [String: [ExtractedEntity]] = [:]
        var roots: [[String?]] = []
        for (d, extraction) in docs.enumerated() {
            roots.append(extraction.entities.map { entity in
                guard entity.kind != .agreement else { return nil }
                let root = union.find("\(d):\(entity.id)")
                members[root, default: []].append(entity)
                return root
            })
        }
        let names = members.mapValues(Self.canonicalName)
        // Each IRI is minted once, however many mentions share it.
        var iris: [MintedName: String] = [:]
        let entities = zip(docs, roots).map { extraction, documentRoots in
            zip(extraction.entities, documentRoots).map { entity, root -> ResolvedEntity? in
                guard let name = root.flatMap({ names[$0] }) else { return nil }
                let minted = MintedName(kind: entity.kind, name: name)
                if let iri = iris[minted] { return ResolvedEntity(name: name, iri: iri) }
                let iri = minter.iri(entity.kind, name: name)
                iris[minted] = iri
                return ResolvedEntity(name: name, iri: iri)
            }
        }
        return Resolution(documents: docs, entities: entities)
    }

    private struct MintedName: Hashable {
        let kind: Vocabulary.Class
        let name: String
    }

    /// The triples of the documents in `range` (indices into the name-sorted documents of `resolution`).
    public func graph(of range: Range<Int>, _ resolution: Resolution) -> Graph {
        var graph = Graph()
        for d in range {
            let extraction = resolution.documents[d]
            let resolved = resolution.entities[d]
            let documentIRI = minter.iri(.document, name: Self.stem(extraction.document.name))
            addDocument(extraction.document, iri: documentIRI, to: &graph)
            var iris = [String?](repeating: nil, count: extraction.entities.count)
            for entity in extraction.entities where entity.kind != .agreement {
                guard let entry = resolved[entity.id] else { continue }
                iris[entity.id] = entry.iri
                describe(entry.iri, entity.kind, label: entry.name, forms: entity.surfaceForms, documentIRI: documentIRI, into: &graph)
                for role in entity.roles { graph.insert(.iri(entry.iri), Vocabulary.Property.role.iri, .string(role)) }
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
                iris[entity.id] = iri
                let label = "\(kind): \(parties.joined(separator: " \u{2013} "))" + (date.map { " (\($0.lexicalForm))" } ?? "")
                describe(iri, .agreement, label: label, forms: [], documentIRI: documentIRI, into: &graph)
                graph.insert(.iri(iri), Vocabulary.Property.agreementKind.iri, .string(kind))
            }
            var provenance = Provenance(minter: minter, documentIRI: documentIRI)
            for fact in extraction.facts {
                guard let subject = iris[fact.subject] else { continue }
                let object: Term
                switch fact.object {
                case .entity(let id):
                    guard let iri = iris[id] else { continue }
                    object = .iri(iri)
                case .date(let date):
                    object = .typed(date.lexicalForm, Namespace.xsd + date.xsdTypeName)
                }
                graph.insert(.iri(subject), fact.property.iri, object)
                provenance.record(Triple(.iri(subject), fact.property.iri, object), evidence: fact.evidence, into: &graph)
            }
        }
        return graph
    }

    private func addDocument(_ document: Document, iri: String, to graph: inout Graph) {
        graph.insert(.iri(iri), Vocabulary.type, .iri(Vocabulary.Class.document.iri))
        graph.insert(.iri(iri), Vocabulary.label, .string(document.name))
        graph.insert(.iri(iri), Vocabulary.Property.sourceFile.iri, .string(document.name))
        if let title = document.title { graph.insert(.iri(iri), Vocabulary.Property.title.iri, .string(title)) }
        if let date = document.date {
            graph.insert(.iri(iri), Vocabulary.Property.publishedOn.iri, .typed(date.lexicalForm, Namespace.xsd + date.xsdTypeName))
        }
    }

    private func describe(_ iri: String, _ kind: Vocabulary.Class, label: String, forms: [String], documentIRI: String, into graph: inout Graph) {
        graph.insert(.iri(iri), Vocabulary.type, .iri(kind.iri))
        graph.insert(.iri(iri), Vocabulary.label, .string(label))
        graph.insert(.iri(iri), Vocabulary.Property.mentionedIn.iri, .iri(documentIRI))
        for form in forms where form != label { graph.insert(.iri(iri), Vocabulary.altLabel, .string(form)) }
    }

    /// The lexicon's name if a lexicon knows the entity, else the longest name that is not an
    /// acronym (ties broken alphabetically), so the same entity gets the same IRI in every run.
    /// An organisation's legal form is written out ("Oil India Ltd" → "Oil India Limited"), so that
    /// the name does not depend on which articles spell it out either.
    /// A person's name is written without middle initials ("Konstantin Ivanovskikh" for "Konstantin V.
    /// Ivanovskikh"), as its key is, so that it does not depend on which articles spell the initial out.
    static func canonicalName(_ group: [ExtractedEntity]) -> String {
        if let lexical = group.compactMap(\.canonicalName).sorted().first { return lexical }
        let written = group.flatMap(\.surfaceForms)
        let kind = group.first?.kind
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
