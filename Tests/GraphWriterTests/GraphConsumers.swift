import Foundation
import KGGraph
import KGTestSupport
import KGWriters

/// Runs the real consumers of GraphML and DOT output on what the writers produce.
enum GraphConsumers {
    static var schema: String {
        ProjectPaths.conformance.appendingPathComponent("graphml/graphml.xsd").path
    }

    /// The GraphML bytes of `graph`.
    static func graphML(_ graph: Graph) throws -> MemorySink {
        let sink = MemorySink()
        try GraphMLWriter(sink: sink).write(PropertyGraph(graph))
        return sink
    }

    /// The DOT text of `graph`.
    static func dot(_ graph: Graph) throws -> String {
        let sink = MemorySink()
        try DOTWriter(sink: sink).write(PropertyGraph(graph))
        return sink.text
    }

    /// Writes `bytes` to a temporary file, runs `body` with its path and removes the folder.
    static func withFile<Result>(_ bytes: [UInt8], named name: String, _ body: (String) throws -> Result) throws -> Result {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try body(file.path)
    }

    /// `xmllint --schema` on the GraphML of `graph`, offline.
    static func validate(_ sink: MemorySink) throws -> ExternalTool.Result {
        try withFile(sink.bytes, named: "graph.graphml") { path in
            try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", schema, path])
        }
    }

    /// What NetworkX's `read_graphml` made of a file: each attribute value with its Python type.
    struct NetworkXGraph: Decodable {
        struct Value: Decodable, Equatable {
            let value: String
            let type: String
        }
        struct Edge: Decodable {
            let source: String
            let target: String
            let key: String
            let data: [String: Value]
        }
        let multigraph: Bool
        let directed: Bool
        let nodes: [String: [String: Value]]
        let edges: [Edge]
    }

    private static let networkXScript = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        if g.is_multigraph():
            edges = list(g.edges(keys=True, data=True))
        else:
            edges = [(u, v, d.get("id", ""), d) for u, v, d in g.edges(data=True)]
        def typed(d):
            return {k: {"value": str(v), "type": type(v).__name__} for k, v in d.items()}
        print(json.dumps({
            "multigraph": g.is_multigraph(),
            "directed": g.is_directed(),
            "nodes": {n: typed(d) for n, d in g.nodes(data=True)},
            "edges": [{"source": u, "target": v, "key": str(k), "data": typed(d)} for u, v, k, d in edges],
        }))
        """

    /// Loads GraphML bytes with `networkx.read_graphml`.
    static func networkX(_ sink: MemorySink) throws -> NetworkXGraph {
        let result = try withFile(sink.bytes, named: "graph.graphml") { path in
            try ExternalTool.python(networkXScript, arguments: [path], modules: ["networkx"])
        }
        guard result.status == 0 else { throw ConsumerFailure(tool: "networkx", output: result.stderr) }
        return try JSONDecoder().decode(NetworkXGraph.self, from: Data(result.stdout.utf8))
    }

    /// `dot -Tsvg` on DOT text.
    static func renderSVG(_ dot: String) throws -> ExternalTool.Result {
        try ExternalTool.run("dot", ["-Tsvg"], input: Data(dot.utf8))
    }

    private static let svgScript = """
        import json, sys
        import xml.etree.ElementTree as ET
        ns = {"s": "http://www.w3.org/2000/svg"}
        root = ET.fromstring(sys.stdin.read())
        nodes = {}
        for g in root.iter("{http://www.w3.org/2000/svg}g"):
            if g.get("class") == "node":
                title = g.find("s:title", ns).text
                nodes[title] = "\\n".join(t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text"))
        print(json.dumps(nodes))
        """

    /// The drawn text of each node of an SVG rendered by dot, by node name, lines joined by "\n".
    static func svgNodeTexts(_ svg: String) throws -> [String: String] {
        let result = try ExternalTool.python(svgScript, input: Data(svg.utf8))
        guard result.status == 0 else { throw ConsumerFailure(tool: "python xml.etree", output: result.stderr) }
        return try JSONDecoder().decode([String: String].self, from: Data(result.stdout.utf8))
    }

    struct ConsumerFailure: Error, CustomStringConvertible {
        let tool: String
        let output: String
        var description: String { "\(tool) failed: \(output)" }
    }
}
