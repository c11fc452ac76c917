/// Writes the Cypher script that loads the Neo4j CSV files into Kùzu (and LadybugDB, its
/// successor): the node and relationship tables, then one `COPY … FROM` per table.
///
/// Kùzu maps CSV columns by position and reads lists in its own `[a,b]` syntax, so it cannot copy
/// the Neo4j files directly; each `COPY` instead reads its file through `LOAD WITH HEADERS`
/// (every column named and typed, the header row skipped), splits the array columns on the array
/// delimiter and, for a relationship table, keeps the rows of one (start table, end table) pair,
/// as a table of several `FROM … TO …` pairs is copied one pair at a time. Quoted fields may hold
/// line breaks, which Kùzu's parallel CSV reader rejects: the script reads serially.
struct KuzuScriptWriter {
    /// The file name of the script.
    static let fileName = "kuzu.cypher"
    private static let readOptions = "(HEADER=true, PARALLEL=false)"

    let tables: PropertyGraphTables
    /// The file each node and relationship table is read from.
    let nodeFiles: [String]
    let relationshipFiles: [String]

    func write(to sink: ByteSink) throws {
        try sink.write("""
            // Loads the CSV files beside this script into an empty Kùzu or LadybugDB database. File
            // paths are relative: run it from this folder, e.g. with the Python module:
            // python3 -c 'import kuzu; kuzu.Connection(kuzu.Database("graph.kuzu")).execute(open("\(Self.fileName)").read())'

            """)
        for table in tables.nodeTables {
            let columns = ["`iri` STRING PRIMARY KEY", "`labels` STRING[]"] + table.columns.map { "`\($0.name)` \(Self.type($0))" }
            try sink.write("CREATE NODE TABLE `\(table.name)`(\(columns.joined(separator: ", ")));\n")
        }
        let properties = Neo4jCSVWriter.propertyPositions(tables.graph).map { tables.graph.edgeKeys[$0].name }
        for table in tables.relationshipTables {
            let pairs = table.endpoints.map { "FROM `\(tables.nodeTables[$0.start].name)` TO `\(tables.nodeTables[$0.end].name)`" }
            let columns = pairs + properties.map { "`\($0)` STRING" }
            try sink.write("CREATE REL TABLE `\(table.name)`(\(columns.joined(separator: ", ")));\n")
        }
        for (index, table) in tables.nodeTables.enumerated() {
            let read = ["`iri` STRING", "`labels` STRING"] + table.columns.map { "`\($0.name)` \($0.isArray ? "STRING" : Self.type($0))" }
            let returned = ["`iri`", Self.split("labels")] + table.columns.map { $0.isArray ? Self.split($0.name) : "`\($0.name)`" }
            try sink.write("COPY `\(table.name)` FROM (LOAD WITH HEADERS (\(read.joined(separator: ", "))) FROM '\(nodeFiles[index])' \(Self.readOptions) RETURN \(returned.joined(separator: ", ")));\n")
        }
        let fixed = ["_start", "_end", "_type"] + Neo4jCSVWriter.endpointColumns
        let read = (fixed + properties).map { "`\($0)` STRING" }.joined(separator: ", ")
        let returned = (["_start", "_end"] + properties).map { "`\($0)`" }.joined(separator: ", ")
        for (index, table) in tables.relationshipTables.enumerated() {
            for pair in table.endpoints {
                let start = tables.nodeTables[pair.start].name, end = tables.nodeTables[pair.end].name
                try sink.write("COPY `\(table.name)` FROM (LOAD WITH HEADERS (\(read)) FROM '\(relationshipFiles[index])' \(Self.readOptions) WHERE `startTable` = '\(start)' AND `endTable` = '\(end)' RETURN \(returned)) (from='\(start)', to='\(end)');\n")
            }
        }
        try sink.flush()
    }

    private static func type(_ column: PropertyGraphTables.Column) -> String {
        let scalar: String
        switch column.type {
        case .string: scalar = "STRING"
        case .long: scalar = "INT64"
        case .double: scalar = "DOUBLE"
        case .boolean: scalar = "BOOLEAN"
        case .date: scalar = "DATE"
        }
        return column.isArray ? scalar + "[]" : scalar
    }

    private static func split(_ column: String) -> String {
        "string_split(`\(column)`, '\(PropertyGraphTables.arrayDelimiter)')"
    }
}
