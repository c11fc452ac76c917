import KGGraph

/// The id of one fixed IRI (a predicate or class the builder writes) in a graph, looked up the first
/// time a triple uses it and then reused.
///
/// Looking the IRI up only when it is used keeps terms that no triple uses out of the graph: writers
/// read `Graph.distinctTerms`, and Turtle declares a prefix for each namespace found there.
struct LazyTermID {
    let iri: String
    private var id: Graph.TermID?

    init(_ iri: String) {
        self.iri = iri
    }

    mutating func id(in graph: inout Graph) -> Graph.TermID {
        if let id { return id }
        let stored = graph.id(for: .iri(iri))
        id = stored
        return stored
    }
}
