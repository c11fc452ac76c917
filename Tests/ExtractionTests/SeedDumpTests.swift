import Foundation
import Testing

/// Writes what the extractor finds on the seeds (or on the articles of the folder `KGX_DUMP_INPUT` names) to a
/// file when `KGX_DUMP` names one (a debugging aid).
@Test func dumpSeedsWhenAsked() throws {
    guard let target = ProcessInfo.processInfo.environment["KGX_DUMP"] else { return }
    let text = try SeedFixture.extractions(in: ProcessInfo.processInfo.environment["KGX_DUMP_INPUT"].map { URL(fileURLWithPath: $0) }).map { extraction in
        (["== \(extraction.document.name) date=\(extraction.document.date?.lexicalForm ?? "-") title=\(extraction.document.title ?? "-")"]
            + SeedFixture.describe(extraction)).joined(separator: "\n")
    }.joined(separator: "\n")
    try text.write(toFile: target, atomically: true, encoding: .utf8)
}
