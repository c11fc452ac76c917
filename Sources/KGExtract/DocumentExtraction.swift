import KGGraph
import KGText

/// What the extractor found in one document: its entities and agreements, and the facts that
/// link them, each with the sentences that support it. `GraphBuilder` turns extractions into triples.
public struct DocumentExtraction: Sendable {
    /// The document read.
    public let document: Document
    /// Entities and agreements, indexed by their `id`.
    public internal(set) var entities: [ExtractedEntity]
    /// Facts between entities (or from an entity to a date).
    public internal(set) var facts: [ExtractedFact]
}

/// One entity or agreement of a document.
public struct ExtractedEntity: Sendable {
    /// The index of the entity in `DocumentExtraction.entities`.
    public let id: Int
    /// Its class.
    public let kind: Vocabulary.Class
    /// The lexicon's canonical name, when a lexicon knows it.
    public internal(set) var canonicalName: String?
    /// Every way the document names it.
    public internal(set) var surfaceForms: [String]
    /// Positions a person holds ("Director").
    public internal(set) var roles: [String] = []
    /// For an agreement: its kind ("MoU").
    public internal(set) var agreementKind: String?
    /// Sentences mentioning it.
    public internal(set) var sentences: [Sentence] = []
    /// Normalised names under which it is resolved against other entities and documents.
    var keys: Set<String> = []
}

/// A fact: subject, property and object, with its evidence.
public struct ExtractedFact: Sendable {
    /// The object of a fact: an entity of the same document or a date.
    public enum Object: Sendable, Hashable {
        case entity(Int)
        case date(DocumentDate)
    }

    public let subject: Int
    public let property: Vocabulary.Property
    public let object: Object
    /// The sentences that state it.
    public internal(set) var evidence: [Sentence]
    /// The names of the extraction rules that found it ("basedIn.cue"): why the extractor believes it.
    public internal(set) var rules: [String]

    /// What makes a fact the same fact: evidence from several sentences is gathered under one key.
    struct Key: Hashable {
        let subject: Int
        let property: Vocabulary.Property
        let object: Object
    }

    var key: Key { Key(subject: subject, property: property, object: object) }
}
