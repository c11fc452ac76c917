import Dispatch
import Foundation

/// Work spread over several cores: the items `0..<count` split into one contiguous share per core,
/// each share computed on a thread of its own.
///
/// Resolving names and building the graph both split this way. The results come back in share
/// order, so what is made of them never depends on which core finished first.
public struct Shares: Sendable {
    /// How many shares work is split into at most.
    public let cores: Int

    public init(cores: Int) {
        self.cores = max(1, cores)
    }

    /// `transform` of each share's range of `0..<count`, in share order (fewer shares when there are fewer items than cores).
    public func map<Value: Sendable>(_ count: Int, _ transform: @Sendable (Range<Int>) -> Value) -> [Value] {
        let shares = min(cores, max(1, count))
        guard shares > 1 else { return [transform(0..<count)] }
        let results = Slots<Value>(count: shares)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            results.set(share, transform(count * share / shares..<count * (share + 1) / shares))
        }
        return results.values.compactMap { $0 }
    }
}

/// One slot per work item, written from worker threads, read once all are done.
///
/// Guarded by `NSLock` (a pthread mutex) rather than `Synchronization.Mutex`: on Linux a contended
/// `Mutex` is handed from thread to thread by the kernel (a priority-inheritance futex), which
/// ThreadSanitizer cannot see, so it reported the slots as racing; a pthread mutex it understands.
public final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    public var values: [Value?] { lock.withLock { slots } }
}
