import KGGraph

/// A `PropertyGraph` cut into the tables a property-graph database bulk-loads: one node table per
/// class (per set of classes, for a node of several), one relationship table per predicate.
///
/// Neo4j's `neo4j-admin database import` and Kùzu's `COPY FROM` both read from this one layout, so
/// the CSV files and the Kùzu script cannot disagree on a table name, a column or its type.
/// Table names are identifiers both accept and are distinct ignoring case (Kùzu folds case, and
/// node and relationship tables share one namespace there); everything is sorted.
struct PropertyGraphTables {
    /// A column's type, spelled as the Neo4j header names it.
    enum ColumnType: String {
        case string, long, double, boolean, date
    }

    /// A node attribute column: the position of its key in `nodeKeys`, and how it is declared.
    struct Column {
        let position: Int
        let name: String
        let type: ColumnType
        /// Several values per node, written apart with the array delimiter.
        let isArray: Bool
    }

    /// The nodes of one class (or set of classes).
    struct NodeTable {
        let name: String
        /// The node indices, in node order.
        let nodes: [Int]
        /// The attribute columns some node of the table has a value in, in key order.
        let columns: [Column]
    }

    /// The edges of one predicate.
    struct RelationshipTable {
        let name: String
        /// The edge indices, in edge order.
        let edges: [Int]
        /// The node tables the edges join, as (start, end) table indices, sorted and distinct.
        let endpoints: [Endpoints]
    }

    struct Endpoints: Hashable, Comparable {
        let start: Int
        let end: Int

        static func < (left: Endpoints, right: Endpoints) -> Bool {
            (left.start, left.end) < (right.start, right.end)
        }
    }

    /// The name of the node table of nodes with no class.
    static let unclassifiedTableName = "Resource"
    /// The separator between the values of an array field, Neo4j's default `--array-delimiter`.
    static let arrayDelimiter: Character = ";"
    /// The XML Schema date datatype, the one typed text column declared as a date.
    private static let dateDatatype = Namespace.xsd + "date"
    /// The node keys a table does not carry as columns: the `iri` is the identifier, and the
    /// classes (`type`, `labels`) are the table and the node's labels.
    private static let keysNotColumns: Set<String> = [PropertyGraph.iriKey, PropertyGraph.typeKey, PropertyGraph.labelsKey]

    let graph: PropertyGraph
    let nodeTables: [NodeTable]
    let relationshipTables: [RelationshipTable]
    /// The node table of each node, by node index.
    let tableOfNode: [Int]
    /// The class names of each node, made identifiers (its Neo4j labels).
    let labelsOfNode: [[String]]

    init(_ graph: PropertyGraph) {
        self.graph = graph
        labelsOfNode = graph.nodes.map { $0.classes.map(Self.identifier) }
        var nodesByClasses: [[String]: [Int]] = [:]
        for (index, labels) in labelsOfNode.enumerated() { nodesByClasses[labels, default: []].append(index) }
        let classSets = nodesByClasses.keys.sorted { $0.lexicographicallyPrecedes($1) { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        var edgesByPredicate: [String: [Int]] = [:]
        for (index, edge) in graph.edges.enumerated() { edgesByPredicate[edge.predicate, default: []].append(index) }
        let predicates = edgesByPredicate.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var namer = TableNamer()
        let columns = Self.columns(graph)
        var tableOfNode = [Int](repeating: 0, count: graph.nodes.count)
        nodeTables = classSets.enumerated().map { tableIndex, classes in
            let nodes = nodesByClasses[classes] ?? []
            for node in nodes { tableOfNode[node] = tableIndex }
            let used = columns.filter { column in nodes.contains { graph.nodes[$0].values[column.position] != nil } }
            let name = classes.isEmpty ? Self.unclassifiedTableName : classes.joined(separator: "_")
            return NodeTable(name: namer.unique(String(name.prefix(Self.longestTableName))), nodes: nodes, columns: used)
        }
        self.tableOfNode = tableOfNode
        relationshipTables = predicates.map { predicate in
            let edges = edgesByPredicate[predicate] ?? []
            let endpoints = Set(edges.map { Endpoints(start: tableOfNode[graph.edges[$0].source], end: tableOfNode[graph.edges[$0].target]) })
            let label = graph.edges[edges[0]].label
            return RelationshipTable(name: namer.unique(Self.identifier(label)), edges: edges, endpoints: endpoints.sorted())
        }
    }

    /// The columns the node keys become, each with the one type all its values have.
    private static func columns(_ graph: PropertyGraph) -> [Column] {
        graph.nodeKeys.enumerated().compactMap { position, key in
            guard !keysNotColumns.contains(key.name) else { return nil }
            let isArray = key.isMultiValued && graph.nodes.allSatisfy { node in
                node.texts(at: position).allSatisfy { !$0.contains(arrayDelimiter) }
            }
            return Column(position: position, name: key.name, type: columnType(key, position, graph), isArray: isArray)
        }
    }

    /// The key's own type; a text key is a date when every value is an `xsd:date` written as
    /// `YYYY-MM-DD`, the form both databases parse (a time zone or a long year stays text).
    private static func columnType(_ key: PropertyGraph.Key, _ position: Int, _ graph: PropertyGraph) -> ColumnType {
        switch key.type {
        case .long: return .long
        case .double: return .double
        case .boolean: return .boolean
        case .string:
            guard key.datatype == dateDatatype, !key.isMultiValued else { return .string }
            let allDates = graph.nodes.allSatisfy { node in node.values[position].map { isPlainDate($0.text) } ?? true }
            return allDates ? .date : .string
        }
    }

    /// A node table of many classes is named after all of them; the name is cut here so that
    /// `nodes-<name>.csv` stays far below the 255-byte file-name limit (`TableNamer` keeps cut
    /// names distinct).
    private static let longestTableName = 100

    /// `YYYY-MM-DD` naming a day that exists: Neo4j's importer and Kùzu's `COPY` reject a whole
    /// load over one `2024-02-30`.
    private static func isPlainDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }),
              let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.suffix(2)),
              (1...12).contains(month) else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// A table or label name both databases take unquoted and every file system takes in a file
    /// name: an attribute name (see `PropertyGraphNaming`) with `-` and `.` as `_`, never starting
    /// with a digit.
    static func identifier(_ raw: String) -> String {
        let name = String(PropertyGraphNaming.attributeName(raw).map { $0 == "-" || $0 == "." ? "_" : $0 })
        return name.first?.isNumber == true ? "_" + name : name
    }

    /// Hands out table names distinct ignoring case: a name already taken gets `_2`, `_3`, … appended.
    private struct TableNamer {
        private var taken: Set<String> = []

        mutating func unique(_ base: String) -> String {
            PropertyGraphNaming.claim(base, in: &taken) { $0.lowercased() }
        }
    }
}
