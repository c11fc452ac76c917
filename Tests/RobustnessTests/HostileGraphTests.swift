import Foundation
import KGExtract
import KGGraph
import KGTestSupport
import KGText
import KGWriters
import Testing

/// Labels built to break out of each output format, written by every writer and read back by
/// every real consumer: each must parse, and carry the label as faithfully as the format allows.
///
/// Where a format cannot hold a character the loss is fixed and documented: XML 1.0 forbids most
/// C0 controls and U+FFFE/U+FFFF, so GraphML holds U+FFFD instead (`XMLTextSanitizer`); Graphviz
/// draws no control character, so DOT drops them and draws a tab as a space (`DOTString`).
@Suite("Hostile labels")
struct HostileGraphTests {
    /// A graph holding every hostile sample as a label, an alias, a plain and a language-tagged
    /// literal of a resource whose IRI is minted from the sample.
    static func graph(of samples: [String]) -> Graph {
        var graph = Graph()
        let minter = IRIMinter()
        for (index, sample) in samples.enumerated() {
            let node = Term.iri(minter.iri(.organization, name: sample) + "-\(index)")
            graph.insert(node, Vocabulary.type, .iri(Vocabulary.Class.organization.iri))
            graph.insert(node, Vocabulary.label, .string(sample))
            graph.insert(node, Vocabulary.altLabel, .string("alias " + sample))
            graph.insert(node, Vocabulary.Property.role.iri, .string(sample + " role"))
            graph.insert(node, Vocabulary.comment, .string(sample, language: "en-GB"))
        }
        return graph
    }

    /// The samples with characters rapper refuses, and those without.
    static let withNoncharacters = HostileText.samples.filter { $0.unicodeScalars.contains(where: \.properties.isNoncharacterCodePoint) }
    static let withoutNoncharacters = HostileText.samples.filter { !withNoncharacters.contains($0) }

    @Test("every consumer parses hostile labels and reads them back")
    func directGraphs() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain"), nonchar = folder.appendingPathComponent("nonchar")
        try ConsumerReport.write(Self.graph(of: Self.withoutNoncharacters), to: plain)
        try ConsumerReport.write(Self.graph(of: Self.withNoncharacters), to: nonchar)
        var reports = [try ConsumerReport(folders: [plain])]
        reports.append(try ConsumerReport(folders: [nonchar], rapper: false))
        for report in reports {
            #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        }
        let values = reports.flatMap(\.values)
        try #require(values.count == 2)
        for (samples, found) in zip([Self.withoutNoncharacters, Self.withNoncharacters], values) {
            #expect(found.isomorphic == true)
            for sample in samples {
                Self.expectFaithful(sample, in: found)
            }
        }
    }

    /// Checks what each consumer read for `sample`, within the documented losses of its format.
    static func expectFaithful(_ sample: String, in found: ConsumerReport.Values,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        for (consumer, values) in [("rdflib Turtle", found.rdflib_ttl), ("rdflib N-Triples", found.rdflib_nt),
                                   ("oxigraph Turtle", found.oxigraph_ttl), ("oxigraph N-Triples", found.oxigraph_nt)] {
            #expect(values?.contains(sample) == true, "\(consumer) lost \(sample.debugDescription)", sourceLocation: sourceLocation)
        }
        let xml = XMLTextSanitizer.sanitized(sample)
        #expect(found.networkx?.contains(xml) == true, "NetworkX lost \(xml.debugDescription)", sourceLocation: sourceLocation)
        // Graphviz draws each line of a label as its own text element (none for a blank one), and
        // writes the second and later spaces of a run as U+00A0 so that SVG keeps them.
        let svg = Set((found.svg ?? []).map { $0.replacingOccurrences(of: "\u{A0}", with: " ") })
        let drawnLines = drawn(sample).split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        for line in drawnLines {
            #expect(svg.contains(line), "dot did not draw \(line.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    /// What Graphviz draws for a label: no controls or noncharacters, a tab as a space, line breaks kept.
    static func drawn(_ label: String) -> String {
        let text = label.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            switch scalar.value {
            case 0x09: return " "
            case 0x0A: return scalar
            case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return nil
            default: return scalar
            }
        }))
    }

    @Test("a label longer than Graphviz's 16 KB string limit is drawn whole (found with a 2,000-article corpus)")
    func labelBeyondGraphvizStringLimit() throws {
        let label = String(repeating: "Évidence \"quoted\" & back\\slash ", count: 1_500)
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ConsumerReport.write(Self.graph(of: [label]), to: folder)
        let report = try ConsumerReport(folders: [folder])
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        let found = try #require(report.values.first)
        Self.expectFaithful(label, in: found)
    }
}
