import Foundation
import KGOntology
import KGTestSupport
import Testing

/// `kgx export --cache`: a cached run writes the same bytes as an uncached one, however warm the cache.
@Suite("Extraction cache")
struct ExtractionCacheTests {
    /// The outputs of a run without a cache, the reference of every test.
    static let reference = Result { try CacheFixture.run() }

    @Test("cold, warm and partly warm caches give outputs byte-identical to a run without the cache")
    func warmth() throws {
        let reference = try Self.reference.get()
        let count = CacheFixture.articles.count
        #expect(count == 67)
        #expect(reference.files.keys.contains("graph.nt") && reference.files.keys.contains("graph.graphml"))
        let cache = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: cache) }

        let cold = try CacheFixture.run(cacheFolder: cache)
        #expect(cold.files == reference.files)
        #expect(cold.statistics?.hits == 0 && cold.statistics?.extracted == count)
        #expect(try CacheFixture.entries(of: cache).count == count)

        let warm = try CacheFixture.run(cacheFolder: cache)
        #expect(warm.files == reference.files)
        #expect(warm.statistics?.hits == count && warm.statistics?.extracted == 0)
        #expect(warm.warnings.isEmpty)

        // Every third entry removed: those articles alone are extracted again.
        let removed = try CacheFixture.entries(of: cache).enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        for entry in removed { try FileManager.default.removeItem(at: entry) }
        let partlyWarm = try CacheFixture.run(cacheFolder: cache)
        #expect(partlyWarm.files == reference.files)
        #expect(partlyWarm.statistics?.hits == count - removed.count && partlyWarm.statistics?.extracted == removed.count)
        #expect(partlyWarm.statistics?.damaged == 0)
    }

    @Test("a sequential run and a parallel one share entries: the entry does not depend on the thread that wrote it")
    func sequentialAndParallel() throws {
        let cache = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let sequential = try CacheFixture.run(cacheFolder: cache, parallelism: 1)
        let first = try CacheFixture.entries(of: cache).map { try Data(contentsOf: $0) }
        for entry in try CacheFixture.entries(of: cache) { try FileManager.default.removeItem(at: entry) }
        let parallel = try CacheFixture.run(cacheFolder: cache, parallelism: 4)
        #expect(try CacheFixture.entries(of: cache).map { try Data(contentsOf: $0) } == first)
        #expect(sequential.files == parallel.files)
    }

    @Test("an edited lexicon invalidates every entry, and the run matches an uncached run with the edited lexicon")
    func lexiconEdit() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache"), lexicons = folder.appendingPathComponent("lexicons")
        try FileManager.default.copyItem(at: OntologyResources.lexiconsURL, to: lexicons)
        let count = CacheFixture.articles.count
        _ = try CacheFixture.run(cacheFolder: cache, lexiconFolder: lexicons)

        // "Lynas" as a word that never makes up a name changes the articles that name Lynas.
        let nonEntities = lexicons.appendingPathComponent("non-entities.txt")
        try (String(contentsOf: nonEntities, encoding: .utf8) + "Lynas\n").write(to: nonEntities, atomically: true, encoding: .utf8)
        let uncached = try CacheFixture.run(lexiconFolder: lexicons)
        #expect(uncached.files["graph.nt"] != (try Self.reference.get()).files["graph.nt"], "the edit changes the graph")
        let edited = try CacheFixture.run(cacheFolder: cache, lexiconFolder: lexicons)
        #expect(edited.files == uncached.files)
        #expect(edited.statistics?.hits == 0 && edited.statistics?.extracted == count)
        #expect(try CacheFixture.entries(of: cache).count == 2 * count, "the entries of both lexicon versions are kept")
    }
}
