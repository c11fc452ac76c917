import Foundation

/// Compares RDF files with rdflib in one Python process (Tests/RDFWriterTests/Scripts/isomorphic.py):
/// each job's readings (a file and how to read it: an rdflib format, or `pyld` for pyld's
/// expansion and `to_rdf`, or pyoxigraph's JSON-LD parsers) against an expected N-Triples file.
public enum GraphComparison {
    /// One way of reading one file.
    public struct Reading: Sendable {
        public let label: String
        public let path: String
        /// An rdflib parser name (`nt`, `turtle`, `json-ld`...) or `pyld`.
        public let format: String

        public init(label: String, path: String, format: String) {
            self.label = label
            self.path = path
            self.format = format
        }
    }

    /// The readings of one case and the N-Triples file they must all equal.
    public struct Job: Sendable {
        public let id: String
        public let expected: URL
        public let readings: [Reading]

        public init(id: String, expected: URL, readings: [Reading]) {
            self.id = id
            self.expected = expected
            self.readings = readings
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The readings of a JSON-LD file by each JSON-LD consumer: rdflib, pyld (expansion and
    /// `to_rdf`), pyoxigraph's JSON-LD parser and its streaming one.
    public static func jsonLDReadings(of path: String) -> [Reading] {
        [
            Reading(label: "rdflib json-ld", path: path, format: "json-ld"),
            Reading(label: "pyld", path: path, format: "pyld"),
            Reading(label: "pyoxigraph json-ld", path: path, format: "pyoxigraph-json-ld"),
            Reading(label: "pyoxigraph streaming json-ld", path: path, format: "pyoxigraph-streaming-json-ld"),
        ]
    }

    public static let script = ProjectPaths.root.appendingPathComponent("Tests/RDFWriterTests/Scripts/isomorphic.py")

    /// The readings that failed, per job id: label → reason. A job whose every reading gives the
    /// expected graph back is absent.
    public static func failures(_ jobs: [Job]) throws -> [String: [String: String]] {
        let input = try JSONSerialization.data(withJSONObject: jobs.map { job in
            ["id": job.id, "expected": job.expected.path,
             "readings": job.readings.map { ["label": $0.label, "path": $0.path, "format": $0.format] }] as [String: Any]
        })
        let result = try ExternalTool.run("python3", [script.path, "compare"], input: input)
        guard result.status == 0 else { throw Failure(message: "isomorphic.py: \(result.stderr)") }
        let report = try JSONDecoder().decode([String: [String: String?]].self, from: Data(result.stdout.utf8))
        var failures: [String: [String: String]] = [:]
        for (id, outcome) in report {
            for (label, reason) in outcome {
                if let reason { failures[id, default: [:]][label] = reason }
            }
        }
        return failures
    }
}
