import Foundation
import KGTestSupport
import Testing

/// A SPARQL engine the exported N-Triples are loaded into, run through `Scripts/triple_store.py`:
/// two in-process libraries that give the reference answer, and two real graph databases that the
/// driver starts on free ports of 127.0.0.1, bulk-loads, queries over HTTP and always stops.
enum TripleStore: String, CaseIterable, CustomTestStringConvertible {
    case pyoxigraph, rdflib, oxigraph, virtuoso

    /// What one engine answered: SELECT rows with terms spelled as in N-Triples, sorted.
    struct Answer: Decodable {
        let engine: String
        let version: String
        let loadSeconds: Double
        /// The count `Scripts/triples.rq` selects.
        let triples: Int
        /// One row per solution of `Scripts/agreements.rq`: variable → term (unbound ones absent).
        let rows: [[String: String]]

        enum CodingKeys: String, CodingKey {
            case engine, version, triples, rows
            case loadSeconds = "load_seconds"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    /// The query every engine answers, kept in one file so that they all run the same text.
    static let agreementsQuery = scripts.appendingPathComponent("agreements.rq")
    static let triplesQuery = scripts.appendingPathComponent("triples.rq")

    var testDescription: String { rawValue }

    /// The programs and Python modules the engine needs, checked first so that a missing one is
    /// reported as a consumer to install rather than as a driver traceback.
    private var requirements: (tools: [String], modules: [String]) {
        switch self {
        case .pyoxigraph: ([], ["pyoxigraph"])
        case .rdflib: ([], ["rdflib"])
        case .oxigraph: (["oxigraph"], [])
        case .virtuoso: (["virtuoso-t", "isql-vt"], [])
        }
    }

    /// Loads `graph` (N-Triples) and answers both queries.
    /// - Throws: `ExternalTool.Missing` for a missing engine; `Failure` with the driver's report
    ///   (and the server's log) when loading or querying failed.
    func answer(loading graph: URL) throws -> Answer {
        for tool in requirements.tools { _ = try ExternalTool.path(of: tool) }
        if !requirements.modules.isEmpty { try ExternalTool.python("pass", modules: requirements.modules) }
        let result = try ExternalTool.run("python3", [
            Self.scripts.appendingPathComponent("triple_store.py").path, rawValue,
            graph.path, Self.agreementsQuery.path, Self.triplesQuery.path,
        ])
        guard result.status == 0 else {
            throw Failure(description: "\(rawValue) failed (exit \(result.status)):\n\(result.stderr)")
        }
        return try JSONDecoder().decode(Answer.self, from: Data(result.stdout.utf8))
    }
}
