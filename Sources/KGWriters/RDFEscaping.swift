import KGGraph

/// How terms are spelled in Turtle and N-Triples: each lexical context (IRI, quoted string,
/// blank node label, language tag, local name) is escaped here and only here.
///
/// Every function appends to a byte buffer and copies runs of bytes that need no escape in one
/// go, escaping only the exceptional ones (the serd approach), so writing stays linear and cheap.
enum RDFEscaping {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends `\uXXXX`, or `\UXXXXXXXX` above the Basic Multilingual Plane.
    static func appendUCHAR(_ value: UInt32, to out: inout [UInt8]) {
        let width = value > 0xFFFF ? 8 : 4
        out.append(0x5C)
        out.append(width == 8 ? 0x55 : 0x75)
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    /// Appends `<iri>`, writing every character IRIREF forbids raw as a UCHAR escape.
    /// - Throws: `RDFWriterError.relativeIRI` for an IRI without a scheme.
    static func appendIRIRef(_ iri: String, to out: inout [UInt8]) throws {
        guard RDFGrammar.isAbsoluteIRI(iri.utf8) else { throw RDFWriterError.relativeIRI(iri) }
        out.append(0x3C)
        appendEscapingRuns(of: iri, to: &out, useECHAR: false) { bytes, index in
            let byte = bytes[index]
            guard RDFGrammar.isForbiddenInIRI(byte) else { return nil }
            return (UInt32(byte), 1)
        }
        out.append(0x3E)
    }

    /// Appends `"text"` in the short-string form, valid in both Turtle and N-Triples: `" \ LF CR TAB
    /// BS FF` as ECHAR, the other controls, U+007F and the non-characters U+FFFE/U+FFFF as `\uXXXX`.
    static func appendQuotedString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        appendEscapingRuns(of: text, to: &out, useECHAR: true) { bytes, index in
            let byte = bytes[index]
            switch byte {
            case 0x00...0x1F, 0x22, 0x5C, 0x7F:
                return (UInt32(byte), 1)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                return (0xFFFE + UInt32(bytes[index + 2] - 0xBE), 3)
            default:
                return nil
            }
        }
        out.append(0x22)
    }

    /// Copies `text` to `out`, replacing each character `escape` picks (returning its scalar value
    /// and its UTF-8 length) by its ECHAR form when `useECHAR` and it has one, else by a UCHAR
    /// (IRIs allow only UCHAR).
    private static func appendEscapingRuns(
        of text: String, to out: inout [UInt8], useECHAR: Bool,
        _ escape: (UnsafeBufferPointer<UInt8>, Int) -> (value: UInt32, length: Int)?
    ) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                guard let (value, length) = escape(bytes, index) else { index += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if useECHAR, let echar = echar(for: value) {
                    out.append(0x5C)
                    out.append(echar)
                } else {
                    appendUCHAR(value, to: &out)
                }
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }

    /// The ECHAR letter of the characters that have one (strings only).
    private static func echar(for value: UInt32) -> UInt8? {
        switch value {
        case 0x22: 0x22
        case 0x5C: 0x5C
        case 0x0A: 0x6E
        case 0x0D: 0x72
        case 0x09: 0x74
        case 0x08: 0x62
        case 0x0C: 0x66
        default: nil
        }
    }

    /// Appends `@tag`.
    /// - Throws: `RDFWriterError.invalidLanguageTag` when the tag does not match LANGTAG.
    static func appendLanguageTag(_ tag: String, to out: inout [UInt8]) throws {
        guard RDFGrammar.isLanguageTag(tag.utf8) else { throw RDFWriterError.invalidLanguageTag(tag) }
        out.append(0x40)
        out.append(contentsOf: tag.utf8)
    }

    /// Appends `_:label`, with `label` made a valid BLANK_NODE_LABEL.
    ///
    /// A label of ASCII letters, digits, `_`, `-` and `.` (no `-` or `.` first, no `.` last) is kept
    /// as it is; any other label becomes `x_` + the hex of its UTF-8 bytes. Kept labels never start
    /// with `x_` (such labels are encoded too), so two different labels never meet in one file.
    static func appendBlankNode(_ label: String, to out: inout [UInt8]) {
        out.append(contentsOf: "_:".utf8)
        if isPlainBlankNodeLabel(label) {
            out.append(contentsOf: label.utf8)
            return
        }
        out.append(contentsOf: "x_".utf8)
        for byte in label.utf8 {
            out.append(hexDigits[Int(byte >> 4)] | 0x20)
            out.append(hexDigits[Int(byte & 0xF)] | 0x20)
        }
    }

    private static func isPlainBlankNodeLabel(_ label: String) -> Bool {
        let bytes = label.utf8
        guard let first = bytes.first, let last = bytes.last, last != 0x2E, first != 0x2D, first != 0x2E,
              !label.hasPrefix("x_") else { return false }
        return bytes.allSatisfy { RDFGrammar.isLetter($0) || RDFGrammar.isDigit($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E }
    }

    /// Appends `local` as a Turtle PN_LOCAL, backslash-escaping reserved characters where the
    /// grammar requires it, and reports whether that was possible.
    ///
    /// Returns false (appending nothing) when no PN_LOCAL spells this text: a character outside
    /// PN_CHARS that has no PN_LOCAL_ESC (space, `<`, `"`...), or a final `.` (legal as `\.`, but
    /// rdflib 7 rejects it). The caller then writes the full `<IRI>`. `%` stays raw when two hex
    /// digits follow (PERCENT keeps them as they are) and is written `\%` otherwise.
    static func appendLocalName(_ local: Substring, to out: inout [UInt8]) -> Bool {
        // Fast path for the common case: ASCII letters, digits, `_` and inner `-` need no escape.
        if let first = local.utf8.first, first != 0x2D, local.utf8.allSatisfy(isPlainLocalNameByte) {
            out.append(contentsOf: local.utf8)
            return true
        }
        let scalars = Array(local.unicodeScalars)
        guard scalars.last != "." else { return false }
        var written: [UInt8] = []
        written.reserveCapacity(local.utf8.count)
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            let raw: Bool
            if scalar == "%" {
                raw = offset + 2 < scalars.count && scalars[offset + 1].isHexDigit && scalars[offset + 2].isHexDigit
            } else if offset == 0 {
                raw = RDFGrammar.isNameStart(value) || scalar == ":" || (value >= 0x30 && value <= 0x39)
            } else {
                raw = RDFGrammar.isNameChar(value) || scalar == ":" || scalar == "."
            }
            if raw {
                written.append(contentsOf: String(scalar).utf8)
            } else if RDFGrammar.isLocalNameEscapable(value) {
                written.append(0x5C)
                written.append(UInt8(value))
            } else {
                return false
            }
        }
        out.append(contentsOf: written)
        return true
    }

    private static func isPlainLocalNameByte(_ byte: UInt8) -> Bool {
        RDFGrammar.isLetter(byte) || RDFGrammar.isDigit(byte) || byte == 0x5F || byte == 0x2D
    }

    /// Appends a term in its N-Triples spelling: `<iri>`, `_:label` or a literal with its
    /// language tag or full datatype IRI (none for `xsd:string`).
    static func appendNTriplesTerm(_ term: Term, to out: inout [UInt8]) throws {
        switch term {
        case .iri(let iri):
            try appendIRIRef(iri, to: &out)
        case .blank(let label):
            appendBlankNode(label, to: &out)
        case .literal(let literal):
            try appendLiteral(literal, to: &out) { datatype, out in try appendIRIRef(datatype, to: &out) }
        }
    }

    /// Appends a quoted literal; `appendDatatype` spells the datatype (full IRI or prefixed name).
    static func appendLiteral(_ literal: Literal, to out: inout [UInt8],
                              appendDatatype: (String, inout [UInt8]) throws -> Void) throws {
        appendQuotedString(literal.lexical, to: &out)
        if let language = literal.language {
            try appendLanguageTag(language, to: &out)
        } else if !literal.isPlainString {
            out.append(contentsOf: "^^".utf8)
            try appendDatatype(literal.datatype, &out)
        }
    }

    /// Throws unless `term` may be a subject (an IRI or a blank node).
    static func checkSubject(_ term: Term) throws {
        if case .literal(let literal) = term { throw RDFWriterError.literalSubject(literal) }
    }
}

private extension Unicode.Scalar {
    var isHexDigit: Bool { isASCII && RDFGrammar.hexValue(UInt8(value)) != nil }
}
