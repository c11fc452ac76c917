/// One-to-one pairing of gold items with predicted items, greedy by best score.
///
/// Optimal assignment is unnecessary here: candidates rarely compete, and a greedy pass is predictable and
/// easy to explain in a report.
enum GreedyMatcher {
    /// A possible pairing of gold item `gold` with predicted item `predicted`; higher `score` (compared
    /// lexicographically) pairs first.
    struct Candidate {
        let gold: Int
        let predicted: Int
        let score: [Int]
    }

    /// The chosen pairs as gold index → predicted index. Ties go to the earlier gold item, then the earlier prediction.
    static func match(_ candidates: [Candidate]) -> [Int: Int] {
        let ordered = candidates.sorted { a, b in
            if a.score != b.score { return b.score.lexicographicallyPrecedes(a.score) }
            if a.gold != b.gold { return a.gold < b.gold }
            return a.predicted < b.predicted
        }
        var pairs: [Int: Int] = [:]
        var taken = Set<Int>()
        for candidate in ordered where pairs[candidate.gold] == nil && !taken.contains(candidate.predicted) {
            pairs[candidate.gold] = candidate.predicted
            taken.insert(candidate.predicted)
        }
        return pairs
    }

    /// Pairs name sets that share at least one key, the largest overlap first.
    static func matchNames(gold: [Set<String>], predicted: [Set<String>]) -> [Int: Int] {
        var candidates: [Candidate] = []
        for (g, goldKeys) in gold.enumerated() {
            for (p, predictedKeys) in predicted.enumerated() {
                let overlap = goldKeys.intersection(predictedKeys).count
                if overlap > 0 { candidates.append(Candidate(gold: g, predicted: p, score: [overlap])) }
            }
        }
        return match(candidates)
    }
}
