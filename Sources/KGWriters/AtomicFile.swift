#if canImport(Glibc)
import Glibc
#endif

/// An output file that appears under its final name only once it is complete.
///
/// Bytes go to a hidden temporary file in the same folder; `commit()` flushes, syncs and renames
/// it over the destination in one step, so a failed or interrupted run never leaves a truncated
/// file where a good one was. A file that is never committed is removed by `discard()`.
public final class AtomicFile {
    /// The final path.
    public let path: String
    /// The temporary path bytes are written to until `commit()`.
    public let temporaryPath: String
    /// The sink to write through.
    public let sink: FileDescriptorSink
    /// The open descriptor of the temporary file, for a child process to write into (as `dot -Tsvg` does).
    public private(set) var descriptor: Int32
    private var finished = false

    /// Creates the temporary file beside `path`.
    /// - Throws: `SinkError` when the folder is missing or not writable.
    public init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array(((folder.isEmpty ? "" : folder) + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw SinkError(destination: path, code: errno) }
        fchmod(fd, 0o644)
        descriptor = fd
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        sink = FileDescriptorSink(descriptor: fd, destination: path)
        TemporaryFiles.shared.register(temporaryPath)
    }

    /// Flushes, syncs and renames the temporary file to `path`.
    public func commit() throws {
        guard !finished else { return }
        do {
            try sink.flush()
            if fsync(descriptor) != 0 { throw SinkError(destination: path, code: errno) }
            if close(descriptor) != 0 { descriptor = -1; throw SinkError(destination: path, code: errno) }
            descriptor = -1
            if rename(temporaryPath, path) != 0 { throw SinkError(destination: path, code: errno) }
            finished = true
            TemporaryFiles.shared.unregister(temporaryPath)
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary file, leaving any earlier file at `path` untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        unlink(temporaryPath)
        TemporaryFiles.shared.unregister(temporaryPath)
    }

    deinit { discard() }
}

/// The temporary files still open, so a signal handler can remove them before the process exits.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private var lock = pthread_mutex_t()
    private var paths: Set<String> = []

    private init() { pthread_mutex_init(&lock, nil) }

    func register(_ path: String) {
        pthread_mutex_lock(&lock); paths.insert(path); pthread_mutex_unlock(&lock)
    }

    func unregister(_ path: String) {
        pthread_mutex_lock(&lock); paths.remove(path); pthread_mutex_unlock(&lock)
    }

    /// Unlinks every registered temporary file.
    public func removeAll() {
        pthread_mutex_lock(&lock)
        for path in paths { unlink(path) }
        paths.removeAll()
        pthread_mutex_unlock(&lock)
    }
}
