import ArgumentParser
import KGGraph
import KGWriters

/// `kgx convert`: re-export (or merge) N-Triples in any output format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read N-Triples and write Turtle, N-Triples, GraphML, DOT, JSON-LD or N-Quads.",
        discussion: """
            Several inputs are merged into one graph (a set union), which is how the outputs of \
            separate runs over disjoint sets of articles are combined.
            """
    )

    @Argument(help: "N-Triples files to read.")
    var inputs: [String]

    @Option(help: "Output format: ttl, nt, graphml, dot, jsonld or nq.")
    var to: ExportFormat

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var out: String?

    @Option(help: "Base IRI of the resources, for Turtle prefixes.")
    var base: String = Namespace.defaultResourceBase

    func run() throws {
        Interruption.install()
        var graph = InternedGraph()
        for input in inputs {
            do {
                try graph.read(contentsOf: input)
            } catch {
                report("\(input): \(error)")
                throw ExitStatus.failure
            }
        }
        let prefixes = PrefixMap.standard(minter: IRIMinter(base: base))
        do {
            if let out {
                try OutputTarget.write(to: out) { try to.write(graph, to: $0, prefixes: prefixes) }
            } else {
                try to.write(graph, to: FileDescriptorSink.standardOutput(), prefixes: prefixes)
            }
        } catch {
            report("\(error)")
            throw ExitStatus.failure
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
