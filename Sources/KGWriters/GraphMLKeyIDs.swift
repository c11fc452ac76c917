/// The GraphML `<key id>` of each attribute.
///
/// Consumers match some keys by id: Neo4j APOC takes node labels from the key id `labels` and a
/// relationship's type from the edge key id `label`; Gephi takes the display name from the id or
/// the `attr.name` `label`. So node keys use the attribute name itself, the edge `label` key is
/// `label`, and every other edge key is `e` + name (`epredicate`, …), since one document's key
/// ids must all differ. A node attribute named like an edge key id (the node `label` itself) gets
/// `n_` prefixes until it is unique; Gephi still finds it by its `attr.name`.
struct GraphMLKeyIDs {
    private var nodeIDs: [String: String] = [:]
    /// The ids of the yFiles graphics keys, which are also their `yfiles.type`.
    let nodeGraphics = "nodegraphics"
    let edgeGraphics = "edgegraphics"

    init(nodeKeys: [String], edgeKeys: [String]) {
        let edgeIDs = Set(edgeKeys.map(Self.edgeID)).union([nodeGraphics, edgeGraphics])
        var taken = edgeIDs.union(nodeKeys)
        for key in nodeKeys where edgeIDs.contains(key) {
            var id = "n_" + key
            while taken.contains(id) { id = "n_" + id }
            taken.insert(id)
            nodeIDs[key] = id
        }
    }

    /// The key id of node attribute `name`.
    func node(_ name: String) -> String { nodeIDs[name] ?? name }

    /// The key id of edge attribute `name`.
    func edge(_ name: String) -> String { Self.edgeID(name) }

    private static func edgeID(_ name: String) -> String {
        name == PropertyGraph.labelKey ? name : "e" + name
    }
}
