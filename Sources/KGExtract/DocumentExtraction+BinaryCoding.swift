import KGGraph
import KGText

// The binary form of a document's extraction, for the extraction cache (see `BinaryCoding`): everything
// `GraphBuilder` reads, resolution keys included, so a decoded extraction builds the same triples.

extension DocumentExtraction: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(document)
        writer.write(entities)
        writer.write(facts)
    }

    public init(from reader: inout BinaryReader) throws {
        self.init(document: try reader.read(Document.self), entities: try reader.readArray(ExtractedEntity.self),
                  facts: try reader.readArray(ExtractedFact.self))
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

extension ExtractedEntity: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(kind.rawValue)
        writer.write(canonicalName)
        writer.write(surfaceForms)
        writer.write(roles)
        writer.write(agreementKind)
        writer.write(sentences)
        // Sorted, so that an entry's bytes do not depend on the process's hash seed.
        writer.write(keys.sorted())
    }

    public init(from reader: inout BinaryReader) throws {
        let id: Int = try reader.read()
        let kindName: String = try reader.read()
        guard let kind = Vocabulary.Class(rawValue: kindName) else { throw BinaryReader.Malformed("class \(kindName)") }
        self.init(id: id, kind: kind, canonicalName: try reader.readOptional(String.self), surfaceForms: try reader.readArray(String.self),
                  roles: try reader.readArray(String.self), agreementKind: try reader.readOptional(String.self),
                  sentences: try reader.readArray(Sentence.self), keys: Set(try reader.readArray(String.self)))
    }
}

extension ExtractedFact: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(subject)
        writer.write(property.rawValue)
        switch object {
        case .entity(let id): writer.write(0); writer.write(id)
        case .date(let date): writer.write(1); writer.write(date)
        }
        writer.write(evidence)
        writer.write(rules)
    }

    public init(from reader: inout BinaryReader) throws {
        let subject: Int = try reader.read()
        let propertyName: String = try reader.read()
        guard let property = Vocabulary.Property(rawValue: propertyName) else { throw BinaryReader.Malformed("property \(propertyName)") }
        let object: Object
        switch try reader.read() as Int {
        case 0: object = .entity(try reader.read())
        case 1: object = .date(try reader.read(DocumentDate.self))
        case let tag: throw BinaryReader.Malformed("object tag \(tag)")
        }
        self.init(subject: subject, property: property, object: object, evidence: try reader.readArray(Sentence.self),
                  rules: try reader.readArray(String.self))
    }
}
