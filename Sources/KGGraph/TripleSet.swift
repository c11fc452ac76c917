/// A triple of a graph as three numbers of its term table; the predicate is stored as an IRI term.
struct EncodedTriple: Equatable, Sendable {
    let subject: UInt32
    let predicate: UInt32
    let object: UInt32
}

/// The distinct triples of a graph: an open-addressing set of `EncodedTriple`s.
///
/// A `Set<EncodedTriple>` hashed every insert through `Hasher` (SipHash over twelve bytes) and
/// rehashed everything on each resize: together the largest cost of building a graph after the
/// terms. Three numbers need no keyed hash; a multiply-and-mix (`TermHash`) and linear probing
/// do it in a few instructions. No output depends on the order triples are visited in: writers sort.
struct TripleSet: Sendable {
    /// A slot no triple can hold: no graph has 2³² terms.
    private static let empty = EncodedTriple(subject: .max, predicate: .max, object: .max)

    /// The count is a power of two, at most three quarters full.
    private var slots: [EncodedTriple] = []
    private(set) var count = 0

    /// Adds `triple` unless it is present.
    mutating func insert(_ triple: EncodedTriple) {
        if (count + 1) * 4 > slots.count * 3 { resize(toHold: count + 1) }
        let slot = self.slot(of: triple)
        if slots[slot] == Self.empty {
            slots[slot] = triple
            count += 1
        }
    }

    func contains(_ triple: EncodedTriple) -> Bool {
        !slots.isEmpty && slots[slot(of: triple)] == triple
    }

    /// Makes room for `capacity` triples in all, so that adding them never resizes.
    mutating func reserveCapacity(_ capacity: Int) {
        if capacity * 4 > slots.count * 3 { resize(toHold: capacity) }
    }

    /// Calls `body` with every triple, in no particular order.
    func forEach(_ body: (EncodedTriple) throws -> Void) rethrows {
        for triple in slots where triple != Self.empty { try body(triple) }
    }

    /// The slot holding `triple`, or the empty slot where it belongs.
    private func slot(of triple: EncodedTriple) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: TermHash.of(triple.subject, triple.predicate, triple.object)) & mask
        while slots[slot] != Self.empty && slots[slot] != triple { slot = (slot + 1) & mask }
        return slot
    }

    /// Re-places every triple in the smallest power of two of slots that holds `capacity` (and twice the current slots at least).
    private mutating func resize(toHold capacity: Int) {
        var size = max(16, slots.count * 2)
        while capacity * 4 > size * 3 { size *= 2 }
        let old = slots
        slots = [EncodedTriple](repeating: Self.empty, count: size)
        for triple in old where triple != Self.empty { slots[slot(of: triple)] = triple }
    }
}
