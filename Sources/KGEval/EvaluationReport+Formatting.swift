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
                lines += document.mistakes.map { "  " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
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
