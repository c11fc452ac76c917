import KGGraph
import KGText

// The binary form of a document's extraction, for the extraction cache (see `BinaryCoding`): everything
// `GraphBuilder` reads, resolution keys included, so a decoded extraction builds the same triples.
//
// Each distinct sentence is written once, in a table, and entities and facts refer to it by index: a sentence
// is the evidence of many facts and mentions many entities, so writing it each time made entries several
// times the article's size and decoding them mostly string copying (and held each copy in memory apart).

extension DocumentExtraction: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        var table = SentenceTable()
        for entity in entities { for sentence in entity.sentences { table.index(of: sentence) } }
        for fact in facts { for sentence in fact.evidence { table.index(of: sentence) } }
        writer.write(document)
        writer.write(table.sentences)
        writer.write(UInt64(entities.count))
        for entity in entities { entity.encode(to: &writer, table: &table) }
        writer.write(UInt64(facts.count))
        for fact in facts { fact.encode(to: &writer, table: &table) }
    }

    public init(from reader: inout BinaryReader) throws {
        let document = try reader.read(Document.self)
        let sentences = try reader.readArray(Sentence.self)
        let entityCount = try reader.readCount()
        var entities: [ExtractedEntity] = []
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount { entities.append(try ExtractedEntity(from: &reader, sentences: sentences)) }
        let factCount = try reader.readCount()
        var facts: [ExtractedFact] = []
        facts.reserveCapacity(factCount)
        for _ in 0..<factCount { facts.append(try ExtractedFact(from: &reader, sentences: sentences)) }
        self.init(document: document, entities: entities, facts: facts)
        for (index, entity) in entities.enumerated() where entity.id != index {
            throw BinaryReader.Malformed("entity \(index) has id \(entity.id)")
        }
        for fact in facts {
            let objectIsValid: Bool
            if case .entity(let object) = fact.object { objectIsValid = entities.indices.contains(object) } else { objectIsValid = true }
            guard entities.indices.contains(fact.subject), objectIsValid else { throw BinaryReader.Malformed("fact names no entity") }
        }
    }
}

/// The distinct sentences of an extraction, numbered in order of first use.
private struct SentenceTable {
    private(set) var sentences: [Sentence] = []
    private var indices: [Sentence: Int] = [:]

    @discardableResult
    mutating func index(of sentence: Sentence) -> Int {
        if let index = indices[sentence] { return index }
        indices[sentence] = sentences.count
        sentences.append(sentence)
        return sentences.count - 1
    }

    /// Writes `sentences` as their indices.
    mutating func write(_ sentences: [Sentence], to writer: inout BinaryWriter) {
        writer.write(UInt64(sentences.count))
        for sentence in sentences { writer.write(index(of: sentence)) }
    }

    /// Reads indices written by `write(_:to:)` back into sentences of `table`.
    static func read(from reader: inout BinaryReader, _ table: [Sentence]) throws -> [Sentence] {
        let count = try reader.readCount()
        var sentences: [Sentence] = []
        sentences.reserveCapacity(count)
        for _ in 0..<count {
            let index: Int = try reader.read()
            guard table.indices.contains(index) else { throw BinaryReader.Malformed("sentence \(index) of \(table.count)") }
            sentences.append(table[index])
        }
        return sentences
    }
}

extension ExtractedEntity {
    fileprivate func encode(to writer: inout BinaryWriter, table: inout SentenceTable) {
        writer.write(id)
        writer.write(kind.rawValue)
        writer.write(canonicalName)
        writer.write(surfaceForms)
        writer.write(roles)
        writer.write(agreementKind)
        table.write(sentences, to: &writer)
        // Sorted, so that an entry's bytes do not depend on the process's hash seed.
        writer.write(keys.sorted())
    }

    fileprivate init(from reader: inout BinaryReader, sentences table: [Sentence]) throws {
        let id: Int = try reader.read()
        let kindName: String = try reader.read()
        guard let kind = Vocabulary.Class(rawValue: kindName) else { throw BinaryReader.Malformed("class \(kindName)") }
        self.init(id: id, kind: kind, canonicalName: try reader.readOptional(String.self), surfaceForms: try reader.readArray(String.self),
                  roles: try reader.readArray(String.self), agreementKind: try reader.readOptional(String.self),
                  sentences: try SentenceTable.read(from: &reader, table), keys: Set(try reader.readArray(String.self)))
    }
}

extension ExtractedFact {
    fileprivate func encode(to writer: inout BinaryWriter, table: inout SentenceTable) {
        writer.write(subject)
        writer.write(property.rawValue)
        switch object {
        case .entity(let id): writer.write(0); writer.write(id)
        case .date(let date): writer.write(1); writer.write(date)
        }
        table.write(evidence, to: &writer)
        writer.write(rules)
    }

    fileprivate init(from reader: inout BinaryReader, sentences table: [Sentence]) throws {
        let subject: Int = try reader.read()
        let propertyName: String = try reader.read()
        guard let property = Vocabulary.Property(rawValue: propertyName) else { throw BinaryReader.Malformed("property \(propertyName)") }
        let object: Object
        switch try reader.read() as Int {
        case 0: object = .entity(try reader.read())
        case 1: object = .date(try reader.read(DocumentDate.self))
        case let tag: throw BinaryReader.Malformed("object tag \(tag)")
        }
        self.init(subject: subject, property: property, object: object, evidence: try SentenceTable.read(from: &reader, table),
                  rules: try reader.readArray(String.self))
    }
}
