import KGGraph

/// Merges N-Triples files that are each sorted in triple order — as every N-Triples file kgx
/// writes is — into one sorted file without duplicates: the shards of separate runs become
/// exactly the file one run over all their articles writes, or `kgx convert` of the shards.
///
/// Memory holds one chunk of each input and one triple of each (see `NTriplesStream`), whatever
/// the inputs' sizes, where `kgx convert` holds the whole graph: a merge of shards larger than
/// memory goes through. Each input's order is checked as it is read; an input that is not sorted
/// stops the merge (`UnsortedInput`), since its triples could not be merged in one pass.
public enum NTriplesMerge {
    /// An input whose triples are not in triple order.
    public struct UnsortedInput: Error, CustomStringConvertible {
        public let path: String
        /// Which triple of the file (1-based) comes before the one preceding it.
        public let position: Int

        public var description: String {
            "\(path): triple \(position) sorts before the one preceding it; merge takes sorted N-Triples "
                + "(as kgx writes them): sort the file first with kgx convert FILE --to nt"
        }
    }

    /// Merges `paths` into `writer` and finishes it.
    /// - Returns: the number of distinct triples written.
    /// - Throws: `NTriplesInputError`, `NTriplesSyntaxError`, `UnsortedInput`, or what the writer throws.
    @discardableResult
    public static func merge(_ paths: [String], into writer: NTriplesWriter) throws -> Int {
        let streams = try paths.map(NTriplesStream.init(contentsOf:))
        var heads = try streams.map { try $0.next() }
        var last: Triple?
        var written = 0
        // A linear scan for the smallest head: shards are few (tens), and each step compares
        // only their current triples.
        while let smallest = smallestHead(heads), let triple = heads[smallest] {
            if triple != last {
                try writer.write(triple)
                last = triple
                written += 1
            }
            let following = try streams[smallest].next()
            if let following, following < triple {
                throw UnsortedInput(path: streams[smallest].path, position: streams[smallest].count)
            }
            heads[smallest] = following
        }
        try writer.finish()
        return written
    }

    /// The index of the smallest triple among `heads` (the first such, for equal ones); nil when all are done.
    private static func smallestHead(_ heads: [Triple?]) -> Int? {
        var smallest: (index: Int, triple: Triple)?
        for (index, head) in heads.enumerated() {
            guard let head else { continue }
            if smallest.map({ head < $0.triple }) ?? true { smallest = (index, head) }
        }
        return smallest?.index
    }
}
