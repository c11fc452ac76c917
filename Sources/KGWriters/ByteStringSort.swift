#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorts byte strings by their bytes (memcmp order, a proper prefix first) with multikey
/// quicksort (Bentley and Sedgewick) on eight bytes at a time: partitioning on the next eight
/// bytes, it looks at the long prefix that IRIs share a few times per string instead of once per
/// comparison.
///
/// The strings are given as buffers anywhere in memory (most of them are views into bytes that
/// are held anyway, see `TermOrder`), numbered by their position in `keys`.
enum ByteStringSort {
    private static let insertionSortLimit = 12

    /// Sorts `ids`, numbers of `keys`, by the keys' bytes; keys with equal bytes are ordered by
    /// `tieBreak` (which says whether its first argument goes first). The keys' memory must stay
    /// valid and unchanged during the call.
    static func sort(_ ids: UnsafeMutableBufferPointer<Int>, by keys: [UnsafeBufferPointer<UInt8>], tieBreak: (Int, Int) -> Bool) {
        withoutActuallyEscaping(tieBreak) { tieBreak in
            Sorter(keys: keys, tieBreak: tieBreak).sort(ids)
        }
    }

    private struct Sorter {
        let keys: [UnsafeBufferPointer<UInt8>]
        let tieBreak: (Int, Int) -> Bool

        /// The eight bytes of string `id` from `depth` as a big-endian number (zeros past its end)
        /// and how many of them the string has: pairs compare as the strings' bytes do.
        func chunk(_ id: Int, _ depth: Int) -> (word: UInt64, count: Int) {
            let key = keys[id]
            let count = min(max(key.count - depth, 0), 8)
            guard count > 0, let base = key.baseAddress else { return (0, 0) }
            let start = base + depth
            if count == 8 { return (UnsafeRawPointer(start).loadUnaligned(as: UInt64.self).bigEndian, 8) }
            var word: UInt64 = 0
            for offset in 0..<count { word |= UInt64(start[offset]) << UInt64(56 - 8 * offset) }
            return (word, count)
        }

        /// Whether string `a` goes before string `b`, both known to agree on their first `depth` bytes.
        func precedes(_ a: Int, _ b: Int, from depth: Int) -> Bool {
            let left = keys[a].count - depth, right = keys[b].count - depth
            let shared = min(left, right)
            if shared > 0, let first = keys[a].baseAddress, let second = keys[b].baseAddress {
                let order = memcmp(first + depth, second + depth, shared)
                if order != 0 { return order < 0 }
            }
            return left != right ? left < right : tieBreak(a, b)
        }

        func sort(_ ids: UnsafeMutableBufferPointer<Int>) {
            var pending: [(lower: Int, upper: Int, depth: Int)] = [(0, ids.count, 0)]
            while let (lower, upper, depth) = pending.popLast() {
                if upper - lower <= insertionSortLimit {
                    insertionSort(ids, lower, upper, depth)
                    continue
                }
                let pivot = chunk(ids[lower + (upper - lower) / 2], depth)
                // Three-way partition: [lower, less) < pivot, [less, greater) == pivot, [greater, upper) > pivot.
                var less = lower, index = lower, greater = upper
                while index < greater {
                    let value = chunk(ids[index], depth)
                    if value < pivot {
                        ids.swapAt(less, index)
                        less += 1
                        index += 1
                    } else if value > pivot {
                        greater -= 1
                        ids.swapAt(index, greater)
                    } else {
                        index += 1
                    }
                }
                pending.append((lower, less, depth))
                pending.append((greater, upper, depth))
                if pivot.count == 8 {
                    pending.append((less, greater, depth + 8))
                } else if greater - less > 1 {
                    // Every string of the middle part ends within these eight bytes: they are equal.
                    var tied = UnsafeMutableBufferPointer(rebasing: ids[less..<greater])
                    tied.sort(by: tieBreak)
                }
            }
        }

        private func insertionSort(_ ids: UnsafeMutableBufferPointer<Int>, _ lower: Int, _ upper: Int, _ depth: Int) {
            guard upper - lower > 1 else { return }
            for index in (lower + 1)..<upper {
                let id = ids[index]
                var position = index
                while position > lower, precedes(id, ids[position - 1], from: depth) {
                    ids[position] = ids[position - 1]
                    position -= 1
                }
                ids[position] = id
            }
        }
    }
}
