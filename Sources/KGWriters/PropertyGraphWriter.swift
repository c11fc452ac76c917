import KGGraph

/// A writer of the property-graph projection of an RDF graph (GraphML, DOT).
public protocol PropertyGraphWriter {
    /// Writes `graph` and flushes the sink.
    func write(_ graph: PropertyGraph) throws
}

extension PropertyGraphWriter {
    /// Writes the projection of an RDF graph.
    public func write(graph: Graph) throws {
        try write(PropertyGraph(graph))
    }
}
