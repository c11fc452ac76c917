#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of byte strings, each numbered densely in insertion order and kept in a `ByteArena`:
/// the interning table behind `InternedGraph`.
///
/// Reading a large graph looks up millions of terms of which few are new; keeping the keys in one
/// buffer and the hash table as plain integers means a lookup allocates nothing and retains
/// nothing, where a `[String: Int]` would build and hash a `String` for every occurrence.
struct ByteStringTable {
    /// The strings, by number.
    private(set) var strings = ByteArena()
    /// Open addressing with linear probing. A slot holds the upper 32 bits of the entry's hash
    /// above its number + 1, or 0 when empty, so most probes past other keys touch no other memory.
    /// An entry's first slot is taken from those same 32 bits, so the table re-places its entries
    /// when it grows from the slots alone, keeping no hash per entry.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)

    /// The number of entries.
    var count: Int { strings.count }

    /// The number of `key` (whose `hash(_:)` is `hash`) when present.
    func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = hash >> 32
        var slot = Int(tag) & mask
        return strings.bytes.withUnsafeBytes { arena -> Int? in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry >> 32 == tag {
                    let index = Int(entry & 0xFFFF_FFFF) - 1
                    if Self.equal(UnsafeRawBufferPointer(rebasing: arena[strings.range(of: index)]), key) { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Byte equality through `memcmp`.
    static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return true }
        return memcmp(left, right, a.count) == 0
    }

    /// Adds `key` (known to be absent) and returns its number.
    mutating func insert(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Int {
        if (strings.count + 1) * 4 > slots.count * 3 { grow() }
        let index = strings.append(key)
        Self.place((hash >> 32) << 32 | UInt64(index + 1), in: &slots)
        return index
    }

    /// Puts a slot entry in the first free slot from the one its tag picks.
    private static func place(_ entry: UInt64, in slots: inout [UInt64]) {
        let mask = slots.count - 1
        var slot = Int(entry >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in old where entry != 0 { Self.place(entry, in: &slots) }
    }

    /// A fast, well-mixed 64-bit hash of `key`, eight bytes at a time. Not Swift's seeded `Hasher`:
    /// the table is private to one run and its keys come from one input, so a fixed function is
    /// fine and several times cheaper.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(key.count)
        var offset = 0
        while offset + 8 <= key.count {
            let word = key.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < key.count {
            tail |= UInt64(key[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        hash = hash &* multiplier
        return hash ^ (hash >> 29)
    }
}
