import KGGraph

/// The resolver of `NTriplesReader`'s `Triple` interface: decodes terms, remembering the most
/// recent ones by their bytes.
///
/// Files repeat a subject on consecutive lines and use a handful of predicates, so a small
/// direct-mapped cache (one slot per hash bucket, the newest term wins) spares most of the
/// decoding and `String` building without holding the whole file's terms.
struct RecentTermCache: NTriplesTermResolver {
    private static let slotCount = 64
    private var slots: [(raw: [UInt8], term: Term)?] = Array(repeating: nil, count: slotCount)

    func known(_ raw: UnsafeBufferPointer<UInt8>) -> Term? {
        let bytes = UnsafeRawBufferPointer(raw)
        guard let cached = slots[Self.slot(of: bytes)], cached.raw.withUnsafeBytes({ ByteStringTable.equal($0, bytes) }) else { return nil }
        return cached.term
    }

    mutating func resolve(_ raw: UnsafeBufferPointer<UInt8>, decode: () throws -> Term) throws -> Term {
        if let term = known(raw) { return term }
        let term = try decode()
        slots[Self.slot(of: UnsafeRawBufferPointer(raw))] = (Array(raw), term)
        return term
    }

    private static func slot(of bytes: UnsafeRawBufferPointer) -> Int {
        Int(ByteStringTable.hash(bytes) % UInt64(slotCount))
    }
}
