import Foundation
import KGTestSupport
import Testing

/// Saved web pages on the command line: found in folders beside text articles, read for their
/// main text, and refused by name (exit 2) when no article text is left.
@Suite("HTML input")
struct HTMLInputTests {
    @Test("export --help says pages are read")
    func helpMentionsPages() throws {
        let result = try KGXCommand.run(["export", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("*.html / *.htm web page"))
    }

    @Test("a folder's pages are exported with its articles; a page of boilerplate only is skipped by name")
    func pagesInAFolder() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("""
            <html><head><meta charset="utf-8"><meta property="og:title" content="Peru and Canada sign copper MoU">
            <script>var menu = "Zinc";</script></head><body><nav>Home Markets</nav><article>
            <p>Peru and Canada signed a memorandum of understanding on copper in Lima.</p></article>
            <footer>Tellurium Weekly</footer></body></html>
            """.utf8).write(to: input.appendingPathComponent("a_page.html"))
        try Data("<html><body><nav>Home</nav><script>x()</script></body></html>".utf8)
            .write(to: input.appendingPathComponent("b_furniture.htm"))
        try Data("Chile and Germany signed a memorandum of understanding on lithium.".utf8)
            .write(to: input.appendingPathComponent("c_text.txt"))
        let result = try KGXCommand.run(["export", input.path, "--out", out.path, "--format", "nt"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("b_furniture.htm: the page holds no article text"))
        let nt = try String(contentsOf: out.appendingPathComponent("graph.nt"), encoding: .utf8)
        for expected in ["Peru and Canada sign copper MoU", "a_page.html", "copper", "lithium"] {
            #expect(nt.contains(expected), "\(expected)")
        }
        for boilerplate in ["Zinc", "Markets", "Tellurium"] {
            #expect(!nt.contains(boilerplate), "\(boilerplate)")
        }
    }
}
