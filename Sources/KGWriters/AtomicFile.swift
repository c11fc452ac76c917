#if canImport(Glibc)
import Glibc
#endif

/// Flushes `sink` and syncs its file to disk, then closes `descriptor`: what makes a written file
/// durable before it is renamed into place. `closed` is called as the descriptor is given up,
/// before `close` (which must not be retried, even when it fails).
func finishFile(_ sink: FileDescriptorSink, _ descriptor: Int32, path: String, closed: () -> Void) throws {
    try sink.flush()
    if fsync(descriptor) != 0 { throw SinkError(destination: path, code: errno) }
    closed()
    if close(descriptor) != 0 { throw SinkError(destination: path, code: errno) }
}

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
    /// The open descriptor of the temporary file.
    private var descriptor: Int32
    private var finished = false

    /// Creates the temporary file beside `path`.
    /// - Parameter writesInBackground: the sink hands its full buffers to a second thread
    ///   (see `FileDescriptorSink`).
    /// - Throws: `SinkError` when the folder is missing or not writable.
    public init(path: String, writesInBackground: Bool = false) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let template = (folder.isEmpty ? "" : folder) + "/." + name + ".tmp-XXXXXX"
        let (fd, created, code) = TemporaryFiles.shared.create(template: template)
        guard fd >= 0 else { throw SinkError(destination: path, code: code) }
        fchmod(fd, 0o644)
        descriptor = fd
        temporaryPath = created
        sink = FileDescriptorSink(descriptor: fd, destination: path, writesInBackground: writesInBackground)
    }

    /// Flushes, syncs and renames the temporary file to `path`.
    public func commit() throws {
        guard !finished else { return }
        do {
            try finishFile(sink, descriptor, path: path) { descriptor = -1 }
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
        if descriptor >= 0 {
            // A write still queued would otherwise go to whatever file reuses the descriptor's number.
            sink.waitForPendingWrites()
            close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath)
        TemporaryFiles.shared.unregister(temporaryPath)
    }

    deinit { discard() }
}

/// The temporary files (and folders) still open, so a signal handler can remove them before the process exits.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private var lock = pthread_mutex_t()
    private var paths: Set<String> = []
    /// Temporary folders (see `AtomicFolder`), removed after the files in them.
    private var folders: Set<String> = []

    private init() { pthread_mutex_init(&lock, nil) }

    /// Set by `removeAll()`: the process is ending, so no new temporary file may appear.
    private var closed = false

    /// Creates a temporary file from a `mkstemp` template and registers it, in one step under the
    /// lock: an interruption handler running `removeAll()` on another thread can then never miss a
    /// file created but not yet registered, nor see one created after it ran (found by sending
    /// SIGTERM to an AddressSanitizer build, whose slowness widened that window).
    /// - Returns: the open descriptor (-1 on failure), the file's path and the `errno` of a failure.
    func create(template: String) -> (descriptor: Int32, path: String, code: Int32) {
        var bytes = Array(template.utf8CString)
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard !closed else { return (-1, template, EINTR) }
        let fd = bytes.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        let code = errno
        let path = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if fd >= 0 { paths.insert(path) }
        return (fd, path, code)
    }

    /// Creates a file at exactly `path` (it must not exist) and registers it, as `create(template:)` does.
    func create(path: String) -> (descriptor: Int32, code: Int32) {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard !closed else { return (-1, EINTR) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        let code = errno
        if fd >= 0 { paths.insert(path) }
        return (fd, code)
    }

    /// Creates a folder from a `mkdtemp` template and registers it, as `create(template:)` does a file.
    /// - Returns: the folder's path, or nil and the `errno` of the failure.
    func createFolder(template: String) -> (path: String?, code: Int32) {
        var bytes = Array(template.utf8CString)
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard !closed else { return (nil, EINTR) }
        let created = bytes.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        let code = errno
        guard created != nil else { return (nil, code) }
        let path = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        folders.insert(path)
        return (path, code)
    }

    func unregister(_ path: String) {
        pthread_mutex_lock(&lock); paths.remove(path); folders.remove(path); pthread_mutex_unlock(&lock)
    }

    /// Unlinks every registered temporary file; from then on no new one can be created.
    public func removeAll() {
        pthread_mutex_lock(&lock)
        for path in paths { unlink(path) }
        for folder in folders { rmdir(folder) }
        paths.removeAll()
        folders.removeAll()
        closed = true
        pthread_mutex_unlock(&lock)
    }
}
