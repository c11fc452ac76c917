import KGText

/// A hash table from lower-case words to values, probed with the FNV-1a hash each token already carries
/// (`Token.foldedHash`).
///
/// Lexicon look-ups ask at nearly every token whether some entry starts there. A `Dictionary<String, _>`
/// hashes the word again with the seeded `Hasher` at every question, which (with the Bloom filter that used
/// to stand in front of it) was a tenth of extraction's time; here a question is a probe or two of an array
/// of hashes, and a string comparison only when the hashes agree. Open addressing with linear
/// probing, at most half full, so that an absent word (most words) is rejected quickly.
/// (Public as a stage, and its look-up inlinable, so that the benchmark suite times look-ups alone as
/// extraction makes them: specialised, not through the generic entry points.)
@_spi(Stages) public struct WordTable<Value: Sendable>: Sendable {
    /// The stored hash of each slot (`Self.stored(_:)`, never 0), or 0 for an empty slot.
    @usableFromInline var hashes: [UInt64]
    @usableFromInline var words: [String]
    @usableFromInline var values: [Value?]
    /// How many slots are taken.
    public private(set) var count = 0

    public init() {
        hashes = [UInt64](repeating: 0, count: 16)
        words = [String](repeating: "", count: 16)
        values = [Value?](repeating: nil, count: 16)
    }

    /// The value of `token`'s lower-case form, if it was added.
    @inlinable @inline(__always)
    public func value(for token: Token) -> Value? {
        slot(of: token.folded, hash: token.foldedHash).map { values[$0]! }
    }

    /// The value of a lower-case word, if it was added.
    @inlinable
    public func value(for word: String) -> Value? {
        slot(of: word, hash: Token.fnv1a(word.utf8)).map { values[$0]! }
    }

    /// Changes the value of a lower-case word in place, adding it with `initial` first when it is absent.
    public mutating func update(_ word: String, initial: Value, _ change: (inout Value) -> Void) {
        let hash = Token.fnv1a(word.utf8)
        if let slot = slot(of: word, hash: hash) {
            change(&values[slot]!)
            return
        }
        if (count + 1) * 2 > hashes.count { grow() }
        var value = initial
        change(&value)
        insert(word, hash: hash, value)
    }

    /// The slot holding `word`, whose FNV-1a hash is `hash`, or nil.
    @inlinable @inline(__always)
    func slot(of word: String, hash: UInt64) -> Int? {
        let stored = Self.stored(hash)
        let mask = hashes.count - 1
        var index = Self.home(of: stored, mask: mask)
        while true {
            let found = hashes[index]
            if found == 0 { return nil }
            if found == stored && words[index] == word { return index }
            index = (index + 1) & mask
        }
    }

    /// Puts a word known to be absent into the first free slot of its probe sequence.
    private mutating func insert(_ word: String, hash: UInt64, _ value: Value) {
        let stored = Self.stored(hash)
        let mask = hashes.count - 1
        var index = Self.home(of: stored, mask: mask)
        while hashes[index] != 0 { index = (index + 1) & mask }
        hashes[index] = stored
        words[index] = word
        values[index] = value
        count += 1
    }

    /// Doubles the slots and puts every entry back.
    private mutating func grow() {
        var larger = WordTable()
        let capacity = hashes.count * 2
        larger.hashes = [UInt64](repeating: 0, count: capacity)
        larger.words = [String](repeating: "", count: capacity)
        larger.values = [Value?](repeating: nil, count: capacity)
        for index in hashes.indices where hashes[index] != 0 {
            larger.insert(words[index], hash: hashes[index], values[index]!)
        }
        self = larger
    }

    /// The hash as stored: never 0, which marks an empty slot. `stored(stored(h)) == stored(h)`, so that
    /// `grow()` can pass stored hashes back through `insert`.
    @inlinable @inline(__always)
    static func stored(_ hash: UInt64) -> UInt64 { hash | 1 }

    /// The first slot probed for a stored hash: its high bits folded onto the low ones, whose lowest bit is always set.
    @inlinable @inline(__always)
    static func home(of stored: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (stored >> 1) ^ (stored >> 33)) & mask
    }
}
