import CLibXML2

/// A web page parsed by libxml2's HTML parser, which repairs whatever markup it is given
/// (unclosed tags, stray end tags, broken entities) the way HTML parsers do.
///
/// The tree belongs to this object and is freed with it; `HTMLNode`s point into it, so they are
/// only handed out inside `withRoot`, which keeps the page alive while they are used.
final class HTMLPage {
    private let document: htmlDocPtr
    /// Set when libxml2 stopped early: it halts at nesting deeper than 256 elements and at a text node
    /// over 10 MB (its limits without `XML_PARSE_HUGE`, which guard its stack and memory); what follows
    /// that point is not in the tree.
    let stoppedEarly: Bool
    /// What `TextDecoder` warned of when the page, declaring no encoding libxml2 knows, was decoded as a text article is.
    let decodingWarning: String?

    /// Recovering, silent (errors would go to standard error), and never fetching anything.
    private static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                                       | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)

    /// libxml2 wants `xmlInitParser` called once before parsers run on several threads.
    private static let initialised: Void = xmlInitParser()

    /// Parses `bytes` (not empty).
    ///
    /// A page that declares its charset (`<meta charset>`, `http-equiv` Content-Type) is decoded
    /// by libxml2 as declared. Without a declaration libxml2 would take non-ASCII bytes as
    /// Latin-1, so such a page (or one declaring a charset libxml2 does not know) is decoded like a
    /// text article instead, by `TextDecoder` (BOMs, UTF-8, damaged UTF-8, Windows-1252, with the
    /// same warnings), and parsed again as UTF-8.
    /// - Returns: nil when libxml2 builds no tree at all.
    static func parse(_ bytes: [UInt8]) -> HTMLPage? {
        _ = initialised
        guard let first = parseTree(bytes, encoding: nil) else { return nil }
        if bytes.allSatisfy({ $0 < 0x80 }) || declaresKnownEncoding(first.document) {
            return HTMLPage(document: first.document, stoppedEarly: first.stoppedEarly, decodingWarning: nil)
        }
        xmlFreeDoc(first.document)
        let (text, warning) = TextDecoder.decode(bytes)
        guard let second = parseTree(Array(text.utf8), encoding: "UTF-8") else { return nil }
        return HTMLPage(document: second.document, stoppedEarly: second.stoppedEarly, decodingWarning: warning)
    }

    private init(document: htmlDocPtr, stoppedEarly: Bool, decodingWarning: String?) {
        self.document = document
        self.stoppedEarly = stoppedEarly
        self.decodingWarning = decodingWarning
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Runs `body` on the root element (`<html>`, which the parser always adds), with the page kept alive.
    func withRoot<T>(_ body: (HTMLNode?) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) {
            try body(xmlDocGetRootElement(document).map(HTMLNode.init))
        }
    }

    /// The tree libxml2 builds from `bytes` (to be freed by the caller), and whether it stopped early.
    private static func parseTree(_ bytes: [UInt8], encoding: String?) -> (document: htmlDocPtr, stoppedEarly: Bool)? {
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let tree = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            // Re-encoded text may be empty, and an empty array has no storage to point at.
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                htmlCtxtReadMemory(context, start, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let tree else { return nil }
        // Only a halt (the depth limit, an internal error) disables SAX in the HTML parser; markup errors do not.
        return (tree, context.pointee.disableSAX != 0)
    }

    /// Whether the page declared an encoding (libxml2 records it on the document) that libxml2 can decode.
    private static func declaresKnownEncoding(_ document: htmlDocPtr) -> Bool {
        guard let name = document.pointee.encoding else { return false }
        let declared = String(cString: name)
        guard let handler = xmlFindCharEncodingHandler(declared) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}

/// An element, text or other node of an `HTMLPage`; valid only while the page is.
struct HTMLNode {
    let pointer: xmlNodePtr

    /// The element name in lower case (the HTML parser lowercases it); nil for other nodes.
    var elementName: String? {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let name = pointer.pointee.name else { return nil }
        return String(cString: name)
    }

    /// The characters of a text or CDATA node, entities already decoded; nil for other nodes.
    var text: String? {
        let type = pointer.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = pointer.pointee.content else { return nil }
        return String(cString: content)
    }

    var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }
    var parent: HTMLNode? { pointer.pointee.parent.map(HTMLNode.init) }

    /// The value of attribute `name` (lower case), read from the attribute's own text nodes so that
    /// nothing is allocated by libxml2 (and nothing must be freed).
    func attribute(_ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName) == name {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The concatenated text of the node's children, for elements whose content is data (a script).
    var childText: String {
        var value = ""
        var child = firstChild
        while let node = child {
            if let text = node.text { value += text }
            child = node.nextSibling
        }
        return value
    }

    /// Visits the nodes below this one in document order, without recursion (pages may nest very
    /// deeply): `enter` says whether to go into a node's children; `leave` is called after the
    /// children of every node entered.
    func walk(enter: (HTMLNode) -> Bool, leave: (HTMLNode) -> Void = { _ in }) {
        var next = firstChild
        while let node = next {
            if enter(node) {
                if let child = node.firstChild {
                    next = child
                    continue
                }
                leave(node)
            }
            var climbing = node
            next = nil
            while true {
                if let sibling = climbing.nextSibling {
                    next = sibling
                    break
                }
                guard let up = climbing.parent, up.pointer != pointer else { break }
                leave(up)
                climbing = up
            }
        }
    }
}
