import Foundation
import KGGraph
import KGTestSupport
import KGWriters

/// What the real consumers made of a folder of outputs (`graph.ttl`, `graph.nt`, `graph.graphml`,
/// `graph.dot`): every error they printed, and every string value each one read back.
struct ConsumerReport {
    /// The string values per consumer (see `Scripts/consumer_values.py`).
    struct Values: Decodable {
        let rdflib_ttl: [String]?
        let rdflib_nt: [String]?
        let oxigraph_ttl: [String]?
        let oxigraph_nt: [String]?
        let networkx: [String]?
        let svg: [String]?
        let isomorphic: Bool?
    }

    /// One line per consumer that refused a file: tool, file, status and its standard error.
    private(set) var failures: [String] = []
    /// The values of each folder, in the order given.
    private(set) var values: [Values] = []

    static let valuesScript = ProjectPaths.root
        .appendingPathComponent("Tests/RobustnessTests/Scripts/consumer_values.py").path

    /// Writes `graph` in every format into `folder` (created), as `kgx export` names the files.
    static func write(_ graph: Graph, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in ExportFormat.singleFile {
            let sink = MemorySink()
            try format.write(graph, to: sink, prefixes: .standard())
            try Data(sink.bytes).write(to: folder.appendingPathComponent("graph." + format.fileExtension))
        }
    }

    /// Runs serdi and rapper (Turtle, N-Triples), xmllint against the GraphML schema and `dot -Tsvg`
    /// on every folder, then the Python consumers (rdflib, pyoxigraph, NetworkX, the SVG text) once
    /// for all of them. Files a folder lacks are not checked.
    /// - Parameter rapper: false to leave out rapper, which rejects the noncharacters U+FFFE and
    ///   U+FFFF even written as the `\\uFFFE` escape the RDF grammars allow ("illegal Unicode character").
    init(folders: [URL], rapper: Bool = true) throws {
        var graphMLFiles: [String] = []
        for folder in folders {
            let file = { (name: String) -> String? in
                let path = folder.appendingPathComponent(name).path
                return FileManager.default.fileExists(atPath: path) ? path : nil
            }
            if let ttl = file("graph.ttl") {
                try check("serdi", ["-i", "turtle", "-o", "ntriples", ttl], file: ttl)
                if rapper { try check("rapper", ["-q", "-i", "turtle", "-o", "ntriples", ttl], file: ttl) }
            }
            if let nt = file("graph.nt") {
                try check("serdi", ["-i", "ntriples", "-o", "ntriples", nt], file: nt)
                if rapper { try check("rapper", ["-q", "-i", "ntriples", "-o", "ntriples", nt], file: nt) }
            }
            if let graphML = file("graph.graphml") { graphMLFiles.append(graphML) }
            if let dot = file("graph.dot") {
                try check("dot", ["-Tsvg", dot, "-o", folder.appendingPathComponent("graph.svg").path], file: dot)
            }
        }
        if !graphMLFiles.isEmpty {
            try check("xmllint", ["--nonet", "--noout", "--schema", try GraphMLSchemas.yFilesExtended()] + graphMLFiles,
                      file: "\(graphMLFiles.count) GraphML file(s)")
        }
        let python = try ExternalTool.python(
            "import runpy, sys, json, io, contextlib\n"
                + "out = []\n"
                + "for folder in sys.argv[1:]:\n"
                + "    buffer = io.StringIO()\n"
                + "    sys.argv = ['consumer_values.py', folder]\n"
                + "    with contextlib.redirect_stdout(buffer):\n"
                + "        runpy.run_path(\(Self.pythonString(Self.valuesScript)), run_name='__main__')\n"
                + "    out.append(json.loads(buffer.getvalue()))\n"
                + "json.dump(out, sys.stdout)\n",
            arguments: folders.map(\.path), modules: ["rdflib", "pyoxigraph", "networkx"])
        guard python.status == 0 else {
            failures.append("Python consumers: status \(python.status): \(python.stderr)")
            return
        }
        values = try JSONDecoder().decode([Values].self, from: Data(python.stdout.utf8))
    }

    private mutating func check(_ tool: String, _ arguments: [String], file: String) throws {
        let result = try ExternalTool.run(tool, arguments)
        // xmllint reports success as "<file> validates" on standard error.
        let complaint = result.stderr.split(separator: "\n").filter { !$0.isEmpty && !$0.hasSuffix(" validates") }
        if result.status != 0 || !complaint.isEmpty {
            failures.append("\(tool) \(file): status \(result.status): \(complaint.prefix(3).joined(separator: " | "))")
        }
    }

    private static func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
