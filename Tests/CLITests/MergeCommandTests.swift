import Foundation
import KGTestSupport
import Testing

/// `kgx merge` of sorted shards, as a user runs it.
@Suite("Merging sorted shards")
struct MergeCommandTests {
    @Test("shards of exports/graph.nt merge back into it byte for byte; an unsorted shard writes nothing")
    func mergeShards() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try String(contentsOf: ProjectPaths.exports.appendingPathComponent("graph.nt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // Three interleaved shards, each sorted (a subsequence of a sorted file), the last two overlapping.
        let shards = [0, 1, 2].map { shard in lines.enumerated().filter { $0.offset % 3 == shard || ($0.offset % 5 == 0 && shard > 0) }.map(\.element) }
        let paths = try shards.enumerated().map { index, shard in
            let path = folder.appendingPathComponent("shard\(index).nt")
            try Data((shard.joined(separator: "\n") + "\n").utf8).write(to: path)
            return path.path
        }
        let out = folder.appendingPathComponent("merged.nt")
        let result = try KGXCommand.run(["merge"] + paths + ["--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: out) == Data(contentsOf: ProjectPaths.exports.appendingPathComponent("graph.nt")))

        let unsorted = folder.appendingPathComponent("unsorted.nt")
        try Data((shards[0].reversed().joined(separator: "\n") + "\n").utf8).write(to: unsorted)
        let refused = folder.appendingPathComponent("refused.nt")
        let failure = try KGXCommand.run(["merge", paths[1], unsorted.path, "--out", refused.path])
        #expect(failure.status == 1)
        #expect(failure.stderr.contains("unsorted.nt: triple 2 sorts before the one preceding it"))
        #expect(!FileManager.default.fileExists(atPath: refused.path))
    }
}
