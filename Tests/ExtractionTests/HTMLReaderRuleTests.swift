import Foundation
import KGText
import Testing

/// The rules of `HTMLDocumentReader` one by one, on small pages: which element holds the article,
/// which title and which date win, how text is laid out, and how bad bytes are refused.
@Suite struct HTMLReaderRuleTests {
    func read(_ html: String, name: String = "p.html") throws -> Document {
        try HTMLDocumentReader.read(bytes: Array(html.utf8), name: name)
    }

    let body = "<p>Fjord Metals signed an MoU with Andes Lithium.</p><p>It covers lithium.</p>"

    // MARK: title

    @Test func theOpenGraphTitleWinsOverTheHeadingAndTheTitleElement() throws {
        let page = try read("<head><title>Site | T</title><meta property='og:title' content='  OG   title '></head><body><h1>Heading</h1>\(body)</body>")
        #expect(page.title == "OG title")
    }

    @Test func theArticleHeadingWinsOverTheTitleElementAndAnH1Elsewhere() throws {
        let page = try read("<head><title>Site | T</title></head><body><h1>Site logo</h1><article><h1>The <em>article</em> heading</h1>\(body)</article></body>")
        #expect(page.title == "The article heading")
        let outside = try read("<head><title>Site | T</title></head><body><h1>Page heading</h1>\(body)</body>")
        #expect(outside.title == "Page heading")
    }

    @Test func theTitleElementIsTheLastMarkupResortThenTheTextHeadline() throws {
        #expect(try read("<head><title>\n Site |\n T </title></head><body>\(body)</body>").title == "Site | T")
        #expect(try read("<body><p>Lithium pact signed</p>\(body)</body>").title == "Lithium pact signed")
        #expect(try read("<body>\(body)</body>").title == nil)
    }

    @Test func anIconsOrFormulasTitleIsNoPageTitle() throws {
        let icons = "<svg><title>Share on X</title><path d='M0'/></svg><math><title>x squared</title></math>"
        #expect(try read("<body>\(icons)\(body)</body>").title == nil)
        #expect(try read("<head><title>Site | T</title></head><body>\(icons)\(body)</body>").title == "Site | T")
    }

    @Test func anH1InTheSiteHeaderIsNoTitle() throws {
        let page = try read("<body><header><h1>Mining Ledger</h1></header><main>\(body)</main></body>")
        #expect(page.title == nil)
        #expect(!page.text.contains("Mining Ledger"))
    }

    // MARK: date

    static let jsonLD = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-02-03T23:30:00-05:00\"}</script>"
    static let meta = "<meta property='article:published_time' content='2025-01-02T10:00:00+05:30'>"
    static let time = "<time datetime='2025-04-05'>5 April</time>"

    @Test func thePublishedTimeMetaWinsThenJSONLDThenTimeThenTheText() throws {
        let dateline = "<p>OSLO, June 12, 2024 \u{2013} Norway signed an MoU.</p>"
        #expect(try read("<head>\(Self.meta)\(Self.jsonLD)</head><body><article>\(Self.time)\(dateline)</article></body>").date == .full(year: 2025, month: 1, day: 2))
        #expect(try read("<head>\(Self.jsonLD)</head><body><article>\(Self.time)\(dateline)</article></body>").date == .full(year: 2025, month: 2, day: 3))
        #expect(try read("<body><article>\(Self.time)\(dateline)</article></body>").date == .full(year: 2025, month: 4, day: 5))
        #expect(try read("<body><article>\(dateline)</article></body>").date == .full(year: 2024, month: 6, day: 12))
    }

    @Test func aTimeOutsideTheArticleOrInItsBoilerplateIsNotItsDate() throws {
        let page = try read("<body><aside>\(Self.time)</aside><article><div class='share-bar'><time datetime='2020-01-01'>x</time></div>\(body)</article></body>")
        #expect(page.date == nil)
    }

    @Test(arguments: [
        ("[{\"@type\":\"WebSite\",\"datePublished\":\"2001-01-01\"},{\"@type\":[\"Thing\",\"Article\"],\"datePublished\":\"2025-05-06\"}]", "2025-05-06" as String?),
        ("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2001-01-01\"},{\"@type\":\"Article\",\"datePublished\":\"2025-05-07T08:00:00+00:00\"}]}", "2025-05-07"),
        ("{\"@type\":\"NewsArticle\",\"datePublished\":\"not a date\"}", nil),
        ("{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-02-30\"}", nil),
        ("{\"@type\":\"NewsArticle\",\"datePublished\":", nil),
        ("<!-- not json --> {'@type': 'NewsArticle'}", nil),
        ("{\"@type\":\"Person\",\"datePublished\":\"2025-05-06\"}", nil),
        ("[[[[{\"@type\":\"Article\",\"datePublished\":\"2025-05-06\"}]]]]", nil),
    ])
    func theJSONLDDateIsThatOfAnArticleObject(_ json: String, _ date: String?) throws {
        let page = try read("<head><script type=' application/LD+JSON '>\(json)</script></head><body>\(body)</body>")
        #expect(page.date?.lexicalForm == date)
        #expect(page.text == "Fjord Metals signed an MoU with Andes Lithium.\n\nIt covers lithium.")
    }

    @Test(arguments: [
        ("2025-04-25", "2025-04-25" as String?), ("2025-04-25T23:59:59-11:00", "2025-04-25"), ("2025-04-25 08:00", "2025-04-25"),
        ("2025-04", "2025-04"), ("2025", "2025"), ("2025-13-01", nil), ("2025-4-5", nil), ("25 April 2025", nil), ("", nil),
        ("\u{0661}\u{0662}\u{0663}\u{0664}-01-01", nil),
    ])
    func isoDatesKeepTheirDatePart(_ text: String, _ date: String?) {
        #expect(DocumentDate.iso8601(text)?.lexicalForm == date)
    }

    // MARK: content root and layout

    @Test func theLongestArticleIsTheArticleAndAnArticleWinsOverMain() throws {
        let page = try read("""
            <body><main><p>Main only text.</p><article><p>Teaser.</p></article>
            <article><p>The real story is longer than the teaser.</p></article></main></body>
            """)
        #expect(page.text == "The real story is longer than the teaser.")
    }

    @Test func theArticleBodyWinsOverMainWhenThereIsNoArticle() throws {
        let page = try read("<body><main><h1>Heading</h1><div itemprop='articleBody'>\(body)</div><p>Print</p></main></body>")
        #expect(page.text == "Fjord Metals signed an MoU with Andes Lithium.\n\nIt covers lithium.")
        #expect(page.title == "Heading")
    }

    @Test func blocksBecomeParagraphsBreaksLinesAndWhitespaceCollapses() throws {
        let page = try read("""
            <body><h2>Heads  of\tterms</h2><ul><li>Lithium</li><li>Cobalt <b>and</b>&nbsp;<i>nickel</i></li></ul>
            <p>Line one<br>line&#32;two</p><table><tr><td>Cell</td><td>cell</td></tr></table>text<span> after</span></body>
            """)
        #expect(page.text == "Heads of terms\n\nLithium\n\nCobalt and nickel\n\nLine one\nline two\n\nCell\n\ncell\n\ntext after")
    }

    @Test func entitiesAreDecodedAndBrokenOnesKeptAsWritten() throws {
        let page = try read("<p>Caf&eacute; &#x2013; &#8220;AT&amp;T&#8221; &bogus; &#xZZ; &amp &lt;b&gt;</p>")
        #expect(page.text.hasPrefix("Caf\u{E9} \u{2013} \u{201C}AT&T\u{201D} &bogus;"))
        #expect(page.text.hasSuffix("<b>"))
    }

    @Test func hiddenElementsAndFormControlsAreBoilerplate() throws {
        let page = try read("""
            <body><article><p hidden>Hidden.</p><p aria-hidden="true">Aria.</p><p style="display: none">Styled.</p>
            <p>Kept.</p><form><p>Search the site</p></form><select><option>Pick</option></select></article></body>
            """)
        #expect(page.text == "Kept.")
    }

    @Test func aClassSayingContentOutweighsABoilerplateWord() throws {
        let page = try read("<body><div class='has-sidebar'><p>Gone.</p></div><div class='sidebar-content'><p>Kept.</p></div></body>")
        #expect(page.text == "Kept.")
    }

    // MARK: encodings

    @Test func aDeclaredCharsetIsHonouredAndAnUndeclaredOneDecodedAsATextArticleIs() throws {
        let paragraph = Array("<p>Caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        let page = try HTMLDocumentReader.read(bytes: Array("<meta charset='windows-1252'>".utf8) + paragraph, name: "w.html")
        #expect(page.text == "Caf\u{E9} \u{201C}q\u{201D}")
        #expect(page.warnings.isEmpty)
        let undeclared = try HTMLDocumentReader.read(bytes: paragraph, name: "u.html")
        #expect(undeclared.text == "Caf\u{E9} \u{201C}q\u{201D}")
        #expect(undeclared.warnings == ["u.html: not valid UTF-8; decoded as Windows-1252"])
        let utf8 = try HTMLDocumentReader.read(bytes: Array("<p>Caf\u{E9} \u{2013} S\u{E3}o Paulo</p>".utf8), name: "a.html")
        #expect(utf8.text == "Caf\u{E9} \u{2013} S\u{E3}o Paulo")
        let unknown = try HTMLDocumentReader.read(bytes: Array("<meta charset='no-such-charset'><p>S\u{E3}o</p>".utf8), name: "k.html")
        #expect(unknown.text == "S\u{E3}o")
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let html = "<p>Zinc \u{2013} ok\u{0}.</p>"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(html.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let page = try HTMLDocumentReader.read(bytes: bytes, name: "le.html")
        #expect(page.text.hasPrefix("Zinc \u{2013} ok"))
        #expect(!page.text.unicodeScalars.contains("\u{0}"))
    }

    @Test func emptyBlankBinaryAndTextlessPagesAreErrorsNamingTheFile() {
        #expect(throws: DocumentError.empty(name: "e.html")) { try read("", name: "e.html") }
        #expect(throws: DocumentError.whitespaceOnly(name: "w.html")) { try read(" \n\t\r\n", name: "w.html") }
        #expect(throws: DocumentError.binary(name: "b.html")) { try HTMLDocumentReader.read(bytes: [0x3C, 0x70, 0x3E, 0x00, 0x41], name: "b.html") }
        #expect(throws: DocumentError.binary(name: "z.html")) {
            try HTMLDocumentReader.read(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00], name: "z.html")
        }
        for textless in ["<html><head><title>T</title></head><body></body></html>", "<nav>Home</nav><script>x()</script><footer>(c)</footer>",
                         "<!-- only a comment -->", "<body><form><p>Search</p></form></body>"] {
            #expect(throws: DocumentError.noArticleText(name: "n.html")) { try read(textless, name: "n.html") }
        }
        #expect(DocumentError.noArticleText(name: "n.html").description.hasPrefix("n.html: "))
    }
}
