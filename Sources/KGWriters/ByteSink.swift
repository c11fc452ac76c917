#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a writer's bytes go: a buffered file descriptor, or memory in tests.
///
/// Writers call `write` with small pieces and `flush` once at the end; a sink reports every
/// I/O failure (full disk, closed pipe) as a thrown `SinkError`, never by dropping bytes.
public protocol ByteSink: AnyObject {
    /// Appends bytes to the output.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Pushes any buffered bytes to their destination.
    func flush() throws
}

extension ByteSink {
    /// Appends the UTF-8 bytes of `text`.
    @inlinable
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends the UTF-8 bytes of a substring.
    @inlinable
    public func write(_ text: Substring) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends one ASCII byte.
    @inlinable
    public func write(byte: UInt8) throws {
        var byte = byte
        try withUnsafeBytes(of: &byte) { try write($0) }
    }
}

/// An I/O failure while writing output.
public struct SinkError: Error, CustomStringConvertible, Equatable {
    /// What was being written to.
    public let destination: String
    /// The `errno` of the failed call.
    public let code: Int32

    public var description: String {
        "cannot write \(destination): \(String(cString: strerror(code)))"
    }
}

/// A sink that collects bytes in memory; for tests and for small outputs.
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    public func flush() throws {}

    /// The collected bytes decoded as UTF-8 (invalid sequences repaired).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A sink over an open file descriptor with a fixed-size buffer, so memory use does not grow
/// with the output.
///
/// With `writesInBackground`, full buffers go to the kernel from a second thread (`BackgroundWrites`)
/// while the writer goes on; a failed write is then reported by a later `write` or by `flush`,
/// which returns only once everything is written. Whoever closes the descriptor calls `flush` or
/// `waitForPendingWrites` first.
public final class FileDescriptorSink: ByteSink {
    private let descriptor: Int32
    private let destination: String
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let background: BackgroundWrites?

    /// - Parameters:
    ///   - descriptor: an open, writable descriptor; the sink does not close it.
    ///   - destination: a name for error messages (a path, or "standard output").
    ///   - writesInBackground: hand full buffers to a second thread (for a machine with a core to spare).
    public init(descriptor: Int32, destination: String, capacity: Int? = nil, writesInBackground: Bool = false) {
        self.descriptor = descriptor
        self.destination = destination
        // Each hand-off to the second thread costs a wake-up, so it takes larger buffers.
        self.capacity = capacity ?? (writesInBackground ? 1 << 20 : 1 << 16)
        background = writesInBackground ? BackgroundWrites(descriptor: descriptor) : nil
        buffer.reserveCapacity(self.capacity)
    }

    /// A sink on standard output.
    public static func standardOutput() -> FileDescriptorSink {
        FileDescriptorSink(descriptor: 1, destination: "standard output")
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try writeBuffer() }
        if bytes.count >= capacity {
            try check(send(bytes))
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func flush() throws {
        try writeBuffer()
        try check(background?.wait())
    }

    /// Returns once the background writes queued so far are done, whether or not they failed:
    /// for closing the descriptor of an output that is being given up.
    public func waitForPendingWrites() {
        _ = background?.wait()
    }

    /// Writes (or hands off) the buffered bytes and empties the buffer.
    private func writeBuffer() throws {
        guard !buffer.isEmpty else { return }
        try check(buffer.withUnsafeBytes { send($0) })
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes`, or hands a copy of them to the background thread.
    /// - Returns: the `errno` of a failed write, or nil.
    private func send(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        if let background { return background.send(Array(bytes)) }
        return Self.writeAll(bytes, to: descriptor)
    }

    /// Throws the `SinkError` of a failed write's `errno`.
    private func check(_ code: Int32?) throws {
        if let code { throw SinkError(destination: destination, code: code) }
    }

    /// Writes all of `bytes` to `descriptor`, retrying interrupted and short writes.
    /// - Returns: the `errno` of a failed write, or nil.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
