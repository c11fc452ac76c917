/// Which elements of a page are not part of the article: code and styles, navigation, site headers
/// and footers, asides, forms, cookie banners, share bars, comments, hidden elements.
///
/// Three kinds of evidence, from the most to the least reliable: the element's name (`<nav>`,
/// `<aside>`, `<script>`…), its ARIA role (`navigation`, `complementary`…) and `hidden` state, and
/// the words of its `class` and `id` (`cookie-banner`, `share-bar`, `comments-area`…), which is
/// what CMS themes actually mark boilerplate with. A class word alone is weak (a layout class
/// `has-sidebar` may sit on a wrapper), so it never removes an element whose class or id also
/// says it holds content (`entry-content`, `story-body`), and it is only consulted inside the
/// chosen content root, never on the root or its ancestors.
enum HTMLBoilerplate {
    /// Elements that never hold article text.
    private static let elements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "video", "audio", "nav", "aside", "footer", "menu", "dialog", "button", "input", "select",
        "textarea", "label", "head", "title",
    ]

    /// ARIA landmark and widget roles of page furniture.
    private static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
        "dialog", "alertdialog", "toolbar",
    ]

    /// Class and id words of boilerplate containers.
    private static let classWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "widget",
        "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "comment", "comments",
        "related", "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads",
        "promo", "sponsored", "popup", "modal", "masthead", "skip", "pagination", "tags",
    ]

    /// Class and id words that say an element holds the content, which outweigh the words above.
    /// Only words no theme puts on a share bar or a comment list ("post-share" and "article-tags" are boilerplate).
    private static let contentWords: Set<String> = ["content", "body"]

    /// Whether `node` is boilerplate by its name, role or hidden state; `inArticle` tells whether it is
    /// inside an `<article>`, where a `<header>` is the article's own (headline, byline, date).
    static func isStructural(_ node: HTMLNode, name: String, inArticle: Bool) -> Bool {
        if elements.contains(name) || (name == "header" && !inArticle) { return true }
        if let role = node.attribute("role")?.lowercased(), roles.contains(role) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }), style.contains("display:none") { return true }
        return false
    }

    /// Whether the `class` and `id` of `node` mark it as boilerplate (and not as content).
    static func isMarked(_ node: HTMLNode) -> Bool {
        let value = (node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")
        let words = value.lowercased().split { !$0.isLetter }.map(String.init)
        return words.contains(where: classWords.contains) && !words.contains(where: contentWords.contains)
    }
}
