import Foundation
import KGGraph
import KGTestSupport
import KGWriters

/// Runs our Turtle and N-Triples output through the real consumers (serdi, rapper, rdflib) and
/// checks that each reads back a graph isomorphic to the expected one.
///
/// Each case is written with both writers; serdi and rapper convert both files to N-Triples; then
/// one Python process (`GraphComparison`, Scripts/isomorphic.py) compares all six readings per case
/// with rdflib's `isomorphic`, which is far faster than one Python start per comparison.
enum RDFConsumers {
    /// One graph to round-trip, with the N-Triples file holding its expected form.
    struct Case {
        let id: String
        let graph: [Triple]
        let expected: URL
    }

    /// A manifest entry of a W3C suite.
    struct ManifestEntry: Decodable {
        let name: String
        let type: String
        let action: String
        let result: String?
    }

    static let script = GraphComparison.script

    /// The entries of a W3C manifest, in order (parsed with rdflib).
    static func manifest(_ path: URL) throws -> [ManifestEntry] {
        let result = try ExternalTool.run("python3", [script.path, "manifest", path.path])
        guard result.status == 0 else { throw Failure(message: "manifest: \(result.stderr)") }
        return try JSONDecoder().decode([ManifestEntry].self, from: Data(result.stdout.utf8))
    }

    /// The readings that failed, per case id: label ("rdflib turtle", "serdi ntriples"...) → reason.
    /// A case whose every reading is isomorphic to the expected graph is absent.
    static func failures(of cases: [Case], prefixes: PrefixMap) throws -> [String: [String: String]] {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var failures: [String: [String: String]] = [:]
        var jobs: [GraphComparison.Job] = []
        for (index, testCase) in cases.enumerated() {
            let base = folder.appendingPathComponent("case\(index)")
            let turtle = base.appendingPathExtension("ttl"), ntriples = base.appendingPathExtension("nt")
            do {
                try write(testCase.graph, turtleTo: turtle, ntriplesTo: ntriples, prefixes: prefixes)
            } catch {
                failures[testCase.id, default: [:]]["our writers"] = "\(error)"
                continue
            }
            var readings = [
                GraphComparison.Reading(label: "rdflib turtle", path: turtle.path, format: "turtle"),
                GraphComparison.Reading(label: "rdflib ntriples", path: ntriples.path, format: "nt"),
            ]
            for tool in ["serdi", "rapper"] {
                for (input, format) in [(turtle, "turtle"), (ntriples, "ntriples")] {
                    let label = "\(tool) \(format)"
                    let converted = folder.appendingPathComponent("case\(index)-\(tool)-\(format).nt")
                    let arguments = tool == "serdi"
                        ? ["-i", format, "-o", "ntriples", input.path]
                        : ["-q", "-i", format, "-o", "ntriples", input.path]
                    let result = try ExternalTool.run(tool, arguments)
                    guard result.status == 0 else {
                        failures[testCase.id, default: [:]][label] = "exit \(result.status): \(result.stderr)"
                        continue
                    }
                    try Data(result.stdout.utf8).write(to: converted)
                    readings.append(GraphComparison.Reading(label: label, path: converted.path, format: "nt"))
                }
            }
            jobs.append(GraphComparison.Job(id: testCase.id, expected: testCase.expected, readings: readings))
        }
        return failures.merging(try GraphComparison.failures(jobs)) { $0.merging($1) { first, _ in first } }
    }

    /// `file` rewritten by serdi as canonical N-Triples into `folder`, to serve as the expected
    /// graph: rdflib's N-Triples parser refuses some valid W3C files (`minimal_whitespace.nt`,
    /// terms without spaces between them), serdi passes the whole suite.
    static func canonical(_ file: URL, in folder: URL, name: String) throws -> URL {
        let result = try ExternalTool.run("serdi", ["-i", "ntriples", "-o", "ntriples", file.path])
        guard result.status == 0 else { throw Failure(message: "serdi \(file.path): \(result.stderr)") }
        let output = folder.appendingPathComponent(name + ".expected.nt")
        try Data(result.stdout.utf8).write(to: output)
        return output
    }

    /// Writes `triples` with our Turtle writer and our N-Triples writer.
    static func write(_ triples: [Triple], turtleTo turtle: URL, ntriplesTo ntriples: URL, prefixes: PrefixMap) throws {
        let turtleSink = MemorySink(), ntriplesSink = MemorySink()
        let turtleWriter = try TurtleWriter(sink: turtleSink, prefixes: prefixes)
        let ntriplesWriter = NTriplesWriter(sink: ntriplesSink)
        try turtleWriter.write(contentsOf: triples)
        try ntriplesWriter.write(contentsOf: triples)
        try turtleWriter.finish()
        try ntriplesWriter.finish()
        try Data(turtleSink.bytes).write(to: turtle)
        try Data(ntriplesSink.bytes).write(to: ntriples)
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
