import KGGraph

/// Writes compact JSON-LD 1.1: an `@context` made for the graph (see `JSONLDContext`) and a
/// top-level `@graph` array with one node object per subject, in the subject order of the Turtle.
///
/// Nodes are assembled one at a time from the sorted triples (a subject's triples are consecutive)
/// into a buffer that goes to the sink in large pieces, so no whole-document string or JSON tree
/// is ever built. Within a node `@type` comes first, then `@id`, then the properties in predicate
/// order, each on its own line; the bytes depend only on the set of triples. That key order (and the
/// context first) is the streaming document form of the W3C note "Streaming JSON-LD", so a
/// streaming reader (pyoxigraph's `STREAMING_JSON_LD`) turns each node into triples as it arrives.
public final class JSONLDWriter {
    private let sink: ByteSink
    private let prefixes: PrefixMap
    private var buffer: [UInt8] = []

    /// - Parameters:
    ///   - sink: where the document goes; `write(_:)` flushes it.
    ///   - prefixes: the bindings the context may define (only those the graph uses are written).
    public init(sink: ByteSink, prefixes: PrefixMap) {
        self.sink = sink
        self.prefixes = prefixes
    }

    /// Writes the whole document for `graph` and flushes the sink.
    public func write(_ graph: InternedGraph) throws {
        let ranked = graph.ranked()
        let context = JSONLDContext(ranked, prefixes: prefixes)
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: "{\n  ".utf8)
        context.append(to: &buffer, indent: "  ")
        buffer.append(contentsOf: ",\n  \"@graph\": [".utf8)
        let triples = ranked.triples
        var start = 0
        while start < triples.count {
            var end = start + 1
            while end < triples.count && triples[end].subject == triples[start].subject { end += 1 }
            buffer.append(contentsOf: (start == 0 ? "\n" : ",\n").utf8)
            appendNode(of: triples[start].subject, triples[start..<end], ranked, context)
            if buffer.count >= NTriplesWriter.chunkSize { try flushBuffer() }
            start = end
        }
        buffer.append(contentsOf: (triples.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        try flushBuffer()
        try sink.flush()
    }

    private func flushBuffer() throws {
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends the node object of `subject` from its (sorted) triples.
    private func appendNode(of subject: UInt32, _ triples: ArraySlice<RankedTriples.IDTriple>, _ graph: RankedTriples, _ context: JSONLDContext) {
        buffer.append(contentsOf: "    {\n      ".utf8)
        let classes = triples.filter { $0.predicate == context.typeID && graph.term($0.object).isResource }.map(\.object)
        if !classes.isEmpty {
            buffer.append(contentsOf: "\"@type\": ".utf8)
            appendList(classes, asArray: classes.count > 1) { context.appendClass(graph.term($0), id: $0, to: &buffer) }
            buffer.append(contentsOf: ",\n      ".utf8)
        }
        buffer.append(contentsOf: "\"@id\": ".utf8)
        context.appendReference(graph.term(subject), id: subject, to: &buffer)
        var index = triples.startIndex
        while index < triples.endIndex {
            let predicate = triples[index].predicate
            var end = index
            var objects: [UInt32] = []
            while end < triples.endIndex && triples[end].predicate == predicate {
                if predicate != context.typeID || !graph.term(triples[end].object).isResource { objects.append(triples[end].object) }
                end += 1
            }
            index = end
            guard !objects.isEmpty, let property = context.properties[predicate] else { continue }
            buffer.append(contentsOf: ",\n      ".utf8)
            JSONString.append(property.key, to: &buffer)
            buffer.append(contentsOf: ": ".utf8)
            appendList(objects, asArray: property.isSet || objects.count > 1) {
                appendValue(graph.term($0), id: $0, coercion: property.coercion, context)
            }
        }
        buffer.append(contentsOf: "\n    }".utf8)
    }

    /// Appends one value bare, or several (or one of a `@set`) as an array.
    private func appendList(_ ids: [UInt32], asArray: Bool, _ appendOne: (UInt32) -> Void) {
        if asArray { buffer.append(0x5B) }
        for (offset, id) in ids.enumerated() {
            if offset > 0 { buffer.append(contentsOf: ", ".utf8) }
            appendOne(id)
        }
        if asArray { buffer.append(0x5D) }
    }

    /// Appends an object value: bare when it fits the property's coercion, else as a node object
    /// (`{"@id"}`) or a value object (`{"@value"}`, with `@language`, or after `@type`).
    private func appendValue(_ term: Term, id: UInt32, coercion: JSONLDContext.Coercion, _ context: JSONLDContext) {
        guard case .literal(let literal) = term else {
            if coercion == .id { return context.appendReference(term, id: id, to: &buffer) }
            buffer.append(contentsOf: "{\"@id\": ".utf8)
            context.appendReference(term, id: id, to: &buffer)
            buffer.append(0x7D)
            return
        }
        let isBare = literal.isPlainString ? coercion == .none : coercion == .datatype(literal.datatype) && literal.language == nil
        if isBare { return JSONString.append(literal.lexical, to: &buffer) }
        buffer.append(0x7B)
        // `@type` before `@value`, as the streaming document form wants it.
        if literal.language == nil && !literal.isPlainString {
            buffer.append(contentsOf: "\"@type\": ".utf8)
            context.appendDatatype(literal.datatype, to: &buffer)
            buffer.append(contentsOf: ", ".utf8)
        }
        buffer.append(contentsOf: "\"@value\": ".utf8)
        JSONString.append(literal.lexical, to: &buffer)
        if let language = literal.language {
            buffer.append(contentsOf: ", \"@language\": ".utf8)
            JSONString.append(language, to: &buffer)
        }
        buffer.append(0x7D)
    }
}
