import Foundation
import KGTestSupport
import Testing

/// The command line as a user meets it: help, errors, exit statuses, partial failures.
@Suite("Command line")
struct CommandLineTests {
    @Test("--help works on every command", arguments: [[], ["export"], ["convert"], ["merge"], ["extract"], ["evaluate"]])
    func help(_ command: [String]) throws {
        let result = try KGXCommand.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
    }

    @Test("a missing input folder is an error naming it, and nothing is written")
    func missingInput() throws {
        let out = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try KGXCommand.run(["export", "/nonexistent/articles", "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/articles"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test("empty and binary articles are skipped by name, the rest exported, exit 2")
    func badArticlesAreSkipped() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data().write(to: input.appendingPathComponent("a_empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: input.appendingPathComponent("b_binary.txt"))
        try Data("Chile and Germany signed a memorandum of understanding on lithium.".utf8)
            .write(to: input.appendingPathComponent("c_good.txt"))
        let result = try KGXCommand.run(["export", input.path, "--out", out.path, "--format", "nt"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("a_empty.txt"))
        #expect(result.stderr.contains("b_binary.txt"))
        let nt = try String(contentsOf: out.appendingPathComponent("graph.nt"), encoding: .utf8)
        #expect(nt.contains("lithium"))
    }

    @Test("a broken link inside a folder is reported by name, not silently dropped")
    func brokenLinkInFolder() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Peru and Canada signed a memorandum of understanding on copper.".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b_dangling.txt").path,
                                                   withDestinationPath: "/nonexistent/target")
        let result = try KGXCommand.run(["export", folder.path, "--out", folder.appendingPathComponent("out").path,
                                         "--format", "nt"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("b_dangling.txt"))
    }

    @Test("a folder with no articles is an error")
    func folderWithoutArticles() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KGXCommand.run(["export", folder.path, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no *.txt"))
    }

    @Test("an article on standard input, --format picking one output")
    func standardInput() throws {
        let out = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let article = Data("Canberra, March 4, 2024 – Australia and Japan signed an agreement on rare earths.".utf8)
        let result = try KGXCommand.run(["export", "-", "--out", out.path, "--format", "ttl"], input: article)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["graph.ttl"])
    }

    @Test("an unwritable output leaves earlier exports untouched")
    func unwritableOutputKeepsEarlierExports() throws {
        let out = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try #require(try KGXCommand.run(["export", "seeds", "--out", out.path, "-q", "--format", "nt"]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("graph.nt"))
        chmod(out.path, 0o555)
        defer { chmod(out.path, 0o755) }
        // Root ignores permission bits; only assert when the folder really is read-only.
        guard access(out.path, W_OK) != 0 else { return }
        let result = try KGXCommand.run(["export", "seeds", "--out", out.path, "--format", "nt"])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: out.appendingPathComponent("graph.nt")) == before)
    }

    @Test("a full disk on standard output is an error, not silence")
    func fullDisk() throws {
        let nt = ProjectPaths.exports.appendingPathComponent("graph.nt").path
        let result = try ExternalTool.run("sh", ["-c", "\"$0\" convert \"$1\" --to ttl > /dev/full", try KGXCommand.executable, nt])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No space left"))
    }

    @Test("convert round-trips the exported N-Triples byte for byte")
    func convertRoundTrip() throws {
        let nt = ProjectPaths.exports.appendingPathComponent("graph.nt")
        let result = try KGXCommand.run(["convert", nt.path, "--to", "nt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try String(contentsOf: nt, encoding: .utf8)))
    }

    @Test("convert --to csv writes the folder kgx export writes, and needs --out")
    func convertToCSVFolder() throws {
        let out = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let nt = ProjectPaths.exports.appendingPathComponent("graph.nt").path
        let result = try KGXCommand.run(["convert", nt, "--to", "csv", "--out", out.appendingPathComponent("graph-csv").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try ExportsTests.csvFiles(in: out) == ExportsTests.csvFiles(in: ProjectPaths.exports))
        let withoutFolder = try KGXCommand.run(["convert", nt, "--to", "csv"])
        #expect(withoutFolder.status == 1)
        #expect(withoutFolder.stderr.contains("--out"), "\(withoutFolder.stderr)")
        #expect(withoutFolder.stdout.isEmpty)
    }
}
