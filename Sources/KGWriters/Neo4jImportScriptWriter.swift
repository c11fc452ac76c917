/// Writes `neo4j-import.sh`, the `neo4j-admin database import full` command line (Neo4j 5) that
/// loads the CSV files beside it into a new database: one `--nodes` per node file, one
/// `--relationships` per relationship file, the array delimiter the files use, and
/// `--multiline-fields=true` because quoted fields may hold line breaks.
struct Neo4jImportScriptWriter {
    /// The file name of the script.
    static let fileName = "neo4j-import.sh"

    let nodeFiles: [String]
    let relationshipFiles: [String]

    func write(to sink: ByteSink) throws {
        try sink.write("""
            #!/bin/sh
            # Imports the CSV files beside this script into a new Neo4j 5 database (default: neo4j) with
            # neo4j-admin database import full; the database must not exist yet. Run with neo4j-admin on PATH.
            set -eu
            cd "$(dirname "$0")"
            exec neo4j-admin database import full "${1:-neo4j}" \\
              --array-delimiter='\(PropertyGraphTables.arrayDelimiter)' --multiline-fields=true
            """)
        for file in nodeFiles { try sink.write(" \\\n  --nodes=\(file)") }
        for file in relationshipFiles { try sink.write(" \\\n  --relationships=\(file)") }
        try sink.write("\n")
        try sink.flush()
    }
}
