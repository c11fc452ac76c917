import ArgumentParser
import KGGraph
import KGWriters

/// `kgx convert`: re-export (or merge) N-Triples in any output format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read N-Triples and write Turtle, N-Triples, GraphML, DOT, JSON-LD, N-Quads or the CSV folder.",
        discussion: """
            Several inputs are merged into one graph (a set union), which is how the outputs of \
            separate runs over disjoint sets of articles are combined.
            """
    )

    @Argument(help: "N-Triples files to read.")
    var inputs: [String]

    @Option(help: "Output format: ttl, nt, graphml, dot, jsonld, nq or csv (a folder: needs --out).")
    var to: ExportFormat

    @Option(name: .shortAndLong, help: "The output file, or folder for csv (default: standard output).")
    var out: String?

    @Option(help: "Base IRI of the resources, for Turtle prefixes.")
    var base: String = Namespace.defaultResourceBase

    @Flag(help: "GraphML without yEd's graphics data, valid against the plain GraphML schema.")
    var plainGraphml = false

    func run() throws {
        Interruption.install()
        LargeAllocations.returnToSystemWhenFreed()
        var graph = InternedGraph()
        for input in inputs {
            do {
                try graph.read(contentsOf: input)
            } catch {
                report("\(input): \(error)")
                throw ExitStatus.failure
            }
        }
        graph.sort()
        let prefixes = PrefixMap.standard(minter: IRIMinter(base: base))
        let graphML = GraphMLWriter.Options(yFilesGraphics: !plainGraphml)
        do {
            if to.isFolder {
                guard let out else { throw ValidationError("--to \(to.rawValue) writes a folder of files: name it with --out") }
                let folder = try AtomicFolder(path: out)
                try to.write(graph, into: folder)
                try folder.commit()
            } else if let out {
                try OutputTarget.write(to: out) { try to.write(graph, to: $0, prefixes: prefixes, graphML: graphML) }
            } else {
                try to.write(graph, to: FileDescriptorSink.standardOutput(), prefixes: prefixes, graphML: graphML)
            }
        } catch {
            report("\(error)")
            throw ExitStatus.failure
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
