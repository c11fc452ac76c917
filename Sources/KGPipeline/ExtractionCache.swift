import Foundation
import KGExtract
import KGText
import KGWriters
import Synchronization

/// A folder of per-article extractions (`kgx export --cache DIR`, `kgx extract`), so that a re-run extracts
/// only the articles it has not seen.
///
/// An entry holds one article's `DocumentExtraction` as the extractor returned it, before entities are
/// resolved across articles: resolution and graph building always run over the whole corpus, which is
/// what keeps a cached run byte-identical to an uncached one. Entries are content-addressed: the file name
/// is the SHA-256 of everything the extraction depends on (see `key(of:name:)`), so an edited article or
/// lexicon simply misses, and the folders of several machines merge by copying their files into one.
///
/// Entries are written through `AtomicFile` (temporary file, fsync, rename), so concurrent runs sharing
/// a folder see an entry whole or not at all; one that is damaged anyway (a full disk, a partial copy)
/// fails `ExtractionCacheEntry`'s checks, is counted in `damaged`, and its article is extracted again.
public final class ExtractionCache: Sendable {
    /// What a run did with the cache.
    public struct Statistics: Sendable, Equatable {
        /// Articles whose extraction was read from the cache.
        public var hits = 0
        /// Articles extracted (no entry, or a damaged one) and stored.
        public var extracted = 0
        /// Of `extracted`: articles whose entry existed but failed a check.
        public var damaged = 0
        /// Entries that could not be written (the folder is not writable, the disk is full).
        public var unwritable = 0
    }

    /// The folder holding the entries.
    public let folder: String
    /// The digest of the format version and the lexicon files, which every key starts from.
    private let dependencies: SHA256.Digest
    private let hits = Atomic(0), extracted = Atomic(0), damaged = Atomic(0), unwritable = Atomic(0)

    /// Opens (creating when missing) the cache in `folder`, for extractions made with the lexicons of
    /// `lexiconFolder` (each of its files counts, by name and bytes).
    /// - Throws: when the folder cannot be created or a lexicon file cannot be read.
    public init(folder: String, lexiconFolder: URL) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            // Shards started together race to create the folder: Foundation fails when another process makes
            // it between its check and its mkdir (seen with four Spark tasks on an empty cache).
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { throw error }
        }
        self.folder = folder
        var hasher = SHA256()
        hasher.update(field: Array("kgx extraction cache \(ExtractionCacheEntry.formatVersion)".utf8))
        for file in try FileManager.default.contentsOfDirectory(atPath: lexiconFolder.path).sorted() {
            hasher.update(field: Array(file.utf8))
            hasher.update(field: [UInt8](try Data(contentsOf: lexiconFolder.appendingPathComponent(file))))
        }
        dependencies = hasher.finish()
    }

    /// The key of an article: the format version, the lexicons, the document's name (it is in the graph,
    /// and its extension chooses text or HTML reading) and the article's bytes.
    public func key(of articleBytes: [UInt8], name: String) -> SHA256.Digest {
        var hasher = SHA256()
        hasher.update(field: dependencies.bytes)
        hasher.update(field: Array(name.utf8))
        hasher.update(field: articleBytes)
        return hasher.finish()
    }

    /// The cached extraction under `key`, nil when there is none or it fails a check.
    public func extraction(for key: SHA256.Digest) -> DocumentExtraction? {
        guard let data = FileManager.default.contents(atPath: path(of: key)) else { return nil }
        do {
            let extraction = try ExtractionCacheEntry.extraction(from: [UInt8](data), key: key)
            hits.add(1, ordering: .relaxed)
            return extraction
        } catch {
            damaged.add(1, ordering: .relaxed)
            return nil
        }
    }

    /// Stores a fresh extraction under `key`; a failure to write is counted, never fatal (the run's
    /// outputs do not depend on the cache).
    public func store(_ extraction: DocumentExtraction, for key: SHA256.Digest) {
        extracted.add(1, ordering: .relaxed)
        do {
            let file = try AtomicFile(path: path(of: key))
            try ExtractionCacheEntry.bytes(of: extraction, key: key).withUnsafeBytes { try file.sink.write($0) }
            try file.commit()
        } catch {
            unwritable.add(1, ordering: .relaxed)
        }
    }

    /// The counts so far.
    public var statistics: Statistics {
        Statistics(hits: hits.load(ordering: .relaxed), extracted: extracted.load(ordering: .relaxed),
                   damaged: damaged.load(ordering: .relaxed), unwritable: unwritable.load(ordering: .relaxed))
    }

    /// The warnings a run reports about the cache: damaged entries recomputed, entries not written.
    public var warnings: [String] {
        let counts = statistics
        var warnings: [String] = []
        if counts.damaged > 0 { warnings.append("\(counts.damaged) damaged cache entr\(counts.damaged == 1 ? "y" : "ies") in \(folder) recomputed") }
        if counts.unwritable > 0 { warnings.append("\(counts.unwritable) cache entr\(counts.unwritable == 1 ? "y" : "ies") could not be written to \(folder)") }
        return warnings
    }

    /// The file of the entry under `key`.
    public func path(of key: SHA256.Digest) -> String { folder + "/" + key.hex + ".kgxc" }
}
