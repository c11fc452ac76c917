import Foundation
import KGExtract
import KGGraph
import KGTestSupport
import KGText
import Testing

/// Hostile web pages: broken and abusive markup must read to a bounded text or a clear
/// `DocumentError`, never a crash, a hang or a stack overflow (libxml2's parser and the reader's
/// tree walks are iterative; libxml2 stops at nesting deeper than 256 elements and at a text node
/// over 10 MB, which the reader reports as a warning). The time limits guard against hangs and
/// quadratic work.
@Suite("Hostile HTML")
struct HostileHTMLTests {
    static let stoppedEarly = "hostile.html: the page exceeds libxml2's limits (elements nested over 256 deep, or a text over 10 MB); the rest of it was not read"

    func read(_ html: String) throws -> Document {
        try HTMLDocumentReader.read(bytes: Array(html.utf8), name: "hostile.html")
    }

    @Test(.timeLimit(.minutes(5))) func aHundredThousandNestedDivsStopAtLibxml2sDepthLimitWithAWarning() throws {
        let depth = 100_000
        let html = "<html><body><p>Germany signed an MoU.</p>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>After.</p></body></html>"
        let page = try read(html)
        #expect(page.text.hasPrefix("Germany signed an MoU."))
        #expect(!page.text.contains("deep"))
        #expect(page.warnings == [Self.stoppedEarly])
    }

    @Test(.timeLimit(.minutes(5))) func nestingJustUnderTheLimitIsReadWhole() throws {
        let html = "<body>" + String(repeating: "<div>", count: 200) + "deep" + String(repeating: "</div>", count: 200) + "<p>After.</p></body>"
        let page = try read(html)
        #expect(page.text == "deep\n\nAfter.")
        #expect(page.warnings.isEmpty)
    }

    @Test(.timeLimit(.minutes(5))) func unclosedTagsAreClosedByTheParser() throws {
        let page = try read("<html><body><article><p>One <b>bold <i>both<p>Two<li>Three<div><span>Four")
        #expect(page.text == "One bold both\n\nTwo\n\nThree\n\nFour")
        let many = try read("<body>" + String(repeating: "<p>Zinc <b>", count: 50_000))
        #expect(many.text.hasPrefix("Zinc\n\nZinc"))
    }

    @Test(.timeLimit(.minutes(5))) func manyNestedArticlesAndFormsStayLinear() throws {
        let html = "<body>" + String(repeating: "<article><form><main><section>", count: 60) + "<h1>Text.</h1>"
        #expect(try read(html).text == "Text.")
        let siblings = "<body>" + String(repeating: "<article><p>Teaser story.</p></article>", count: 20_000) + "</body>"
        #expect(try read(siblings).text == "Teaser story.")
    }

    @Test(.timeLimit(.minutes(5))) func hugeAttributesAndManyAttributesAreRead() throws {
        let huge = String(repeating: "x", count: 5_000_000)
        let page = try read("<head><meta property='og:title' content='\(huge)'></head><body><p class='\(huge) share' id='\(huge)'>Gone.</p><p title='\(huge)'>Kept.</p></body>")
        #expect(page.text == "Kept.")
        #expect(page.title?.count == huge.count)
        let attributes = (0..<20_000).map { "a\($0)='v'" }.joined(separator: " ")
        #expect(try read("<p \(attributes)>Kept.</p>").text == "Kept.")
    }

    /// Reading a long text took minutes when each character (then each space) reallocated the text built
    /// so far: 200,000 words took 5 s, so the 1.25 million libxml2 keeps would take over three minutes;
    /// linear, about 10 s. libxml2 stops at a text node of 10 MB (its limit without XML_PARSE_HUGE).
    @Test(.timeLimit(.minutes(3))) func aHugeTextNodeIsReadInLinearTimeUpToLibxml2sLimit() throws {
        let words = String(repeating: "lithium ", count: 2_500_000)
        let page = try read("<body><p>\(words)</p><p>After.</p></body>")
        #expect(page.text.hasPrefix("lithium lithium"))
        #expect(page.text.unicodeScalars.count > 9_000_000 && !page.text.hasSuffix("After."))
        #expect(page.warnings == [Self.stoppedEarly])
    }

    @Test func nulBytesMakeAPageBinaryAsTheyMakeAnArticle() {
        let bytes = Array("<p>Zinc".utf8) + [0x00] + Array("tin</p>".utf8)
        #expect(throws: DocumentError.binary(name: "n.html")) { try HTMLDocumentReader.read(bytes: bytes, name: "n.html") }
    }

    @Test func brokenEntitiesAndControlsStayText() throws {
        let page = try read("<p>&#0; &#xD800; &#99999999999; &#x110000; &; &#; &#x; &unknown &amp;&amp;; \u{1}\u{7F} &lt</p>")
        #expect(!page.text.unicodeScalars.contains("\u{0}"))
        #expect(page.text.contains("&&;"))
    }

    @Test func scriptsStylesAndCommentsHoldingMarkupAreNotText() throws {
        let page = try read("""
            <body><article><script>var s = "</div></article><p>Injected.</p>";</script><style>p::after{content:"</p>Styled"}</style>
            <!-- <p>Commented.</p> --><p>Real.</p><script>unterminated <p>never text
            """)
        #expect(page.text == "Real.")
    }

    @Test(.timeLimit(.minutes(5))) func invalidAndAbusiveJSONLDIsIgnored() throws {
        let scripts = ["{", "[]", "null", "\"text\"", "{\"@graph\": 7}", "{\"@type\": 7, \"datePublished\": []}",
                       String(repeating: "{\"@graph\":[", count: 50_000), String(repeating: "[", count: 100_000),
                       "{\"@type\":\"Article\",\"datePublished\":\"" + String(repeating: "9", count: 1_000_000) + "\"}"]
        for script in scripts {
            let page = try read("<script type='application/ld+json'>\(script)</script><p>Kept.</p>")
            #expect(page.text == "Kept.")
            #expect(page.date == nil)
        }
    }

    /// The hostile samples (quotes, markup, controls, astral and combining characters…) as the
    /// escaped text of a page, through extraction, every writer and every consumer.
    @Test func hostileTextOfAPageSurvivesEveryWriterAndConsumer() throws {
        let samples = HostileArticleTests.samples
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let html = "<html><head><meta charset='utf-8'><meta property='og:title' content=\"" + escaped(samples[0]).replacingOccurrences(of: "\"", with: "&quot;")
            + "\"></head><body><article>" + samples.map { "<p>Germany and Chile signed a memorandum of understanding on lithium, noting \(escaped($0)).</p>" }.joined()
            + "</article></body></html>"
        let document = try HTMLDocumentReader.read(bytes: Array(html.utf8), name: "hostile.html")
        var builder = GraphBuilder(minter: IRIMinter())
        builder.add(Extractor(lexicons: try Lexicons.bundled()).extract(document))
        let graph = builder.graph()
        #expect(graph.count > samples.count)
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ConsumerReport.write(graph, to: folder)
        let report = try ConsumerReport(folders: [folder])
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        #expect(try #require(report.values.first).isomorphic == true)
    }
}
