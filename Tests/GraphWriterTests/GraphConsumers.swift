import Foundation
import KGGraph
import KGTestSupport
import KGWriters

/// Runs the real consumers of GraphML and DOT output on what the writers produce.
enum GraphConsumers {
    /// The GraphML bytes of `graph`.
    static func graphML(_ graph: Graph, options: GraphMLWriter.Options = .init()) throws -> MemorySink {
        let sink = MemorySink()
        try GraphMLWriter(sink: sink, options: options).write(PropertyGraph(graph))
        return sink
    }

    /// `xmllint --schema` with the yFiles-extended GraphML schema on `bytes`, offline.
    static func validate(_ bytes: [UInt8]) throws -> ExternalTool.Result {
        try withFile(bytes, named: "graph.graphml") { path in
            try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", try GraphMLSchemas.yFilesExtended(), path])
        }
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

    /// `xmllint --schema` on GraphML, offline: the yFiles-extended schema, or the plain one.
    static func validate(_ sink: MemorySink, plain: Bool = false) throws -> ExternalTool.Result {
        if !plain { return try validate(sink.bytes) }
        return try withFile(sink.bytes, named: "graph.graphml") { path in
            try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", GraphMLSchemas.plain, path])
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

    /// What igraph's `Read_GraphML` made of a file.
    struct IGraphGraph: Decodable {
        let vertexCount: Int
        let edgeCount: Int
        /// Each vertex's attributes as igraph typed them (`str`, `float`, …), by the vertex's `iri`.
        let vertices: [String: [String: NetworkXGraph.Value]]
        let edgeLabels: [String]
    }

    private static let igraphScript = """
        import json, sys
        import igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        def typed(d):
            return {k: {"value": str(v), "type": type(v).__name__} for k, v in d.items() if v is not None}
        print(json.dumps({
            "vertexCount": g.vcount(), "edgeCount": g.ecount(),
            "vertices": {v["iri"]: typed(v.attributes()) for v in g.vs},
            "edgeLabels": [e["label"] for e in g.es],
        }))
        """

    /// Loads GraphML bytes with python-igraph's `Read_GraphML` (igraph's C reader).
    static func igraph(_ sink: MemorySink) throws -> IGraphGraph {
        let result = try withFile(sink.bytes, named: "graph.graphml") { path in
            try ExternalTool.python(igraphScript, arguments: [path], modules: ["igraph"])
        }
        guard result.status == 0 else { throw ConsumerFailure(tool: "igraph", output: result.stderr) }
        return try JSONDecoder().decode(IGraphGraph.self, from: Data(result.stdout.utf8))
    }

    /// What a node's and an edge's yFiles graphics say, as an XML parser reads them (yEd itself
    /// cannot run here).
    struct YFilesGraphics: Decodable {
        struct Node: Decodable {
            let label: String
            let fill: String
            let shape: String
            let geometry: [String: Double]
        }
        struct Edge: Decodable {
            let label: String
            let line: String
        }
        /// By the node's `label` data.
        let nodes: [String: Node]
        /// By the edge's `label` data, in document order.
        let edges: [Edge]
        let nodesWithoutGraphics: Int
    }

    private static let yFilesScript = """
        import json, sys
        import xml.etree.ElementTree as ET
        G = "{http://graphml.graphdrawing.org/xmlns}"
        Y = "{http://www.yworks.com/xml/graphml}"
        root = ET.parse(sys.argv[1]).getroot()
        keys = {k.get("id"): k.get("attr.name") for k in root.iter(G + "key")}
        def data(element):
            return {keys[d.get("key")]: d for d in element.findall(G + "data") if keys.get(d.get("key"))}
        nodes, edges, missing = {}, [], 0
        for node in root.iter(G + "node"):
            shape = node.find(f"{G}data/{Y}ShapeNode")
            if shape is None:
                missing += 1
                continue
            nodes[data(node)["label"].text] = {
                "label": shape.find(Y + "NodeLabel").text, "fill": shape.find(Y + "Fill").get("color"),
                "shape": shape.find(Y + "Shape").get("type"),
                "geometry": {k: float(v) for k, v in shape.find(Y + "Geometry").attrib.items()},
            }
        for edge in root.iter(G + "edge"):
            line = edge.find(f"{G}data/{Y}PolyLineEdge")
            edges.append({"label": line.find(Y + "EdgeLabel").text, "line": line.find(Y + "LineStyle").get("type")})
        print(json.dumps({"nodes": nodes, "edges": edges, "nodesWithoutGraphics": missing}))
        """

    /// Reads the yFiles graphics of GraphML bytes.
    static func yFilesGraphics(_ bytes: [UInt8]) throws -> YFilesGraphics {
        let result = try withFile(bytes, named: "graph.graphml") { path in
            try ExternalTool.python(yFilesScript, arguments: [path])
        }
        guard result.status == 0 else { throw ConsumerFailure(tool: "python xml.etree", output: result.stderr) }
        return try JSONDecoder().decode(YFilesGraphics.self, from: Data(result.stdout.utf8))
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
