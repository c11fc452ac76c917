#if canImport(Glibc)
import Glibc
#endif
import KGWriters

/// Where `kgx convert --out` writes: a regular file (new or existing) is replaced atomically
/// through `AtomicFile`; an existing special file — a device such as `/dev/full` or `/dev/stdout`,
/// a FIFO, a socket — is opened and written in place. Renaming a temporary file over a device
/// node would replace the device itself with a regular file (it did, for `/dev/full`).
enum OutputTarget {
    /// Writes through `body` to `path`, atomically when `path` is (or will be) a regular file.
    /// - Throws: `OpenFailure` or `SinkError` when the output cannot be opened or written, or what `body` throws.
    static func write(to path: String, _ body: (ByteSink) throws -> Void) throws {
        guard isSpecialFile(path) else {
            let file = try AtomicFile(path: path)
            try body(file.sink)
            try file.commit()
            return
        }
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw OpenFailure(path: path, code: errno) }
        defer { close(descriptor) }
        let sink = FileDescriptorSink(descriptor: descriptor, destination: path)
        try body(sink)
        try sink.flush()
    }

    /// A special file that could not be opened for writing.
    struct OpenFailure: Error, CustomStringConvertible {
        let path: String
        let code: Int32

        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    /// Whether `path` exists (following symbolic links) and is not a regular file or a folder.
    private static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }
}
