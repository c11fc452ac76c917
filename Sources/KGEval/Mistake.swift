/// One error of the extractor against the gold: a missed, spurious or wrong item, with what explains it.
///
/// `kgx evaluate --explain` prints these so that whoever improves the extractor works from the largest
/// error classes down: the sentence shows what the text said, the rules what the extractor made of it.
public struct Mistake: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A gold item the graph lacks (a false negative).
        case missed
        /// A graph item the gold lacks (a false positive).
        case spurious
        /// A matched agreement whose parties or one of whose fields differ from the gold.
        case wrong
    }

    public var kind: Kind
    /// What the item is: an entity type ("Person"), "agreement", a relation type ("basedIn") or "document date".
    public var category: String
    /// For a wrong agreement, the field that differs ("parties", "date", "minerals"...).
    public var field: String?
    /// The item as the gold or the graph names it.
    public var item: String
    public var expected: String?
    public var found: String?
    /// The sentence the graph cites for a spurious item or a wrong field, or, for a missed item, the sentence
    /// of the article that names it best (nil when no sentence names it).
    public var sentence: String?
    /// The extraction rules the graph says produced the spurious or wrong item (`kg:extractedBy`).
    public var rules: [String]

    public init(_ kind: Kind, _ category: String, item: String, field: String? = nil, expected: String? = nil,
                found: String? = nil, sentence: String? = nil, rules: [String] = []) {
        self.kind = kind
        self.category = category
        self.field = field
        self.item = item
        self.expected = expected
        self.found = found
        self.sentence = sentence
        self.rules = rules
    }

    /// One line: "missed Person: Ranjit Rath", "agreement MoU: A – B: date expected 2025-08-07, found none".
    public var summary: String {
        switch kind {
        case .wrong:
            if field == "parties" { return "agreement with wrong parties: expected \(item), found \(found ?? "none")" }
            return "agreement \(item): \(field ?? "") expected \(expected ?? "none"), found \(found ?? "none")"
        case .missed, .spurious:
            if category == "document date" { return "document date: expected \(expected ?? "none"), found \(found ?? "none")" }
            return "\(kind.rawValue) \(category): \(item)"
        }
    }
}
