import Foundation
import KGTestSupport
import Testing

/// The committed `exports/graph.jsonld` and `exports/graph.nq` in their consumers: the same graph
/// as `graph.nt`, and the N-Quads graphs holding each seed document's facts.
@Suite("JSON-LD and N-Quads exports of the seeds")
struct LinkedDataExportsTests {
    static func export(_ name: String) -> String { ProjectPaths.exports.appendingPathComponent(name).path }
    static let document = "https://w3id.org/kgx/id/document/"
    static let kg = "https://w3id.org/kgx/ontology#"

    @Test("graph.jsonld read by rdflib, pyld and pyoxigraph (streaming too) is the graph of graph.nt and graph.ttl")
    func jsonLDIsTheSameGraph() throws {
        let expected = ProjectPaths.exports.appendingPathComponent("graph.nt")
        let failures = try GraphComparison.failures([GraphComparison.Job(id: "seeds", expected: expected,
            readings: GraphComparison.jsonLDReadings(of: Self.export("graph.jsonld"))
                + [GraphComparison.Reading(label: "rdflib turtle", path: Self.export("graph.ttl"), format: "turtle")])])
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("the graph.jsonld context maps each ontology term the graph uses to its short name, object properties to @id")
    func contextFollowsTheOntology() throws {
        let script = """
            import json, sys, rdflib
            from rdflib.namespace import OWL, RDF, RDFS, XSD
            KG = "https://w3id.org/kgx/ontology#"
            context = json.load(open(sys.argv[1]))["@context"]
            ontology = rdflib.Graph().parse(sys.argv[2], format="turtle")
            used = {str(p) for p in rdflib.Graph().parse(sys.argv[3], format="nt").predicates()}
            checked, wrong = [], []
            for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.Class):
                for term in ontology.subjects(RDF.type, kind):
                    name = str(term)[len(KG):]
                    if not str(term).startswith(KG) or (kind != OWL.Class and str(term) not in used) or (kind == OWL.Class and name not in context):
                        continue
                    definition = context.get(name)
                    iri = definition if isinstance(definition, str) else (definition or {}).get("@id")
                    coercion = None if isinstance(definition, str) else (definition or {}).get("@type")
                    expected = "@id" if kind == OWL.ObjectProperty else "xsd:string" if ontology.value(term, RDFS.range) == XSD.string else (coercion or "xsd:string")
                    if iri != "kg:" + name or (coercion or "xsd:string") != expected:
                        wrong.append((name, definition))
                    checked.append(name)
            print(" ".join(sorted(checked)))
            if wrong: sys.exit(f"context terms that do not follow the ontology: {wrong}")
            """
        let result = try ExternalTool.python(script, arguments: [
            Self.export("graph.jsonld"), ProjectPaths.root.appendingPathComponent("Ontology/ontology.ttl").path, Self.export("graph.nt"),
        ], modules: ["rdflib"])
        #expect(result.status == 0, "\(result.stderr)")
        let checked = Set(result.stdout.split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(checked.isSuperset(of: ["party", "signatory", "concerns", "mentionedIn", "signedOn", "title", "Agreement", "Country"]),
                "\(checked)")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: ProjectPaths.exports.appendingPathComponent("graph.jsonld")))
        let context = (document as? [String: Any])?["@context"] as? [String: Any]
        #expect((context?["signedOn"] as? [String: String])?["@type"] == "xsd:date")
        #expect((context?["publishedOn"] as? [String: String])?["@type"] == "xsd:date")
    }

    /// The quads of graph.nq as rdflib's Dataset reads them, after checking pyoxigraph reads the same.
    private func quads() throws -> [[String]] {
        let script = ProjectPaths.root.appendingPathComponent("Tests/RDFWriterTests/Scripts/quads.py")
        let result = try ExternalTool.run("python3", [script.path, Self.export("graph.nq")])
        try #require(result.status == 0, "\(result.stderr)")
        let readings = try JSONDecoder().decode([String: [[String]]].self, from: Data(result.stdout.utf8))
        #expect(readings["rdflib"] == readings["pyoxigraph"])
        return readings["rdflib"] ?? []
    }

    @Test("graph.nq: without graph names its lines are exactly those of graph.nt, and each quad is there once")
    func quadsUnionIsTheNTriples() throws {
        let ntLines = try String(contentsOfFile: Self.export("graph.nt"), encoding: .utf8).split(separator: "\n")
        let nqLines = try String(contentsOfFile: Self.export("graph.nq"), encoding: .utf8).split(separator: "\n")
        #expect(Set(nqLines).count == nqLines.count)
        let parsed = try quads()
        #expect(parsed.count == nqLines.count)
        let names = Set(parsed.map { $0[0] }).subtracting([""])
        let seedDocuments = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count == seedDocuments.count && names.allSatisfy { $0.hasPrefix(Self.document) },
                "one graph per seed document besides the default graph: \(names)")
        // Each line is an N-Triples line, or one with a document's IRI before the final " .".
        let stripped = nqLines.map { line -> Substring in
            guard let name = names.first(where: { line.hasSuffix(" <\($0)> .") }) else { return line }
            return line.dropLast(name.utf8.count + 5) + " ."
        }
        #expect(Set(stripped) == Set(ntLines), "the union of the graphs differs from graph.nt")
    }

    /// The graphs a triple is in, by the local part of the document IRI ("" for the default graph).
    private func graphs(_ subject: String, _ predicate: String, _ object: String, in quads: [[String]]) -> Set<String> {
        Set(quads.filter { $0[1] == subject && $0[2] == predicate && $0[3] == object }
            .map { $0[0].hasPrefix(Self.document) ? String($0[0].dropFirst(Self.document.count)) : $0[0] })
    }

    @Test("seed facts are in the graphs of the documents that state them, and in no other")
    func seedFactsLandInTheirDocuments() throws {
        let quads = try quads()
        let id = "https://w3id.org/kgx/id/"
        // seeds/004_b2669dccbad57b46.txt: the IREL–Oil India MoU "signed in Mumbai".
        #expect(graphs(id + "agreement/mou--irel-india-limited--oil-india-limited--2025-08-07", Self.kg + "signedAt",
                       id + "place/mumbai", in: quads) == ["004-b2669dccbad57b46"])
        // Giredmet is part of Rosatom in both 000_… and 001_… (the one fact two seed documents state).
        #expect(graphs(id + "organization/giredmet", Self.kg + "partOf", id + "organization/rosatom", in: quads)
            == ["000-1e402e99c595d7c9", "001-5583811c5fe3c0da"])
        // A document's own description is in its graph; the resolved label of an entity in the default graph.
        #expect(graphs(Self.document + "003-8a58ab70100d145d", Self.kg + "sourceFile", "003_8a58ab70100d145d.txt", in: quads)
            == ["003-8a58ab70100d145d"])
        #expect(graphs(id + "country/india", "http://www.w3.org/2000/01/rdf-schema#label", "India", in: quads) == [""])
    }

    @Test("graph.nq is accepted by serdi and rapper as N-Quads, every quad kept")
    func quadsParseInSerdAndRaptor() throws {
        let nq = Self.export("graph.nq")
        let lines = try String(contentsOfFile: nq, encoding: .utf8).split(separator: "\n").count
        let serd = try ExternalTool.run("serdi", ["-i", "nquads", "-o", "nquads", nq])
        #expect(serd.status == 0 && serd.stderr.isEmpty, "\(serd.stderr)")
        #expect(Set(serd.stdout.split(separator: "\n")).count == lines)
        let raptor = try ExternalTool.run("rapper", ["-q", "-i", "nquads", "-o", "nquads", nq])
        #expect(raptor.status == 0, "\(raptor.stderr)")
        #expect(raptor.stdout.split(separator: "\n").count == lines)
    }

    /// The document graphs come from the reified provenance, which N-Triples carry: converting the
    /// exported N-Triples gives the exported JSON-LD and N-Quads.
    @Test("kgx convert graph.nt --to jsonld / nq gives the exported bytes", arguments: ["jsonld", "nq"])
    func convertGivesTheExport(_ format: String) throws {
        let result = try KGXCommand.run(["convert", Self.export("graph.nt"), "--to", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try String(contentsOfFile: Self.export("graph." + format), encoding: .utf8)))
    }
}
