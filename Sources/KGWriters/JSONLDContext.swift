import KGGraph

/// The `@context` of the JSON-LD document written for one graph, and the compaction it allows.
///
/// Built from what the graph uses, so that any graph (a converted one included) is written
/// correctly: one prefix per Turtle binding the graph's IRIs fall under, and one short term per
/// property and class whose local name is a plain word (`party`, `label`, `Country`). A property
/// whose objects are mostly IRIs or blank nodes is coerced with `"@type": "@id"`, one whose objects
/// are mostly of a datatype other than `xsd:string` with that datatype; a property that has several
/// values on some subject is a `"@container": "@set"` and always written as an array. Values that
/// do not fit their property's coercion are written as value or node objects, so nothing depends on
/// the coercion being right for every value.
struct JSONLDContext {
    /// How the values of a property are written bare.
    enum Coercion: Equatable {
        /// Plain strings are bare, everything else is an object.
        case none
        /// IRIs and blank nodes are bare strings.
        case id
        /// Literals of this datatype are bare lexical forms.
        case datatype(String)
    }

    /// How one predicate is written in node objects.
    struct Property {
        /// The JSON key: the term name, else a compact or full IRI.
        let key: String
        let coercion: Coercion
        /// Whether the values are always an array (the term's container is `@set`).
        let isSet: Bool
    }

    /// The prefixes the context defines, in `PrefixMap` order.
    let prefixes: PrefixMap
    /// The key and value rules of each predicate of the graph, by term number.
    let properties: [UInt32: Property]
    /// The term name of each class (object of `rdf:type`) that has one, by term number.
    let classNames: [UInt32: String]
    /// The term number of `rdf:type`, whose IRI and blank-node objects are written as `@type`.
    let typeID: UInt32?
    /// The term definitions, sorted by name: `(name, IRI, coercion, isSet)`.
    private let definitions: [(name: String, iri: String, coercion: Coercion, isSet: Bool)]
    /// The `_:bN` number of each blank node, by term number (their position in term order).
    private let blankNumbers: [UInt32: Int]

    /// The characters RFC 3987 calls gen-delims: a JSON-LD 1.1 processor uses a simple term as a
    /// prefix only when its IRI ends with one of them.
    private static let genDelims = Set(":/?#[]@".utf8)

    init(_ graph: RankedTriples, prefixes candidates: PrefixMap) {
        var schemes = Set<Substring>()
        for term in graph.terms {
            if let iri = term.iriValue, let colon = iri.firstIndex(of: ":") { schemes.insert(iri[..<colon]) }
        }
        // A prefix named like the scheme of some IRI would turn that IRI, written in full, into a
        // compact IRI of another meaning; `_` is the blank-node prefix.
        let prefixes = PrefixMap(candidates.restricted(toTerms: graph.terms).bindings.filter { binding in
            binding.prefix != "_" && !schemes.contains(Substring(binding.prefix))
                && binding.namespace.utf8.last.map(Self.genDelims.contains) == true
        })
        self.prefixes = prefixes
        let typeID = graph.numbers(of: [.iri(Vocabulary.type)])[.iri(Vocabulary.type)]
        self.typeID = typeID

        var usage: [UInt32: ObjectUsage] = [:]
        var classIDs = Set<UInt32>()
        var previous: RankedTriples.IDTriple?
        for triple in graph.triples {
            let repeated = previous.map { $0.subject == triple.subject && $0.predicate == triple.predicate } ?? false
            previous = triple
            if triple.predicate == typeID, graph.term(triple.object).isResource {
                if graph.term(triple.object).iriValue != nil { classIDs.insert(triple.object) }
                continue
            }
            usage[triple.predicate, default: ObjectUsage()].add(graph.term(triple.object), repeated: repeated)
        }

        // Names go to IRIs in term order, so the first of two IRIs with the same local name keeps it.
        var taken = Set(prefixes.bindings.map(\.prefix))
        var names: [UInt32: String] = [:]
        for id in Set(usage.keys).union(classIDs).sorted(by: { graph.rank[Int($0)] < graph.rank[Int($1)] }) where id != typeID {
            guard let iri = graph.term(id).iriValue, let (_, local) = prefixes.split(iri), Self.isPlainName(local),
                  !schemes.contains(local), taken.insert(String(local)).inserted else { continue }
            names[id] = String(local)
        }
        classNames = names.filter { classIDs.contains($0.key) }

        var properties: [UInt32: Property] = [:]
        var definitions: [(name: String, iri: String, coercion: Coercion, isSet: Bool)] = []
        for (id, use) in usage {
            let iri = graph.term(id).iriValue ?? ""
            guard let name = names[id] else {
                properties[id] = Property(key: Self.compact(iri, prefixes), coercion: .none, isSet: false)
                continue
            }
            properties[id] = Property(key: name, coercion: use.coercion, isSet: use.hasSeveralValues)
            definitions.append((name, iri, use.coercion, use.hasSeveralValues))
        }
        for (id, name) in classNames where properties[id] == nil {
            definitions.append((name, graph.term(id).iriValue ?? "", .none, false))
        }
        self.properties = properties
        self.definitions = definitions.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }

        let blanks = graph.terms.indices.filter { if case .blank = graph.terms[$0] { true } else { false } }
            .sorted { graph.rank[$0] < graph.rank[$1] }
        blankNumbers = Dictionary(uniqueKeysWithValues: blanks.enumerated().map { (UInt32($0.element), $0.offset) })
    }

    /// What the objects of one predicate are, for choosing its coercion and container.
    private struct ObjectUsage {
        /// How many objects are of each kind: `@id` for IRIs and blank nodes, `@language` for
        /// language-tagged literals, "" for plain strings, else the datatype IRI.
        var kinds: [String: Int] = [:]
        var hasSeveralValues = false

        mutating func add(_ object: Term, repeated: Bool) {
            hasSeveralValues = hasSeveralValues || repeated
            let kind: String
            switch object {
            case .iri, .blank: kind = "@id"
            case .literal(let literal): kind = literal.language != nil ? "@language" : literal.isPlainString ? "" : literal.datatype
            }
            kinds[kind, default: 0] += 1
        }

        /// The coercion that lets most values be written bare (on a tie, the first kind in byte order).
        var coercion: Coercion {
            let best = kinds.max { a, b in a.value != b.value ? a.value < b.value : b.key.utf8.lexicographicallyPrecedes(a.key.utf8) }
            switch best?.key {
            case "@id": return .id
            case "", "@language", nil: return .none
            case let datatype?: return .datatype(datatype)
            }
        }
    }

    /// Whether `local` may be a term name: a letter or `_`, then letters, digits, `_` and `-`
    /// (never a keyword, a compact IRI or a blank node identifier).
    private static func isPlainName(_ local: Substring) -> Bool {
        guard let first = local.utf8.first, RDFGrammar.isLetter(first) || first == 0x5F else { return false }
        return local.utf8.allSatisfy { RDFGrammar.isLetter($0) || RDFGrammar.isDigit($0) || $0 == 0x5F || $0 == 0x2D }
    }

    /// `prefix:local` when a prefix covers `iri` (and `local` cannot be read as an authority), else `iri`.
    private static func compact(_ iri: String, _ prefixes: PrefixMap) -> String {
        guard let (prefix, local) = prefixes.split(iri), !local.hasPrefix("//") else { return iri }
        return prefix + ":" + local
    }

    /// Appends the node reference for a subject or an `@id` value: a compact or full IRI, or `_:bN`.
    func appendReference(_ term: Term, id: UInt32, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri): JSONString.append(Self.compact(iri, prefixes), to: &out)
        default: JSONString.append("_:b\(blankNumbers[id] ?? 0)", to: &out)
        }
    }

    /// Appends the value of a class for `@type`: its term name, else a compact or full IRI or `_:bN`.
    func appendClass(_ term: Term, id: UInt32, to out: inout [UInt8]) {
        if let name = classNames[id] { JSONString.append(name, to: &out) } else { appendReference(term, id: id, to: &out) }
    }

    /// Appends a datatype IRI as written in `@type` (compact or full).
    func appendDatatype(_ iri: String, to out: inout [UInt8]) {
        JSONString.append(Self.compact(iri, prefixes), to: &out)
    }

    /// Appends `"@context": {...}`, one definition per line after `indent`.
    func append(to out: inout [UInt8], indent: String) {
        out.append(contentsOf: "\"@context\": {".utf8)
        var first = true
        func entry(_ name: String) {
            out.append(contentsOf: (first ? "\n" : ",\n").utf8)
            out.append(contentsOf: (indent + "  ").utf8)
            JSONString.append(name, to: &out)
            out.append(contentsOf: ": ".utf8)
            first = false
        }
        for binding in prefixes.bindings {
            entry(binding.prefix)
            JSONString.append(binding.namespace, to: &out)
        }
        for definition in definitions {
            entry(definition.name)
            let iri = Self.compact(definition.iri, prefixes)
            guard definition.coercion != .none || definition.isSet else {
                JSONString.append(iri, to: &out)
                continue
            }
            out.append(contentsOf: "{\"@id\": ".utf8)
            JSONString.append(iri, to: &out)
            switch definition.coercion {
            case .none: break
            case .id: out.append(contentsOf: ", \"@type\": \"@id\"".utf8)
            case .datatype(let datatype):
                out.append(contentsOf: ", \"@type\": ".utf8)
                appendDatatype(datatype, to: &out)
            }
            if definition.isSet { out.append(contentsOf: ", \"@container\": \"@set\"".utf8) }
            out.append(0x7D)
        }
        out.append(contentsOf: (first ? "}" : "\n" + indent + "}").utf8)
    }
}
