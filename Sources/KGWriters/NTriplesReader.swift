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
    private static let chunkSize = 1 << 20

    /// Reads the file at `path`, calling `body` for each triple in file order.
    /// - Throws: `NTriplesInputError` when the file cannot be read, `NTriplesSyntaxError` at the
    ///   first syntax error, or what `body` throws.
    public static func read(contentsOf path: String, _ body: (Triple) throws -> Void) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw NTriplesInputError(path: path, code: errno) }
        defer { close(descriptor) }
        var splitter = LineSplitter()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        while true {
            if filled == chunk.count { chunk.append(contentsOf: repeatElement(0, count: chunk.count)) }
            let count = chunk.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw NTriplesInputError(path: path, code: errno)
            }
            filled += count
            let consumed = try chunk.withUnsafeBufferPointer {
                try splitter.feed(UnsafeBufferPointer(rebasing: $0[0..<filled]), atEnd: count == 0, body)
            }
            if count == 0 { return }
            chunk.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                memmove(base, base + consumed, filled - consumed)
            }
            filled -= consumed
        }
    }

    /// Reads N-Triples from `bytes`, calling `body` for each triple in order.
    /// - Throws: `NTriplesSyntaxError` at the first syntax error, or what `body` throws.
    public static func read(_ bytes: [UInt8], _ body: (Triple) throws -> Void) throws {
        var splitter = LineSplitter()
        _ = try bytes.withUnsafeBufferPointer { try splitter.feed($0, atEnd: true, body) }
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

/// Cuts a byte stream into lines (ended by LF, CR or CR LF) and parses each one, counting lines.
private struct LineSplitter {
    private var parser = NTriplesLineParser()
    private var lineNumber = 1

    /// Parses every complete line of `bytes` and returns how many bytes were consumed; the rest
    /// (an unfinished last line) must be fed again with more bytes after it. At the end of the
    /// input everything is consumed.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool, _ body: (Triple) throws -> Void) throws -> Int {
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else { index += 1; continue }
            var next = index + 1
            if byte == 0x0D {
                // A CR at the end of the chunk may be the first half of CR LF: wait for the next byte.
                if next == bytes.count && !atEnd { break }
                if next < bytes.count && bytes[next] == 0x0A { next += 1 }
            }
            try parseLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), body)
            lineNumber += 1
            index = next
            lineStart = next
        }
        guard atEnd else { return lineStart }
        if lineStart < bytes.count { try parseLine(UnsafeBufferPointer(rebasing: bytes[lineStart...]), body) }
        return bytes.count
    }

    private mutating func parseLine(_ line: UnsafeBufferPointer<UInt8>, _ body: (Triple) throws -> Void) throws {
        if let triple = try parser.parse(line, number: lineNumber) { try body(triple) }
    }
}
