#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator treats large blocks, set for the commands that hold a whole graph.
///
/// glibc serves a block of at least `M_MMAP_THRESHOLD` bytes with a mapping of its own, which goes
/// back to the system when freed. By default the threshold rises to the largest such block freed
/// so far, so once the first big arrays have grown (each growth frees the smaller copy), the next
/// ones come from the heap, whose freed holes stay resident: `kgx convert` of a million triples
/// peaked 8 MB above what it held. A fixed threshold keeps every large block a mapping.
enum LargeAllocations {
    /// glibc's `M_MMAP_THRESHOLD` parameter of `mallopt` (malloc.h), which Swift's Glibc module
    /// does not export; nor does it export `mallopt`, looked up by name instead.
    private static let mmapThreshold: Int32 = -3

    /// Large blocks become mappings, returned to the system when freed, for the rest of the process.
    static func returnToSystemWhenFreed() {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 1 << 20)
        #endif
    }
}
