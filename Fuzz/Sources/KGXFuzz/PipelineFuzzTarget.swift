import KGExtract
import KGGraph
import KGText
import KGWriters

/// One fuzz input through the whole pipeline, with the checks that must hold for any input.
///
/// The bytes are read as an article file and as a web page (any encoding, any garbage, any
/// markup), extracted, built into a graph and written in every format to memory (each file of a
/// folder format to its own sink). Besides "no crash, no hang, bounded memory" (libFuzzer's and
/// ASan's job), two invariants are checked and turned into a crash when broken, so the fuzzer
/// keeps the input: the N-Triples we write read back to the same graph, and every writer accepts
/// every graph the extractor can produce.
enum PipelineFuzzTarget {
    /// Loaded once: the lexicons are the same for every input.
    static let extractor: Extractor = {
        do {
            return Extractor(lexicons: try Lexicons.bundled())
        } catch {
            fatalError("cannot load the bundled lexicons: \(error)")
        }
    }()

    /// The bytes go through both readers, as a text article and as a saved web page: the text
    /// reader's encodings and header rules, and libxml2's HTML parser with the page reader's tree walks.
    static func run(_ bytes: [UInt8]) {
        if let article = try? DocumentReader.read(bytes: bytes, name: "fuzz.txt") { extractAndWrite(article) }
        if let page = try? HTMLDocumentReader.read(bytes: bytes, name: "fuzz.html") { extractAndWrite(page) }
    }

    private static func extractAndWrite(_ document: Document) {
        var builder = GraphBuilder(minter: IRIMinter())
        builder.add(extractor.extract(document))
        let graph = builder.graph()
        for format in ExportFormat.allCases {
            let sink = MemorySink()
            do {
                if format.isFolder {
                    try format.write(InternedGraph(graph)) { _ in MemorySink() }
                } else {
                    try format.write(graph, to: sink, prefixes: .standard())
                }
            } catch {
                fatalError("\(format.displayName) writer refused an extracted graph: \(error)")
            }
            if format == .ntriples {
                checkRoundTrip(sink.bytes, of: graph)
            }
        }
    }

    private static func checkRoundTrip(_ ntriples: [UInt8], of graph: Graph) {
        let reread: Graph
        do {
            reread = try NTriplesReader.graph(ntriples)
        } catch {
            fatalError("our N-Triples do not parse: \(error)")
        }
        guard reread.unorderedTriples == graph.unorderedTriples else {
            fatalError("N-Triples round trip changed the graph (\(graph.count) → \(reread.count) triples)")
        }
    }
}

/// The callback libFuzzer calls with each input (also exported under libFuzzer's conventional
/// name, which its bundled `main` object refers to even though `fuzzMain` replaces that `main`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    PipelineFuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
