import Foundation
import KGTestSupport
import KGWriters
import Testing

/// A folder export appears whole or not at all, and replaces the previous one entirely.
@Suite("Atomic output folders")
struct AtomicFolderTests {
    private static func write(_ files: [String: String], to folder: AtomicFolder) throws {
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let sink = try folder.file(named: name)
            try sink.write(text)
        }
    }

    private static func contents(_ url: URL) throws -> [String: String] {
        var contents: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            contents[name] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        }
        return contents
    }

    @Test("a commit replaces the previous folder: its stale files go, nothing hidden is left beside it")
    func commitReplacesPreviousFolder() throws {
        let parent = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let path = parent.appendingPathComponent("graph-csv")
        let first = try AtomicFolder(path: path.path)
        try Self.write(["nodes-Old.csv": "old\n", "kuzu.cypher": "first\n"], to: first)
        #expect(!FileManager.default.fileExists(atPath: path.path))
        try first.commit()
        let second = try AtomicFolder(path: path.path)
        try Self.write(["nodes-New.csv": "new\n", "kuzu.cypher": "second\n"], to: second)
        #expect(try Self.contents(path) == ["nodes-Old.csv": "old\n", "kuzu.cypher": "first\n"])
        try second.commit()
        #expect(try Self.contents(path) == ["nodes-New.csv": "new\n", "kuzu.cypher": "second\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["graph-csv"])
    }

    @Test("a folder never committed is removed and leaves the previous one untouched")
    func discardLeavesPreviousFolder() throws {
        let parent = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let path = parent.appendingPathComponent("graph-csv")
        let first = try AtomicFolder(path: path.path)
        try Self.write(["a.csv": "kept\n"], to: first)
        try first.commit()
        let failed = try AtomicFolder(path: path.path)
        try Self.write(["a.csv": "partial", "b.csv": "partial"], to: failed)
        failed.discard()
        #expect(try Self.contents(path) == ["a.csv": "kept\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["graph-csv"])
    }

    @Test("a file name taken twice in one folder is refused")
    func duplicateFileIsRefused() throws {
        let parent = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = try AtomicFolder(path: parent.appendingPathComponent("out").path)
        _ = try folder.file(named: "a.csv")
        #expect(throws: SinkError.self) { try folder.file(named: "a.csv") }
        folder.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }
}
