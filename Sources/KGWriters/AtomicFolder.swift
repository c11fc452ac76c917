#if canImport(Glibc)
import Glibc
#endif

/// An output folder of several files that appears under its final name only once every file in
/// it is complete, as `AtomicFile` does for one file.
///
/// Files go to a hidden temporary folder beside the destination. `commit()` syncs them, moves the
/// previous folder (if any) aside, renames the new one into place and then removes the old one,
/// so the destination always holds one whole export: the old one until the rename, the new one
/// after it (between the two renames it is briefly absent, never partial). A folder that is never
/// committed is removed by `discard()`, and a signal handler removes it through `TemporaryFiles`.
public final class AtomicFolder {
    /// The final path.
    public let path: String
    /// The temporary folder files are written into until `commit()`.
    private let temporaryPath: String
    private var files: [(path: String, descriptor: Int32, sink: FileDescriptorSink)] = []
    private var finished = false

    /// Creates the temporary folder beside `path`.
    /// - Throws: `SinkError` when the parent folder is missing or not writable.
    public init(path: String) throws {
        self.path = path
        let (created, code) = TemporaryFiles.shared.createFolder(template: Self.sibling(of: path, tag: "tmp"))
        guard let created else { throw SinkError(destination: path, code: code) }
        chmod(created, 0o755)
        temporaryPath = created
    }

    /// Creates the file `name` in the folder and returns the sink to write it through. Files are
    /// written one after another, so the one before is finished here (flushed, synced, closed):
    /// a folder of thousands of files never holds more than one descriptor.
    public func file(named name: String) throws -> FileDescriptorSink {
        try finishLastFile()
        let filePath = temporaryPath + "/" + name
        let (fd, code) = TemporaryFiles.shared.create(path: filePath)
        guard fd >= 0 else { throw SinkError(destination: path + "/" + name, code: code) }
        let sink = FileDescriptorSink(descriptor: fd, destination: path + "/" + name)
        files.append((filePath, fd, sink))
        return sink
    }

    /// Syncs every file and puts the folder in place of the previous one.
    public func commit() throws {
        guard !finished else { return }
        do {
            try finishLastFile()
            try replace()
            finished = true
            files.forEach { TemporaryFiles.shared.unregister($0.path) }
            TemporaryFiles.shared.unregister(temporaryPath)
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary folder and its files, leaving any earlier folder at `path` untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        for file in files {
            if file.descriptor >= 0 { close(file.descriptor) }
            unlink(file.path)
            TemporaryFiles.shared.unregister(file.path)
        }
        files.removeAll()
        rmdir(temporaryPath)
        TemporaryFiles.shared.unregister(temporaryPath)
    }

    deinit { discard() }

    /// Flushes, syncs and closes the file opened last, if it is still open.
    private func finishLastFile() throws {
        guard let index = files.indices.last, files[index].descriptor >= 0 else { return }
        let file = files[index]
        try finishFile(file.sink, file.descriptor, path: file.path) { files[index].descriptor = -1 }
    }

    /// Renames the temporary folder to `path`, first moving an existing folder there aside (a
    /// directory can only be renamed over an empty one) and removing it once the new one is in.
    private func replace() throws {
        if rename(temporaryPath, path) == 0 { return }
        guard errno == EEXIST || errno == ENOTEMPTY else { throw SinkError(destination: path, code: errno) }
        let (aside, code) = TemporaryFiles.shared.createFolder(template: Self.sibling(of: path, tag: "old"))
        guard let aside else { throw SinkError(destination: path, code: code) }
        TemporaryFiles.shared.unregister(aside)
        guard rename(path, aside) == 0 else {
            let failure = errno
            rmdir(aside)
            throw SinkError(destination: path, code: failure)
        }
        guard rename(temporaryPath, path) == 0 else {
            let failure = errno
            rename(aside, path)
            throw SinkError(destination: path, code: failure)
        }
        Self.removeFiles(of: aside)
    }

    /// A hidden `mkdtemp` template beside `path`: `.<name>.<tag>-XXXXXX`.
    private static func sibling(of path: String, tag: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + "/." + name + "." + tag + "-XXXXXX"
    }

    /// Removes the files of a previous export and then the folder; anything else found there (a
    /// subfolder someone added) is left, and with it the folder.
    private static func removeFiles(of folder: String) {
        guard let stream = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(stream)
        for name in names { unlink(folder + "/" + name) }
        rmdir(folder)
    }
}
