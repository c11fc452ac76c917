import KGGraph

/// Small hand-built graphs in the shape the extractor emits (see the graph contract).
enum GraphFixtures {
    static let minter = IRIMinter()
    static let germany = Term.iri(minter.iri(.country, name: "Germany"))
    static let india = Term.iri(minter.iri(.country, name: "India"))
    static let irel = Term.iri(minter.iri(.organization, name: "IREL (India) Limited"))
    static let lithium = Term.iri(minter.iri(.mineral, name: "Lithium"))
    static let document = Term.iri(minter.iri(.document, name: "000_1e402e99c595d7c9"))
    static let agreement = Term.iri(minter.iri(.agreement, key: ["MoU", "Germany", "IREL (India) Limited", "2025-08-07"]))
    static let statement = Term.iri(minter.base + "statement/0123456789abcdef")
    static let firstSentence = Term.iri(minter.iri(.document, name: "000_1e402e99c595d7c9") + "#char=0,52")
    static let secondSentence = Term.iri(minter.iri(.document, name: "000_1e402e99c595d7c9") + "#char=53,97")
    static let firstSentenceText = "IREL signed an MoU with Germany on lithium supply."
    static let secondSentenceText = "The agreement covers \"rare earths\" too."

    static func property(_ property: Vocabulary.Property) -> String { property.iri }

    /// Every kind of thing the projection handles: classes, labels and aliases, typed and plain
    /// literals, parallel edges, and one reified fact with two evidence sentences.
    static var sample: Graph {
        var graph = Graph()
        func entity(_ term: Term, _ kind: Vocabulary.Class, _ label: String, aliases: [String] = []) {
            graph.insert(term, Vocabulary.type, .iri(kind.iri))
            graph.insert(term, Vocabulary.label, .string(label))
            for alias in aliases { graph.insert(term, Vocabulary.altLabel, .string(alias)) }
            if kind != .document { graph.insert(term, property(.mentionedIn), document) }
        }
        entity(germany, .country, "Germany", aliases: ["Federal Republic of Germany", "Deutschland"])
        entity(india, .country, "India")
        entity(irel, .organization, "IREL (India) Limited", aliases: ["IREL"])
        entity(lithium, .mineral, "Lithium")
        entity(document, .document, "000_1e402e99c595d7c9.txt")
        entity(agreement, .agreement, "MoU: Germany – IREL (India) Limited (2025-08-07)")
        graph.insert(document, property(.sourceFile), .string("000_1e402e99c595d7c9.txt"))
        graph.insert(document, property(.title), .string("India and Germany sign lithium MoU", language: "en"))
        graph.insert(agreement, property(.party), irel)
        graph.insert(agreement, property(.party), germany)
        graph.insert(agreement, property(.concerns), lithium)
        graph.insert(agreement, property(.agreementKind), .string("MoU"))
        graph.insert(agreement, property(.signedOn), .typed("2025-08-07", Namespace.xsd + "date"))
        graph.insert(irel, property(.basedIn), india)
        graph.insert(irel, property(.participatesIn), india)
        graph.insert(irel, Namespace.schema + "numberOfEmployees", .typed("1200", Namespace.xsd + "integer"))
        graph.insert(irel, Namespace.kg + "stateShare", .typed("0.95", Namespace.xsd + "decimal"))
        graph.insert(irel, Namespace.kg + "listed", .typed("false", Namespace.xsd + "boolean"))
        reify(&graph, Triple(agreement, property(.party), irel),
              sentences: [(firstSentence, firstSentenceText), (secondSentence, secondSentenceText)])
        return graph
    }

    /// Adds the reification node and sentence nodes of `fact`, as the extractor does.
    static func reify(_ graph: inout Graph, _ fact: Triple, sentences: [(Term, String)]) {
        graph.insert(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement"))
        graph.insert(statement, Namespace.rdf + "subject", fact.subject)
        graph.insert(statement, Namespace.rdf + "predicate", .iri(fact.predicate))
        graph.insert(statement, Namespace.rdf + "object", fact.object)
        for (sentence, text) in sentences {
            graph.insert(statement, Namespace.prov + "wasDerivedFrom", sentence)
            graph.insert(sentence, Namespace.prov + "value", .string(text))
            graph.insert(sentence, Namespace.dcterms + "isPartOf", document)
        }
    }

    /// One country whose label (and role-like attribute) is `label`.
    static func labelled(_ label: String) -> Graph {
        var graph = Graph()
        let node = Term.iri(minter.iri(.person, name: "hostile"))
        graph.insert(node, Vocabulary.type, .iri(Vocabulary.Class.person.iri))
        graph.insert(node, Vocabulary.label, .string(label))
        graph.insert(node, property(.role), .string(label))
        graph.insert(node, property(.affiliatedWith), irel)
        return graph
    }

    /// Labels that have broken exporters: markup, quoting, escapes, control and special characters.
    static let hostileLabels: [String] = [
        "Say \"hello\" to 'quotes'",
        "back\\slash and trailing \\",
        "line one\nline two",
        "tab\tseparated",
        "control \u{01} one",
        "vertical \u{0B} tab and form \u{0C} feed",
        "nonchar \u{FFFE} here",
        "emoji 🪨⛏️🇩🇪 flags",
        "日本語 Ελληνικά العربية हिन्दी",
        "cdata end ]]> here",
        "<script>alert(1)</script>",
        "double -- dash",
        "\" ]; node [shape=box]; \"x",
        "<b>x</b> & &amp; bold",
    ]
}
