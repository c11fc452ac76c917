/// A Bloom filter over words: answers "certainly not in the set" from a cheap FNV-1a hash, so that a
/// gazetteer rejects the many words that start none of its entries without a dictionary look-up (whose
/// seeded string hashing and comparisons were most of the lexicon matching time).
struct WordFilter: Sendable {
    private static let bitCount = 1 << 14
    private var bits = [UInt64](repeating: 0, count: bitCount / 64)

    mutating func insert(_ word: String) {
        let (first, second) = Self.bits(of: word)
        bits[first >> 6] |= 1 << UInt64(first & 63)
        bits[second >> 6] |= 1 << UInt64(second & 63)
    }

    /// False when `word` was certainly never inserted; true when it may have been.
    func mayContain(_ word: String) -> Bool {
        let (first, second) = Self.bits(of: word)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    /// The two bit positions of a word, from the low and high halves of its FNV-1a hash.
    private static func bits(of word: String) -> (Int, Int) {
        func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
            bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        let hash = word.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(word.utf8)
        return (Int(truncatingIfNeeded: hash) & (bitCount - 1), Int(truncatingIfNeeded: hash >> 32) & (bitCount - 1))
    }
}
