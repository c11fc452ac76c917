import CLibXML2

/// The text of a part of a page as a text article would hold it: whitespace collapsed, paragraphs,
/// headings, list items and other blocks separated by a blank line (which always ends a sentence,
/// see `SentenceSplitter`), `<br>` as a line break, boilerplate left out.
struct HTMLText {
    /// The text, with no leading or trailing whitespace.
    private(set) var text = ""
    /// The first `<time datetime>` met, as a date (the article's own date when the part is its root).
    private(set) var firstTime: DocumentDate?

    /// Elements whose start and end are paragraph boundaries.
    private static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    ]

    /// What separates the text written so far from the next character, the strongest one asked for winning.
    private enum Gap: Int, Comparable {
        case none, space, line, paragraph

        static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.rawValue < rhs.rawValue }

        var scalars: String {
            switch self {
            case .none: return ""
            case .space: return " "
            case .line: return "\n"
            case .paragraph: return "\n\n"
            }
        }
    }

    private var scalars = String.UnicodeScalarView()
    private var gap = Gap.none

    /// The text of the children of `root`.
    /// - Parameters:
    ///   - inArticle: whether `root` is inside (or is) an `<article>`, where a `<header>` is the article's own.
    ///   - keptForms: forms that wrap the page's content (ASP.NET pages put the whole page in one) and so are
    ///     not dropped as boilerplate like every other form.
    init(of root: HTMLNode, inArticle: Bool, keptForms: Set<xmlNodePtr> = []) {
        var articleDepth = inArticle ? 1 : 0
        root.walk(enter: { node in
            if let characters = node.text {
                self.append(characters)
                return false
            }
            guard let name = node.elementName else { return false }
            if HTMLBoilerplate.isStructural(node, name: name, inArticle: articleDepth > 0) || HTMLBoilerplate.isMarked(node)
                || (name == "form" && !keptForms.contains(node.pointer)) {
                return false
            }
            if name == "br" { self.gap = max(self.gap, .line) }
            if name == "time", self.firstTime == nil, let value = node.attribute("datetime") { self.firstTime = DocumentDate.iso8601(value) }
            if name == "article" { articleDepth += 1 }
            if Self.blocks.contains(name) { self.gap = max(self.gap, .paragraph) }
            return true
        }, leave: { node in
            guard let name = node.elementName else { return }
            if name == "article" { articleDepth -= 1 }
            if Self.blocks.contains(name) { self.gap = max(self.gap, .paragraph) }
        })
        text = String(scalars)
    }

    /// The text of `root` on one line (a heading as a title).
    static func line(of root: HTMLNode) -> String {
        HTMLText(of: root, inArticle: true).text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `value` with each run of white space made one space, trimmed (an attribute or a `<title>` as a title).
    static func line(_ value: String) -> String {
        var line = HTMLText()
        line.append(value)
        return String(line.scalars)
    }

    private init() {}

    /// Adds characters, each run of white space (NBSP included) becoming at most one space.
    private mutating func append(_ characters: String) {
        for scalar in characters.unicodeScalars {
            if Tokenizer.isWhitespace(scalar) {
                gap = max(gap, .space)
                continue
            }
            // Scalar by scalar: `append(contentsOf:)` reallocates the view to its exact size, even for an
            // empty sequence, which made reading a long text quadratic.
            if !scalars.isEmpty {
                for separator in gap.scalars.unicodeScalars { scalars.append(separator) }
            }
            gap = .none
            scalars.append(scalar)
        }
    }
}
