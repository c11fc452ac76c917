/// Byte-exact equality and hashing for strings in the graph model.
///
/// Swift's `String ==` treats canonically equivalent text as equal ("é" precomposed and "e" +
/// combining accent), but RDF terms are equal only when their code points are: two such literals
/// are two different triples, and merging them would lose one.
@usableFromInline
enum ByteIdentity {
    @inlinable
    static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    @inlinable
    static func hash(_ text: String, into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        for byte in text.utf8 { hasher.combine(byte) }
    }
}

extension Literal {
    public static func == (lhs: Literal, rhs: Literal) -> Bool {
        ByteIdentity.equal(lhs.lexical, rhs.lexical) && ByteIdentity.equal(lhs.datatype, rhs.datatype)
            && lhs.language == rhs.language
    }

    public func hash(into hasher: inout Hasher) {
        ByteIdentity.hash(lexical, into: &hasher)
        ByteIdentity.hash(datatype, into: &hasher)
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
