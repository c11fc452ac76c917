import KGGraph

/// How a property graph names things that RDF names with IRIs.
enum PropertyGraphNaming {
    /// The last segment of an IRI: what follows the last `#`, `/` or `:` (trailing ones ignored),
    /// e.g. `party` for `https://w3id.org/kgx/ontology#party`.
    static func localName(_ iri: String) -> String {
        var body = Substring(iri)
        while let last = body.last, "#/:".contains(last) { body = body.dropLast() }
        guard let cut = body.lastIndex(where: { "#/:".contains($0) }) else { return String(body) }
        return String(body[body.index(after: cut)...])
    }

    /// The text a term is known by when nothing better exists: an IRI's local name, `_:label`
    /// for a blank node, a literal's lexical form.
    static func fallbackName(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return localName(iri)
        case .blank(let label): return "_:" + label
        case .literal(let literal): return literal.lexical
        }
    }

    /// The term as the `iri` attribute shows it: the IRI, or `_:label` for a blank node.
    static func identifier(_ term: Term) -> String {
        if case .iri(let iri) = term { return iri }
        return fallbackName(term)
    }

    /// An attribute name every consumer accepts (an XML NMTOKEN, a Cypher property and a Python
    /// identifier-like word): ASCII letters, digits, `_`, `-` and `.`, anything else as `_`.
    static func attributeName(_ raw: String) -> String {
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.map { scalar in
            let isSafe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar))
            return isSafe ? scalar : "_"
        }))
        return cleaned.isEmpty ? "value" : cleaned
    }

    /// Distinct attribute names for `predicates` (in the order given), avoiding `reserved`:
    /// a name already taken gets `_2`, `_3`, … appended. Names differing only in case count as
    /// taken too, since Kùzu folds the case of column names (`Role` and `role` clash there).
    static func uniqueNames(for predicates: [String], reserved: Set<String>) -> [String: String] {
        var taken = Set(reserved.map { $0.lowercased() })
        var names: [String: String] = [:]
        for predicate in predicates {
            names[predicate] = claim(attributeName(localName(predicate)), in: &taken) { $0.lowercased() }
        }
        return names
    }

    /// `base`, or the first of `base_2`, `base_3`, … whose `key` is not in `taken`; its key is then
    /// taken. With a case-folding `key`, names differing only in case count as one.
    static func claim(_ base: String, in taken: inout Set<String>, key: (String) -> String = { $0 }) -> String {
        var name = base
        var counter = 2
        while taken.contains(key(name)) {
            name = "\(base)_\(counter)"
            counter += 1
        }
        taken.insert(key(name))
        return name
    }
}
