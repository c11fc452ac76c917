import KGGraph
import KGText

/// Merges the extractions of the windows of one document into one `DocumentExtraction`.
///
/// Entities are resolved across windows by the keys they are resolved by within one: an entity of a later
/// window that shares a key with an earlier one is that entity. An agreement of a later window is an earlier
/// one when kind, parties and date agree (the graph gives such agreements one IRI anyway). Facts are
/// deduplicated, their evidence (sentences with document offsets) gathered in document order.
/// Merging the extraction of a single window gives it back unchanged.
struct ExtractionMerger {
    private let document: Document
    private var entities: [ExtractedEntity] = []
    private var facts: [ExtractedFact] = []
    private var factIndex: [ExtractedFact.Key: Int] = [:]
    /// The merged entity owning each resolution key.
    private var keyOwners: [String: Int] = [:]
    /// The merged agreements by kind, parties and date.
    private var agreements: [AgreementIdentity: [Int]] = [:]

    private struct AgreementIdentity: Hashable {
        let kind: String?
        let parties: Set<Int>
        let dates: Set<DocumentDate>
    }

    init(document: Document) {
        self.document = document
    }

    /// Adds the extraction of the next window.
    mutating func add(_ part: DocumentExtraction) {
        var merged = [Int](repeating: -1, count: part.entities.count)
        for entity in part.entities where entity.kind != .agreement {
            let owner = entity.keys.compactMap { keyOwners[$0] }.min()
            merged[entity.id] = absorb(entity, into: owner)
            for key in entity.keys where keyOwners[key] == nil { keyOwners[key] = merged[entity.id] }
        }
        var claimed: Set<Int> = []
        let identities = Self.agreementIdentities(in: part, mapped: merged)
        for entity in part.entities where entity.kind == .agreement {
            let identity = identities[entity.id] ?? AgreementIdentity(kind: entity.agreementKind, parties: [], dates: [])
            let owner = agreements[identity]?.first { !claimed.contains($0) }
            merged[entity.id] = absorb(entity, into: owner)
            claimed.insert(merged[entity.id])
            if owner == nil { agreements[identity, default: []].append(merged[entity.id]) }
        }
        for fact in part.facts {
            let object: ExtractedFact.Object
            switch fact.object {
            case .entity(let id): object = .entity(merged[id])
            case .date: object = fact.object
            }
            let mapped = ExtractedFact(subject: merged[fact.subject], property: fact.property, object: object, evidence: fact.evidence,
                                       rules: fact.rules)
            if let index = factIndex[mapped.key] {
                // Windows share no sentence: the evidence is new.
                facts[index].evidence += fact.evidence
                facts[index].rules += fact.rules.filter { !facts[index].rules.contains($0) }
            } else {
                factIndex[mapped.key] = facts.count
                facts.append(mapped)
            }
        }
    }

    /// The merged extraction.
    func result() -> DocumentExtraction {
        DocumentExtraction(document: document, entities: entities, facts: facts)
    }

    /// Adds `entity` as a new merged entity, or its names, roles and sentences to merged entity `owner`; returns its merged id.
    private mutating func absorb(_ entity: ExtractedEntity, into owner: Int?) -> Int {
        guard let owner else {
            entities.append(ExtractedEntity(id: entities.count, kind: entity.kind, canonicalName: entity.canonicalName,
                                            surfaceForms: entity.surfaceForms, roles: entity.roles, agreementKind: entity.agreementKind,
                                            sentences: entity.sentences, keys: entity.keys))
            return entities.count - 1
        }
        for form in entity.surfaceForms where !entities[owner].surfaceForms.contains(form) { entities[owner].surfaceForms.append(form) }
        for role in entity.roles where !entities[owner].roles.contains(role) { entities[owner].roles.append(role) }
        if entities[owner].canonicalName == nil { entities[owner].canonicalName = entity.canonicalName }
        entities[owner].sentences += entity.sentences
        entities[owner].keys.formUnion(entity.keys)
        return owner
    }

    /// The kind, parties (as merged entities) and signing dates of each agreement of `part` that has parties or a date.
    private static func agreementIdentities(in part: DocumentExtraction, mapped: [Int]) -> [Int: AgreementIdentity] {
        var parties: [Int: Set<Int>] = [:]
        var dates: [Int: Set<DocumentDate>] = [:]
        for fact in part.facts where part.entities[fact.subject].kind == .agreement {
            switch (fact.property, fact.object) {
            case (.party, .entity(let id)): parties[fact.subject, default: []].insert(mapped[id])
            case (.signedOn, .date(let date)): dates[fact.subject, default: []].insert(date)
            default: continue
            }
        }
        var identities: [Int: AgreementIdentity] = [:]
        for id in Set(parties.keys).union(dates.keys) {
            identities[id] = AgreementIdentity(kind: part.entities[id].agreementKind, parties: parties[id] ?? [], dates: dates[id] ?? [])
        }
        return identities
    }
}
