import Foundation
import KGOntology
import KGPipeline

/// Opens the extraction cache `kgx export --cache` and `kgx extract --cache` share, for the bundled lexicons.
/// - Throws: `ExitStatus.failure` (after reporting why) when the folder cannot be created or read.
func openCache(_ folder: String) throws -> ExtractionCache {
    do {
        return try ExtractionCache(folder: folder, lexiconFolder: OntologyResources.lexiconsURL)
    } catch {
        report("\(folder): cannot open the extraction cache: \(error.localizedDescription)")
        throw ExitStatus.failure
    }
}

/// What a run did with the cache, for the summary line and the warnings.
func reportCache(_ cache: ExtractionCache, quiet: Bool) {
    for warning in cache.warnings { report("warning: \(warning)") }
    let counts = cache.statistics
    if !quiet { report("cache \(cache.folder): \(counts.hits) article(s) read from it, \(counts.extracted) extracted and stored") }
}
