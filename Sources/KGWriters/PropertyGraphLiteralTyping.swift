import KGGraph

/// Turns the literals of one predicate into typed attribute values.
///
/// A predicate's attribute has one type for all nodes, as GraphML keys and database columns do:
/// it is typed (long, double, boolean) only when every node has a single value of that kind whose
/// lexical form parses; otherwise every value is text, so no consumer meets an unparsable number.
enum PropertyGraphLiteralTyping {
    private static let longDatatypes: Set<String> = Set([
        "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    ].map { Namespace.xsd + $0 })
    private static let doubleDatatypes: Set<String> = Set(["double", "float", "decimal"].map { Namespace.xsd + $0 })
    private static let booleanDatatype = Namespace.xsd + "boolean"

    /// The typed value of `literal`, or nil when it is text or its lexical form does not parse.
    static func typedValue(_ literal: Literal) -> PropertyGraph.Value? {
        let lexical = literal.lexical.trimmingXMLSchemaWhitespace()
        if longDatatypes.contains(literal.datatype) {
            return Int64(lexical).map { .long($0) }
        }
        if doubleDatatypes.contains(literal.datatype) {
            switch lexical {
            case "INF", "+INF": return .double(.infinity)
            case "-INF": return .double(-.infinity)
            case "NaN": return .double(.nan)
            default:
                // Swift would also read "inf" or hexadecimal forms, which XML Schema does not allow.
                guard lexical.allSatisfy({ "0123456789+-.eE".contains($0) }) else { return nil }
                return Double(lexical).map { .double($0) }
            }
        }
        if literal.datatype == booleanDatatype {
            switch lexical {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: return nil
            }
        }
        return nil
    }

    /// One attribute column: its type and the value of each node that has one.
    static func column<Node: Hashable>(_ literalsByNode: [Node: [Literal]]) -> (type: PropertyGraph.ValueType, values: [Node: PropertyGraph.Value]) {
        if let typed = typedColumn(literalsByNode) { return typed }
        return (.string, literalsByNode.mapValues { .string(joined($0.map(\.lexical))) })
    }

    /// Distinct texts, sorted by their UTF-8 bytes, joined with the multi-value separator.
    static func joined(_ texts: [String]) -> String {
        if texts.count == 1 { return texts[0] }
        return distinctSorted(texts).joined(separator: PropertyGraph.multiValueSeparator)
    }

    /// Distinct texts, sorted by their UTF-8 bytes.
    static func distinctSorted(_ texts: [String]) -> [String] {
        if texts.count == 1 { return texts }
        return Set(texts).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func typedColumn<Node: Hashable>(_ literalsByNode: [Node: [Literal]]) -> (type: PropertyGraph.ValueType, values: [Node: PropertyGraph.Value])? {
        var values: [Node: PropertyGraph.Value] = [:]
        var kinds = Set<PropertyGraph.ValueType>()
        for (node, literals) in literalsByNode {
            guard literals.count == 1, let value = typedValue(literals[0]) else { return nil }
            values[node] = value
            kinds.insert(value.type)
        }
        switch kinds {
        case [.long], [.double], [.boolean]:
            return (kinds.first ?? .string, values)
        case [.long, .double]:
            return (.double, values.mapValues { value in
                if case .long(let number) = value { return .double(Double(number)) }
                return value
            })
        default:
            return nil
        }
    }
}

extension PropertyGraph.Value {
    /// The type of this value.
    var type: PropertyGraph.ValueType {
        switch self {
        case .boolean: return .boolean
        case .long: return .long
        case .double: return .double
        case .string: return .string
        }
    }
}

extension String {
    /// The string without the leading and trailing XML Schema whitespace (space, tab, CR, LF)
    /// that typed lexical forms may carry.
    func trimmingXMLSchemaWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
