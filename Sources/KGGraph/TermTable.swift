/// The distinct terms of a graph, numbered in the order they were first stored, and found again by
/// an open-addressing table of their numbers.
///
/// It replaces a `[Term: UInt32]` beside the `[Term]`: that dictionary kept a second copy of every
/// term and hashed through `Hasher`; this table keeps four bytes a slot and each term's hash
/// (`TermHash`), so that a probe compares whole terms only when the hashes agree and growing never
/// hashes a term again.
struct TermTable {
    private(set) var terms: [Term] = []
    private var hashes: [UInt64] = []
    /// Term number + 1 in each slot, 0 for an empty one; the count is a power of two, at most half full.
    private var slots: [UInt32] = []

    /// The number of `term`, stored as the next number when new.
    mutating func index(of term: Term) -> UInt32 {
        if terms.count * 2 >= slots.count { grow() }
        let hash = TermHash.of(term)
        let (slot, found) = probe(term, hash)
        if let found { return found }
        let index = UInt32(terms.count)
        slots[slot] = index + 1
        terms.append(term)
        hashes.append(hash)
        return index
    }

    /// The number of `term` if it is stored.
    func existingIndex(of term: Term) -> UInt32? {
        slots.isEmpty ? nil : probe(term, TermHash.of(term)).found
    }

    /// The slot holding `term` (and its number), or the empty slot where it belongs.
    private func probe(_ term: Term, _ hash: UInt64) -> (slot: Int, found: UInt32?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if hashes[index] == hash && terms[index] == term { return (slot, UInt32(index)) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// Doubles the slots and places every number again from its stored hash.
    private mutating func grow() {
        let count = max(16, slots.count * 2)
        let mask = count - 1
        var grown = [UInt32](repeating: 0, count: count)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = UInt32(index + 1)
        }
        slots = grown
    }
}
