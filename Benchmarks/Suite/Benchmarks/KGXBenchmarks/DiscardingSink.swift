import KGWriters

/// A sink that only counts the bytes it is given, so a writer benchmark measures the writer and
/// not the growth of an output buffer or the file system.
final class DiscardingSink: ByteSink {
    private(set) var count = 0

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        count += bytes.count
    }

    func flush() throws {}
}
