import Foundation

/// Why an input could not be prepared.
enum InputError: Error, CustomStringConvertible {
    case generatorFailed(arguments: [String], status: Int32)
    case cannotRun(command: String, reason: String)
    case unreadable(path: String, reason: String)
    case empty(what: String)

    var description: String {
        switch self {
        case .generatorFailed(let arguments, let status):
            return "generate.py \(arguments.joined(separator: " ")) exited with status \(status)"
        case .cannotRun(let command, let reason): return "cannot run \(command): \(reason)"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .empty(let what): return "no \(what) found"
        }
    }
}

/// The inputs `Benchmarks/generate.py` makes (articles and N-Triples files, seed 42, the same
/// generator `compare.sh` uses), generated on first use and cached under
/// `Benchmarks/.data/suite/`.
///
/// The cache names carry a hash of the generator and the lexicons, so an input is made again
/// whenever either changes, and never otherwise: every run of the suite measures the same bytes.
/// Set `PYTHON` to pick the interpreter (default `python3`).
struct GeneratedInputs {
    /// The seed `compare.sh` uses, so the two benchmarks read the same articles.
    static let seed = 42

    /// The root of the kgx repository (this file is `Benchmarks/Suite/Benchmarks/KGXBenchmarks/…`).
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    let repository: URL
    private let cache: URL
    private let key: String

    init(repository: URL = Self.repository) throws(InputError) {
        self.repository = repository
        self.cache = repository.appendingPathComponent("Benchmarks/.data/suite")
        let lexicons = repository.appendingPathComponent("Ontology/lexicons")
        var fingerprint = Fingerprint()
        let generator = repository.appendingPathComponent("Benchmarks/generate.py")
        for file in [generator] + (try Self.files(in: lexicons, extension: "tsv")) {
            fingerprint.add(try Self.bytes(of: file))
        }
        self.key = fingerprint.hex
    }

    /// The folder of the first `count` generated articles (`a000001.txt …`).
    func articles(count: Int) throws(InputError) -> URL {
        try cached("articles-\(count)-s\(Self.seed)-\(key)", mode: "articles", count: count)
    }

    /// An N-Triples file of exactly `count` distinct triples shaped like kgx's graphs.
    func triples(count: Int) throws(InputError) -> URL {
        try cached("triples-\(count)-s\(Self.seed)-\(key).nt", mode: "triples", count: count)
    }

    /// An N-Triples file of exactly `count` distinct triples of the varied shape (`--shape varied`:
    /// hundreds of predicates, unprefixable IRIs, blank nodes, tagged, typed and long escaped literals).
    func variedTriples(count: Int) throws(InputError) -> URL {
        try cached("varied-triples-\(count)-s\(Self.seed)-\(key).nt", mode: "triples", count: count, options: ["--shape", "varied"])
    }

    /// The files of a folder whose names end in `.<pathExtension>`, sorted by name.
    static func files(in folder: URL, extension pathExtension: String) throws(InputError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unreadable(path: folder.path, reason: error.localizedDescription)
        }
        return names.filter { $0.hasSuffix(".\(pathExtension)") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func bytes(of file: URL) throws(InputError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: file))
        } catch {
            throw .unreadable(path: file.path, reason: error.localizedDescription)
        }
    }

    /// `name` under the cache, generated into a temporary name and renamed when complete.
    private func cached(_ name: String, mode: String, count: Int, options: [String] = []) throws(InputError) -> URL {
        let target = cache.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: target.path) { return target }
        let partial = cache.appendingPathComponent(name + ".part")
        do {
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: partial.path) {
                try FileManager.default.removeItem(at: partial)
            }
        } catch {
            throw .unreadable(path: cache.path, reason: error.localizedDescription)
        }
        try generate([mode, "--count", String(count), "--seed", String(Self.seed), "--out", partial.path] + options)
        do {
            try FileManager.default.moveItem(at: partial, to: target)
        } catch {
            throw .unreadable(path: partial.path, reason: error.localizedDescription)
        }
        return target
    }

    private func generate(_ arguments: [String]) throws(InputError) {
        let python = ProcessInfo.processInfo.environment["PYTHON"] ?? "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, repository.appendingPathComponent("Benchmarks/generate.py").path] + arguments
        do {
            try process.run()
        } catch {
            throw .cannotRun(command: python, reason: error.localizedDescription)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .generatorFailed(arguments: arguments, status: process.terminationStatus)
        }
    }
}

/// FNV-1a (64 bit) over a sequence of byte strings: a cache key, not a security measure.
private struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
