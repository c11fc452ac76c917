#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-exact equality and hashing for strings in the graph model.
///
/// Swift's `String ==` treats canonically equivalent text as equal ("é" precomposed and "e" +
/// combining accent), but RDF terms are equal only when their code points are: two such literals
/// are two different triples, and merging them would lose one.
@usableFromInline
enum ByteIdentity {
    @inlinable
    static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return compare(a, b) == 0
    }

    /// The sign of the byte-wise comparison of the UTF-8 of `a` and `b` (memcmp order; a proper
    /// prefix sorts first). Writers and sorting call this millions of times, so it works on the
    /// contiguous bytes rather than through the generic sequence algorithms.
    @inlinable
    static func compare(_ a: String, _ b: String) -> Int32 {
        var a = a, b = b
        return a.withUTF8 { left in
            b.withUTF8 { right in
                let shared = min(left.count, right.count)
                if shared > 0, let l = left.baseAddress, let r = right.baseAddress {
                    let order = memcmp(l, r, shared)
                    if order != 0 { return order }
                }
                return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
            }
        }
    }

    @inlinable
    static func precedes(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    @inlinable
    static func hash(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // a terminator no UTF-8 text contains, so "ab"+"c" ≠ "a"+"bc"
    }
}

extension Literal {
    public static func == (lhs: Literal, rhs: Literal) -> Bool {
        ByteIdentity.equal(lhs.lexical, rhs.lexical) && ByteIdentity.equal(lhs.datatype, rhs.datatype)
            && lhs.language == rhs.language
    }

    /// Hashes the lexical form and language only: literals that differ only in datatype are rare,
    /// and equality still compares the datatype, while hashing its long IRI for every literal a
    /// graph stores is not free.
    public func hash(into hasher: inout Hasher) {
        ByteIdentity.hash(lexical, into: &hasher)
        hasher.combine(language)
    }
}

extension Term {
    public static func == (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)), (.blank(let a), .blank(let b)): return ByteIdentity.equal(a, b)
        case (.literal(let a), .literal(let b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .iri(let value): hasher.combine(0); ByteIdentity.hash(value, into: &hasher)
        case .blank(let value): hasher.combine(1); ByteIdentity.hash(value, into: &hasher)
        case .literal(let value): hasher.combine(2); value.hash(into: &hasher)
        }
    }
}

extension Triple {
    public static func == (lhs: Triple, rhs: Triple) -> Bool {
        lhs.subject == rhs.subject && ByteIdentity.equal(lhs.predicate, rhs.predicate) && lhs.object == rhs.object
    }

    public func hash(into hasher: inout Hasher) {
        subject.hash(into: &hasher)
        ByteIdentity.hash(predicate, into: &hasher)
        object.hash(into: &hasher)
    }
}
