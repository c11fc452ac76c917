import Foundation

/// The scores of one gold document.
public struct DocumentReport: Codable, Sendable, Equatable {
    /// The gold `doc` (article file name).
    public var doc: String
    /// Whether the graph has a `kg:Document` with this `kg:sourceFile`; when not, every gold item is missed.
    public var found: Bool
    public var scores: ScoreTable
    /// One readable line per missed, spurious or wrong item, for whoever improves the extractor.
    public var mistakes: [Mistake]

    public init(doc: String, found: Bool, scores: ScoreTable, mistakes: [Mistake]) {
        self.doc = doc
        self.found = found
        self.scores = scores
        self.mistakes = mistakes
    }
}

/// The result of `Evaluator.evaluate`: per-document scores and their micro-averaged sum.
public struct EvaluationReport: Codable, Sendable, Equatable {
    public var documents: [DocumentReport]

    public init(documents: [DocumentReport]) {
        self.documents = documents
    }

    /// Every document's counts added up (micro-average).
    public var overall: ScoreTable { documents.reduce(ScoreTable()) { $0 + $1.scores } }

    /// The gold documents the graph has no `kg:Document` for.
    public var missingDocuments: [String] { documents.filter { !$0.found }.map(\.doc) }

    private enum CodingKeys: String, CodingKey {
        case overall, missingDocuments, documents
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documents = try container.decode([DocumentReport].self, forKey: .documents)
    }

    /// Encodes the documents and, for readers of the JSON, the overall table and the missing documents.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(overall, forKey: .overall)
        try container.encode(missingDocuments, forKey: .missingDocuments)
        try container.encode(documents, forKey: .documents)
    }

    /// The report as pretty-printed JSON with sorted keys (stable across runs).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
