import ArgumentParser
import KGWriters

/// `kgx merge`: sorted N-Triples shards in, one sorted N-Triples file out, in constant memory.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge sorted N-Triples files (as kgx writes them) into one, in constant memory.",
        discussion: """
            Each input must be sorted in triple order, as every graph.nt kgx writes is; the output \
            is the same file `kgx convert INPUTS --to nt` writes, but memory holds one chunk of each \
            input rather than the whole graph, so shards larger than memory merge. An unsorted input \
            stops the merge with an error naming it, and nothing is written.
            """
    )

    @Argument(help: "Sorted N-Triples files to merge.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var out: String?

    func run() throws {
        Interruption.install()
        do {
            if let out {
                try OutputTarget.write(to: out) { try NTriplesMerge.merge(inputs, into: NTriplesWriter(sink: $0)) }
            } else {
                try NTriplesMerge.merge(inputs, into: NTriplesWriter(sink: FileDescriptorSink.standardOutput()))
            }
        } catch {
            report("\(error)")
            throw ExitStatus.failure
        }
    }
}
