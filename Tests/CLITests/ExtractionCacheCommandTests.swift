import Foundation
import KGTestSupport
import Testing

/// `kgx export --cache` and `kgx extract` as a user runs them: warnings, exit statuses, concurrent runs,
/// and a sharded run under GNU parallel.
@Suite("Extraction cache on the command line")
struct ExtractionCacheCommandTests {
    /// The seeds and the development corpus, 67 articles.
    static let inputs = ["seeds", "Tests/Corpus/articles"]
    static let formats = ["--format", "ttl", "nt", "graphml", "dot", "jsonld", "nq", "csv"]

    /// The outputs of a plain export of `inputs` into `out`.
    static func export(_ arguments: [String] = [], into out: URL) throws -> ExternalTool.Result {
        let result = try KGXCommand.run(["export"] + inputs + ["--out", out.path] + formats + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test("--help of extract explains shards and merging caches", arguments: [["extract"], ["export"]])
    func help(_ command: [String]) throws {
        let result = try KGXCommand.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--cache"))
        if command == ["extract"] { #expect(result.stdout.contains("merge by copying")) }
    }

    @Test("damaged entries are reported by count; a second run reads them all")
    func damagedEntriesAreReported() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        _ = try Self.export(["--cache", cache.path], into: folder.appendingPathComponent("cold"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted().map { cache.appendingPathComponent($0) }
        #expect(entries.count == 67)
        try Data().write(to: entries[0])
        try Data(try Data(contentsOf: entries[1]).dropLast(7)).write(to: entries[1])
        let warm = try Self.export(["--cache", cache.path], into: folder.appendingPathComponent("warm"))
        #expect(warm.stderr.contains("warning: 2 damaged cache entries in \(cache.path) recomputed"), "\(warm.stderr)")
        #expect(warm.stderr.contains("65 article(s) read from it, 2 extracted and stored"), "\(warm.stderr)")
        #expect(try folderContents(folder.appendingPathComponent("warm")) == folderContents(folder.appendingPathComponent("cold")))
    }

    @Test("kgx extract: nothing readable exits 1, a skipped article exits 2, and writes no graph")
    func extractExitStatuses() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache").path
        let missing = try KGXCommand.run(["extract", "/nonexistent/articles", "--cache", cache])
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/articles"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let empty = try KGXCommand.run(["extract", folder.appendingPathComponent("empty.txt").path, "--cache", cache])
        #expect(empty.status == 1 && empty.stderr.contains("empty.txt"))
        let mixed = try KGXCommand.run(["extract", "seeds", folder.appendingPathComponent("empty.txt").path, "--cache", cache])
        #expect(mixed.status == 2, "\(mixed.stderr)")
        #expect(mixed.stderr.contains("skipped") && mixed.stderr.contains("0 article(s) read from it, 5 extracted and stored"), "\(mixed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".kgxc") }.count == 5)
        #expect(try KGXCommand.run(["extract", "--cache", cache]).status == 64)
        #expect(try KGXCommand.run(["extract", "seeds"]).status == 64)
    }

    @Test("two exports sharing a cold cache at once both write the outputs of a run without it")
    func concurrentRuns() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache").path
        let executable = try KGXCommand.executable
        let runs = (0..<2).map { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.currentDirectoryURL = ProjectPaths.root
            process.arguments = ["export"] + Self.inputs + ["--out", folder.appendingPathComponent("out\(index)").path, "--cache", cache, "-q"] + Self.formats
            let errors = Pipe()
            process.standardError = errors
            return (process, errors)
        }
        for (process, _) in runs { try process.run() }
        for (process, errors) in runs {
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr)")
            #expect(!stderr.contains("damaged"), "\(stderr)")
        }
        let plain = folder.appendingPathComponent("plain")
        _ = try Self.export(into: plain)
        let reference = try folderContents(plain)
        #expect(try folderContents(folder.appendingPathComponent("out0")) == reference)
        #expect(try folderContents(folder.appendingPathComponent("out1")) == reference)
        let warm = try Self.export(["--cache", cache], into: folder.appendingPathComponent("warm"))
        #expect(warm.stderr.contains("67 article(s) read from it, 0 extracted"), "\(warm.stderr)")
    }

    @Test("four shards extracted under GNU parallel, then one export: byte-identical to a single run")
    func shardsUnderGNUParallel() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache").path
        let articles = try Self.articlePaths()
        #expect(articles.count == 67)
        // The article list on parallel's standard input, cut into 4 blocks of whole lines, each piped to one `kgx extract`.
        let list = Data((articles.joined(separator: "\n") + "\n").utf8)
        let sharded = try ExternalTool.run("parallel", ["--pipe", "-N", "17", "--jobs", "4", "--halt", "now,fail=1",
                                                        try KGXCommand.executable, "extract", "--paths-from", "-", "--cache", cache, "--jobs", "1"],
                                           input: list, currentDirectory: ProjectPaths.root)
        #expect(sharded.status == 0, "\(sharded.stderr)")
        #expect(sharded.stderr.components(separatedBy: "extracted and stored").count == 5, "one summary per shard: \(sharded.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".kgxc") }.count == 67)

        let merged = try Self.export(["--cache", cache], into: folder.appendingPathComponent("merged"))
        #expect(merged.stderr.contains("67 article(s) read from it, 0 extracted and stored"), "\(merged.stderr)")
        let single = folder.appendingPathComponent("single")
        _ = try Self.export(into: single)
        let singleOutputs = try folderContents(single)
        #expect(singleOutputs.keys.contains("graph.nt"))
        #expect(try folderContents(folder.appendingPathComponent("merged")) == singleOutputs)
    }

    /// The articles of `inputs`, relative to the package root, in reading order.
    static func articlePaths() throws -> [String] {
        try inputs.flatMap { input in
            try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.root.appendingPathComponent(input).path)
                .filter { $0.hasSuffix(".txt") }.sorted().map { input + "/" + $0 }
        }
    }
}
