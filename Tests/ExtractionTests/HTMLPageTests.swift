import Foundation
import KGExtract
import KGTestSupport
import KGText
import Testing

/// Saved web pages in the shapes CMSs write them (WordPress, a news site with JSON-LD and Open
/// Graph metas, a government press release in an ASP.NET form, a bare page), each next to the same
/// article saved as text (`Pages/<name>.txt`): the page must read to the article's text, title and
/// date, without its boilerplate, and extract to the same facts as the text.
@Suite struct HTMLPageTests {
    static let folder = ProjectPaths.root.appendingPathComponent("Tests/ExtractionTests/Pages")

    struct Page: Sendable, CustomStringConvertible {
        let name: String
        let title: String
        let date: String
        let dateline: String
        /// Words of the page's navigation, menus, scripts, banners, share bars, comments and footers.
        let boilerplate: [String]

        var description: String { name }
        var html: String { HTMLPageTests.folder.appendingPathComponent(name + ".html").path }
        var text: String { HTMLPageTests.folder.appendingPathComponent(name + ".txt").path }
    }

    static let pages = [
        Page(name: "wordpress-lithium", title: "Andes Lithium and Westralia Minerals sign lithium MoU in Santiago",
             date: "2025-03-14", dateline: "SANTIAGO",
             boilerplate: ["Skip to content", "Mining Ledger", "Menu", "Markets", "Subscribe", "dataLayer", "site-header", "Share this",
                           "Twitter", "Posted in Lithium", "Tagged", "Previous post", "thoughts", "Atacama", "Leave a Reply",
                           "Post Comment", "Recent Posts", "Graphite exporters", "Proudly powered"]),
        Page(name: "news-cobalt", title: "Nordvik Battery Metals signs cobalt offtake agreement with Kivu Cobalt",
             date: "2025-06-03", dateline: "KINSHASA",
             boilerplate: ["cookies", "Accept", "Global Metals Wire", "Energy", "Mining", "Home", "Share on", "Email",
                           "Advertisement", "Metals Brief", "Subscribe", "Related stories", "Zambia", "All rights reserved"]),
        Page(name: "press-release-graphite", title: "Namibia and Helios Graphite sign memorandum on graphite processing",
             date: "2025-04-22", dateline: "WINDHOEK",
             boilerplate: ["official website", "About the Ministry", "Tenders", "Press releases", "Speeches", "VIEWSTATE",
                           "wEPDw", "Print this page", "Private Bag", "Site map"]),
        Page(name: "bare-nickel", title: "Baltic Rare Earths and Copperbelt Critical Minerals sign nickel agreement",
             date: "2025-09-09", dateline: "OSLO", boilerplate: []),
    ]

    @Test(arguments: pages) func readsTheArticleTextTitleAndDate(_ page: Page) throws {
        let document = try DocumentReader.read(path: page.html)
        let saved = try DocumentReader.read(path: page.text)
        #expect(document.name == page.name + ".html")
        #expect(document.text == saved.text.trimmingCharacters(in: .newlines))
        #expect(document.title == page.title)
        #expect(document.date?.lexicalForm == page.date)
        #expect(document.dateline?.place == page.dateline)
        #expect(document.warnings.isEmpty)
    }

    @Test(arguments: pages) func leavesOutTheBoilerplate(_ page: Page) throws {
        let text = try DocumentReader.read(path: page.html).text
        for words in page.boilerplate {
            #expect(!text.contains(words), "\(page.name): \"\(words)\" is boilerplate")
        }
        // Paragraphs stay apart, so each is its own sentence or more.
        #expect(!text.contains("\n\n\n") && !text.contains("  ") && text.contains("\n\n"))
    }

    @Test(arguments: pages) func extractsTheSameFactsAsTheArticleSavedAsText(_ page: Page) throws {
        let extractor = try #require(SeedFixture.extractor)
        let fromPage = Set(SeedFixture.describe(extractor.extract(try DocumentReader.read(path: page.html))))
        let fromText = Set(SeedFixture.describe(extractor.extract(try DocumentReader.read(path: page.text))))
        #expect(fromPage == fromText)
        #expect(fromPage.contains { $0.hasPrefix("E Agreement") })
        #expect(fromPage.contains { $0.contains(" party ") })
    }

    /// The agreement facts each article states, found in the page.
    @Test func findsTheAgreementsOfThePages() throws {
        let extractor = try #require(SeedFixture.extractor)
        func facts(_ name: String) throws -> Set<String> {
            let document = try DocumentReader.read(path: Self.folder.appendingPathComponent(name + ".html").path)
            return Set(SeedFixture.describe(extractor.extract(document)))
        }
        let lithium = try facts("wordpress-lithium")
        for fact in ["MoU party Andes Lithium Corporation", "MoU party Westralia Minerals Limited", "MoU signedAt Santiago",
                     "MoU signedOn 2025-03-14", "MoU signatory Camila Fuentes", "MoU concerns lithium"] {
            #expect(lithium.contains { $0.hasSuffix(fact) }, "\(fact)")
        }
        let cobalt = try facts("news-cobalt")
        for fact in ["Agreement party Nordvik Battery Metals AB", "Agreement party Kivu Cobalt Holdings", "Agreement signedAt Kinshasa",
                     "Agreement signedOn 2025-06-03", "Agreement concerns cobalt"] {
            #expect(cobalt.contains { $0.hasSuffix(fact) }, "\(fact)")
        }
        let graphite = try facts("press-release-graphite")
        for fact in ["MoU party Helios Graphite Inc.", "MoU party Ministry of Mines and Energy of Namibia", "MoU signedAt Windhoek",
                     "MoU signatory Sarah Whitcombe", "MoU concerns graphite"] {
            #expect(graphite.contains { $0.hasSuffix(fact) }, "\(fact)")
        }
        let nickel = try facts("bare-nickel")
        for fact in ["Agreement party Baltic Rare Earths AS", "Agreement party Copperbelt Critical Minerals Limited",
                     "Agreement signedAt Oslo", "Agreement concerns nickel"] {
            #expect(nickel.contains { $0.hasSuffix(fact) }, "\(fact)")
        }
    }

    @Test func aFolderContributesItsPagesAndArticlesInSortedOrder() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for name in ["c.htm", "a.txt", "b/page.html", "b/notes.txt", "style.css", "page.html.orig", "image.png"] {
            try Data("<p>Text.</p>".utf8).write(to: folder.appendingPathComponent(name))
        }
        let found = try ArticleDiscovery.articles(in: [folder.path]).map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(found == ["a.txt", "b/notes.txt", "b/page.html", "c.htm"])
    }

    @Test func aFolderWithoutArticlesOrPagesIsAnErrorNamingTheKinds() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("body{}".utf8).write(to: folder.appendingPathComponent("style.css"))
        #expect(throws: ArticleDiscovery.Failure.noArticles(folder: folder.path)) { try ArticleDiscovery.articles(in: [folder.path]) }
        #expect(ArticleDiscovery.Failure.noArticles(folder: "f").description == "f: folder holds no *.txt, *.html or *.htm articles")
    }

    @Test func aPageIsReadAsHTMLByItsExtensionOnlyAndStandardInputStaysText() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markup = "<html><body><p>Zinc &amp; tin.</p></body></html>"
        for name in ["a.htm", "a.html", "a.txt"] { try Data(markup.utf8).write(to: folder.appendingPathComponent(name)) }
        #expect(try DocumentReader.read(path: folder.appendingPathComponent("a.htm").path).text == "Zinc & tin.")
        #expect(try DocumentReader.read(path: folder.appendingPathComponent("a.html").path).text == "Zinc & tin.")
        #expect(try DocumentReader.read(path: folder.appendingPathComponent("a.txt").path).text == markup)
        #expect(try DocumentReader.read(bytes: Array(markup.utf8), name: "stdin.txt").text == markup)
    }
}
