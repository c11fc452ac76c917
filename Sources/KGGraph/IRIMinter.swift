import Foundation

/// Mints deterministic, readable IRIs for resources: `<base><class>/<slug>`.
///
/// The same canonical name always yields the same IRI, whichever documents are processed and in
/// whatever order, so graphs from separate runs merge by plain union.
public struct IRIMinter: Sendable {
    /// The base IRI, always ending in `/` or `#`.
    public let base: String

    public init(base: String = Namespace.defaultResourceBase) {
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    }

    /// The namespace of one class's resources, e.g. `https://w3id.org/kgx/id/country/`.
    public func namespace(for kind: Vocabulary.Class) -> String {
        base + kind.pathSegment + "/"
    }

    /// The IRI of a resource of `kind` whose canonical name is `name`.
    public func iri(_ kind: Vocabulary.Class, name: String) -> String {
        namespace(for: kind) + Self.slug(name)
    }

    /// The IRI of a resource of `kind` keyed by several parts (an agreement by kind, parties and date).
    public func iri(_ kind: Vocabulary.Class, key parts: [String]) -> String {
        namespace(for: kind) + parts.map(Self.slug).filter { !$0.isEmpty }.joined(separator: "--")
    }

    /// The IRI of the reification node describing one fact: `<base>statement/<16 hex digits>`,
    /// the FNV-1a 64 hash of its subject, predicate and object, so the same fact gets the same
    /// node in every run and every shard.
    public func statementIRI(for triple: Triple) -> String {
        let object: String
        switch triple.object {
        case .iri(let value), .blank(let value): object = value
        case .literal(let literal): object = literal.lexical
        }
        // The parts are hashed one after the other, as their concatenation would be, without building it.
        var hash = FNV1a64()
        hash.add(triple.subject.iriValue ?? "")
        hash.add(Self.statementPartSeparator)
        hash.add(triple.predicate)
        hash.add(Self.statementPartSeparator)
        hash.add(object)
        let hex = String(hash.value, radix: 16)
        return base + "statement/" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// What separates the parts a statement IRI hashes (U+001F, the unit separator).
    private static let statementPartSeparator = "\u{1F}"

    /// A lower-case slug of `name`: letters and digits of any script kept, accents folded,
    /// every other run of characters a single `-`. Characters outside ASCII are kept as they are
    /// (IRIs allow them); nothing is produced that Turtle, N-Triples or an IRI parser would reject.
    public static func slug(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in folded(name).unicodeScalars {
            let isWordChar = scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) && !Self.isIRIExcluded(scalar)
            if isWordChar {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "unnamed" : slug
    }

    /// `name` in lower case, accents stripped, in NFC. ASCII (most names) has no accents and is
    /// already NFC, so it skips Foundation's transforms, which cost far more than the rest of minting.
    static func folded(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        let stripped = name.applyingTransform(.stripDiacritics, reverse: false) ?? name
        return stripped.lowercased().precomposedStringWithCanonicalMapping
    }

    /// Code points an IRI may not hold raw (RFC 3987 `ucschar` excludes specials and private use).
    private static func isIRIExcluded(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0xD800...0xF8FF).contains(v) || (0xFFF0...0xFFFF).contains(v) || v > 0xEFFFD
    }
}

/// The 64-bit FNV-1a hash, fed text by text: the hash of several texts added in turn is that of their concatenation.
private struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
    }
}
