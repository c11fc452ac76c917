/// The hand annotation of one article: what a perfect extractor would find in it.
///
/// Decoding is tolerant: only `doc` and, per item, the fields that identify it (`type` and `name` of an entity,
/// `s`, `p`, `o` of a relation) are required; lists default to empty, `optional` to false, dates and places to nil.
public struct GoldDocument: Codable, Sendable, Equatable {
    /// The article's file name, matched against the graph's `kg:sourceFile`.
    public var doc: String
    /// The publication date (`YYYY-MM-DD`), nil when the article gives none with a year.
    public var date: String?
    public var entities: [GoldEntity]
    public var agreements: [GoldAgreement]
    public var relations: [GoldRelation]

    public init(doc: String, date: String? = nil, entities: [GoldEntity] = [],
                agreements: [GoldAgreement] = [], relations: [GoldRelation] = []) {
        self.doc = doc
        self.date = date
        self.entities = entities
        self.agreements = agreements
        self.relations = relations
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        doc = try container.decode(String.self, forKey: .doc)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        entities = try container.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        agreements = try container.decodeIfPresent([GoldAgreement].self, forKey: .agreements) ?? []
        relations = try container.decodeIfPresent([GoldRelation].self, forKey: .relations) ?? []
    }

    /// The names used by agreements and relations that no entity of this document carries as its name,
    /// each once, in order of first use. A well-formed gold file has none.
    public var danglingReferences: [String] {
        let known = Set(entities.map(\.name))
        var used: [String] = []
        for agreement in agreements {
            used += agreement.parties + agreement.signatories + agreement.minerals
            if let place = agreement.place { used.append(place) }
        }
        for relation in relations { used += [relation.s, relation.o] }
        var seen = Set<String>()
        return used.filter { !known.contains($0) && seen.insert($0).inserted }
    }

    /// The entity whose canonical name is `name`, if any.
    func entity(named name: String) -> GoldEntity? {
        entities.first { $0.name == name }
    }

    /// The comparison keys of `name`: those of the entity it names (name and aliases) or, failing one, its own.
    func nameKeys(of name: String) -> Set<String> {
        entity(named: name)?.nameKeys ?? NameNormalizer.keys([name])
    }
}

/// One entity an article names.
public struct GoldEntity: Codable, Sendable, Equatable {
    public var type: EntityType
    /// The canonical name, the one agreements and relations refer to.
    public var name: String
    /// Other surface forms that name the same entity.
    public var aliases: [String]
    /// A borderline entity: finding it is neither required nor a false positive.
    public var optional: Bool

    public init(type: EntityType, name: String, aliases: [String] = [], optional: Bool = false) {
        self.type = type
        self.name = name
        self.aliases = aliases
        self.optional = optional
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(EntityType.self, forKey: .type)
        name = try container.decode(String.self, forKey: .name)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }

    /// The comparison keys of the name and every alias.
    var nameKeys: Set<String> { NameNormalizer.keys([name] + aliases) }
}

/// One agreement an article reports as signed or concluded.
public struct GoldAgreement: Codable, Sendable, Equatable {
    /// The canonical kind ("MoU", "Joint Declaration of Intent", ...); nil when the annotation leaves it open.
    public var kind: String?
    /// Canonical names of the parties (entities of the same document).
    public var parties: [String]
    /// The signing date (`YYYY-MM-DD`, or a partial date), nil when the article does not give it.
    public var date: String?
    /// Canonical name of the place of signing, nil when not stated.
    public var place: String?
    /// Canonical names of the minerals the agreement concerns.
    public var minerals: [String]
    /// Canonical names of the people who signed it.
    public var signatories: [String]

    public init(kind: String? = nil, parties: [String], date: String? = nil, place: String? = nil,
                minerals: [String] = [], signatories: [String] = []) {
        self.kind = kind
        self.parties = parties
        self.date = date
        self.place = place
        self.minerals = minerals
        self.signatories = signatories
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        parties = try container.decodeIfPresent([String].self, forKey: .parties) ?? []
        date = try container.decodeIfPresent(String.self, forKey: .date)
        place = try container.decodeIfPresent(String.self, forKey: .place)
        minerals = try container.decodeIfPresent([String].self, forKey: .minerals) ?? []
        signatories = try container.decodeIfPresent([String].self, forKey: .signatories) ?? []
    }
}

/// One relation an article states between two of its entities.
public struct GoldRelation: Codable, Sendable, Equatable {
    /// Canonical name of the subject.
    public var s: String
    public var p: RelationType
    /// Canonical name of the object.
    public var o: String
    /// A borderline relation: finding it is neither required nor a false positive.
    public var optional: Bool

    public init(s: String, p: RelationType, o: String, optional: Bool = false) {
        self.s = s
        self.p = p
        self.o = o
        self.optional = optional
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        s = try container.decode(String.self, forKey: .s)
        p = try container.decode(RelationType.self, forKey: .p)
        o = try container.decode(String.self, forKey: .o)
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }
}
