import Foundation
import Glibc
import KGTestSupport
import KGWriters
import Testing

/// A sink that writes from a second thread gives the same bytes, in order, as one that does not,
/// and still reports a failed write.
@Suite("Background writes")
struct BackgroundWritesTests {
    /// Pieces of every size the writers hand over: single bytes, lines, pieces near the 1 MB buffer
    /// and chunks larger than it, each piece's byte different from its neighbours'.
    private static func pieces() -> [[UInt8]] {
        (0..<3_000).map { index in
            let size = if index % 300 == 7 { 1_000_000 + index * 97 }
                else if index % 40 == 3 { 40_000 + index * 13 }
                else if index % 2 == 0 { 1 }
                else { index % 300 + 1 }
            return [UInt8](repeating: UInt8(truncatingIfNeeded: index), count: size)
        }
    }

    @Test("an atomic file written in the background holds exactly the bytes written, in order")
    func backgroundFileHoldsTheBytesInOrder() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pieces = Self.pieces()
        let path = folder.appendingPathComponent("out.bin").path
        let file = try AtomicFile(path: path, writesInBackground: true)
        for piece in pieces { try piece.withUnsafeBytes { try file.sink.write($0) } }
        try file.commit()
        var expected = Data()
        for piece in pieces { expected.append(contentsOf: piece) }
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count == expected.count)
        #expect(written == expected)
    }

    @Test("a write that fails in the background (/dev/full) is thrown by a later write or by flush")
    func backgroundFailureIsReported() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let sink = FileDescriptorSink(descriptor: descriptor, destination: "/dev/full", writesInBackground: true)
        let chunk = [UInt8](repeating: 0x41, count: 1 << 20)
        let error = #expect(throws: SinkError.self) {
            for _ in 0..<8 { try chunk.withUnsafeBytes { try sink.write($0) } }
            try sink.flush()
        }
        #expect(error?.code == ENOSPC)
        #expect(error?.destination == "/dev/full")
    }

    @Test("a discarded background file leaves nothing behind, and its descriptor is closed only after its writes")
    func discardedBackgroundFileLeavesNothing() throws {
        let folder = try ProjectPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.bin").path
        let file = try AtomicFile(path: path, writesInBackground: true)
        let chunk = [UInt8](repeating: 0x42, count: 3 << 20)
        try chunk.withUnsafeBytes { try file.sink.write($0) }
        file.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
