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

    mutating func resolve(_ raw: UnsafeBufferPointer<UInt8>, decode: () throws -> Term) throws -> Term {
        let bytes = UnsafeRawBufferPointer(raw)
        let slot = Int(ByteStringTable.hash(bytes) % UInt64(Self.slotCount))
        if let cached = slots[slot], cached.raw.withUnsafeBytes({ ByteStringTable.equal($0, bytes) }) {
            return cached.term
        }
        let term = try decode()
        slots[slot] = (Array(raw), term)
        return term
    }
}
