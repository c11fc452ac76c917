import Foundation
import KGExtract
import KGGraph
import KGTestSupport
import KGText
import Testing

/// The seed articles, read and extracted once per test.
enum SeedFixture {
    /// The articles of `folder` (the seeds by default), sorted by name.
    static func paths(in folder: URL = ProjectPaths.seeds) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func extractions(in folder: URL? = nil) throws -> [DocumentExtraction] {
        let extractor = Extractor(lexicons: try Lexicons.bundled())
        return try paths(in: folder ?? ProjectPaths.seeds).map { extractor.extract(try DocumentReader.read(path: $0)) }
    }

    /// A readable dump of one extraction: entities, then facts by name.
    /// The extractor of the bundled lexicons, built once for every suite that extracts sentences of its own.
    static let extractor: Extractor? = try? Extractor(lexicons: Lexicons.bundled())

    /// The described facts and entities of one short text, extracted with the bundled lexicons.
    static func facts(of text: String) throws -> Set<String> {
        let extractor = try #require(Self.extractor)
        return Set(describe(extractor.extract(try DocumentReader.read(bytes: Array(text.utf8), name: "t.txt"))))
    }

    static func describe(_ extraction: DocumentExtraction) -> [String] {
        func name(_ id: Int) -> String {
            let entity = extraction.entities[id]
            if entity.kind == .agreement { return "#\(id) \(entity.agreementKind ?? "?")" }
            return entity.canonicalName ?? entity.surfaceForms.max { $0.count < $1.count } ?? "?"
        }
        var lines = extraction.entities.map { "E \($0.kind.rawValue) \(name($0.id)) \($0.surfaceForms) \($0.roles)" }
        for fact in extraction.facts {
            let object: String
            switch fact.object {
            case .entity(let id): object = name(id)
            case .date(let date): object = date.lexicalForm
            }
            lines.append("F \(name(fact.subject)) \(fact.property.rawValue) \(object)")
        }
        return lines
    }
}
