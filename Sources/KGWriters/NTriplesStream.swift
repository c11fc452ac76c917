import KGGraph

/// An N-Triples file read one triple at a time, for code that interleaves several files
/// (`NTriplesMerge`). It holds the triples of one chunk of the file (see `NTriplesFile`), however
/// large the file is.
public final class NTriplesStream {
    /// The file read.
    public let path: String
    /// How many triples `next()` has returned.
    public private(set) var count = 0
    private let file: NTriplesFile
    private var splitter = LineSplitter()
    private var resolver = RecentTermCache()
    private var chunkTriples: [Triple] = []
    private var position = 0

    /// Opens `path`.
    /// - Throws: `NTriplesInputError` when it cannot be opened.
    public init(contentsOf path: String) throws {
        self.path = path
        file = try NTriplesFile(path: path)
    }

    /// The next triple, in file order; nil at the end.
    /// - Throws: `NTriplesInputError`, or `NTriplesSyntaxError` at the first syntax error.
    public func next() throws -> Triple? {
        while position == chunkTriples.count {
            if file.isFinished { return nil }
            chunkTriples.removeAll(keepingCapacity: true)
            position = 0
            try file.readMore { bytes, atEnd in
                try splitter.feed(bytes, atEnd: atEnd, resolver: &resolver) { subject, predicate, object in
                    chunkTriples.append(Triple(subject, predicate.iriValue ?? "", object))
                }
            }
        }
        defer {
            position += 1
            count += 1
        }
        return chunkTriples[position]
    }
}
