import Foundation
import KGEval
import KGTestSupport
import Testing

@Suite("Gold corpus")
struct GoldCorpusTests {
    static let goldFolder = ProjectPaths.root.appendingPathComponent("Tests/Corpus/gold")
    static let articlesFolder = ProjectPaths.root.appendingPathComponent("Tests/Corpus/articles")

    /// An annotated set: its gold folder and the folders its articles live in.
    struct AnnotatedSet: Sendable, CustomStringConvertible {
        let gold: URL
        let articleFolders: [URL]
        var description: String { gold.path.replacingOccurrences(of: ProjectPaths.root.path + "/", with: "") }

        func article(named name: String) -> URL {
            articleFolders.map { $0.appendingPathComponent(name) }
                .first { FileManager.default.fileExists(atPath: $0.path) } ?? articleFolders[0].appendingPathComponent(name)
        }
    }

    /// The seeds with the development set, and the held-out set (never tuned against).
    static let annotatedSets = [
        AnnotatedSet(gold: goldFolder, articleFolders: [ProjectPaths.seeds, articlesFolder]),
        AnnotatedSet(gold: ProjectPaths.root.appendingPathComponent("Tests/Corpus/heldout/gold"),
                     articleFolders: [ProjectPaths.root.appendingPathComponent("Tests/Corpus/heldout/articles")]),
    ]

    static func files(in folder: URL, ending suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test(arguments: annotatedSets)
    func everyGoldFileDecodesAndRefersOnlyToItsOwnEntities(_ set: AnnotatedSet) throws {
        let corpus = try GoldCorpus.load(directory: set.gold)
        #expect(corpus.count >= 10)
        for document in corpus {
            #expect(document.danglingReferences.isEmpty, "\(document.doc): \(document.danglingReferences)")
            let names = document.entities.map(\.name)
            #expect(Set(names).count == names.count, "\(document.doc): duplicate entity names")
            for agreement in document.agreements {
                #expect(!agreement.parties.isEmpty, "\(document.doc): agreement without parties")
                #expect(agreement.kind != nil, "\(document.doc): agreement without kind")
            }
        }
    }

    @Test func goldFilesNameTheirArticleAndEveryArticleHasGold() throws {
        let goldFiles = try Self.files(in: Self.goldFolder, ending: ".json")
        let articles = try Self.files(in: Self.articlesFolder, ending: ".txt")
        let seeds = try Self.files(in: ProjectPaths.seeds, ending: ".txt")
        #expect(articles.count >= 14)
        #expect(Set(goldFiles) == Set((articles + seeds).map { ($0 as NSString).deletingPathExtension + ".json" }))
        for file in goldFiles {
            let document = try GoldCorpus.load(file: Self.goldFolder.appendingPathComponent(file))
            #expect(document.doc == (file as NSString).deletingPathExtension + ".txt")
        }
    }

    /// Catches annotation typos: each required entity must be named, under its name or an alias, in its article.
    @Test(arguments: annotatedSets)
    func everyRequiredEntityIsNamedInItsArticle(_ set: AnnotatedSet) throws {
        for document in try GoldCorpus.load(directory: set.gold) {
            let article = set.article(named: document.doc)
            let raw = try String(contentsOf: article, encoding: .utf8)
            // Possessives ("Russia's") glue the name to its "s", so the text is also read without them
            // (but not only: "Voisey's Bay" is a name).
            let texts = [raw, raw.replacing(/['’]s\b/, with: "")].map { " " + NameNormalizer.key($0) + " " }
            for entity in document.entities where !entity.optional {
                let named = ([entity.name] + entity.aliases).contains { name in
                    texts.contains { $0.contains(" " + NameNormalizer.key(name) + " ") }
                }
                #expect(named, "\(document.doc): \(entity.type.rawValue) \(entity.name) is not in the text")
            }
        }
    }

    @Test(arguments: annotatedSets)
    func datesAreIsoDates(_ set: AnnotatedSet) throws {
        let iso = /^\d{4}-\d{2}-\d{2}$/
        for document in try GoldCorpus.load(directory: set.gold) {
            let dates = [document.date] + document.agreements.map(\.date)
            for date in dates.compactMap({ $0 }) {
                #expect(date.wholeMatch(of: iso) != nil, "\(document.doc): \(date)")
            }
        }
    }

    @Test func developmentArticlesAreOfTheAgreedLength() throws {
        for article in try Self.files(in: Self.articlesFolder, ending: ".txt") {
            let text = try String(contentsOf: Self.articlesFolder.appendingPathComponent(article), encoding: .utf8)
            let words = text.split(whereSeparator: \.isWhitespace).count
            #expect((300...900).contains(words), "\(article): \(words) words")
        }
    }

    @Test func tolerantDecodingFillsDefaults() throws {
        let json = #"{"doc": "x.txt", "entities": [{"type": "Mineral", "name": "lithium"}],"#
            + #" "agreements": [{"parties": ["Chile"]}], "relations": [{"s": "A", "p": "partOf", "o": "B"}]}"#
        let document = try JSONDecoder().decode(GoldDocument.self, from: Data(json.utf8))
        #expect(document.date == nil)
        #expect(document.entities == [GoldEntity(type: .mineral, name: "lithium")])
        #expect(document.agreements == [GoldAgreement(parties: ["Chile"])])
        #expect(document.relations == [GoldRelation(s: "A", p: .partOf, o: "B")])
        #expect(document.danglingReferences == ["Chile", "A", "B"])
    }

    @Test func invalidGoldFileIsATypedError() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"doc": "x.txt", "entities": [{"type": "Planet", "name": "Mars"}]}"#.utf8)
            .write(to: folder.appendingPathComponent("x.json"))
        #expect {
            try GoldCorpus.load(directory: folder)
        } throws: { error in
            guard case .invalidDocument(let path, _) = error as? GoldCorpusError else { return false }
            return path.hasSuffix("x.json")
        }
        #expect(throws: GoldCorpusError.self) { try GoldCorpus.load(directory: folder.appendingPathComponent("none")) }
    }
}
