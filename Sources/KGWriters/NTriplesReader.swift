#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KGGraph

/// A strict, streaming reader of W3C RDF 1.1 N-Triples.
///
/// Input is read in large chunks and parsed line by line on bytes, so memory holds one chunk
/// (plus the longest line) whatever the file size. Anything outside the grammar – relative IRIs,
/// bad escapes, Turtle-only syntax, invalid UTF-8 – is an `NTriplesSyntaxError` with its line and
/// column; nothing is repaired or skipped.
public enum NTriplesReader {
    static let chunkSize = 1 << 20

    /// Reads the file at `path`, calling `body` for each triple in file order.
    /// - Throws: `NTriplesInputError` when the file cannot be read, `NTriplesSyntaxError` at the
    ///   first syntax error, or what `body` throws.
    public static func read(contentsOf path: String, _ body: (Triple) throws -> Void) throws {
        var resolver = RecentTermCache()
        try read(contentsOf: path, resolver: &resolver) { try body(Triple($0, $1.iriValue ?? "", $2)) }
    }

    /// Reads N-Triples from `bytes`, calling `body` for each triple in order.
    /// - Throws: `NTriplesSyntaxError` at the first syntax error, or what `body` throws.
    public static func read(_ bytes: [UInt8], _ body: (Triple) throws -> Void) throws {
        var resolver = RecentTermCache()
        try read(bytes, resolver: &resolver) { try body(Triple($0, $1.iriValue ?? "", $2)) }
    }

    /// Reads the file at `path`, handing each triple's terms, as `resolver` resolves them, to `body`.
    static func read<R: NTriplesTermResolver>(
        contentsOf path: String, resolver: inout R, _ body: (R.Resolved, R.Resolved, R.Resolved) throws -> Void
    ) throws {
        let file = try NTriplesFile(path: path)
        var splitter = LineSplitter()
        while !file.isFinished {
            try file.readMore { try splitter.feed($0, atEnd: $1, resolver: &resolver, body) }
        }
    }

    /// Reads N-Triples from `bytes`, handing each triple's terms, as `resolver` resolves them, to `body`.
    static func read<R: NTriplesTermResolver>(
        _ bytes: [UInt8], resolver: inout R, _ body: (R.Resolved, R.Resolved, R.Resolved) throws -> Void
    ) throws {
        var splitter = LineSplitter()
        _ = try bytes.withUnsafeBufferPointer { try splitter.feed($0, atEnd: true, resolver: &resolver, body) }
    }

    /// The graph of the file at `path`.
    public static func graph(contentsOf path: String) throws -> Graph {
        var graph = Graph()
        try read(contentsOf: path) { graph.insert($0) }
        return graph
    }

    /// The graph of N-Triples `bytes`.
    public static func graph(_ bytes: [UInt8]) throws -> Graph {
        var graph = Graph()
        try read(bytes) { graph.insert($0) }
        return graph
    }
}

/// An N-Triples file read in large chunks: memory holds one chunk (grown only for a line longer
/// than it) whatever the file size. A class, so the descriptor is closed when it goes.
final class NTriplesFile {
    private let path: String
    private let descriptor: Int32
    private var chunk = [UInt8](repeating: 0, count: NTriplesReader.chunkSize)
    private var filled = 0
    /// Whether the end of the file has been read and handed over.
    private(set) var isFinished = false

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw NTriplesInputError(path: path, code: errno) }
    }

    deinit { close(descriptor) }

    /// Reads the next bytes and hands every byte not yet consumed to `consume`, with whether the
    /// file has ended; `consume` returns how many it used (the rest, an unfinished line, comes
    /// again with the bytes after it).
    func readMore(_ consume: (UnsafeBufferPointer<UInt8>, Bool) throws -> Int) throws {
        if filled == chunk.count { chunk.append(contentsOf: repeatElement(0, count: chunk.count)) }
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
        } while count < 0 && errno == EINTR
        if count < 0 { throw NTriplesInputError(path: path, code: errno) }
        filled += count
        let consumed = try chunk.withUnsafeBufferPointer { try consume(UnsafeBufferPointer(rebasing: $0[0..<filled]), count == 0) }
        if count == 0 {
            isFinished = true
            return
        }
        chunk.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            memmove(base, base + consumed, filled - consumed)
        }
        filled -= consumed
    }
}

/// Cuts a byte stream into lines (ended by LF, CR or CR LF) and parses each one, counting lines.
struct LineSplitter {
    private var parser = NTriplesLineParser()
    private var lineNumber = 1

    /// Parses every complete line of `bytes` and returns how many bytes were consumed; the rest
    /// (an unfinished last line) must be fed again with more bytes after it. At the end of the
    /// input everything is consumed.
    mutating func feed<R: NTriplesTermResolver>(
        _ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool, resolver: inout R,
        _ body: (R.Resolved, R.Resolved, R.Resolved) throws -> Void
    ) throws -> Int {
        var lineStart = 0
        while lineStart < bytes.count, let end = Self.lineBreak(in: bytes, from: lineStart) {
            var next = end + 1
            if bytes[end] == 0x0D {
                // A CR at the end of the chunk may be the first half of CR LF: wait for the next byte.
                if next == bytes.count && !atEnd { break }
                if next < bytes.count && bytes[next] == 0x0A { next += 1 }
            }
            try parseLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), &resolver, body)
            lineNumber += 1
            lineStart = next
        }
        guard atEnd else { return lineStart }
        if lineStart < bytes.count { try parseLine(UnsafeBufferPointer(rebasing: bytes[lineStart...]), &resolver, body) }
        return bytes.count
    }

    /// The offset of the first LF or CR at or after `start`, found with `memchr` (vectorised)
    /// rather than byte by byte.
    private static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let origin = UnsafeRawPointer(base)
        let lineFeed = memchr(base + start, 0x0A, bytes.count - start).map { origin.distance(to: $0) }
        let searchEnd = lineFeed ?? bytes.count
        let carriageReturn = memchr(base + start, 0x0D, searchEnd - start).map { origin.distance(to: $0) }
        return carriageReturn ?? lineFeed
    }

    private mutating func parseLine<R: NTriplesTermResolver>(
        _ line: UnsafeBufferPointer<UInt8>, _ resolver: inout R, _ body: (R.Resolved, R.Resolved, R.Resolved) throws -> Void
    ) throws {
        if let triple = try parser.parse(line, number: lineNumber, resolver: &resolver) {
            try body(triple.subject, triple.predicate, triple.object)
        }
    }
}
