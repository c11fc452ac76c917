/// The GraphML `<key id>` of each attribute.
///
/// Node keys use the attribute name itself, because Neo4j APOC finds node labels by the key id
/// `labels` and Gephi the display name by `label`. Edge keys are `e` + name (`elabel`,
/// `epredicate`, …) since one document's key ids must all differ. In the rare case a node
/// attribute is itself named like an edge key id, its id gets `n_` prefixes until it is unique.
struct GraphMLKeyIDs {
    private var nodeIDs: [String: String] = [:]

    init(_ graph: PropertyGraph) {
        let edgeIDs = Set(graph.edgeKeys.map { Self.edgeID($0.name) })
        var taken = edgeIDs.union(graph.nodeKeys.map(\.name))
        for key in graph.nodeKeys where edgeIDs.contains(key.name) {
            var id = "n_" + key.name
            while taken.contains(id) { id = "n_" + id }
            taken.insert(id)
            nodeIDs[key.name] = id
        }
    }

    /// The key id of node attribute `name`.
    func node(_ name: String) -> String { nodeIDs[name] ?? name }

    /// The key id of edge attribute `name`.
    func edge(_ name: String) -> String { Self.edgeID(name) }

    private static func edgeID(_ name: String) -> String { "e" + name }
}
