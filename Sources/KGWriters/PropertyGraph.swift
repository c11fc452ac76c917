import KGGraph

/// An RDF graph seen as a property graph: resources become nodes carrying their literal values
/// as typed attributes, resource-to-resource triples become directed edges.
///
/// GraphML and DOT cannot hold RDF directly, so both writers draw from this one projection and
/// therefore agree on what a node and an edge are. Everything is sorted (nodes by term, edges by
/// triple), so the projection — and every file written from it — is the same on every run.
/// Provenance is folded as the graph contract describes: reification and sentence nodes are not
/// nodes here but the `evidence` / `evidenceText` attributes of the edge they support.
public struct PropertyGraph: Sendable {
    /// The value types a property-graph attribute may have (the GraphML `attr.type`s we use).
    public enum ValueType: String, Sendable {
        case boolean, long, double, string
    }

    /// One attribute value.
    public enum Value: Hashable, Sendable {
        case boolean(Bool)
        case long(Int64)
        case double(Double)
        case string(String)

        /// The value as consumers parse it back: Java, Python and XML Schema all read these forms.
        public var text: String {
            switch self {
            case .boolean(let value): return value ? "true" : "false"
            case .long(let value): return String(value)
            case .double(let value):
                if value.isNaN { return "NaN" }
                if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
                return String(value)
            case .string(let value): return value
            }
        }
    }

    /// A declared attribute: its name and the type every one of its values has.
    public struct Key: Hashable, Sendable {
        public let name: String
        public let type: ValueType
        /// The datatype IRI every literal behind this attribute shares, when they share one: a
        /// database import can then declare a text column of `xsd:date`s as a date.
        public let datatype: String?
        /// Whether some node has several values for this attribute (joined in its `Value`, listed
        /// in `Node.valueLists`): a database import declares such a column as an array.
        public let isMultiValued: Bool

        init(name: String, type: ValueType, datatype: String? = nil, isMultiValued: Bool = false) {
            self.name = name
            self.type = type
            self.datatype = datatype
            self.isMultiValued = isMultiValued
        }
    }

    /// A resource.
    public struct Node: Sendable {
        /// The IRI or blank node the node stands for.
        public let term: Term
        /// The local names of the node's classes, sorted (e.g. `["Country"]`).
        public let classes: [String]
        /// The attribute values in the order of the graph's `nodeKeys`, nil where the node has none:
        /// writers read them by position, which needs no dictionary per node.
        let values: [Value?]
        /// The names of the graph's `nodeKeys` (one array shared by all nodes).
        let keyNames: [String]
        /// The separate values, distinct and sorted, at the key positions where the node has
        /// several (its `values` entry there joins them with `multiValueSeparator`): array
        /// columns need them apart, and a value may itself contain the separator.
        let valueLists: [Int: [String]]

        init(term: Term, classes: [String], values: [Value?], keyNames: [String], valueLists: [Int: [String]] = [:]) {
            self.term = term
            self.classes = classes
            self.values = values
            self.keyNames = keyNames
            self.valueLists = valueLists
        }

        /// The values at key `position` one by one: the list when there are several, else the
        /// single value's text, else none.
        func texts(at position: Int) -> [String] {
            if let list = valueLists[position] { return list }
            return values[position].map { [$0.text] } ?? []
        }

        /// The attribute values by key name; a key the node has no value for is absent.
        public var attributes: [String: Value] {
            Dictionary(uniqueKeysWithValues: zip(keyNames, values).compactMap { name, value in value.map { (name, $0) } })
        }

        /// The IRI, or `_:label` for a blank node: what the `iri` attribute holds and DOT names the node by.
        public var identifier: String { PropertyGraphNaming.identifier(term) }

        /// The display name: the `label` attribute.
        public var label: String {
            values.indices.contains(PropertyGraph.labelPosition) ? values[PropertyGraph.labelPosition]?.text ?? "" : ""
        }
    }

    /// A resource-to-resource triple.
    public struct Edge: Sendable {
        /// Index into `nodes` of the subject.
        public let source: Int
        /// Index into `nodes` of the object.
        public let target: Int
        /// The predicate IRI.
        public let predicate: String
        /// The short relation name (the predicate's local name).
        public let label: String
        /// The identifiers of the supporting sentences, space-separated, when the fact has evidence.
        public let evidence: String?
        /// The texts of the supporting sentences, when known.
        public let evidenceText: String?

        /// The attribute values by key name (see `edgeKeys`).
        public var attributes: [String: Value] {
            var attributes: [String: Value] = [PropertyGraph.predicateKey: .string(predicate), PropertyGraph.labelKey: .string(label)]
            attributes[PropertyGraph.evidenceKey] = evidence.map(Value.string)
            attributes[PropertyGraph.evidenceTextKey] = evidenceText.map(Value.string)
            return attributes
        }

        /// The value of the edge key at `position` in `edgeKeys`.
        func value(at position: Int) -> Value? {
            switch position {
            case 0: .string(predicate)
            case 1: .string(label)
            case 2: evidence.map(Value.string)
            default: evidenceText.map(Value.string)
            }
        }
    }

    /// Node attribute declarations: `iri`, `label`, `type`, `labels`, `aliases`, then one per other
    /// literal-valued predicate, in predicate-IRI order.
    public let nodeKeys: [Key]
    /// Edge attribute declarations: `predicate`, `label`, `evidence`, `evidenceText`.
    public let edgeKeys: [Key]
    /// The nodes, sorted by term; an edge refers to a node by its index here.
    public let nodes: [Node]
    /// The edges, sorted by subject, predicate, object; parallel edges are kept.
    public let edges: [Edge]

    /// Projects `graph`.
    public init(_ graph: Graph) {
        self.init(RankedTriples(graph))
    }

    /// Projects `graph`.
    public init(_ graph: InternedGraph) {
        self.init(graph.ranked())
    }

    private init(_ graph: RankedTriples) {
        let projection = PropertyGraphBuilder(graph).build()
        nodeKeys = projection.nodeKeys
        edgeKeys = projection.edgeKeys
        nodes = projection.nodes
        edges = projection.edges
    }

    init(nodeKeys: [Key], edgeKeys: [Key], nodes: [Node], edges: [Edge]) {
        self.nodeKeys = nodeKeys
        self.edgeKeys = edgeKeys
        self.nodes = nodes
        self.edges = edges
    }

    /// Key names shared by the builder and the writers.
    public static let iriKey = "iri"
    public static let labelKey = "label"
    public static let typeKey = "type"
    public static let labelsKey = "labels"
    public static let aliasesKey = "aliases"
    public static let predicateKey = "predicate"
    public static let evidenceKey = "evidence"
    public static let evidenceTextKey = "evidenceText"

    /// Where `label` is among the node keys (the fixed keys come first: `iri`, `label`, …).
    static let labelPosition = 1

    /// The separator between the values of a multi-valued attribute.
    public static let multiValueSeparator = " | "
    /// The separator between the sentence texts of `evidenceText`.
    public static let evidenceTextSeparator = " ¶ "
}
