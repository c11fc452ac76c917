import Foundation
import KGTestSupport
import Testing

/// `kgx` against hostile input and failures part-way: every case ends with a message on standard
/// error naming the file, the exit status `kgx --help` documents (0 ok, 1 error and nothing
/// written, 2 written with some articles skipped), earlier exports untouched and no temporary
/// file left behind.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    static let good = "Canberra, March 4, 2024 – Australia and Japan signed a memorandum of understanding on rare earths."

    /// A fresh folder with `files` (relative path → bytes) under `in/`, removed by the caller.
    static func corpus(_ files: [String: [UInt8]]) throws -> URL {
        let folder = try ProjectPaths.temporaryFolder()
        for (name, bytes) in files {
            let file = folder.appendingPathComponent("in/" + name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        return folder
    }

    /// Every file below `folder`, hidden ones included, as relative paths.
    static func listing(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    /// Temporary output files (`.graph.nt.tmp-XXXXXX`) anywhere below `folder`.
    static func leftovers(_ folder: URL) -> [String] {
        listing(folder).filter { $0.contains(".tmp-") }
    }

    // MARK: Bad input

    @Test("an input that names no article is an error naming it; nothing is written", arguments: [
        "missing", "empty-folder", "folder.txt", "broken-link.txt",
    ])
    func inputWithoutArticles(kind: String) throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(kind)
        switch kind {
        case "empty-folder", "folder.txt": try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        case "broken-link.txt": try FileManager.default.createSymbolicLink(atPath: input.path, withDestinationPath: "/nonexistent/target")
        default: break
        }
        let out = folder.appendingPathComponent("out")
        let result = try KGXCommand.run(["export", input.path, "--out", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains(input.path), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("bad articles are skipped by name, odd encodings decoded with a warning, the rest exported: exit 2")
    func mixedCorpus() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Tokyo – Japan and India agreed to cooperate on cobalt.".utf16)
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let latin1: [UInt8] = Array("S".utf8) + [0xE3] + Array("o Paulo ".utf8) + [0x96]
            + Array(" Brazil and Portugal signed an MoU on niobium.".utf8)
        let damaged: [UInt8] = Array("Café ".utf8) + [0xC3, 0x28] + Array(" Chile and Peru signed an MoU on copper.".utf8)
        let files: [String: [UInt8]] = [
            "a_empty.txt": [],
            "b_blank.txt": Array(" \r\n\t \n".utf8),
            "c_binary.txt": [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00],
            "d_latin1.txt": latin1,
            "e_utf16.txt": utf16,
            "f_damaged.txt": damaged,
            "g_crlf.txt": Array("Headline\r\n\r\nCanberra, March 4, 2024 – Australia and Japan signed an MoU on lithium.\r\n".utf8),
            "h_cr.txt": Array("Headline\r\rGermany and Chile signed an MoU on copper.\r".utf8),
            "i_nfd.txt": Array("Ko\u{308}ln – Germany and Co\u{302}te d’Ivoire signed an MoU on manganese.".utf8),
            "j_good.txt": Array(Self.good.utf8),
            "k_dir.txt/inner.txt": Array(Self.good.utf8),
        ]
        let folder = try Self.corpus(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let unreadable = folder.appendingPathComponent("in/l_unreadable.txt")
        try Data(Self.good.utf8).write(to: unreadable)
        chmod(unreadable.path, 0o000)
        // Root reads through permission bits: only then is the file really unreadable.
        let unreadableApplies = access(unreadable.path, R_OK) != 0
        let out = folder.appendingPathComponent("out")
        let result = try KGXCommand.run(["export", folder.appendingPathComponent("in").path, "--out", out.path, "--format", "nt"])
        #expect(result.status == 2, "\(result.stderr)")
        var skippedFiles = ["a_empty.txt: the file is empty", "b_blank.txt: the file holds only whitespace",
                            "c_binary.txt: the file is binary"]
        if unreadableApplies { skippedFiles.append("l_unreadable.txt: cannot read") }
        for skipped in skippedFiles {
            #expect(result.stderr.contains("skipped " + skipped), "\(result.stderr)")
        }
        #expect(result.stderr.contains("warning: d_latin1.txt: not valid UTF-8; decoded as Windows-1252"), "\(result.stderr)")
        #expect(result.stderr.contains("warning: f_damaged.txt: 1 invalid UTF-8 sequence(s) replaced by U+FFFD"), "\(result.stderr)")
        let nt = try String(contentsOf: out.appendingPathComponent("graph.nt"), encoding: .utf8)
        for expected in ["São Paulo", "cobalt", "Café \u{FFFD}(", "Köln", "\"i_nfd.txt\"", "\"k_dir.txt\"", "\"inner.txt\""] {
            #expect(nt.contains(expected) == (expected != "\"k_dir.txt\""), "graph.nt and \(expected)")
        }
        #expect(!nt.contains("\r"))
        #expect(Self.leftovers(out).isEmpty)
    }

    @Test("2,000 small articles export in one run")
    func manySmallFiles() throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<2_000 {
            files[String(format: "%02d/article_%04d.txt", index % 20, index)] = Array("Article \(index). \(Self.good)".utf8)
        }
        let folder = try Self.corpus(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try KGXCommand.run(["export", folder.appendingPathComponent("in").path, "--out", out.path, "-q", "--format", "nt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.listing(out) == ["graph.nt"])
    }

    // MARK: Failures part-way

    @Test("a missing output folder is created, parents included")
    func missingOutputFolderIsCreated() throws {
        let folder = try Self.corpus(["a.txt": Array(Self.good.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("new/deeper/out")
        let result = try KGXCommand.run(["export", folder.appendingPathComponent("in").path, "--out", out.path, "--format", "ttl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.listing(out) == ["graph.ttl"])
    }

    @Test("an output folder under a regular file is an error naming it, exit 1")
    func outputUnderAFile() throws {
        let folder = try Self.corpus(["a.txt": Array(Self.good.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("somefile")
        try Data("not a folder".utf8).write(to: file)
        let out = file.appendingPathComponent("sub").path
        let result = try KGXCommand.run(["export", folder.appendingPathComponent("in").path, "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot create output folder \(out)"), "\(result.stderr)")
        #expect(try Data(contentsOf: file) == Data("not a folder".utf8))
    }

    /// Runs `body` with a fresh tmpfs of `size` mounted at a temporary folder (tests run as root).
    static func withTmpfs(size: String, options: String = "", _ body: (URL) throws -> Void) throws {
        let mountPoint = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        let mount = try ExternalTool.run("mount", ["-t", "tmpfs", "-o", "size=\(size)" + options, "tmpfs", mountPoint.path])
        try #require(mount.status == 0, "cannot mount a tmpfs: \(mount.stderr)")
        defer { _ = try? ExternalTool.run("umount", [mountPoint.path]) }
        try body(mountPoint)
    }

    @Test("a full disk mid-export: exit 1 naming the file, earlier exports untouched, no temporary file left")
    func fullDisk() throws {
        try Self.withTmpfs(size: "64k") { disk in
            let out = disk.appendingPathComponent("out")
            let small = try Self.corpus(["a.txt": Array(Self.good.utf8)])
            defer { try? FileManager.default.removeItem(at: small) }
            let first = try KGXCommand.run(["export", small.appendingPathComponent("in").path, "--out", out.path, "-q", "--format", "nt", "ttl"])
            try #require(first.status == 0, "\(first.stderr)")
            let before = try Self.listing(out).map { try Data(contentsOf: out.appendingPathComponent($0)) }
            let result = try KGXCommand.run(["export", "seeds", "--out", out.path, "--format", "nt", "ttl", "graphml", "dot"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
            #expect(result.stderr.contains(out.path), "\(result.stderr)")
            #expect(Self.listing(out) == ["graph.nt", "graph.ttl"])
            #expect(try Self.listing(out).map { try Data(contentsOf: out.appendingPathComponent($0)) } == before)
        }
    }

    @Test("a full disk mid-export keeps the earlier graph-csv folder whole, with no temporary folder left")
    func fullDiskKeepsCSVFolder() throws {
        try Self.withTmpfs(size: "64k") { disk in
            let out = disk.appendingPathComponent("out")
            let small = try Self.corpus(["a.txt": Array(Self.good.utf8)])
            defer { try? FileManager.default.removeItem(at: small) }
            let first = try KGXCommand.run(["export", small.appendingPathComponent("in").path, "--out", out.path, "-q", "--format", "csv"])
            try #require(first.status == 0, "\(first.stderr)")
            let before = try Self.listing(out).filter { $0.hasSuffix(".csv") }.map { try Data(contentsOf: out.appendingPathComponent($0)) }
            let listed = Self.listing(out)
            try #require(listed.contains("graph-csv/kuzu.cypher"), "\(listed)")
            let result = try KGXCommand.run(["export", "seeds", "--out", out.path, "--format", "csv", "nt", "ttl", "graphml", "dot"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
            #expect(Self.listing(out) == listed)
            #expect(try Self.listing(out).filter { $0.hasSuffix(".csv") }.map { try Data(contentsOf: out.appendingPathComponent($0)) } == before)
        }
    }

    @Test("a read-only output file system: exit 1 naming the file, nothing left behind")
    func readOnlyFileSystem() throws {
        try Self.withTmpfs(size: "1m", options: ",ro") { disk in
            let result = try KGXCommand.run(["export", "seeds", "--out", disk.path, "--format", "nt"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("Read-only file system"), "\(result.stderr)")
            #expect(Self.listing(disk).isEmpty)
        }
    }

    @Test("convert --out to a full device fails with exit 1 and the reason, and leaves the device a device")
    func convertToFullDevice() throws {
        // A private copy of /dev/full (same device numbers), so a regression cannot replace the real one.
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let device = folder.appendingPathComponent("full").path
        let made = try ExternalTool.run("mknod", ["-m", "666", device, "c", "1", "7"])
        try #require(made.status == 0, "mknod failed: \(made.stderr)")
        let result = try KGXCommand.run(["convert", "exports/graph.nt", "--to", "ttl", "--out", device])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write \(device): No space left on device"), "\(result.stderr)")
        // Before the fix, the temporary file was renamed over the device node, replacing it.
        var status = stat()
        #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "the device became a regular file")
    }

    @Test("SIGINT or SIGTERM while writing: no partial file under a final name, no temporary file left",
          arguments: [SIGINT, SIGTERM])
    func interrupted(signal: Int32) throws {
        // Enough articles for the SVG rendering to take a while: the signal lands while outputs are written.
        var files: [String: [UInt8]] = [:]
        let seeds = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.seeds.path)
        for copy in 0..<60 {
            for seed in seeds {
                files["\(copy)_\(seed)"] = Array(try Data(contentsOf: ProjectPaths.seeds.appendingPathComponent(seed)))
            }
        }
        let folder = try Self.corpus(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let earlier = Data("earlier good export\n".utf8)
        try earlier.write(to: out.appendingPathComponent("graph.nt"))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KGXCommand.executable)
        process.arguments = ["export", folder.appendingPathComponent("in").path, "--out", out.path, "-q"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first temporary output file, then interrupt.
        let deadline = Date().addingTimeInterval(120)
        while Self.leftovers(out).isEmpty && process.isRunning && Date() < deadline { usleep(2_000) }
        let caughtWriting = !Self.leftovers(out).isEmpty
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        try #require(caughtWriting, "the run ended before it wrote anything: use a bigger corpus")
        #expect(process.terminationStatus == 128 + signal)
        #expect(Self.listing(out) == ["graph.nt"], "\(Self.listing(out))")
        #expect(try Data(contentsOf: out.appendingPathComponent("graph.nt")) == earlier)
        // The Graphviz child rendering graph.svg must not outlive the run.
        usleep(200_000)
        let orphans = try ExternalTool.run("pgrep", ["-f", out.path])
        #expect(orphans.stdout.isEmpty, "still running: \(orphans.stdout)")
    }
}
