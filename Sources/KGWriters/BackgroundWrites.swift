import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes a descriptor's buffers on a second thread, in order, while the writer fills the next.
///
/// Handing a full buffer to the kernel is a copy into the page cache: for a 370 MB export it is
/// most of the writing time, and the writer's own formatting has to wait for it. On a machine with
/// a free core, the copy goes there instead. At most `depth` buffers wait, so memory stays bounded.
/// A failed write's `errno` is kept and returned by the next `send` and by `wait`; nothing after it
/// is written.
final class BackgroundWrites: Sendable {
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "kgx.background-writes")
    private let slots: DispatchSemaphore
    /// The `errno` of the first write that failed.
    private let failure = Mutex<Int32?>(nil)

    init(descriptor: Int32, depth: Int = 2) {
        self.descriptor = descriptor
        slots = DispatchSemaphore(value: depth)
    }

    /// Queues `bytes` to be written after those sent before; waits while `depth` buffers are queued.
    /// - Returns: the `errno` of an earlier write that failed (`bytes` are then dropped), or nil.
    func send(_ bytes: [UInt8]) -> Int32? {
        if let code = failure.withLock({ $0 }) { return code }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            let code = bytes.withUnsafeBytes { FileDescriptorSink.writeAll($0, to: descriptor) }
            if let code { failure.withLock { $0 = code } }
        }
        return nil
    }

    /// Returns once every queued buffer is written (or dropped after a failure).
    /// - Returns: the `errno` of a write that failed, or nil.
    func wait() -> Int32? {
        queue.sync {}
        return failure.withLock { $0 }
    }
}
