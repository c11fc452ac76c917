import Testing
import KGExtract
import KGGraph
import KGText

/// End to end over the five seed articles: the key facts, and a graph independent of document order.
@Suite struct SeedTests {
    static let extractions: [DocumentExtraction] = (try? SeedFixture.extractions()) ?? []

    func graph(_ order: [DocumentExtraction]) -> Graph {
        var builder = GraphBuilder()
        for extraction in order { builder.add(extraction) }
        return builder.graph()
    }

    func labels(of predicate: Vocabulary.Property, from subjectLabel: String, in graph: Graph) -> Set<String> {
        let label = Dictionary(graph.unorderedTriples.filter { $0.predicate == Vocabulary.label }.map { ($0.subject, $0.object.literalValue?.lexical ?? "") }) { a, _ in a }
        return Set(graph.unorderedTriples.filter { $0.predicate == predicate.iri && label[$0.subject] == subjectLabel }
            .map { label[$0.object] ?? $0.object.literalValue?.lexical ?? "" })
    }

    @Test func keyAgreementsOfTheSeeds() throws {
        #expect(Self.extractions.count == 5)
        let g = graph(Self.extractions)
        let agreements = Set(g.unorderedTriples.filter { $0.predicate == Vocabulary.type && $0.object == .iri(Vocabulary.Class.agreement.iri) }.map(\.subject))
        let labelOf = Dictionary(g.unorderedTriples.filter { $0.predicate == Vocabulary.label }.map { ($0.subject, $0.object.literalValue?.lexical ?? "") }) { a, _ in a }
        let agreementLabels = Set(agreements.compactMap { labelOf[$0] })
        #expect(agreementLabels.contains("MoU: Giredmet \u{2013} TEXMiN Foundation (2026-02-23)"))
        #expect(agreementLabels.contains("MoU: IREL (India) Limited \u{2013} Oil India Limited (2025-08-07)"))
        #expect(agreementLabels.contains("Joint Declaration of Intent: CSIR-Institute of Minerals and Materials Technology \u{2013} Giredmet")
            || agreementLabels.contains { $0.hasPrefix("Joint Declaration of Intent:") && $0.contains("Giredmet") && $0.contains("Minerals and Materials") })
        #expect(agreementLabels.contains { $0.hasPrefix("Joint Declaration of Intent:") && $0.contains("MISIS") && $0.contains("Minerals and Materials") })
        #expect(agreementLabels.contains("Joint Declaration of Intent: India \u{2013} Russia"))
        let oil = "MoU: IREL (India) Limited \u{2013} Oil India Limited (2025-08-07)"
        #expect(labels(of: .signedAt, from: oil, in: g) == ["Mumbai"])
        let texmin = "MoU: Giredmet \u{2013} TEXMiN Foundation (2026-02-23)"
        #expect(labels(of: .concerns, from: texmin, in: g).isSuperset(of: ["rare earth elements", "lithium", "nickel", "cobalt"]))
        let giredmetJDI = try #require(agreementLabels.first { $0.hasPrefix("Joint Declaration of Intent:") && $0.contains("Giredmet") })
        #expect(labels(of: .signatory, from: giredmetJDI, in: g) == ["Ramanuj Narayan", "Andrei Golinei"])
    }

    @Test func keyRelationsAndEntityResolutionAcrossDocuments() {
        let g = graph(Self.extractions)
        #expect(labels(of: .partOf, from: "TEXMiN Foundation", in: g).contains("Department of Science and Technology"))
        #expect(labels(of: .partOf, from: "IREL (India) Limited", in: g) == ["Department of Atomic Energy"])
        #expect(labels(of: .basedIn, from: "CSIR-Institute of Minerals and Materials Technology", in: g) == ["Bhubaneswar"])
        #expect(labels(of: .produces, from: "Ural Mining and Metallurgical Company", in: g) == ["copper", "zinc"])
        #expect(labels(of: .affiliatedWith, from: "Konstantin Ivanovskikh", in: g) == ["Giredmet"])
        #expect(labels(of: .participatesIn, from: "India", in: g).contains("Mineral Security Partnership"))
        // Giredmet of seed 000 and seed 001 is one node with every surface form.
        let giredmet = labels(of: .mentionedIn, from: "Giredmet", in: g)
        #expect(giredmet.count == 2)
    }

    @Test func graphIsIndependentOfDocumentOrderAndHasProvenance() {
        let forward = graph(Self.extractions)
        let backward = graph(Self.extractions.reversed())
        #expect(forward.sortedTriples == backward.sortedTriples)
        let statements = forward.unorderedTriples.filter { $0.predicate == Vocabulary.type && $0.object == .iri(Namespace.rdf + "Statement") }
        #expect(!statements.isEmpty)
        let derived = forward.unorderedTriples.filter { $0.predicate == Namespace.prov + "wasDerivedFrom" }
        for triple in derived {
            let iri = triple.object.iriValue ?? ""
            #expect(iri.contains("#char="))
            #expect(forward.unorderedTriples.contains { $0.subject == triple.object && $0.predicate == Namespace.prov + "value" })
        }
    }

    @Test func sentenceEvidenceMatchesDocumentText() {
        for extraction in Self.extractions {
            let scalars = Array(extraction.document.text.unicodeScalars)
            for fact in extraction.facts {
                for sentence in fact.evidence {
                    #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == sentence.text)
                }
            }
        }
    }
}
