import KGGraph
import Testing

@Suite struct GraphViewTests {
    private let minter = IRIMinter()
    private func iri(_ kind: Vocabulary.Class, _ name: String) -> Term { .iri(minter.iri(kind, name: name)) }
    private func property(_ property: Vocabulary.Property) -> String { property.iri }

    /// An agreement with every link an analyst reads it by, and around it what the view leaves out:
    /// documents, provenance, facts not about the agreement.
    private var graph: Graph {
        var graph = Graph()
        let agreement = iri(.agreement, "MoU"), chile = iri(.country, "Chile"), codelco = iri(.organization, "Codelco")
        let lithium = iri(.mineral, "Lithium"), santiago = iri(.place, "Santiago"), minister = iri(.person, "A Minister")
        let document = iri(.document, "doc"), statement = Term.iri(minter.base + "statement/1")
        for (term, kind, label) in [(agreement, Vocabulary.Class.agreement, "MoU: Chile – Codelco"), (chile, .country, "Chile"),
                                    (codelco, .organization, "Codelco"), (lithium, .mineral, "Lithium"),
                                    (santiago, .place, "Santiago"), (minister, .person, "A Minister"), (document, .document, "doc.txt")] {
            graph.insert(term, Vocabulary.type, .iri(kind.iri))
            graph.insert(term, Vocabulary.label, .string(label))
            graph.insert(term, property(.mentionedIn), document)
        }
        graph.insert(agreement, property(.party), chile)
        graph.insert(agreement, property(.party), codelco)
        graph.insert(agreement, property(.signatory), minister)
        graph.insert(agreement, property(.concerns), lithium)
        graph.insert(agreement, property(.signedAt), santiago)
        graph.insert(agreement, property(.signedOn), .typed("2025-01-02", Namespace.xsd + "date"))
        graph.insert(agreement, property(.agreementKind), .string("MoU"))
        graph.insert(codelco, property(.basedIn), chile)
        graph.insert(codelco, Vocabulary.altLabel, .string("Corporación Nacional del Cobre"))
        graph.insert(minister, property(.affiliatedWith), codelco)
        graph.insert(document, property(.sourceFile), .string("doc.txt"))
        graph.insert(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement"))
        graph.insert(statement, Namespace.rdf + "subject", agreement)
        return graph
    }

    @Test func fullViewIsTheWholeGraph() {
        #expect(GraphView.full.apply(to: graph).unorderedTriples == graph.unorderedTriples)
    }

    @Test func agreementsViewKeepsEachAgreementWithItsLinksAndTheirNames() {
        let view = GraphView.agreements.apply(to: graph).unorderedTriples
        let agreement = iri(.agreement, "MoU")
        let kept = view.filter { $0.subject == agreement }.map(\.predicate)
        #expect(Set(kept) == Set([Vocabulary.type, Vocabulary.label] + [.party, .signatory, .concerns, .signedAt, .signedOn, .agreementKind].map(property)))
        #expect(view.filter { $0.subject == agreement && $0.predicate == property(.party) }.count == 2)
        for linked in [iri(.country, "Chile"), iri(.organization, "Codelco"), iri(.mineral, "Lithium"), iri(.place, "Santiago"), iri(.person, "A Minister")] {
            #expect(Set(view.filter { $0.subject == linked }.map(\.predicate)) == [Vocabulary.type, Vocabulary.label])
        }
    }

    @Test func agreementsViewLeavesOutDocumentsProvenanceAndOtherFacts() {
        let view = GraphView.agreements.apply(to: graph).unorderedTriples
        let document = iri(.document, "doc")
        #expect(!view.contains { $0.subject == document || $0.object == document })
        #expect(!view.contains { $0.predicate == property(.mentionedIn) || $0.predicate.hasPrefix(Namespace.rdf + "subject") })
        #expect(!view.contains { $0.object == .iri(Namespace.rdf + "Statement") })
        #expect(!view.contains { [property(.basedIn), property(.affiliatedWith), Vocabulary.altLabel].contains($0.predicate) })
        #expect(view.count == 9 + 5 * 2)
    }

    @Test func aGraphWithoutAgreementsHasAnEmptyAgreementsView() {
        var graph = Graph()
        graph.insert(iri(.country, "Chile"), Vocabulary.type, .iri(Vocabulary.Class.country.iri))
        #expect(GraphView.agreements.apply(to: graph).isEmpty)
    }
}
