import KGText

/// A Bloom filter over words: answers "certainly not in the set" from a cheap FNV-1a hash, so that a
/// gazetteer rejects the many words that start none of its entries without a dictionary look-up (whose
/// seeded string hashing and comparisons were most of the lexicon matching time). A token is tested by the
/// hash of its lower-case form it carries (`Token.foldedHash`), so words are inserted in lower case.
struct WordFilter: Sendable {
    private static let bitCount = 1 << 14
    private var bits = [UInt64](repeating: 0, count: bitCount / 64)

    /// Adds a word, in lower case.
    mutating func insert(_ word: String) {
        let (first, second) = Self.bits(of: Token.fnv1a(word.utf8))
        bits[first >> 6] |= 1 << UInt64(first & 63)
        bits[second >> 6] |= 1 << UInt64(second & 63)
    }

    /// False when the lower-case form of `token` was certainly never inserted; true when it may have been.
    func mayContain(_ token: Token) -> Bool {
        let (first, second) = Self.bits(of: token.foldedHash)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    /// The two bit positions of a word, from the low and high halves of its FNV-1a hash.
    private static func bits(of hash: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: hash) & (bitCount - 1), Int(truncatingIfNeeded: hash >> 32) & (bitCount - 1))
    }
}
