import KGGraph

/// The output formats, their file extensions and their writers, in one table.
public enum ExportFormat: String, CaseIterable, Sendable {
    case turtle = "ttl"
    case ntriples = "nt"
    case graphml
    case dot
    /// Several files (see `PropertyGraphCSVExport`): written into a folder, never to one sink.
    case csv
    case jsonLD = "jsonld"
    case nquads = "nq"

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// A human name for messages.
    public var displayName: String {
        switch self {
        case .turtle: return "Turtle"
        case .ntriples: return "N-Triples"
        case .graphml: return "GraphML"
        case .dot: return "Graphviz DOT"
        case .csv: return "CSV for Neo4j and Kùzu"
        case .jsonLD: return "JSON-LD"
        case .nquads: return "N-Quads"
        }
    }

    /// Writes `graph` in this format to `sink` and flushes it, through the numbered copy every
    /// export is written from (see `InternedGraph`).
    /// - Parameters:
    ///   - prefixes: the bindings Turtle may abbreviate with (only those the graph uses are written).
    ///   - graphML: what GraphML carries besides the graph (yEd graphics, a layout).
    public func write(_ graph: Graph, to sink: ByteSink, prefixes: PrefixMap, graphML: GraphMLWriter.Options = .init()) throws {
        try write(InternedGraph(graph), to: sink, prefixes: prefixes, graphML: graphML)
    }

    /// Writes `graph` in this format to `sink` and flushes it: sorted, duplicates removed, each
    /// term spelled once.
    public func write(_ graph: InternedGraph, to sink: ByteSink, prefixes: PrefixMap, graphML: GraphMLWriter.Options = .init()) throws {
        switch self {
        case .turtle:
            let writer = try TurtleWriter(sink: sink, prefixes: prefixes.restricted(toTerms: graph.distinctTerms))
            try writer.write(graph)
            try writer.finish()
        case .ntriples:
            let writer = NTriplesWriter(sink: sink)
            try writer.write(graph)
            try writer.finish()
        case .graphml:
            try GraphMLWriter(sink: sink, options: graphML).write(PropertyGraph(graph))
        case .dot:
            try DOTWriter(sink: sink).write(PropertyGraph(graph))
        case .csv:
            throw FolderFormatError(format: self)
        case .jsonLD:
            try JSONLDWriter(sink: sink, prefixes: prefixes).write(graph)
        case .nquads:
            try NQuadsWriter(sink: sink).write(graph)
        }
    }
}
