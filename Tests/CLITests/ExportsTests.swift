import Foundation
import KGTestSupport
import KGWriters
import Testing

/// The committed `exports/` are what the main job makes of `seeds/`, and they load in every consumer.
@Suite("Exports of the seeds")
struct ExportsTests {
    static let formats = ["ttl", "nt", "graphml", "dot", "jsonld", "nq"]
    /// The folder of the CSV export (`--format csv`).
    static let csvFolder = "graph-csv"

    /// Every file of the CSV export below `folder`, by name.
    static func csvFiles(in folder: URL) throws -> [String: Data] {
        let csv = folder.appendingPathComponent(csvFolder)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: csv.path) {
            files[name] = try Data(contentsOf: csv.appendingPathComponent(name))
        }
        return files
    }

    @Test("exports/ is up to date: regenerating it from seeds/ gives the same bytes")
    func exportsAreUpToDate() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KGXCommand.run(["export", "seeds", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        for format in Self.formats {
            let fresh = try Data(contentsOf: folder.appendingPathComponent("graph.\(format)"))
            let committed = try Data(contentsOf: ProjectPaths.exports.appendingPathComponent("graph.\(format)"))
            #expect(fresh == committed, "exports/graph.\(format) is stale: run `swift run kgx` and commit it")
        }
        let freshCSV = try Self.csvFiles(in: folder), committedCSV = try Self.csvFiles(in: ProjectPaths.exports)
        #expect(freshCSV.keys.sorted() == committedCSV.keys.sorted())
        for (name, bytes) in freshCSV {
            #expect(bytes == committedCSV[name], "exports/\(Self.csvFolder)/\(name) is stale: run `swift run kgx` and commit it")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.svg").path))
    }

    @Test("one job and two jobs give byte-identical outputs")
    func parallelRunIsDeterministic() throws {
        let one = try ProjectPaths.temporaryFolder(), two = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: one); try? FileManager.default.removeItem(at: two) }
        try #require(try KGXCommand.run(["export", "seeds", "--out", one.path, "--jobs", "1", "-q"]).status == 0)
        try #require(try KGXCommand.run(["export", "seeds", "--out", two.path, "--jobs", "2", "-q"]).status == 0)
        for format in Self.formats {
            #expect(try Data(contentsOf: one.appendingPathComponent("graph.\(format)"))
                == Data(contentsOf: two.appendingPathComponent("graph.\(format)")))
        }
        #expect(try Self.csvFiles(in: one) == Self.csvFiles(in: two))
    }

    static let agreementsQuery = """
        PREFIX kg: <https://w3id.org/kgx/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?agreement ?party WHERE { ?agreement a kg:Agreement ; kg:party ?p . ?p rdfs:label ?party }
        """

    @Test("graph.ttl loads in rdflib and pyoxigraph and both answer the agreements query alike")
    func turtleAnswersSPARQL() throws {
        let path = ProjectPaths.exports.appendingPathComponent("graph.ttl").path
        let script = """
            import sys, rdflib, pyoxigraph
            q = sys.argv[2]
            g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle")
            a = sorted((str(r[0]), str(r[1])) for r in g.query(q))
            s = pyoxigraph.Store(); s.load(path=sys.argv[1], format=pyoxigraph.RdfFormat.TURTLE)
            b = sorted((r[0].value, r[1].value) for r in s.query(q))
            assert a == b, (a, b)
            for agreement, party in a: print(agreement + "\\t" + party)
            """
        let result = try ExternalTool.python(script, arguments: [path, Self.agreementsQuery],
                                             modules: ["rdflib", "pyoxigraph"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n")
        let agreements = Set(rows.map { $0.split(separator: "\t")[0] })
        #expect(agreements.count >= 4, "expected the seed agreements, got \(rows)")
        #expect(rows.contains { $0.hasSuffix("\tOil India Limited") })
    }

    /// The agreements query by the agreement's label, as the Cypher query over the CSV export asks it.
    static let agreementLabelsQuery = """
        PREFIX kg: <https://w3id.org/kgx/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label ?party WHERE { ?agreement a kg:Agreement ; rdfs:label ?label ; kg:party ?p . ?p rdfs:label ?party }
        """

    @Test("graph-csv loads into Kùzu and answers the agreements query as rdflib answers it from graph.ttl")
    func csvAnswersCypherInKuzu() throws {
        let database = try KuzuDatabase.load(ProjectPaths.exports.appendingPathComponent(Self.csvFolder), queries: [
            "MATCH (a:Agreement)-[:party]->(p) RETURN a.label, p.label ORDER BY a.label, p.label",
        ])
        let script = """
            import sys, rdflib
            g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle")
            for label, party in sorted((str(r[0]), str(r[1])) for r in g.query(sys.argv[2])): print(label + "\\t" + party)
            """
        let result = try ExternalTool.python(script, arguments: [
            ProjectPaths.exports.appendingPathComponent("graph.ttl").path, Self.agreementLabelsQuery,
        ], modules: ["rdflib"])
        #expect(result.status == 0, "\(result.stderr)")
        let fromTurtle = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map { KuzuDatabase.Value.text(String($0)) } }
        let fromKuzu = try #require(database.queries.first)
        #expect(fromKuzu == fromTurtle)
        #expect(fromKuzu.count >= 8, "expected the seed agreements and their parties, got \(fromKuzu)")
        let mou = "MoU: IREL (India) Limited – Oil India Limited (2025-08-07)"
        #expect(fromKuzu.filter { $0.first == .text(mou) }.map { $0.last } == [.text("IREL (India) Limited"), .text("Oil India Limited")])
        // The expected counts come from our own projection of the exported N-Triples.
        let projection = PropertyGraph(try NTriplesReader.graph(
            contentsOf: ProjectPaths.exports.appendingPathComponent("graph.nt").path))
        var nodes: [String: Int] = [:], relationships: [String: Int] = [:]
        for node in projection.nodes { nodes[node.classes.joined(separator: "_"), default: 0] += 1 }
        for edge in projection.edges { relationships[edge.label, default: 0] += 1 }
        #expect(database.nodes.mapValues(\.count) == nodes)
        #expect(database.relationships.mapValues(\.count) == relationships)
    }

    @Test("graph-csv headers follow the documented Neo4j header grammar")
    func csvHeadersFollowNeo4jGrammar() throws {
        let files = try Self.csvFiles(in: ProjectPaths.exports)
        #expect(files.keys.contains("nodes-Agreement.csv") && files.keys.contains("rels-party.csv"))
        for (name, bytes) in files where name.hasSuffix(".csv") {
            let header = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self).components(separatedBy: ",")
            #expect(Neo4jHeaderGrammar.violation(of: header, kind: name.hasPrefix("nodes-") ? .nodes : .relationships) == nil,
                    "\(name): \(header)")
        }
    }

    @Test("graph.ttl conforms to Ontology/shapes.ttl under pyshacl")
    func turtleConformsToShapes() throws {
        let script = """
            import sys, rdflib, pyshacl
            data = rdflib.Graph().parse(sys.argv[1], format="turtle")
            shapes = rdflib.Graph().parse(sys.argv[2], format="turtle")
            ontology = rdflib.Graph().parse(sys.argv[3], format="turtle")
            conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology)
            print(text)
            sys.exit(0 if conforms else 1)
            """
        let result = try ExternalTool.python(script, arguments: [
            ProjectPaths.exports.appendingPathComponent("graph.ttl").path,
            ProjectPaths.root.appendingPathComponent("Ontology/shapes.ttl").path,
            ProjectPaths.root.appendingPathComponent("Ontology/ontology.ttl").path,
        ], modules: ["rdflib", "pyshacl"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("graph.ttl and graph.nt parse in serdi and rapper to the same number of triples")
    func rdfParsesInSerdAndRaptor() throws {
        let ttl = ProjectPaths.exports.appendingPathComponent("graph.ttl").path
        let nt = ProjectPaths.exports.appendingPathComponent("graph.nt").path
        let lines = try String(contentsOfFile: nt, encoding: .utf8).split(separator: "\n").count
        let serdTurtle = try ExternalTool.run("serdi", ["-i", "turtle", "-o", "ntriples", ttl])
        #expect(serdTurtle.status == 0 && serdTurtle.stderr.isEmpty, "\(serdTurtle.stderr)")
        #expect(Set(serdTurtle.stdout.split(separator: "\n")).count == lines)
        let raptor = try ExternalTool.run("rapper", ["-q", "-i", "ntriples", "-o", "ntriples", nt])
        #expect(raptor.status == 0, "\(raptor.stderr)")
        #expect(raptor.stdout.split(separator: "\n").count == lines)
    }

    @Test("graph.graphml is schema-valid and loads in NetworkX with typed attributes")
    func graphMLValidatesAndLoads() throws {
        let graphml = ProjectPaths.exports.appendingPathComponent("graph.graphml").path
        let lint = try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", try GraphMLSchemas.yFilesExtended(), graphml])
        #expect(lint.status == 0, "\(lint.stderr)")
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            assert isinstance(g, nx.MultiDiGraph), type(g)
            types = {d.get("type") for _, d in g.nodes(data=True)}
            print(g.number_of_nodes(), g.number_of_edges(), ",".join(sorted(t for t in types if t)))
            assert all(isinstance(d.get("label"), str) for _, d in g.nodes(data=True))
            assert all(d.get("label") for _, _, d in g.edges(data=True))
            """
        let result = try ExternalTool.python(script, arguments: [graphml], modules: ["networkx"])
        #expect(result.status == 0, "\(result.stderr)")
        let fields = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        try #require(fields.count == 3)
        // The expected counts come from our own projection of the exported N-Triples.
        let projection = PropertyGraph(try NTriplesReader.graph(
            contentsOf: ProjectPaths.exports.appendingPathComponent("graph.nt").path))
        #expect(Int(fields[0]) == projection.nodes.count)
        #expect(Int(fields[1]) == projection.edges.count)
        for kind in ["Agreement", "Country", "Document", "Mineral", "Organization", "Person"] {
            #expect(fields[2].contains(kind))
        }
    }

    @Test("graph.dot renders with dot -Tsvg and no warnings")
    func dotRendersCleanly() throws {
        let result = try ExternalTool.run("dot", ["-Tsvg", ProjectPaths.exports.appendingPathComponent("graph.dot").path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("<svg"))
    }
}
