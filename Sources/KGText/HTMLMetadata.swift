import Foundation

/// What a page's markup says about the article, outside its text: the Open Graph title and
/// publication time (`<meta property="og:title">`, `article:published_time`), the `<title>`, and
/// the `datePublished` of a schema.org article in JSON-LD (`<script type="application/ld+json">`).
struct HTMLMetadata {
    private(set) var openGraphTitle: String?
    private(set) var documentTitle: String?
    private(set) var publishedTime: DocumentDate?
    private(set) var linkedDataDate: DocumentDate?

    /// The schema.org types whose `datePublished` is the article's: `Article` and the subtypes news sites use.
    private static let articleTypes: Set<String> = ["Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "BlogPosting"]

    /// Reads every `<meta>`, the first `<title>` and every JSON-LD script of the page; the first
    /// value of each kind wins, in document order.
    init(of root: HTMLNode) {
        root.walk { node in
            switch node.elementName {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased()
                guard let key, let content = node.attribute("content") else { return false }
                if key == "og:title", self.openGraphTitle == nil { self.openGraphTitle = Self.line(content) }
                if key == "article:published_time", self.publishedTime == nil { self.publishedTime = DocumentDate.iso8601(content) }
            case "svg", "math":
                // Their own `<title>`s name an icon or a formula, never the page.
                return false
            case "title":
                if self.documentTitle == nil { self.documentTitle = Self.line(node.childText) }
            case "script":
                if self.linkedDataDate == nil, node.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased() == "application/ld+json" {
                    self.linkedDataDate = Self.datePublished(inLinkedData: node.childText)
                }
            default:
                return node.elementName != nil
            }
            return false
        }
    }

    /// A value on one line with single spaces; nil when nothing is left.
    private static func line(_ value: String) -> String? {
        let line = HTMLText.line(value)
        return line.isEmpty ? nil : line
    }

    /// The `datePublished` of the first article object of a JSON-LD script: the top-level object, an
    /// element of a top-level array, or an element of an `@graph` array (Yoast and other SEO plugins
    /// put the page's objects there). Invalid JSON (and JSON nested too deeply for the parser) gives nil.
    private static func datePublished(inLinkedData json: String) -> DocumentDate? {
        let bytes = Data(json.utf8)
        guard nesting(of: bytes) <= maximumNesting, let parsed = try? JSONSerialization.jsonObject(with: bytes) else { return nil }
        var objects: [[String: Any]] = []
        for top in (parsed as? [Any]) ?? [parsed] {
            guard let object = top as? [String: Any] else { continue }
            objects.append(object)
            objects += (object["@graph"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        }
        for object in objects {
            let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { $0 as? String }
            guard types.contains(where: articleTypes.contains), let published = object["datePublished"] as? String,
                  let date = DocumentDate.iso8601(published) else { continue }
            return date
        }
        return nil
    }

    /// How deeply JSON-LD may nest arrays and objects; real metadata stays under ten levels.
    /// `JSONSerialization` parses recursively, so a script of 100,000 `[` would overflow the stack.
    private static let maximumNesting = 64

    /// The deepest nesting of arrays and objects in `json`, brackets inside strings not counted.
    private static func nesting(of json: Data) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in json {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}
