#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A place where N-Triples input breaks the W3C RDF 1.1 N-Triples grammar.
public struct NTriplesSyntaxError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// What was expected or found.
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// An N-Triples file that could not be opened or read.
public struct NTriplesInputError: Error, Equatable, CustomStringConvertible {
    /// The path that was read.
    public let path: String
    /// The `errno` of the failed call.
    public let code: Int32

    public var description: String { "cannot read \(path): \(String(cString: strerror(code)))" }
}
