/// True positive, false positive and false negative counts with the precision, recall and F1 they give.
///
/// A score with nothing expected and nothing predicted is perfect (1.0): a category that is empty on both
/// sides was handled correctly. Precision with no prediction but something expected is 0, and so is recall
/// with predictions but nothing expected, so that an empty output never looks good.
public struct Score: Codable, Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Whether neither side had anything in this category.
    public var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

    public var precision: Double {
        ratio(truePositives, truePositives + falsePositives, emptyWhenPerfect: falseNegatives == 0)
    }

    public var recall: Double {
        ratio(truePositives, truePositives + falseNegatives, emptyWhenPerfect: falsePositives == 0)
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The sum of two scores (micro-averaging adds counts, never ratios).
    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(truePositives: lhs.truePositives + rhs.truePositives,
              falsePositives: lhs.falsePositives + rhs.falsePositives,
              falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    public static func += (lhs: inout Score, rhs: Score) { lhs = lhs + rhs }

    private func ratio(_ numerator: Int, _ denominator: Int, emptyWhenPerfect: Bool) -> Double {
        denominator == 0 ? (emptyWhenPerfect ? 1 : 0) : Double(numerator) / Double(denominator)
    }

    private enum CodingKeys: String, CodingKey {
        case truePositives, falsePositives, falseNegatives, precision, recall, f1
    }

    /// Decodes the counts; the ratios in the JSON are derived values and are recomputed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try container.decode(Int.self, forKey: .truePositives)
        falsePositives = try container.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
    }

    /// Encodes the counts and, for readers of the JSON, the ratios.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
    }
}
