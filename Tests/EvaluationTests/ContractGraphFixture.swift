import Foundation
import KGGraph

/// Builds small graphs in the shape the graph contract gives the extractor's output, for scorer tests.
struct ContractGraphFixture {
    let minter = IRIMinter()
    var graph = Graph()

    /// A `kg:Document` for `file`; returns its IRI term.
    @discardableResult
    mutating func document(_ file: String, publishedOn: String? = nil) -> Term {
        let node = Term.iri(minter.iri(.document, name: (file as NSString).deletingPathExtension))
        graph.insert(node, Vocabulary.type, .iri(Vocabulary.Class.document.iri))
        graph.insert(node, Vocabulary.label, .string(file))
        graph.insert(node, Vocabulary.Property.sourceFile.iri, .string(file))
        if let publishedOn {
            graph.insert(node, Vocabulary.Property.publishedOn.iri, .typed(publishedOn, Namespace.xsd + "date"))
        }
        return node
    }

    /// An entity of `kind` labelled `label` with `altLabels`, mentioned in `documents`.
    @discardableResult
    mutating func entity(_ kind: Vocabulary.Class, _ label: String, alt altLabels: [String] = [],
                         in documents: [Term]) -> Term {
        let node = Term.iri(minter.iri(kind, name: label))
        graph.insert(node, Vocabulary.type, .iri(kind.iri))
        graph.insert(node, Vocabulary.label, .string(label))
        for alt in altLabels { graph.insert(node, Vocabulary.altLabel, .string(alt)) }
        for document in documents { graph.insert(node, Vocabulary.Property.mentionedIn.iri, document) }
        return node
    }

    /// An agreement with its facts, each reified with provenance in `document`.
    @discardableResult
    mutating func agreement(kind: String, parties: [Term], date: String? = nil, place: Term? = nil,
                            minerals: [Term] = [], signatories: [Term] = [], in document: Term) -> Term {
        let partyNames = parties.map { $0.iriValue ?? "" }.sorted()
        let node = Term.iri(minter.iri(.agreement, key: [kind] + partyNames + [date ?? "undated"]))
        graph.insert(node, Vocabulary.type, .iri(Vocabulary.Class.agreement.iri))
        graph.insert(node, Vocabulary.label, .string("\(kind): \(partyNames.joined(separator: " – "))"))
        graph.insert(node, Vocabulary.Property.agreementKind.iri, .string(kind))
        graph.insert(node, Vocabulary.Property.mentionedIn.iri, document)
        for party in parties { fact(node, .party, party, in: document) }
        if let date { fact(node, .signedOn, .typed(date, Namespace.xsd + "date"), in: document) }
        if let place { fact(node, .signedAt, place, in: document) }
        for mineral in minerals { fact(node, .concerns, mineral, in: document) }
        for signatory in signatories { fact(node, .signatory, signatory, in: document) }
        return node
    }

    /// A fact triple plus its reification, derived from a sentence of `document` at `start` by `rule`.
    mutating func fact(_ subject: Term, _ property: Vocabulary.Property, _ object: Term, in document: Term,
                       start: Int = 0, rule: String? = nil, sentence text: String = "A sentence.") {
        graph.insert(subject, property.iri, object)
        let statement = Term.iri(minter.statementIRI(for: Triple(subject, property.iri, object)))
        let sentence = Term.iri((document.iriValue ?? "") + "#char=\(start),\(start + 10)")
        graph.insert(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement"))
        graph.insert(statement, Namespace.rdf + "subject", subject)
        graph.insert(statement, Namespace.rdf + "predicate", .iri(property.iri))
        graph.insert(statement, Namespace.rdf + "object", object)
        graph.insert(statement, Namespace.prov + "wasDerivedFrom", sentence)
        graph.insert(sentence, Namespace.prov + "value", .string(text))
        if let rule { graph.insert(statement, Vocabulary.Property.extractedBy.iri, .string(rule)) }
        graph.insert(sentence, Namespace.dcterms + "isPartOf", document)
    }

}
