/// The parts of an agreement scored once the agreement itself is matched.
public enum AgreementAttribute: String, Codable, CodingKeyRepresentable, CaseIterable, Sendable {
    case parties, kind, date, place, minerals, signatories
}

extension EntityType: CodingKeyRepresentable {}
extension RelationType: CodingKeyRepresentable {}

/// The scores of every category for one document or, added up, for a corpus.
///
/// Each category holds counts, so adding tables micro-averages. Every category is present (zero when
/// nothing was expected or found), which keeps the JSON output uniform.
public struct ScoreTable: Codable, Sendable, Equatable {
    public var entityTypes: [EntityType: Score]
    public var agreements: Score
    /// Sub-scores of matched agreements; `parties` also counts the parties of agreements that were not matched.
    public var agreementAttributes: [AgreementAttribute: Score]
    public var relationTypes: [RelationType: Score]
    /// The article's publication date (gold `date` against `kg:publishedOn`); not part of the micro total.
    public var documentDate: Score

    public init() {
        entityTypes = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, Score()) })
        agreements = Score()
        agreementAttributes = Dictionary(uniqueKeysWithValues: AgreementAttribute.allCases.map { ($0, Score()) })
        relationTypes = Dictionary(uniqueKeysWithValues: RelationType.allCases.map { ($0, Score()) })
        documentDate = Score()
    }

    /// All entity types together.
    public var entities: Score { EntityType.allCases.reduce(Score()) { $0 + self[$1] } }

    /// All relation types together.
    public var relations: Score { RelationType.allCases.reduce(Score()) { $0 + self[$1] } }

    /// Entities, agreements and relations together: the headline number.
    public var micro: Score { entities + agreements + relations }

    public subscript(type: EntityType) -> Score {
        get { entityTypes[type] ?? Score() }
        set { entityTypes[type] = newValue }
    }

    /// Labelled because `.place` would otherwise be ambiguous with the entity type.
    public subscript(attribute attribute: AgreementAttribute) -> Score {
        get { agreementAttributes[attribute] ?? Score() }
        set { agreementAttributes[attribute] = newValue }
    }

    public subscript(type: RelationType) -> Score {
        get { relationTypes[type] ?? Score() }
        set { relationTypes[type] = newValue }
    }

    /// Category-wise sum of two tables.
    public static func + (lhs: ScoreTable, rhs: ScoreTable) -> ScoreTable {
        var sum = lhs
        for type in EntityType.allCases { sum[type] += rhs[type] }
        for attribute in AgreementAttribute.allCases { sum[attribute: attribute] += rhs[attribute: attribute] }
        for type in RelationType.allCases { sum[type] += rhs[type] }
        sum.agreements += rhs.agreements
        sum.documentDate += rhs.documentDate
        return sum
    }

    private enum CodingKeys: String, CodingKey {
        case entityTypes, entities, agreements, agreementAttributes, relationTypes, relations, documentDate, micro
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for (type, score) in try container.decode([EntityType: Score].self, forKey: .entityTypes) { self[type] = score }
        agreements = try container.decode(Score.self, forKey: .agreements)
        for (attribute, score) in try container.decode([AgreementAttribute: Score].self, forKey: .agreementAttributes) {
            self[attribute: attribute] = score
        }
        for (type, score) in try container.decode([RelationType: Score].self, forKey: .relationTypes) { self[type] = score }
        documentDate = try container.decode(Score.self, forKey: .documentDate)
    }

    /// Encodes the categories and, for readers of the JSON, the derived totals.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entityTypes, forKey: .entityTypes)
        try container.encode(entities, forKey: .entities)
        try container.encode(agreements, forKey: .agreements)
        try container.encode(agreementAttributes, forKey: .agreementAttributes)
        try container.encode(relationTypes, forKey: .relationTypes)
        try container.encode(relations, forKey: .relations)
        try container.encode(documentDate, forKey: .documentDate)
        try container.encode(micro, forKey: .micro)
    }
}
