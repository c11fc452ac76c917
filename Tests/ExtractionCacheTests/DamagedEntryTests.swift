import Foundation
import KGTestSupport
import Testing

/// A damaged cache entry is detected, recomputed and reported, never trusted.
@Suite("Damaged cache entries")
struct DamagedEntryTests {
    /// Ways an entry is damaged, each applied to its own entry. Offsets follow `ExtractionCacheEntry`'s header:
    /// magic 0..<4, version 4..<8, key 8..<40, payload length 40..<48, payload digest 48..<80, payload 80...
    static let damages: [(name: String, apply: @Sendable (inout Data) -> Void)] = [
        ("truncated to half", { $0 = $0.prefix($0.count / 2) }),
        ("truncated by one byte", { $0 = $0.dropLast() }),
        ("truncated inside the header", { $0 = $0.prefix(30) }),
        ("zero length", { $0 = Data() }),
        ("garbage of the same length", { data in data = Data((0..<data.count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }) }),
        ("magic byte flipped", { $0[1] ^= 0x01 }),
        ("version byte flipped", { $0[4] ^= 0x02 }),
        ("key byte flipped", { $0[20] ^= 0x80 }),
        ("length byte flipped", { $0[40] ^= 0x01 }),
        ("digest byte flipped", { $0[60] ^= 0x10 }),
        ("first payload byte flipped", { $0[80] ^= 0x01 }),
        ("middle payload byte flipped", { $0[$0.count / 2 + 40] ^= 0x40 }),
        ("last payload byte flipped", { $0[$0.count - 1] ^= 0x04 }),
        ("one byte appended", { $0.append(0) }),
    ]

    @Test("truncated, flipped, garbage and empty entries are recomputed; the outputs stay byte-identical")
    func damagedEntries() throws {
        let reference = try ExtractionCacheTests.reference.get()
        let count = CacheFixture.articles.count
        let cache = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        _ = try CacheFixture.run(cacheFolder: cache)
        let entries = try CacheFixture.entries(of: cache)
        for (entry, damage) in zip(entries, Self.damages) {
            var bytes = try Data(contentsOf: entry)
            damage.apply(&bytes)
            try bytes.write(to: entry)
        }
        // Another article's entry filed under this one's name: whole and well-formed, but not this article's.
        try FileManager.default.removeItem(at: entries[Self.damages.count])
        try FileManager.default.copyItem(at: entries[Self.damages.count + 1], to: entries[Self.damages.count])
        let damagedCount = Self.damages.count + 1

        let repaired = try CacheFixture.run(cacheFolder: cache)
        #expect(repaired.files == reference.files)
        #expect(repaired.statistics?.damaged == damagedCount)
        #expect(repaired.statistics?.hits == count - damagedCount && repaired.statistics?.extracted == damagedCount)
        #expect(repaired.warnings == ["\(damagedCount) damaged cache entries in \(cache.path) recomputed"])

        // The recomputed entries were written back whole.
        let again = try CacheFixture.run(cacheFolder: cache)
        #expect(again.statistics?.hits == count && again.statistics?.damaged == 0)
        #expect(again.files == reference.files)
    }

    @Test("an unwritable cache folder is reported and the outputs are still written whole")
    func unwritableFolder() throws {
        let cache = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        // Permissions do not stop root, so the folder is replaced by a plain file once the cache has opened it.
        let articles = Array(CacheFixture.articles.prefix(3))
        let blocked = cache.appendingPathComponent("blocked")
        let run = try CacheFixture.run(articles: articles, cacheFolder: blocked) { folder in
            try FileManager.default.removeItem(at: folder)
            try Data("not a folder".utf8).write(to: folder)
        }
        #expect(run.statistics?.unwritable == 3)
        #expect(run.warnings == ["3 cache entries could not be written to \(blocked.path)"])
        #expect(run.files == (try CacheFixture.run(articles: articles)).files)
    }
}
