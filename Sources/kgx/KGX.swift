import ArgumentParser

/// The `kgx` command: news articles in, a knowledge graph out.
@main
struct KGX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgx",
        abstract: "Builds a knowledge graph of critical-minerals cooperation from news articles.",
        discussion: """
            With no arguments, reads the articles in seeds/ and writes exports/graph.ttl, graph.nt, \
            graph.jsonld, graph.nq, graph.graphml, graph.dot (and graph.svg when Graphviz is \
            installed) and the CSV folder graph-csv/.

            Exit status: 0 success; 1 error, nothing written (missing input, no readable article, \
            output not writable, interrupted); 2 outputs written but some articles were skipped \
            (each named on standard error); 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [ExportCommand.self, ExtractCommand.self, ConvertCommand.self, MergeCommand.self, EvaluateCommand.self],
        defaultSubcommand: ExportCommand.self
    )

    /// Runs the command. Once a signal has arrived, the run neither fails nor succeeds on its own:
    /// the exit is left to the signal handler, so the status is always 128 + the signal (see `Interruption`).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            Interruption.yieldToHandler()
        } catch {
            Interruption.yieldToHandler()
            exit(withError: error)
        }
    }
}
