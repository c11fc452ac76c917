import Foundation
import KGTestSupport
import Testing

/// The export options that serve particular tools: GraphML laid out by Graphviz for yEd and
/// Gephi, plain GraphML, and the agreements view.
@Suite("Exports for tools")
struct ToolExportTests {
    /// Exports the seeds with `arguments` into a fresh folder and runs `body` on it.
    private func exportSeeds(_ arguments: [String], _ body: (URL) throws -> Void) throws {
        let out = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try KGXCommand.run(["export", ProjectPaths.seeds.path, "--out", out.path, "--quiet"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        try body(out)
    }

    @Test("GraphML nodes sit where Graphviz lays out the exported DOT")
    func graphMLCarriesTheGraphvizLayout() throws {
        try exportSeeds(["--format", "graphml", "dot"]) { out in
            let layout = try ExternalTool.run("dot", ["-Tjson0", out.appendingPathComponent("graph.dot").path])
            #expect(layout.status == 0, "\(layout.stderr)")
            let script = """
                import json, sys
                import xml.etree.ElementTree as ET
                G, Y = "{http://graphml.graphdrawing.org/xmlns}", "{http://www.yworks.com/xml/graphml}"
                layout = json.load(open(sys.argv[2]))
                top = float(layout["bb"].split(",")[3])
                drawn = {o["name"]: o for o in layout["objects"] if "pos" in o}
                root = ET.parse(sys.argv[1]).getroot()
                keys = {k.get("attr.name"): k.get("id") for k in root.iter(G + "key") if k.get("for") == "node"}
                checked = 0
                for node in root.iter(G + "node"):
                    iri = node.find(f"{G}data[@key='{keys['iri']}']").text
                    box = node.find(f"{G}data/{Y}ShapeNode/{Y}Geometry")
                    x, y = (float(v) for v in drawn[iri]["pos"].split(","))
                    w, h = float(drawn[iri]["width"]) * 72, float(drawn[iri]["height"]) * 72
                    assert abs(float(box.get("x")) - (x - w / 2)) < 0.02, (iri, box.attrib, x, w)
                    assert abs(float(box.get("y")) - (top - y - h / 2)) < 0.02, (iri, box.attrib, y, h)
                    assert abs(float(box.get("width")) - w) < 0.02 and abs(float(box.get("height")) - h) < 0.02
                    checked += 1
                print(checked)
                """
            let json = out.appendingPathComponent("layout.json")
            try Data(layout.stdout.utf8).write(to: json)
            let result = try ExternalTool.python(script, arguments: [out.appendingPathComponent("graph.graphml").path, json.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 50)
            // Graphviz's scratch files are gone: only what was asked for is left.
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["graph.dot", "graph.graphml", "layout.json"])
        }
    }

    @Test("a CSV folder of more files than the process may hold open at once is written whole")
    func csvFolderOfManyFiles() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 300 predicates: 300 relationship files, each closed before the next is opened.
        let lines = (0..<300).map { "<https://example.org/a> <https://example.org/vocab/p\($0)> <https://example.org/b> .\n" }
        let input = folder.appendingPathComponent("many.nt"), out = folder.appendingPathComponent("csv")
        try Data(lines.joined().utf8).write(to: input)
        let result = try ExternalTool.run("bash", ["-c", "ulimit -n 64 && exec \"$0\" convert \"$1\" --to csv --out \"$2\"",
                                                   try KGXCommand.executable, input.path, out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.filter { $0.hasPrefix("rels-") }.count == 300)
    }

    @Test("GraphML falls back to the grid when Graphviz fails; a requested SVG fails the export")
    func graphvizFailure() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fakeDot = bin.appendingPathComponent("dot")
        try Data("#!/bin/sh\necho 'dot: out of memory' >&2\nexit 1\n".utf8).write(to: fakeDot)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fakeDot.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let kgx = try KGXCommand.executable
        let graphml = try ExternalTool.run(kgx, ["export", ProjectPaths.seeds.path, "--out", out.path, "--format", "graphml"],
                                           environment: ["PATH": path])
        #expect(graphml.status == 0, "\(graphml.stderr)")
        #expect(graphml.stderr.contains("out of memory") && graphml.stderr.contains("GraphML nodes placed on a grid"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["graph.graphml"])
        let svg = try ExternalTool.run(kgx, ["export", ProjectPaths.seeds.path, "--out", out.path, "--format", "graphml", "svg"],
                                       environment: ["PATH": path])
        #expect(svg.status == 1)
        #expect(svg.stderr.contains("out of memory"))
        // Nothing of the failed export replaced what the first one wrote.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["graph.graphml"])
    }

    @Test("--plain-graphml writes GraphML the plain GraphML schema validates")
    func plainGraphML() throws {
        try exportSeeds(["--format", "graphml", "--plain-graphml"]) { out in
            let graphml = out.appendingPathComponent("graph.graphml").path
            let lint = try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", GraphMLSchemas.plain, graphml])
            #expect(lint.status == 0, "\(lint.stderr)")
        }
    }

    @Test("--view agreements keeps every agreement with its parties, and no document or provenance")
    func agreementsView() throws {
        let script = """
            import sys, rdflib
            KG = rdflib.Namespace("https://w3id.org/kgx/ontology#")
            def load(path):
                g = rdflib.Graph()
                g.parse(path, format="nt")
                return g
            full, view = load(sys.argv[1]), load(sys.argv[2])
            def deals(g):
                return {(a, frozenset(g.objects(a, KG.party))) for a in g.subjects(rdflib.RDF.type, KG.Agreement)}
            assert deals(view) == deals(full) and deals(view), "agreements or parties differ"
            assert not set(view.subjects(rdflib.RDF.type, KG.Document)), "documents kept"
            assert not set(view.subjects(rdflib.RDF.type, rdflib.RDF.Statement)), "provenance kept"
            assert not set(view.triples((None, KG.mentionedIn, None))), "mentions kept"
            print(len(deals(view)), len(view), len(full))
            """
        try exportSeeds(["--format", "nt", "svg"]) { full in
            try exportSeeds(["--format", "nt", "svg", "--view", "agreements"]) { view in
                let result = try ExternalTool.python(script, arguments: [full.appendingPathComponent("graph.nt").path,
                                                                         view.appendingPathComponent("graph.nt").path],
                                                     modules: ["rdflib"])
                #expect(result.status == 0, "\(result.stderr)")
                let svg = try String(contentsOf: view.appendingPathComponent("graph.svg"), encoding: .utf8)
                #expect(svg.contains("<svg") && !svg.contains("mentionedIn"))
            }
        }
    }
}
