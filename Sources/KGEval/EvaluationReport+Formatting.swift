import Foundation

extension EvaluationReport {
    /// A plain-text table: one row per category (entity types, agreements and their attributes, relation types,
    /// document date, micro total), then one micro row per document; with `details`, each document's mistakes.
    public func formatted(details: Bool = false) -> String {
        let table = overall
        var lines = ["Evaluation over \(documents.count) gold document(s)"]
        if !missingDocuments.isEmpty {
            lines.append("Not in the graph: " + missingDocuments.joined(separator: ", "))
        }
        lines.append("")
        lines.append(Self.header("Category"))
        lines.append("Entities")
        lines += EntityType.allCases.map { Self.row("  " + $0.rawValue, table[$0]) }
        lines.append(Self.row("  all entities", table.entities))
        lines.append(Self.row("Agreements", table.agreements))
        lines += AgreementAttribute.allCases.map { Self.row("  " + $0.rawValue, table[attribute: $0]) }
        lines.append("Relations")
        lines += RelationType.allCases.map { Self.row("  " + $0.rawValue, table[$0]) }
        lines.append(Self.row("  all relations", table.relations))
        lines.append(Self.row("Document date", table.documentDate))
        lines.append(Self.row("Micro total", table.micro))
        lines.append("")
        lines.append(Self.header("Document (micro)"))
        for document in documents {
            lines.append(Self.row(document.doc + (document.found ? "" : " (missing)"), document.scores.micro))
        }
        if details {
            for document in documents where !document.mistakes.isEmpty {
                lines.append("")
                lines.append(document.doc + ":")
                for mistake in document.mistakes {
                    lines.append("  " + mistake.summary)
                    if let sentence = mistake.sentence { lines.append("      sentence: " + Self.oneLine(sentence)) }
                    if !mistake.rules.isEmpty { lines.append("      rules: " + mistake.rules.joined(separator: ", ")) }
                }
            }
            lines.append("")
            lines.append("Error classes (most frequent first)")
            lines += errorClasses.map { "  " + Self.leftPad(String($0.count), 4) + "  " + $0.name }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mistakes counted by kind, category and field, and spurious or wrong ones also by the rule that made
    /// them: the classes to work on, largest first (ties by name).
    public var errorClasses: [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for mistake in documents.flatMap(\.mistakes) {
            let name = [mistake.kind.rawValue, mistake.category, mistake.field].compactMap { $0 }.joined(separator: " ")
            counts[name, default: 0] += 1
            for rule in mistake.rules { counts["\(name) by rule \(rule)", default: 0] += 1 }
        }
        return counts.map { (name: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// A sentence on one line, whitespace runs collapsed, quoted.
    private static func oneLine(_ text: String) -> String {
        "\"" + text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\""
    }

    private static let labelWidth = 36

    private static func header(_ title: String) -> String {
        pad(title, labelWidth) + ["TP", "FP", "FN"].map { leftPad($0, 6) }.joined()
            + ["P", "R", "F1"].map { leftPad($0, 8) }.joined()
    }

    /// One row; a category empty on both sides shows dashes instead of a vacuous 1.000.
    private static func row(_ label: String, _ score: Score) -> String {
        let counts = [score.truePositives, score.falsePositives, score.falseNegatives].map { leftPad(String($0), 6) }
        let ratios = [score.precision, score.recall, score.f1].map {
            leftPad(score.isEmpty ? "–" : String(format: "%.3f", $0), 8)
        }
        return pad(label, labelWidth) + counts.joined() + ratios.joined()
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
