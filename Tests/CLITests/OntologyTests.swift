import Foundation
import KGGraph
import KGOntology
import KGTestSupport
import Testing

/// The shipped ontology and shapes: they parse in three independent parsers, declare every term the
/// code writes with the contract's domains and ranges, and the shapes accept a graph that follows the
/// contract and reject each kind of violation.
@Suite struct OntologyTests {
    static let files = [OntologyResources.ontologyURL, OntologyResources.shapesURL]

    @Test(arguments: files)
    func parsesInRDFLib(_ file: URL) throws {
        let result = try ExternalTool.python(
            "import rdflib, sys; print(len(rdflib.Graph().parse(sys.argv[1], format='turtle')))",
            arguments: [file.path], modules: ["rdflib"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect((Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100)
    }

    @Test(arguments: files)
    func parsesInRapper(_ file: URL) throws {
        let result = try ExternalTool.run("rapper", ["-i", "turtle", "-c", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Error"), "\(result.stderr)")
    }

    @Test(arguments: files)
    func parsesInSerdi(_ file: URL) throws {
        let result = try ExternalTool.run("serdi", ["-i", "turtle", "-o", "ntriples", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func declaresEveryClassWithLabelAndComment() throws {
        let declarations = try Self.declarations()
        for term in Vocabulary.Class.allCases {
            let declaration = try #require(declarations[term.iri], "\(term.iri) is not declared")
            #expect(declaration.types.contains("Class"), "\(term.iri) is not an owl:Class")
            #expect(declaration.labels == 1, "\(term.iri) needs one rdfs:label")
            #expect(declaration.comments == 1, "\(term.iri) needs one rdfs:comment")
        }
    }

    /// The contract's domain and range of each property, as local names (union members expanded).
    static let contract: [Vocabulary.Property: (domain: Set<String>, range: Set<String>)] = {
        let dates: Set<String> = ["date", "gYearMonth", "gYear", "gMonthDay"]
        let entities: Set<String> = ["Organization", "Agreement", "Mineral", "Country", "Person", "Place"]
        return [
            .party: (["Agreement"], ["Organization", "Country"]),
            .signatory: (["Agreement"], ["Person"]),
            .signedOn: (["Agreement"], dates),
            .signedAt: (["Agreement"], ["Place"]),
            .concerns: (["Agreement"], ["Mineral"]),
            .agreementKind: (["Agreement"], ["string"]),
            .basedIn: (["Organization"], ["Country", "Place"]),
            .partOf: (["Organization"], ["Organization"]),
            .produces: (["Organization"], ["Mineral"]),
            .affiliatedWith: (["Person"], ["Organization"]),
            .participatesIn: (["Country", "Organization"], ["Organization"]),
            .locatedIn: (["Place"], ["Country", "Place"]),
            .mentionedIn: (entities, ["Document"]),
            .title: (["Document"], ["string"]),
            .publishedOn: (["Document"], dates),
            .sourceFile: (["Document"], ["string"]),
            .role: (["Person"], ["string"]),
            .extractedBy: (["Statement"], ["string"]),
        ]
    }()

    @Test func declaresEveryPropertyWithTheContractsDomainAndRange() throws {
        let declarations = try Self.declarations()
        for term in Vocabulary.Property.allCases {
            let declaration = try #require(declarations[term.iri], "\(term.iri) is not declared")
            let expected = try #require(Self.contract[term], "no contract entry for \(term)")
            let isObject = declaration.types.contains("ObjectProperty")
            let isDatatype = declaration.types.contains("DatatypeProperty")
            #expect(isObject != isDatatype, "\(term.iri) must be exactly one of owl:ObjectProperty / owl:DatatypeProperty")
            #expect(declaration.labels == 1, "\(term.iri) needs one rdfs:label")
            #expect(declaration.comments == 1, "\(term.iri) needs one rdfs:comment")
            #expect(Set(declaration.domain) == expected.domain, "domain of \(term.iri)")
            #expect(Set(declaration.range) == expected.range, "range of \(term.iri)")
        }
    }

    @Test func shapesAcceptTheGoodGraph() throws {
        let report = try Self.validate(cases: [])
        #expect(report.good.conforms, "\(report.good.results)")
    }

    /// One violation per case, made by a SPARQL update of the good graph, and the result expected
    /// from pyshacl as "<path> <constraint component>" (local names).
    static let badCases: [(name: String, update: String, expected: String)] = [
        ("no label", "DELETE DATA { org:rosatom rdfs:label \"Rosatom\" }", "label MinCountConstraintComponent"),
        ("two labels", "INSERT DATA { org:rosatom rdfs:label \"Rosatom Corp\" }", "label MaxCountConstraintComponent"),
        ("tagged label", "DELETE DATA { country:russia rdfs:label \"Russia\" } ; INSERT DATA { country:russia rdfs:label \"Russia\"@en }",
         "label DatatypeConstraintComponent"),
        ("numeric altLabel", "INSERT DATA { org:giredmet skos:altLabel 5 }", "altLabel DatatypeConstraintComponent"),
        ("not mentioned", "DELETE DATA { mineral:lithium kg:mentionedIn doc:a }", "mentionedIn MinCountConstraintComponent"),
        ("mentioned in a country", "INSERT DATA { country:india kg:mentionedIn country:russia }", "mentionedIn ClassConstraintComponent"),
        ("agreement without party", "DELETE WHERE { agreement:jdi kg:party ?p }", "party MinCountConstraintComponent"),
        ("person as party", "INSERT DATA { agreement:jdi kg:party person:narayan }", "party OrConstraintComponent"),
        ("organisation as signatory", "INSERT DATA { agreement:jdi kg:signatory org:rosatom }", "signatory ClassConstraintComponent"),
        ("untyped date", "DELETE WHERE { agreement:jdi kg:signedOn ?d } ; INSERT DATA { agreement:jdi kg:signedOn \"April 2025\" }",
         "signedOn NodeConstraintComponent"),
        ("two dates", "INSERT DATA { agreement:jdi kg:signedOn \"2025\"^^xsd:gYear }", "signedOn MaxCountConstraintComponent"),
        ("signed at a country", "INSERT DATA { agreement:jdi kg:signedAt country:russia }", "signedAt ClassConstraintComponent"),
        ("two signing places", "INSERT DATA { agreement:jdi kg:signedAt place:mumbai }", "signedAt MaxCountConstraintComponent"),
        ("concerns a country", "INSERT DATA { agreement:jdi kg:concerns country:india }", "concerns ClassConstraintComponent"),
        ("no kind", "DELETE WHERE { agreement:jdi kg:agreementKind ?k }", "agreementKind MinCountConstraintComponent"),
        ("two kinds", "INSERT DATA { agreement:jdi kg:agreementKind \"MoU\" }", "agreementKind MaxCountConstraintComponent"),
        ("based in a mineral", "INSERT DATA { org:rosatom kg:basedIn mineral:lithium }", "basedIn OrConstraintComponent"),
        ("part of a country", "INSERT DATA { org:giredmet kg:partOf country:russia }", "partOf ClassConstraintComponent"),
        ("produces an organisation", "INSERT DATA { org:giredmet kg:produces org:rosatom }", "produces ClassConstraintComponent"),
        ("affiliated with a place", "INSERT DATA { person:narayan kg:affiliatedWith place:moscow }", "affiliatedWith ClassConstraintComponent"),
        ("country participates in a country", "INSERT DATA { country:india kg:participatesIn country:russia }",
         "participatesIn ClassConstraintComponent"),
        ("place in two countries", "INSERT DATA { place:moscow kg:locatedIn country:india }", "locatedIn QualifiedMaxCountConstraintComponent"),
        ("place in a mineral", "INSERT DATA { place:mumbai kg:locatedIn mineral:lithium }", "locatedIn OrConstraintComponent"),
        ("document without file", "DELETE WHERE { doc:a kg:sourceFile ?f }", "sourceFile MinCountConstraintComponent"),
        ("two publication dates", "INSERT DATA { doc:a kg:publishedOn \"2025-04\"^^xsd:gYearMonth }", "publishedOn MaxCountConstraintComponent"),
        ("statement without sentence", "DELETE WHERE { statement:9f2c1e0a7b3d4c58 prov:wasDerivedFrom ?x }", "wasDerivedFrom MinCountConstraintComponent"),
        ("sentence IRI without offsets", "INSERT DATA { statement:9f2c1e0a7b3d4c58 prov:wasDerivedFrom doc:a }", "wasDerivedFrom PatternConstraintComponent"),
        ("statement without rule", "DELETE WHERE { statement:9f2c1e0a7b3d4c58 kg:extractedBy ?x }", "extractedBy MinCountConstraintComponent"),
        ("statement of an unasserted triple", "DELETE DATA { agreement:jdi kg:party country:india }", "- SPARQLConstraintComponent"),
        ("sentence without text", "DELETE WHERE { ?s prov:value ?v }", "value MinCountConstraintComponent"),
        ("sentence outside a document", "DELETE WHERE { ?s dcterms:isPartOf ?d }", "isPartOf MinCountConstraintComponent"),
    ]

    @Test func shapesRejectEachViolation() throws {
        let report = try Self.validate(cases: Self.badCases.map { ["name": $0.name, "update": $0.update] })
        #expect(report.good.conforms)
        for bad in Self.badCases {
            let outcome = try #require(report.cases[bad.name], "no report for \(bad.name)")
            #expect(!outcome.conforms, "\(bad.name) was accepted")
            #expect(outcome.results.contains(bad.expected), "\(bad.name): \(outcome.results)")
        }
    }

    /// The SPARQL example in Ontology/README.md works: it traces the good graph's reified fact to its sentence.
    @Test func readmeQueryTracesAFactToItsSentence() throws {
        let readme = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Ontology/README.md"), encoding: .utf8)
        let query = try #require(readme.components(separatedBy: "```sparql").dropFirst().first?
            .components(separatedBy: "```").first, "README has no sparql block")
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("good.ttl")
        try Data(Self.goodGraph.utf8).write(to: data)
        let script = """
        import sys, rdflib
        g = rdflib.Graph().parse(sys.argv[1], format='turtle')
        for row in g.query(sys.argv[2]): print('\\t'.join(str(v) for v in row))
        """
        let result = try ExternalTool.python(script, arguments: [data.path, query], modules: ["rdflib"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == ["https://w3id.org/kgx/id/agreement/jdi", "India", "a.txt",
                                  "https://w3id.org/kgx/id/document/a#char=0,43",
                                  "India signed a JDI with Giredmet in Moscow."].joined(separator: "\t") + "\n")
    }
}

// MARK: - Running rdflib and pyshacl

extension OntologyTests {
    /// What ontology.ttl says about one term.
    struct Declaration: Decodable {
        let types: [String]
        let labels: Int
        let comments: Int
        let domain: [String]
        let range: [String]
    }

    /// The declarations of every IRI in the ontology, keyed by IRI.
    static func declarations() throws -> [String: Declaration] {
        let script = #"""
        import json, sys, rdflib
        from rdflib.namespace import RDF, RDFS, OWL
        from rdflib.collection import Collection
        g = rdflib.Graph().parse(sys.argv[1], format='turtle')
        local = lambda n: str(n).rsplit('#', 1)[-1]
        def members(node):
            for union in g.objects(node, OWL.unionOf):
                return [m for item in Collection(g, union) for m in members(item)]
            return [local(node)]
        out = {}
        for s in set(g.subjects(RDF.type, None)):
            if isinstance(s, rdflib.URIRef):
                out[str(s)] = {
                    'types': [local(t) for t in g.objects(s, RDF.type)],
                    'labels': len(list(g.objects(s, RDFS.label))),
                    'comments': len(list(g.objects(s, RDFS.comment))),
                    'domain': [m for d in g.objects(s, RDFS.domain) for m in members(d)],
                    'range': [m for r in g.objects(s, RDFS.range) for m in members(r)],
                }
        print(json.dumps(out))
        """#
        let result = try ExternalTool.python(script, arguments: [OntologyResources.ontologyURL.path], modules: ["rdflib"])
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([String: Declaration].self, from: Data(result.stdout.utf8))
    }

    /// What pyshacl said about one data graph.
    struct Outcome: Decodable {
        let conforms: Bool
        /// One "<path local name or -> <constraint component local name>" per result.
        let results: [String]
    }

    struct Report: Decodable {
        let good: Outcome
        let cases: [String: Outcome]
    }

    /// Validates the good graph, and the good graph changed by each case's SPARQL update, against shapes.ttl.
    static func validate(cases: [[String: String]]) throws -> Report {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("good.ttl"), casesFile = folder.appendingPathComponent("cases.json")
        try Data(goodGraph.utf8).write(to: data)
        try JSONSerialization.data(withJSONObject: cases).write(to: casesFile)
        let script = #"""
        import json, re, sys, rdflib, pyshacl
        from rdflib.namespace import SH
        shapes = rdflib.Graph().parse(sys.argv[1], format='turtle')
        text = open(sys.argv[2], encoding='utf-8').read()
        prefixes = ''.join('PREFIX %s: <%s>\n' % m for m in re.findall(r'@prefix (\w*): <([^>]*)>', text))
        local = lambda n: '-' if n is None else re.split('[#/]', str(n))[-1]
        def check(graph, meta_shacl=False):
            conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, advanced=True, meta_shacl=meta_shacl)
            results = sorted({local(report.value(r, SH.resultPath)) + ' ' + local(report.value(r, SH.sourceConstraintComponent))
                              for r in report.subjects(SH.resultSeverity, SH.Violation)})
            return {'conforms': bool(conforms), 'results': results}
        out = {'good': check(rdflib.Graph().parse(data=text, format='turtle'), meta_shacl=True), 'cases': {}}
        for case in json.load(open(sys.argv[3], encoding='utf-8')):
            graph = rdflib.Graph().parse(data=text, format='turtle')
            graph.update(prefixes + case['update'])
            out['cases'][case['name']] = check(graph)
        print(json.dumps(out))
        """#
        let result = try ExternalTool.python(script, arguments: [OntologyResources.shapesURL.path, data.path, casesFile.path],
                                             modules: ["rdflib", "pyshacl"])
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    /// A small graph that follows the contract: every class, every property, one reified fact.
    static let goodGraph = #"""
    @prefix kg: <https://w3id.org/kgx/ontology#> .
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix prov: <http://www.w3.org/ns/prov#> .
    @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix doc: <https://w3id.org/kgx/id/document/> .
    @prefix org: <https://w3id.org/kgx/id/organization/> .
    @prefix country: <https://w3id.org/kgx/id/country/> .
    @prefix place: <https://w3id.org/kgx/id/place/> .
    @prefix person: <https://w3id.org/kgx/id/person/> .
    @prefix mineral: <https://w3id.org/kgx/id/mineral/> .
    @prefix agreement: <https://w3id.org/kgx/id/agreement/> .
    @prefix statement: <https://w3id.org/kgx/id/statement/> .

    doc:a a kg:Document ; rdfs:label "a.txt" ; kg:sourceFile "a.txt" ; kg:title "India and Russia sign JDI" ;
        kg:publishedOn "2025-04-25"^^xsd:date .
    org:giredmet a kg:Organization ; rdfs:label "Giredmet" ; skos:altLabel "JSC Giredmet" , "GIREDMET" ;
        kg:mentionedIn doc:a ; kg:partOf org:rosatom ; kg:basedIn place:moscow ; kg:produces mineral:lithium ;
        kg:participatesIn org:rosatom .
    org:rosatom a kg:Organization ; rdfs:label "Rosatom" ; kg:mentionedIn doc:a ; kg:basedIn country:russia .
    country:russia a kg:Country ; rdfs:label "Russia" ; skos:altLabel "Russian Federation" ; kg:mentionedIn doc:a .
    country:india a kg:Country ; rdfs:label "India" ; kg:mentionedIn doc:a ; kg:participatesIn org:rosatom .
    place:moscow a kg:Place ; rdfs:label "Moscow" ; kg:locatedIn country:russia ; kg:mentionedIn doc:a .
    place:mumbai a kg:Place ; rdfs:label "Mumbai" ; kg:mentionedIn doc:a .
    person:narayan a kg:Person ; rdfs:label "Ramanuj Narayan" ; kg:role "Director" ;
        kg:affiliatedWith org:giredmet ; kg:mentionedIn doc:a .
    mineral:lithium a kg:Mineral ; rdfs:label "lithium" ; kg:mentionedIn doc:a .
    agreement:jdi a kg:Agreement ; rdfs:label "Joint Declaration of Intent: Giredmet – India (2025-04)" ;
        kg:agreementKind "Joint Declaration of Intent" ; kg:party org:giredmet , country:india ;
        kg:signatory person:narayan ; kg:signedOn "2025-04"^^xsd:gYearMonth ; kg:signedAt place:moscow ;
        kg:concerns mineral:lithium ; kg:mentionedIn doc:a .
    statement:9f2c1e0a7b3d4c58 a rdf:Statement ; rdf:subject agreement:jdi ; rdf:predicate kg:party ; rdf:object country:india ;
        prov:wasDerivedFrom <https://w3id.org/kgx/id/document/a#char=0,43> ;
        kg:extractedBy "party.signing-clause" .
    <https://w3id.org/kgx/id/document/a#char=0,43> prov:value "India signed a JDI with Giredmet in Moscow." ;
        dcterms:isPartOf doc:a .
    """#
}
