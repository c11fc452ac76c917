import KGGraph

/// Numbers the distinct terms of an N-Triples input and keeps each one's N-Triples spelling.
///
/// Terms are found by their canonical spelling (as `NTriplesWriter` writes them): canonical
/// spellings are equal exactly when the terms are, which makes the number a term identity. Most
/// input is already written canonically, so a term's bytes as written are first looked up as a
/// canonical spelling; only bytes not found are decoded into a `Term` and spelled. Bytes that
/// differ from their canonical spelling (`<http://a\u0062>` for `<http://ab>`, `@EN`) are kept as
/// aliases, so they too are decoded once.
///
/// Blank nodes always go through the aliases: the writer relabels blank nodes (`_:é` is written
/// `_:x_c3a9`), so a label as written could equal another node's canonical spelling.
struct TermInterner: NTriplesTermResolver {
    /// The canonical N-Triples spelling of each term, by term number.
    private(set) var spellings = ByteStringTable()
    /// The decoded terms, by term number.
    private(set) var terms: [Term] = []
    /// Spellings as written that are not canonical, and the term number of each.
    private var aliases = ByteStringTable()
    private var aliasTerms: [UInt32] = []
    /// A reused buffer for canonical spellings.
    private var scratch: [UInt8] = []

    func known(_ raw: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let bytes = UnsafeRawBufferPointer(raw)
        let hash = ByteStringTable.hash(bytes)
        if raw.first != 0x5F, let id = spellings.find(bytes, hash: hash) { return UInt32(id) }
        if aliases.count > 0, let alias = aliases.find(bytes, hash: hash) { return aliasTerms[alias] }
        return nil
    }

    mutating func resolve(_ raw: UnsafeBufferPointer<UInt8>, decode: () throws -> Term) throws -> UInt32 {
        if let id = known(raw) { return id }
        let bytes = UnsafeRawBufferPointer(raw)
        let hash = ByteStringTable.hash(bytes)
        let isBlank = raw.first == 0x5F
        let term = try decode()
        var canonical = scratch
        scratch = []
        defer { scratch = canonical }
        canonical.removeAll(keepingCapacity: true)
        try RDFEscaping.appendNTriplesTerm(term, to: &canonical)
        if !isBlank, canonical.withUnsafeBytes({ ByteStringTable.equal($0, bytes) }) {
            return add(term, spelling: bytes, hash: hash)
        }
        let id = canonical.withUnsafeBytes { spelling in
            let spellingHash = ByteStringTable.hash(spelling)
            return spellings.find(spelling, hash: spellingHash).map { UInt32($0) } ?? add(term, spelling: spelling, hash: spellingHash)
        }
        _ = aliases.insert(bytes, hash: hash)
        aliasTerms.append(id)
        return id
    }

    /// The number of `term`, numbering it if it is new (for terms that come decoded, not as bytes).
    /// A blank node always gets a number of its own: its spelling may equal another node's (see above).
    mutating func resolve(_ term: Term) throws -> UInt32 {
        var canonical = scratch
        scratch = []
        defer { scratch = canonical }
        canonical.removeAll(keepingCapacity: true)
        try RDFEscaping.appendNTriplesTerm(term, to: &canonical)
        let isBlank = if case .blank = term { true } else { false }
        return canonical.withUnsafeBytes { spelling in
            let hash = ByteStringTable.hash(spelling)
            if !isBlank, let id = spellings.find(spelling, hash: hash) { return UInt32(id) }
            return add(term, spelling: spelling, hash: hash)
        }
    }

    /// Numbers a new term whose canonical spelling (absent so far) is `spelling`.
    private mutating func add(_ term: Term, spelling: UnsafeRawBufferPointer, hash: UInt64) -> UInt32 {
        let id = spellings.insert(spelling, hash: hash)
        terms.append(term)
        return UInt32(id)
    }
}
