import KGGraph

/// Writes Turtle as a stream, remembering only the current subject and predicate (the serd and
/// oxttl design): consecutive triples about one subject share it (` ;`), consecutive objects of
/// one predicate share that (` ,`), so memory stays constant and sorted input gives compact output.
///
/// The `@prefix` block is written before the first triple (or by `finish()` for an empty graph).
/// IRIs become prefixed names when a binding covers them and the rest is a valid local name,
/// `rdf:type` is written `a`, and integers, decimals and booleans whose lexical form is already a
/// Turtle number or boolean are written bare. Every literal uses the short `"..."` form.
public final class TurtleWriter {
    /// What separates the previous triple from the next one; the only place these tokens are written.
    enum Separator {
        case none, object, predicate, statement, end

        /// The separator between a statement and the next, given what they share.
        init(sameSubject: Bool, samePredicate: Bool) {
            self = !sameSubject ? .statement : samePredicate ? .object : .predicate
        }

        var bytes: String {
            switch self {
            case .none: ""
            case .object: " ,\n        "
            case .predicate: " ;\n    "
            case .statement: " .\n\n"
            case .end: " .\n"
            }
        }
    }

    private let sink: ByteSink
    private let prefixes: PrefixMap
    private var buffer: [UInt8] = []
    private var started = false
    private var current: (subject: Term, predicate: String)?

    /// - Parameters:
    ///   - sink: where the document goes; `finish()` flushes it.
    ///   - prefixes: the bindings to declare and abbreviate with, in declaration order.
    /// - Throws: `RDFWriterError` when a prefix label is not a valid PN_PREFIX, is bound twice, or
    ///   a namespace is not an absolute IRI.
    public init(sink: ByteSink, prefixes: PrefixMap = PrefixMap()) throws {
        var seen = Set<String>()
        for binding in prefixes.bindings {
            guard RDFGrammar.isPrefixLabel(binding.prefix) else { throw RDFWriterError.invalidPrefixLabel(binding.prefix) }
            guard seen.insert(binding.prefix).inserted else { throw RDFWriterError.duplicatePrefixLabel(binding.prefix) }
            guard RDFGrammar.isAbsoluteIRI(binding.namespace.utf8) else { throw RDFWriterError.relativeIRI(binding.namespace) }
        }
        self.sink = sink
        self.prefixes = prefixes
        buffer.reserveCapacity(512)
    }

    /// Writes one triple, continuing the open statement when the subject (and predicate) repeat.
    /// - Throws: `RDFWriterError` for a triple that cannot be written (nothing of it is written,
    ///   and the writer stays usable), or the sink's error.
    public func write(_ triple: Triple) throws {
        try RDFEscaping.checkSubject(triple.subject)
        buffer.removeAll(keepingCapacity: true)
        if !started { try appendPrefixBlock() }
        let separator = separator(before: triple)
        buffer.append(contentsOf: separator.bytes.utf8)
        switch separator {
        case .object:
            break
        case .predicate:
            try appendPredicate(triple.predicate, to: &buffer)
            buffer.append(0x20)
        case .none, .statement, .end:
            try appendResource(triple.subject, to: &buffer)
            buffer.append(0x20)
            try appendPredicate(triple.predicate, to: &buffer)
            buffer.append(0x20)
        }
        try appendObject(triple.object, to: &buffer)
        try buffer.withUnsafeBytes { try sink.write($0) }
        started = true
        current = (triple.subject, triple.predicate)
    }

    /// Writes each triple of `triples` in order.
    public func write<S: Sequence>(contentsOf triples: S) throws where S.Element == Triple {
        for triple in triples { try write(triple) }
    }

    /// Closes the open statement (or writes the prefix block of an empty document) and flushes.
    public func finish() throws {
        buffer.removeAll(keepingCapacity: true)
        if !started { try appendPrefixBlock() }
        if current != nil { buffer.append(contentsOf: Separator.end.bytes.utf8) }
        try buffer.withUnsafeBytes { try sink.write($0) }
        started = true
        current = nil
        try sink.flush()
    }

    private func separator(before triple: Triple) -> Separator {
        guard let current else { return .none }
        return Separator(sameSubject: current.subject == triple.subject, samePredicate: current.predicate == triple.predicate)
    }

    /// Writes every triple of `graph`, sorted and without duplicates, exactly as `write(_:)` would
    /// write them one by one.
    ///
    /// Each distinct term is spelled once; statements are then assembled from those spellings by
    /// comparing term numbers, in a large buffer that goes to the sink in big pieces.
    public func write(_ graph: InternedGraph) throws {
        let triples = graph.sortedIDTriples()
        guard let last = triples.last else { return }
        let spelling = try TurtleSpellings(graph, writer: self)
        buffer.removeAll(keepingCapacity: true)
        if !started { try appendPrefixBlock() }
        for (index, triple) in triples.enumerated() {
            let separator: Separator
            if index > 0 {
                let previous = triples[index - 1]
                separator = Separator(sameSubject: previous.subject == triple.subject, samePredicate: previous.predicate == triple.predicate)
            } else if let current {
                separator = Separator(sameSubject: current.subject == graph.term(triple.subject),
                                      samePredicate: current.predicate == graph.term(triple.predicate).iriValue)
            } else {
                separator = .none
            }
            buffer.append(contentsOf: separator.bytes.utf8)
            switch separator {
            case .object:
                break
            case .predicate:
                spelling.appendPredicate(triple.predicate, to: &buffer)
                buffer.append(0x20)
            case .none, .statement, .end:
                spelling.append(triple.subject, to: &buffer)
                buffer.append(0x20)
                spelling.appendPredicate(triple.predicate, to: &buffer)
                buffer.append(0x20)
            }
            spelling.append(triple.object, to: &buffer)
            if buffer.count >= NTriplesWriter.chunkSize {
                try buffer.withUnsafeBytes { try sink.write($0) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try buffer.withUnsafeBytes { try sink.write($0) }
        started = true
        current = (graph.term(last.subject), graph.term(last.predicate).iriValue ?? "")
    }

    private func appendPrefixBlock() throws {
        for binding in prefixes.bindings {
            buffer.append(contentsOf: "@prefix \(binding.prefix): ".utf8)
            try RDFEscaping.appendIRIRef(binding.namespace, to: &buffer)
            buffer.append(contentsOf: " .\n".utf8)
        }
        if !prefixes.bindings.isEmpty { buffer.append(0x0A) }
    }

    private func appendPredicate(_ iri: String, to out: inout [UInt8]) throws {
        if iri == Vocabulary.type {
            out.append(0x61)
        } else {
            try appendIRI(iri, to: &out)
        }
    }

    /// Appends a prefixed name when a binding covers `iri` and its local part is a valid PN_LOCAL,
    /// else `<iri>`.
    private func appendIRI(_ iri: String, to out: inout [UInt8]) throws {
        guard RDFGrammar.isAbsoluteIRI(iri.utf8) else { throw RDFWriterError.relativeIRI(iri) }
        if let (prefix, local) = prefixes.split(iri) {
            let mark = out.count
            out.append(contentsOf: prefix.utf8)
            out.append(0x3A)
            if RDFEscaping.appendLocalName(local, to: &out) { return }
            out.removeSubrange(mark...)
        }
        try RDFEscaping.appendIRIRef(iri, to: &out)
    }

    private func appendResource(_ term: Term, to out: inout [UInt8]) throws {
        switch term {
        case .iri(let iri): try appendIRI(iri, to: &out)
        case .blank, .literal: try RDFEscaping.appendNTriplesTerm(term, to: &out)
        }
    }

    /// Appends `term` as an object; as a subject, an IRI or blank node is spelled the same way.
    func appendObject(_ term: Term, to out: inout [UInt8]) throws {
        guard case .literal(let literal) = term else { return try appendResource(term, to: &out) }
        if literal.language == nil, Self.isBareForm(literal) {
            out.append(contentsOf: literal.lexical.utf8)
            return
        }
        try RDFEscaping.appendLiteral(literal, to: &out) { datatype, out in try appendIRI(datatype, to: &out) }
    }

    /// Whether the literal's lexical form is exactly the Turtle token for its datatype, so that
    /// writing it bare reads back as the same literal.
    private static func isBareForm(_ literal: Literal) -> Bool {
        switch literal.datatype {
        case Namespace.xsd + "integer": RDFGrammar.isIntegerToken(literal.lexical)
        case Namespace.xsd + "decimal": RDFGrammar.isDecimalToken(literal.lexical)
        case Namespace.xsd + "boolean": literal.lexical == "true" || literal.lexical == "false"
        default: false
        }
    }
}
