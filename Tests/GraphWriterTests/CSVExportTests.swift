import Foundation
import KGGraph
import KGTestSupport
import KGWriters
import Testing

/// The CSV export (`kgx export --format csv`): Neo4j import headers, checked against the documented
/// grammar, and the same files loaded into a real Kùzu database by the export's own `kuzu.cypher`.
@Suite("CSV export for Neo4j and Kùzu")
struct CSVExportTests {
    private typealias F = GraphFixtures
    private typealias Value = KuzuDatabase.Value

    /// Writes the CSV export of `graph` into a fresh folder (through `AtomicFolder`, as `kgx` does).
    private static func exported(_ graph: Graph) throws -> URL {
        let path = try ProjectPaths.temporaryFolder().appendingPathComponent("graph-csv").path
        let folder = try AtomicFolder(path: path)
        try ExportFormat.csv.write(InternedGraph(graph), into: folder)
        try folder.commit()
        return URL(fileURLWithPath: path)
    }

    /// The files of an export in memory, by name.
    private static func files(_ graph: Graph) throws -> [String: [UInt8]] {
        var sinks: [String: MemorySink] = [:]
        try PropertyGraphCSVExport(PropertyGraph(graph)).write { name in
            let sink = MemorySink()
            sinks[name] = sink
            return sink
        }
        return sinks.mapValues(\.bytes)
    }

    /// Node and relationship counts per table, worked out from the projection here rather than by
    /// the writer: a node's table is its classes, an edge's its predicate's local name.
    private static func expectedCounts(_ graph: Graph) -> (nodes: [String: Int], relationships: [String: Int]) {
        let projection = PropertyGraph(graph)
        var nodes: [String: Int] = [:], relationships: [String: Int] = [:]
        for node in projection.nodes { nodes[node.classes.isEmpty ? "Resource" : node.classes.joined(separator: "_"), default: 0] += 1 }
        for edge in projection.edges { relationships[edge.label, default: 0] += 1 }
        return (nodes, relationships)
    }

    private static func node(_ database: KuzuDatabase, _ table: String, _ term: Term) -> [String: Value]? {
        database.nodes[table]?.first { $0["iri"] == .text(term.iriValue ?? "") }
    }

    @Test("the sample graph loads into Kùzu: counts per table, typed values, arrays, evidence and the agreements query")
    func sampleLoadsIntoKuzu() throws {
        let folder = try Self.exported(F.sample)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let database = try KuzuDatabase.load(folder, queries: [
            "MATCH (a:Agreement)-[:party]->(p) RETURN a.label, p.label ORDER BY p.label",
        ])
        let expected = Self.expectedCounts(F.sample)
        #expect(database.nodes.mapValues(\.count) == expected.nodes)
        #expect(database.relationships.mapValues(\.count) == expected.relationships)
        let agreement = try #require(Self.node(database, "Agreement", F.agreement))
        #expect(agreement["signedOn"] == .text("2025-08-07"))
        #expect(agreement["labels"] == .list([.text("Agreement")]))
        let germany = try #require(Self.node(database, "Country", F.germany))
        #expect(germany["aliases"] == .list([.text("Deutschland"), .text("Federal Republic of Germany")]))
        let irel = try #require(Self.node(database, "Organization", F.irel))
        #expect(irel["numberOfEmployees"] == .number(1200))
        #expect(irel["stateShare"] == .number(0.95))
        #expect(irel["listed"] == .bool(false))
        let party = try #require(database.relationships["party"]?.first { $0["end"] == .text(F.irel.iriValue ?? "") })
        #expect(party["evidenceText"] == .text(F.firstSentenceText + " ¶ " + F.secondSentenceText))
        #expect(party["predicate"] == .text(F.property(.party)))
        let label = "MoU: Germany – IREL (India) Limited (2025-08-07)"
        #expect(database.queries == [[[.text(label), .text("Germany")], [.text(label), .text("IREL (India) Limited")]]])
    }

    @Test("node and relationship headers are typed as Neo4j's importer reads them")
    func headersAreTyped() throws {
        let files = try Self.files(F.sample)
        let header = { (name: String) in String(decoding: files[name] ?? [], as: UTF8.self).split(separator: "\n").first.map(String.init) }
        #expect(header("nodes-Agreement.csv") == "iri:ID,:LABEL,label:string,agreementKind:string,signedOn:date")
        #expect(header("nodes-Country.csv") == "iri:ID,:LABEL,label:string,aliases:string[]")
        #expect(header("nodes-Organization.csv")
            == "iri:ID,:LABEL,label:string,aliases:string[],numberOfEmployees:long,listed:boolean,stateShare:double")
        #expect(header("rels-party.csv")
            == ":START_ID,:END_ID,:TYPE,startTable:IGNORE,endTable:IGNORE,predicate:string,evidence:string,evidenceText:string")
        #expect(Set(files.keys) == [
            "nodes-Agreement.csv", "nodes-Country.csv", "nodes-Document.csv", "nodes-Mineral.csv", "nodes-Organization.csv",
            "rels-basedIn.csv", "rels-concerns.csv", "rels-mentionedIn.csv", "rels-participatesIn.csv", "rels-party.csv",
            "kuzu.cypher", "neo4j-import.sh",
        ])
    }

    @Test("every header field of every file follows the documented Neo4j header grammar", arguments: [F.sample, Self.hostile])
    func headersFollowNeo4jGrammar(_ graph: Graph) throws {
        let files = try Self.files(graph)
        for (name, bytes) in files where name.hasSuffix(".csv") {
            let header = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            let kind: Neo4jHeaderGrammar.FileKind = name.hasPrefix("nodes-") ? .nodes : .relationships
            #expect(Neo4jHeaderGrammar.violation(of: header.components(separatedBy: ","), kind: kind) == nil, "\(name): \(header)")
        }
    }

    @Test("the header grammar check rejects what the importer would")
    func headerGrammarRejectsInvalidFields() {
        #expect(Neo4jHeaderGrammar.violation(of: ["iri:ID(Resource)", ":LABEL", "name", "tags:string[]"], kind: .nodes) == nil)
        #expect(Neo4jHeaderGrammar.violation(of: [":START_ID(a)", ":END_ID(b)", ":TYPE", "x:IGNORE", "w:double"], kind: .relationships) == nil)
        for bad in [["iri:ID", "name:text"], ["iri:ID", "x:LABEL"], ["name:string"], ["iri:ID", "iri:ID"], ["iri:ID", ":TYPE"], ["iri:ID", "a b:int"]] {
            #expect(Neo4jHeaderGrammar.violation(of: bad, kind: .nodes) != nil, "\(bad)")
        }
        #expect(Neo4jHeaderGrammar.violation(of: [":START_ID", ":END_ID"], kind: .relationships) != nil)
        #expect(Neo4jHeaderGrammar.violation(of: ["x:START_ID", ":END_ID", ":TYPE"], kind: .relationships) != nil)
    }

    @Test("fields with commas, quotes and line breaks are quoted as RFC 4180 says, others left bare")
    func fieldsAreQuotedPerRFC4180() throws {
        let files = try Self.files(F.labelled("a, \"b\"\r\nc"))
        let text = String(decoding: files["nodes-Person.csv"] ?? [], as: UTF8.self)
        #expect(text.contains(",\"a, \"\"b\"\"\r\nc\","))
        #expect(text.contains(",Person,"))
    }

    /// The hostile labels plus what CSV itself makes hard. Not the empty string: Kùzu reads an
    /// empty field, quoted or not, as a missing value.
    static let hostileValues = F.hostileLabels + ["comma, here", "CR\r\nLF", "semi;colon", "  spaced  ", "Ünïcödé — ✓ ½"]

    /// Hostile values everywhere the CSV holds text: labels, roles, aliases (one with the array
    /// delimiter, so that column falls back to joined text), evidence texts, a node of two classes
    /// (one whose name is no identifier), a class that clashes, ignoring case, with a predicate's
    /// table, a node of no class, and two attributes whose names differ only in case.
    static var hostile: Graph { hostile(hostileValues) }

    static func hostile(_ values: [String]) -> Graph {
        var graph = Graph()
        for (index, value) in values.enumerated() {
            let person = Term.iri(F.minter.iri(.person, name: "hostile \(index)"))
            graph.insert(person, Vocabulary.type, .iri(Vocabulary.Class.person.iri))
            graph.insert(person, Vocabulary.label, .string(value))
            graph.insert(person, F.property(.role), .string(value))
            graph.insert(person, "https://example.org/Role", .string(value.uppercased()))
            graph.insert(person, Vocabulary.altLabel, .string(value + " alias"))
            graph.insert(person, Vocabulary.altLabel, .string("second " + value))
            graph.insert(person, F.property(.affiliatedWith), F.irel)
            let statement = Term.iri(F.minter.base + "statement/hostile\(index)")
            let sentence = Term.iri(F.minter.iri(.document, name: "hostile") + "#char=\(index),\(index + 1)")
            graph.insert(statement, Vocabulary.type, .iri(Namespace.rdf + "Statement"))
            graph.insert(statement, Namespace.rdf + "subject", person)
            graph.insert(statement, Namespace.rdf + "predicate", .iri(F.property(.affiliatedWith)))
            graph.insert(statement, Namespace.rdf + "object", F.irel)
            graph.insert(statement, Namespace.prov + "wasDerivedFrom", sentence)
            graph.insert(sentence, Namespace.prov + "value", .string("said: " + value))
        }
        graph.insert(F.irel, Vocabulary.type, .iri("https://example.org/Weird class;name"))
        graph.insert(F.irel, Vocabulary.type, .iri(Vocabulary.Class.organization.iri))
        graph.insert(F.irel, Vocabulary.label, .string("IREL"))
        graph.insert(F.lithium, Vocabulary.type, .iri("https://example.org/AffiliatedWith"))
        graph.insert(F.lithium, F.property(.basedIn), F.india)
        return graph
    }

    @Test("hostile text round-trips through Kùzu byte for byte")
    func hostileValuesRoundTripThroughKuzu() throws {
        let graph = Self.hostile
        let folder = try Self.exported(graph)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let database = try KuzuDatabase.load(folder)
        let people = Self.hostileValues.count
        #expect(database.nodes.mapValues(\.count)
            == ["Person": people, "Organization_Weird_class_name": 1, "AffiliatedWith": 1, "Resource": 1])
        #expect(Self.node(database, "Organization_Weird_class_name", F.irel)?["labels"]
            == .list([.text("Organization"), .text("Weird_class_name")]))
        #expect(database.relationships.mapValues(\.count) == ["affiliatedWith_2": people, "basedIn": 1])
        #expect(Self.node(database, "Resource", F.india)?["labels"] == .null)
        let projection = PropertyGraph(graph)
        for node in projection.nodes where node.classes == ["Person"] {
            let row = try #require(Self.node(database, "Person", node.term))
            let attributes = node.attributes
            #expect(row["label"] == attributes["label"].map { .text($0.text) }, "\(node.term)")
            // example.org's `Role` sorts first and keeps its name; the ontology's `role` becomes `role_2`.
            #expect(row["Role"] == .text(try #require(attributes["Role"]).text))
            #expect(row["role_2"] == .text(try #require(attributes["role_2"]).text))
            #expect(row["aliases"] == attributes["aliases"].map { .text($0.text) })
        }
        let evidence = Set((database.relationships["affiliatedWith_2"] ?? []).compactMap { row -> String? in
            if case .text(let text) = row["evidenceText"] { return text }
            return nil
        })
        #expect(evidence == Set(projection.edges.compactMap(\.evidenceText)))
        #expect(evidence.count == people)
    }

    @Test("hostile text in array columns round-trips through Kùzu as lists")
    func hostileArraysRoundTripThroughKuzu() throws {
        let values = Self.hostileValues.filter { !$0.contains(";") }
        let folder = try Self.exported(Self.hostile(values))
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let header = try String(contentsOf: folder.appendingPathComponent("nodes-Person.csv"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.contains(",aliases:string[],"))
        let people = try KuzuDatabase.load(folder).nodes["Person"] ?? []
        #expect(people.count == values.count)
        let lists = Set(people.map { $0["aliases"] ?? .null })
        let expected = values.map { value -> KuzuDatabase.Value in
            let texts = [value + " alias", "second " + value].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return .list(texts.map { .text($0) })
        }
        #expect(lists == Set(expected))
    }

    @Test("a column is a date only when every value is a plain xsd:date")
    func datesNeedPlainLexicalForms() throws {
        var graph = F.sample
        let other = Term.iri(F.minter.iri(.agreement, key: ["MoU", "x"]))
        graph.insert(other, Vocabulary.type, .iri(Vocabulary.Class.agreement.iri))
        graph.insert(other, F.property(.signedOn), .typed("2025-08-07Z", Namespace.xsd + "date"))
        let files = try Self.files(graph)
        let header = String(decoding: (files["nodes-Agreement.csv"] ?? []).prefix { $0 != 0x0A }, as: UTF8.self)
        #expect(header.hasSuffix(",signedOn:string"))
        #expect(String(decoding: files["kuzu.cypher"] ?? [], as: UTF8.self).contains("`signedOn` STRING"))
    }

    @Test("a column is a date only when every date exists", arguments: ["2024-02-30", "2023-02-29", "2025-13-01", "2025-04-31", "2025-00-10"])
    func datesMustExist(_ impossible: String) throws {
        var graph = F.sample
        let other = Term.iri(F.minter.iri(.agreement, key: ["MoU", "x"]))
        graph.insert(other, Vocabulary.type, .iri(Vocabulary.Class.agreement.iri))
        graph.insert(other, F.property(.signedOn), .typed(impossible, Namespace.xsd + "date"))
        let header = String(decoding: (try Self.files(graph)["nodes-Agreement.csv"] ?? []).prefix { $0 != 0x0A }, as: UTF8.self)
        #expect(header.hasSuffix(",signedOn:string"))
        // A leap day that exists keeps the column a date.
        graph.insert(other, F.property(.signedOn), .typed("2024-02-29", Namespace.xsd + "date"))
        var leap = F.sample
        leap.insert(other, Vocabulary.type, .iri(Vocabulary.Class.agreement.iri))
        leap.insert(other, F.property(.signedOn), .typed("2024-02-29", Namespace.xsd + "date"))
        let leapHeader = String(decoding: (try Self.files(leap)["nodes-Agreement.csv"] ?? []).prefix { $0 != 0x0A }, as: UTF8.self)
        #expect(leapHeader.hasSuffix(",signedOn:date"))
    }

    @Test("a node of many long class names gets a table and file name within the file-name limit")
    func tableNamesStayShort() throws {
        var graph = Graph()
        let node = Term.iri(F.minter.iri(.organization, name: "Many classes"))
        for index in 0..<12 {
            graph.insert(node, Vocabulary.type, .iri("https://example.org/classes/AVeryLongClassNameNumber\(index)ThatGoesOnAndOn"))
        }
        graph.insert(node, Vocabulary.label, .string("Many classes"))
        let names = try Self.files(graph).keys.filter { $0.hasPrefix("nodes-") }
        #expect(names.count == 1)
        #expect(names.allSatisfy { $0.utf8.count <= 120 })
    }

    @Test("the export is byte-identical across runs")
    func exportIsDeterministic() throws {
        #expect(try Self.files(Self.hostile) == Self.files(Self.hostile))
        #expect(try Self.files(F.sample) == Self.files(F.sample))
    }
}
