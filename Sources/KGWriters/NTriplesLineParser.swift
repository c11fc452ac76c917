#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KGGraph

/// Parses single lines of N-Triples (W3C RDF 1.1 grammar) straight from UTF-8 bytes.
///
/// A line holds nothing, a comment, or one triple (N-Triples has no line continuations, so a line
/// is the unit). Tokens are scanned on bytes; a `String` is built only for a finished token, and the
/// subject and predicates repeated from earlier lines are reused instead of decoded again, which is
/// what makes large sorted files cheap to read.
struct NTriplesLineParser {
    /// The decoded bytes of the token being unescaped.
    private var scratch: [UInt8] = []
    /// The raw bytes and term of the last subject read.
    private var lastSubject: (raw: [UInt8], term: Term)?
    /// Recently read predicates by raw bytes; predicates are few, so a short list is enough.
    private var predicates: [(raw: [UInt8], iri: String)] = []
    private static let predicateCacheSize = 32

    /// Parses `line` (without its line break); returns nil for an empty or comment line.
    /// - Throws: `NTriplesSyntaxError` at the first byte that breaks the grammar.
    mutating func parse(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws -> Triple? {
        var cursor = Cursor(bytes: line, line: number)
        try cursor.validateUTF8()
        cursor.skipSpace()
        guard let first = cursor.peek, first != 0x23 else { return nil }

        let subject: Term
        switch first {
        case 0x3C:
            let token = try cursor.scanIRI()
            let raw = UnsafeBufferPointer(rebasing: line[token.range])
            if let lastSubject, Self.equal(lastSubject.raw, raw) {
                subject = lastSubject.term
            } else {
                subject = .iri(try decodeIRI(token, cursor))
                lastSubject = (Array(raw), subject)
            }
        case 0x5F:
            subject = .blank(try cursor.scanBlankNode())
        default:
            throw cursor.error("expected a subject (an IRI or a blank node)")
        }
        cursor.skipSpace()

        guard cursor.peek == 0x3C else { throw cursor.error("expected a predicate IRI") }
        let predicate = try cachedPredicate(cursor.scanIRI(), cursor)
        cursor.skipSpace()

        let object: Term
        switch cursor.peek {
        case 0x3C: object = .iri(try decodeIRI(cursor.scanIRI(), cursor))
        case 0x5F: object = .blank(try cursor.scanBlankNode())
        case 0x22: object = .literal(try scanLiteral(&cursor))
        default: throw cursor.error("expected an object (an IRI, a blank node or a quoted literal)")
        }
        cursor.skipSpace()

        guard cursor.peek == 0x2E else { throw cursor.error("expected '.' to end the triple") }
        cursor.advance()
        cursor.skipSpace()
        if let next = cursor.peek, next != 0x23 { throw cursor.error("unexpected text after the triple") }
        return Triple(subject, predicate, object)
    }

    /// Byte equality through `memcmp`, much faster than a generic element-by-element comparison.
    private static func equal(_ cached: [UInt8], _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cached.count == raw.count else { return false }
        return cached.withUnsafeBufferPointer { cachedBytes in
            guard let lhs = cachedBytes.baseAddress, let rhs = raw.baseAddress else { return true }
            return memcmp(lhs, rhs, raw.count) == 0
        }
    }

    private mutating func cachedPredicate(_ token: Cursor.Token, _ cursor: Cursor) throws -> String {
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[token.range])
        if let hit = predicates.first(where: { Self.equal($0.raw, raw) }) { return hit.iri }
        let iri = try decodeIRI(token, cursor)
        if predicates.count == Self.predicateCacheSize { predicates.removeFirst() }
        predicates.append((Array(raw), iri))
        return iri
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

    /// Scans `"..."` with its optional `^^<datatype>` or `@language`.
    private mutating func scanLiteral(_ cursor: inout Cursor) throws -> Literal {
        let token = try cursor.scanString()
        let lexical: String
        if token.hasEscape {
            scratch.removeAll(keepingCapacity: true)
            try cursor.unescape(token.range, into: &scratch, allowECHAR: true)
            lexical = String(decoding: scratch, as: UTF8.self)
        } else {
            lexical = String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[token.range]), as: UTF8.self)
        }
        cursor.skipSpace()
        switch cursor.peek {
        case 0x5E:
            cursor.advance()
            guard cursor.peek == 0x5E else { throw cursor.error("expected '^^' before the datatype IRI") }
            cursor.advance()
            cursor.skipSpace()
            guard cursor.peek == 0x3C else { throw cursor.error("expected a datatype IRI after '^^'") }
            return Literal(lexical, datatype: try decodeIRI(cursor.scanIRI(), cursor))
        case 0x40:
            return Literal(lexical, language: try cursor.scanLanguageTag())
        default:
            return Literal(lexical)
        }
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
    private(set) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        self.bytes = bytes
        self.line = line
    }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

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
        while index < bytes.count {
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

    /// Scans `_:label` (BLANK_NODE_LABEL) and returns the label.
    mutating func scanBlankNode() throws -> String {
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
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Scans `@tag` (LANGTAG) and returns the tag.
    mutating func scanLanguageTag() throws -> String {
        advance()
        let start = position
        while position < bytes.count,
              RDFGrammar.isLetter(bytes[position]) || RDFGrammar.isDigit(bytes[position]) || bytes[position] == 0x2D {
            advance()
        }
        let tag = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard RDFGrammar.isLanguageTag(tag) else { throw error("invalid language tag", at: start) }
        return String(decoding: tag, as: UTF8.self)
    }
}
