/// Writes the tables of a property graph as CSV files with the headers of Neo4j's bulk importer
/// (`neo4j-admin database import`, "CSV header format" in the Neo4j Operations Manual).
///
/// A node file's header is `iri:ID`, `:LABEL`, then `name:type` per column (`string[]` for an
/// array, its values split by `;`); every node's IRI is its identifier in the one global ID space,
/// which IRIs make unique without a named group. A relationship file's header is `:START_ID`,
/// `:END_ID`, `:TYPE`, the node tables of both ends as `:IGNORE` fields (Neo4j skips them, Kùzu
/// picks rows by them), then the edge attributes.
struct Neo4jCSVWriter {
    /// The relationship columns naming the node tables of the start and end, which Kùzu needs.
    static let endpointColumns = ["startTable", "endTable"]

    let tables: PropertyGraphTables

    /// Writes the node table at `index` to `sink`.
    func writeNodes(_ index: Int, to sink: ByteSink) throws {
        let table = tables.nodeTables[index]
        var csv = CSVRecordWriter(sink: sink)
        try csv.field(PropertyGraph.iriKey + ":ID")
        try csv.field(":LABEL")
        for column in table.columns { try csv.field(column.name + ":" + column.type.rawValue + (column.isArray ? "[]" : "")) }
        try csv.endRecord()
        let delimiter = String(PropertyGraphTables.arrayDelimiter)
        for nodeIndex in table.nodes {
            let node = tables.graph.nodes[nodeIndex]
            try csv.field(PropertyGraphNaming.identifier(node.term))
            let labels = tables.labelsOfNode[nodeIndex]
            if labels.isEmpty { try csv.missingField() } else { try csv.field(labels.joined(separator: delimiter)) }
            for column in table.columns {
                if column.isArray {
                    let texts = node.texts(at: column.position)
                    if texts.isEmpty { try csv.missingField() } else { try csv.field(texts.joined(separator: delimiter)) }
                } else if let value = node.values[column.position] {
                    try csv.field(value.text)
                } else {
                    try csv.missingField()
                }
            }
            try csv.endRecord()
        }
        try sink.flush()
    }

    /// Writes the relationship table at `index` to `sink`.
    func writeRelationships(_ index: Int, to sink: ByteSink) throws {
        let table = tables.relationshipTables[index]
        var csv = CSVRecordWriter(sink: sink)
        for field in [":START_ID", ":END_ID", ":TYPE"] { try csv.field(field) }
        for name in Self.endpointColumns { try csv.field(name + ":IGNORE") }
        let properties = Self.propertyPositions(tables.graph)
        for position in properties { try csv.field(tables.graph.edgeKeys[position].name + ":string") }
        try csv.endRecord()
        for edgeIndex in table.edges {
            let edge = tables.graph.edges[edgeIndex]
            try csv.field(PropertyGraphNaming.identifier(tables.graph.nodes[edge.source].term))
            try csv.field(PropertyGraphNaming.identifier(tables.graph.nodes[edge.target].term))
            try csv.field(table.name)
            try csv.field(tables.nodeTables[tables.tableOfNode[edge.source]].name)
            try csv.field(tables.nodeTables[tables.tableOfNode[edge.target]].name)
            for position in properties {
                if let value = edge.value(at: position) { try csv.field(value.text) } else { try csv.missingField() }
            }
            try csv.endRecord()
        }
        try sink.flush()
    }

    /// The edge keys written as relationship properties: all but `label`, which is the `:TYPE`.
    static func propertyPositions(_ graph: PropertyGraph) -> [Int] {
        graph.edgeKeys.indices.filter { graph.edgeKeys[$0].name != PropertyGraph.labelKey }
    }
}
