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
public final class FileDescriptorSink: ByteSink {
    private let descriptor: Int32
    private let destination: String
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// - Parameters:
    ///   - descriptor: an open, writable descriptor; the sink does not close it.
    ///   - destination: a name for error messages (a path, or "standard output").
    public init(descriptor: Int32, destination: String, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.destination = destination
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// A sink on standard output.
    public static func standardOutput() -> FileDescriptorSink {
        FileDescriptorSink(descriptor: 1, destination: "standard output")
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SinkError(destination: destination, code: errno)
            }
            offset += written
        }
    }
}
