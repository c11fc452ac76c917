/// The header fields of Neo4j's bulk importer, as the Neo4j Operations Manual ("Import: CSV header
/// format") documents them: `name:type` or `name` (a string property), `name:type[]` for an array,
/// `[name]:ID[(group)]`, `:LABEL`, `:START_ID[(group)]`, `:END_ID[(group)]`, `:TYPE` and
/// `[name]:IGNORE`, with the property types the manual lists.
public enum Neo4jHeaderGrammar {
    public static let propertyTypes: Set<String> = [
        "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
        "date", "localtime", "time", "localdatetime", "datetime", "duration",
    ]

    /// Which kind of file a header belongs to.
    public enum FileKind: Sendable { case nodes, relationships }

    /// Why `fields` is not a valid header of a `kind` file, or nil when it is: every field must parse,
    /// a node file needs exactly one `:ID`, a relationship file exactly one `:START_ID`, `:END_ID` and `:TYPE`.
    public static func violation(of fields: [String], kind: FileKind) -> String? {
        var counts: [String: Int] = [:]
        for field in fields {
            guard let role = role(of: field) else { return "field '\(field)' is not name:type, :ID, :LABEL, :START_ID, :END_ID, :TYPE or :IGNORE" }
            counts[role, default: 0] += 1
        }
        let required = kind == .nodes ? ["ID"] : ["START_ID", "END_ID", "TYPE"]
        let forbidden = kind == .nodes ? ["START_ID", "END_ID", "TYPE"] : ["ID", "LABEL"]
        for role in required where counts[role] != 1 { return "\(role) appears \(counts[role] ?? 0) times, not once" }
        for role in forbidden where counts[role] != nil { return "\(role) does not belong in a \(kind) file" }
        return nil
    }

    /// The role of one field: `ID`, `LABEL`, `START_ID`, `END_ID`, `TYPE`, `IGNORE` or `property`.
    static func role(of field: String) -> String? {
        guard let colon = field.lastIndex(of: ":") else { return isName(Substring(field)) ? "property" : nil }
        let name = field[..<colon], type = field[field.index(after: colon)...]
        switch type {
        case "LABEL", "TYPE": return name.isEmpty ? String(type) : nil
        case "IGNORE": return name.isEmpty || isName(name) ? "IGNORE" : nil
        default: break
        }
        for role in ["ID", "START_ID", "END_ID"] where type == role || (type.hasPrefix(role + "(") && type.hasSuffix(")")) {
            let group = type.dropFirst(role.count).dropFirst().dropLast()
            guard type == role || isName(group) else { return nil }
            guard role == "ID" ? (name.isEmpty || isName(name)) : name.isEmpty else { return nil }
            return role
        }
        let scalar = type.hasSuffix("[]") ? type.dropLast(2) : type
        return isName(name) && propertyTypes.contains(String(scalar)) ? "property" : nil
    }

    /// A property or group name: non-empty, no delimiter, quote, colon or bracket in it.
    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && !text.contains { ",\":()[]{} \n\r".contains($0) }
    }
}
