/// Reads a saved web page (`*.html`, `*.htm`) into the same `Document` a text article gives: the
/// article's main text (see `HTMLContentRoot` and `HTMLBoilerplate`), its title and its publication date.
///
/// The text then goes through what a text article's does (`DocumentReader.normalise`,
/// `DocumentHeader`), so a dateline or date line that opens the article is found the same way.
///
/// **Title**: `og:title`, else the first `<h1>` of the article, else `<title>`, else the headline
/// line `DocumentHeader` finds. The Open Graph title is the headline the publisher set for the
/// article itself; an `<h1>` may be a section name or the site's logo on some themes; `<title>`
/// usually carries the site name ("… | Ministry of Mines") and is the last resort.
///
/// **Date**: `article:published_time`, else the `datePublished` of a JSON-LD `Article`/`NewsArticle`,
/// else the first `<time datetime>` in the article, else the date `DocumentHeader` finds in the text.
/// The first two are the publication date the CMS states for machines; a `<time>` in the article is
/// most often its byline date but may be an update time or an event, so it comes after them.
public enum HTMLDocumentReader {
    /// Reads a page from its bytes; `name` names it in errors and warnings.
    /// - Throws: `DocumentError` when the bytes are empty, blank or binary, or no article text is left
    ///   once boilerplate is removed.
    public static func read(bytes: [UInt8], name: String) throws -> Document {
        guard !bytes.isEmpty else { throw DocumentError.empty(name: name) }
        guard !TextDecoder.looksBinary(bytes) else { throw DocumentError.binary(name: name) }
        guard bytes.contains(where: { !" \t\n\r\u{0C}".utf8.contains($0) }) else { throw DocumentError.whitespaceOnly(name: name) }
        guard let page = HTMLPage.parse(bytes) else { throw DocumentError.noArticleText(name: name) }
        return try page.withRoot { root in
            guard let root, let content = HTMLContentRoot(page: root) else { throw DocumentError.noArticleText(name: name) }
            let metadata = HTMLMetadata(of: root)
            let (text, nonCharacters) = DocumentReader.normalise(content.text.text)
            let header = DocumentHeader(text: text)
            var warnings = page.decodingWarning.map { ["\(name): \($0)"] } ?? []
            if nonCharacters > 0 { warnings.append("\(name): \(nonCharacters) Unicode noncharacter(s) replaced by U+FFFD") }
            if page.stoppedEarly {
                warnings.append("\(name): the page exceeds libxml2's limits (elements nested over 256 deep, or a text over 10 MB); the rest of it was not read")
            }
            let heading = content.firstHeading.map(HTMLText.line(of:)).flatMap { $0.isEmpty ? nil : $0 }
            return Document(
                name: name, text: text,
                date: metadata.publishedTime ?? metadata.linkedDataDate ?? content.text.firstTime ?? header.date,
                title: metadata.openGraphTitle ?? heading ?? metadata.documentTitle ?? header.title,
                dateline: header.dateline, metadataRanges: header.metadataRanges, warnings: warnings)
        }
    }
}
