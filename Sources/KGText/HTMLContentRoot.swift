import CLibXML2

/// The element of a page that holds the article: an `<article>`, else the element marked as the
/// article's body in microdata (`itemprop="articleBody"`), else `<main>` (or `role="main"`), else
/// the whole `<body>` (less its boilerplate).
///
/// `<article>` comes first because it is the article whole: its headline and byline, which a text
/// article opens with too (and `DocumentHeader` reads dates and datelines from), and its body.
/// When a page has several (teasers of related stories are often `<article>`s as well), the one
/// with the longest text is the article; ties go to the first. Candidates inside boilerplate
/// (an `<aside>` of related stories, the site `<header>`) are never considered, and one nested in
/// another of its kind is part of it. A candidate left with no text is passed over.
struct HTMLContentRoot {
    /// The text of the chosen element.
    let text: HTMLText
    /// The first `<h1>` in the root, else the first on the page outside boilerplate.
    let firstHeading: HTMLNode?

    private enum Kind: CaseIterable {
        case article, articleBody, main

        init?(_ node: HTMLNode, name: String) {
            if name == "article" || node.attribute("role") == "article" {
                self = .article
            } else if node.attribute("itemprop")?.split(separator: " ").contains("articleBody") ?? false {
                self = .articleBody
            } else if name == "main" || node.attribute("role") == "main" {
                self = .main
            } else {
                return nil
            }
        }
    }

    /// The content root of the page whose `<html>` element is `page`; nil when it has no text at all.
    init?(page: HTMLNode) {
        var candidates: [Kind: [HTMLNode]] = [:]
        var open: [Kind: Int] = [:]
        var pageHeading: HTMLNode?
        var articleDepth = 0
        page.walk(enter: { node in
            guard let name = node.elementName, !HTMLBoilerplate.isStructural(node, name: name, inArticle: articleDepth > 0) else { return false }
            if name == "h1", pageHeading == nil { pageHeading = node }
            if name == "article" { articleDepth += 1 }
            if let kind = Kind(node, name: name) {
                if open[kind, default: 0] == 0 { candidates[kind, default: []].append(node) }
                open[kind, default: 0] += 1
            }
            return true
        }, leave: { node in
            guard let name = node.elementName else { return }
            if name == "article" { articleDepth -= 1 }
            if let kind = Kind(node, name: name) { open[kind, default: 0] -= 1 }
        })
        // Forms holding the page's headline wrap the page (ASP.NET puts the whole page in one form).
        var keptForms = Set<xmlNodePtr>()
        var ancestor = pageHeading?.parent
        while let node = ancestor {
            if node.elementName == "form" { keptForms.insert(node.pointer) }
            ancestor = node.parent
        }
        for kind in Kind.allCases {
            let texts = (candidates[kind] ?? []).map { ($0, HTMLText(of: $0, inArticle: kind == .article || Self.isInArticle($0), keptForms: keptForms)) }
            guard let best = texts.max(by: { $0.1.text.unicodeScalars.count < $1.1.text.unicodeScalars.count }),
                  !best.1.text.isEmpty else { continue }
            self.init(node: best.0, text: best.1, pageHeading: pageHeading)
            return
        }
        guard let body = Self.body(of: page) else { return nil }
        let text = HTMLText(of: body, inArticle: false, keptForms: keptForms)
        guard !text.text.isEmpty else { return nil }
        self.init(node: body, text: text, pageHeading: pageHeading)
    }

    private init(node: HTMLNode, text: HTMLText, pageHeading: HTMLNode?) {
        self.text = text
        var heading: HTMLNode?
        node.walk { child in
            guard heading == nil, let name = child.elementName,
                  !HTMLBoilerplate.isStructural(child, name: name, inArticle: true) else { return false }
            if name == "h1" { heading = child }
            return heading == nil
        }
        self.firstHeading = heading ?? pageHeading
    }

    private static func isInArticle(_ node: HTMLNode) -> Bool {
        var ancestor = node.parent
        while let current = ancestor {
            if current.elementName == "article" { return true }
            ancestor = current.parent
        }
        return false
    }

    private static func body(of page: HTMLNode) -> HTMLNode? {
        var child = page.firstChild
        while let node = child {
            if node.elementName == "body" { return node }
            child = node.nextSibling
        }
        return nil
    }
}
