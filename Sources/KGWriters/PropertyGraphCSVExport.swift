/// The property-graph bulk-import export: the `PropertyGraph` as Neo4j import CSV files (one per
/// node table, `nodes-<Class>.csv`, and one per relationship table, `rels-<predicate>.csv`), the
/// Kùzu/LadybugDB loading script `kuzu.cypher` and the Neo4j command line `neo4j-import.sh`.
///
/// The files are several, so they are written through `openFile`, one after the other, each
/// flushed when done; `Exporter` puts them in an `AtomicFolder`, tests in memory.
public struct PropertyGraphCSVExport {
    private let tables: PropertyGraphTables

    public init(_ graph: PropertyGraph) {
        tables = PropertyGraphTables(graph)
    }

    /// The names of the node files, in table order.
    public var nodeFiles: [String] { tables.nodeTables.map { "nodes-\($0.name).csv" } }
    /// The names of the relationship files, in table order.
    public var relationshipFiles: [String] { tables.relationshipTables.map { "rels-\($0.name).csv" } }

    /// Writes every file, each to the sink `openFile` returns for its name.
    public func write(openFile: (String) throws -> ByteSink) throws {
        let csv = Neo4jCSVWriter(tables: tables)
        let nodeFiles = nodeFiles, relationshipFiles = relationshipFiles
        for (index, name) in nodeFiles.enumerated() { try csv.writeNodes(index, to: openFile(name)) }
        for (index, name) in relationshipFiles.enumerated() { try csv.writeRelationships(index, to: openFile(name)) }
        try KuzuScriptWriter(tables: tables, nodeFiles: nodeFiles, relationshipFiles: relationshipFiles)
            .write(to: openFile(KuzuScriptWriter.fileName))
        try Neo4jImportScriptWriter(nodeFiles: nodeFiles, relationshipFiles: relationshipFiles)
            .write(to: openFile(Neo4jImportScriptWriter.fileName))
    }
}
