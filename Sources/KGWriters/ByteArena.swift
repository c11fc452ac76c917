/// Byte strings stored back to back in one buffer, numbered in the order they were added.
///
/// Holding many small byte strings this way costs two integers of bookkeeping each instead of an
/// array (a heap object) each, and reading them back needs no reference counting.
struct ByteArena {
    /// All strings' bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where string `i` ends in `bytes` (it starts where string `i - 1` ends).
    private var ends: [Int] = []

    /// The number of strings.
    var count: Int { ends.count }

    /// Where string `index` is in `bytes`.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Adds a string and returns its number.
    @discardableResult
    mutating func append<C: Collection>(_ string: C) -> Int where C.Element == UInt8 {
        bytes.append(contentsOf: string)
        ends.append(bytes.count)
        return ends.count - 1
    }

    /// Adds the string `body` appends to the buffer it is given, and returns its number.
    @discardableResult
    mutating func append(_ body: (inout [UInt8]) throws -> Void) rethrows -> Int {
        try body(&bytes)
        ends.append(bytes.count)
        return ends.count - 1
    }

    /// Appends string `index` to `out`.
    func copy(_ index: Int, to out: inout [UInt8]) {
        let range = range(of: index)
        bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
