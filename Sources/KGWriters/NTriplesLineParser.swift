#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KGGraph

/// What the line parser turns each term into: a `Term`, or the id of an interned one.
///
/// The parser hands over a term's bytes exactly as written (the whole token: `<...>`, `_:label`, or
/// a literal with its quotes and `^^<datatype>` / `@tag`) together with a closure that decodes
/// them. A resolver that has seen the same bytes before can answer without decoding: equal
/// bytes are always the same (valid) term. The closure also performs the checks scanning cannot
/// (absolute IRIs), so a resolver must call it for bytes it has not seen.
protocol NTriplesTermResolver {
    associatedtype Resolved
    mutating func resolve(_ raw: UnsafeBufferPointer<UInt8>, decode: () throws -> Term) throws -> Resolved
    /// The term of `raw` when the resolver has seen exactly these bytes (so they are a valid term),
    /// else nil: the parser then scans and checks them before calling `resolve`.
    func known(_ raw: UnsafeBufferPointer<UInt8>) -> Resolved?
}

/// Parses single lines of N-Triples (W3C RDF 1.1 grammar) straight from UTF-8 bytes.
///
/// A line holds nothing, a comment, or one triple (N-Triples has no line continuations, so a line
/// is the unit). Tokens are scanned and checked on bytes; each term is then passed to a
/// `NTriplesTermResolver`, which decodes it into a `Term` only when it needs to.
struct NTriplesLineParser {
    /// The decoded bytes of the token being unescaped.
    private var scratch: [UInt8] = []

    /// Parses `line` (without its line break); returns nil for an empty or comment line.
    /// - Throws: `NTriplesSyntaxError` at the first byte that breaks the grammar.
    mutating func parse<R: NTriplesTermResolver>(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, resolver: inout R
    ) throws -> (subject: R.Resolved, predicate: R.Resolved, object: R.Resolved)? {
        var cursor = Cursor(bytes: line, line: number)
        try cursor.validateUTF8()
        cursor.skipSpace()
        guard let first = cursor.peek, first != 0x23 else { return nil }

        let subject: R.Resolved
        switch first {
        case 0x3C: subject = try resolveIRI(&cursor, &resolver)
        case 0x5F: subject = try resolveBlankNode(&cursor, &resolver)
        default: throw cursor.error("expected a subject (an IRI or a blank node)")
        }
        cursor.skipSpace()

        guard cursor.peek == 0x3C else { throw cursor.error("expected a predicate IRI") }
        let predicate = try resolveIRI(&cursor, &resolver)
        cursor.skipSpace()

        let object: R.Resolved
        switch cursor.peek {
        case 0x3C: object = try resolveIRI(&cursor, &resolver)
        case 0x5F: object = try resolveBlankNode(&cursor, &resolver)
        case 0x22: object = try resolveLiteral(&cursor, &resolver)
        default: throw cursor.error("expected an object (an IRI, a blank node or a quoted literal)")
        }
        cursor.skipSpace()

        guard cursor.peek == 0x2E else { throw cursor.error("expected '.' to end the triple") }
        cursor.advance()
        cursor.skipSpace()
        if let next = cursor.peek, next != 0x23 { throw cursor.error("unexpected text after the triple") }
        return (subject, predicate, object)
    }

    /// Resolves the `<...>` at the cursor. Most IRIs of a file are written many times: an IRI
    /// whose bytes up to the first `>` (which ends every valid IRIREF) the resolver already knows
    /// is taken without scanning it again byte by byte.
    private mutating func resolveIRI<R: NTriplesTermResolver>(_ cursor: inout Cursor, _ resolver: inout R) throws -> R.Resolved {
        let start = cursor.position
        if let end = cursor.offset(of: 0x3E, after: start),
           let known = resolver.known(UnsafeBufferPointer(rebasing: cursor.bytes[start...end])) {
            cursor.position = end + 1
            return known
        }
        let token = try cursor.scanIRI()
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[start..<cursor.position])
        return try resolver.resolve(raw) { [cursor] in .iri(try decodeIRI(token, cursor)) }
    }

    private func resolveBlankNode<R: NTriplesTermResolver>(_ cursor: inout Cursor, _ resolver: inout R) throws -> R.Resolved {
        let start = cursor.position
        let label = try cursor.scanBlankNode()
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[start..<cursor.position])
        return try resolver.resolve(raw) { [cursor] in .blank(String(decoding: cursor.bytes[label], as: UTF8.self)) }
    }

    /// Scans `"..."` with its optional `^^<datatype>` or `@language`.
    private mutating func resolveLiteral<R: NTriplesTermResolver>(_ cursor: inout Cursor, _ resolver: inout R) throws -> R.Resolved {
        let start = cursor.position
        let string = try cursor.scanString()
        var end = cursor.position
        cursor.skipSpace()
        var datatype: Cursor.Token?
        var language: Range<Int>?
        switch cursor.peek {
        case 0x5E:
            cursor.advance()
            guard cursor.peek == 0x5E else { throw cursor.error("expected '^^' before the datatype IRI") }
            cursor.advance()
            cursor.skipSpace()
            guard cursor.peek == 0x3C else { throw cursor.error("expected a datatype IRI after '^^'") }
            datatype = try cursor.scanIRI()
            end = cursor.position
        case 0x40:
            language = try cursor.scanLanguageTag()
            end = cursor.position
        default:
            cursor.position = end
        }
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[start..<end])
        return try resolver.resolve(raw) { [cursor] in
            let lexical = try decodeString(string, cursor)
            if let datatype { return .literal(Literal(lexical, datatype: try decodeIRI(datatype, cursor))) }
            if let language { return .literal(Literal(lexical, language: String(decoding: cursor.bytes[language], as: UTF8.self))) }
            return .literal(Literal(lexical))
        }
    }

    /// The IRI of a scanned `<...>` token with its UCHARs decoded; it must be absolute.
    private mutating func decodeIRI(_ token: Cursor.Token, _ cursor: Cursor) throws -> String {
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[token.range])
        let iri: String
        if token.hasEscape {
            scratch.removeAll(keepingCapacity: true)
            try cursor.unescape(token.range, into: &scratch, allowECHAR: false)
            guard RDFGrammar.isAbsoluteIRI(scratch) else { throw cursor.error("relative IRI: N-Triples allows only absolute IRIs", at: token.range.lowerBound - 1) }
            iri = String(decoding: scratch, as: UTF8.self)
        } else {
            guard RDFGrammar.isAbsoluteIRI(raw) else { throw cursor.error("relative IRI: N-Triples allows only absolute IRIs", at: token.range.lowerBound - 1) }
            iri = String(decoding: raw, as: UTF8.self)
        }
        return iri
    }

    /// The text of a scanned `"..."` token with its escapes decoded.
    private mutating func decodeString(_ token: Cursor.Token, _ cursor: Cursor) throws -> String {
        guard token.hasEscape else { return String(decoding: cursor.bytes[token.range], as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        try cursor.unescape(token.range, into: &scratch, allowECHAR: true)
        return String(decoding: scratch, as: UTF8.self)
    }
}

/// A read position in one line, with the token scanners.
private struct Cursor {
    /// A scanned `<...>` or `"..."`: the content between the delimiters and whether it has escapes.
    struct Token {
        let range: Range<Int>
        let hasEscape: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let line: Int
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        self.bytes = bytes
        self.line = line
    }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The offset of the first `byte` after `offset`, found with `memchr`.
    func offset(of byte: UInt8, after offset: Int) -> Int? {
        guard let base = bytes.baseAddress, offset + 1 < bytes.count else { return nil }
        return memchr(base + offset + 1, Int32(byte), bytes.count - offset - 1).map { UnsafeRawPointer(base).distance(to: $0) }
    }

    mutating func advance() { position += 1 }

    mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// An error at `offset` (default: the current position), with the column counted in scalars.
    func error(_ message: String, at offset: Int? = nil) -> NTriplesSyntaxError {
        let end = min(offset ?? position, bytes.count)
        let column = bytes[0..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return NTriplesSyntaxError(line: line, column: column, message: message)
    }

    /// Throws at the first byte that is not part of well-formed UTF-8 (overlong forms,
    /// surrogates and values above U+10FFFF included).
    func validateUTF8() throws {
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            // ASCII, the bulk of most files, is skipped eight bytes at a time.
            if index + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: throw error("invalid UTF-8", at: index)
            }
            guard index + length <= bytes.count else { throw error("invalid UTF-8", at: index) }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
                guard byte >= low && byte <= high else { throw error("invalid UTF-8", at: index) }
            }
            index += length
        }
    }

    /// The scalar at `index` of the (already validated) UTF-8 line and its length in bytes.
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Scans `<...>` at the current position, checking every character and escape.
    mutating func scanIRI() throws -> Token {
        advance()
        let start = position
        var hasEscape = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x3E {
                defer { advance() }
                return Token(range: start..<position, hasEscape: hasEscape)
            }
            if byte == 0x5C {
                hasEscape = true
                try skipEscape(allowECHAR: false)
            } else if RDFGrammar.isForbiddenInIRI(byte) {
                throw error("character not allowed in an IRI")
            } else {
                advance()
            }
        }
        throw error("unterminated IRI: missing '>'")
    }

    /// Scans `"..."` at the current position.
    mutating func scanString() throws -> Token {
        advance()
        let start = position
        var hasEscape = false
        while position < bytes.count {
            switch bytes[position] {
            case 0x22:
                defer { advance() }
                return Token(range: start..<position, hasEscape: hasEscape)
            case 0x5C:
                hasEscape = true
                try skipEscape(allowECHAR: true)
            default:
                advance()
            }
        }
        throw error("unterminated string: missing '\"'")
    }

    /// Checks the escape at the current position (`\` + ECHAR letter or UCHAR) and moves past it.
    private mutating func skipEscape(allowECHAR: Bool) throws {
        guard position + 1 < bytes.count else { throw error("incomplete escape") }
        switch bytes[position + 1] {
        case 0x75, 0x55:
            _ = try uchar(at: position)
            position += bytes[position + 1] == 0x75 ? 6 : 10
        case 0x74, 0x62, 0x6E, 0x72, 0x66, 0x22, 0x27, 0x5C:
            guard allowECHAR else { throw error("only \\u and \\U escapes are allowed in an IRI") }
            position += 2
        default:
            throw error(allowECHAR ? "invalid escape in a string" : "only \\u and \\U escapes are allowed in an IRI")
        }
    }

    /// The scalar value of the UCHAR (`\uXXXX` or `\UXXXXXXXX`) at `index`.
    private func uchar(at index: Int) throws -> UInt32 {
        let digits = bytes[index + 1] == 0x75 ? 4 : 8
        guard index + 2 + digits <= bytes.count else { throw error("incomplete \\u escape", at: index) }
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = RDFGrammar.hexValue(bytes[index + 2 + offset]) else { throw error("invalid hex digit in a \\u escape", at: index) }
            value = value << 4 | digit
        }
        guard value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { throw error("escape is not a Unicode scalar value", at: index) }
        return value
    }

    /// Appends the content of `range` to `out` with its escapes (already checked) decoded.
    func unescape(_ range: Range<Int>, into out: inout [UInt8], allowECHAR: Bool) throws {
        var index = range.lowerBound
        var runStart = index
        while index < range.upperBound {
            guard bytes[index] == 0x5C else { index += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            let letter = bytes[index + 1]
            if letter == 0x75 || letter == 0x55 {
                let value = try uchar(at: index)
                if let scalar = Unicode.Scalar(value) { out.append(contentsOf: String(scalar).utf8) }
                index += letter == 0x75 ? 6 : 10
            } else {
                out.append(Self.echarValue(letter))
                index += 2
            }
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<range.upperBound]))
    }

    private static func echarValue(_ letter: UInt8) -> UInt8 {
        switch letter {
        case 0x74: 0x09
        case 0x62: 0x08
        case 0x6E: 0x0A
        case 0x72: 0x0D
        case 0x66: 0x0C
        default: letter
        }
    }

    /// Scans `_:label` (BLANK_NODE_LABEL) and returns where the label is.
    mutating func scanBlankNode() throws -> Range<Int> {
        guard position + 1 < bytes.count, bytes[position + 1] == 0x3A else { throw error("expected '_:' to start a blank node") }
        position += 2
        let start = position
        guard position < bytes.count else { throw error("empty blank node label") }
        let first = scalar(at: position)
        guard RDFGrammar.isNameStart(first.value) || (first.value >= 0x30 && first.value <= 0x39) else {
            throw error("invalid first character of a blank node label")
        }
        position += first.length
        var end = position
        while position < bytes.count {
            let next = scalar(at: position)
            guard RDFGrammar.isNameChar(next.value) || next.value == 0x2E else { break }
            position += next.length
            if next.value != 0x2E { end = position }
        }
        position = end
        return start..<end
    }

    /// Scans `@tag` (LANGTAG), checks it and returns where the tag is.
    mutating func scanLanguageTag() throws -> Range<Int> {
        advance()
        let start = position
        while position < bytes.count,
              RDFGrammar.isLetter(bytes[position]) || RDFGrammar.isDigit(bytes[position]) || bytes[position] == 0x2D {
            advance()
        }
        let tag = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard RDFGrammar.isLanguageTag(tag) else { throw error("invalid language tag", at: start) }
        return start..<position
    }
}
