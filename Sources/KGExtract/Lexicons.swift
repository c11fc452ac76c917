import Foundation
import KGOntology

/// The word lists the extractor reads: countries, minerals, places, known organisations,
/// organisation designators, person titles, agreement kinds (and the families they are reported as), relation
/// cues and non-entity words.
///
/// Every list is a TAB-separated file in one folder (see `Ontology/lexicons/`), so users extend the
/// extractor by editing text files; a file that is absent counts as an empty list.
public struct Lexicons: Sendable {
    /// Why a lexicon folder could not be read.
    public enum LoadError: Error, CustomStringConvertible, Equatable {
        case missingFolder(path: String)
        case unreadable(file: String)
        case badPattern(String)

        public var description: String {
            switch self {
            case .missingFolder(let path): return "\(path): lexicon folder not found"
            case .unreadable(let file): return "\(file): lexicon file is not readable UTF-8 text"
            case .badPattern(let reason): return "relation-patterns.tsv: \(reason)"
            }
        }
    }

    let countries: Gazetteer<String>
    let demonyms: Gazetteer<String>
    let minerals: Gazetteer<String>
    /// Canonical names of `minerals.tsv` rows that are products, not minerals (category `alloy`):
    /// matched so their words are not read as elements, but never named as entities.
    let products: Set<String>
    let places: Gazetteer<String>
    /// The country each place of `places.tsv` lies in, by canonical place name.
    let placeCountries: [String: String]
    let organizations: Gazetteer<String>
    /// The country of each gazetteer organisation that names one.
    let organizationCountries: [String: String]
    let designators: Gazetteer<Set<DesignatorPosition>>
    let titles: Gazetteer<TitleKind>
    /// The role titles again, matched in any case: prose writes "chief executive", "managing director".
    let roles: Gazetteer<TitleKind>
    /// Agreement words, each mapped to the kind it is reported as: the canonical kind of
    /// `agreement-kinds.tsv`, or its family from `agreement-kind-families.tsv` ("supply agreement" → "Agreement").
    let agreementKinds: Gazetteer<String>
    let cues: RelationCues
    /// The relation patterns of `relation-patterns.tsv`, compiled.
    let relationPatterns: RelationPatterns
    /// Capitalised words that never start or make up a name ("The", "Meanwhile", weekdays...), lower case.
    let nonEntities: WordSet

    /// The lexicons shipped with the tool.
    public static func bundled() throws -> Lexicons {
        try Lexicons(directory: OntologyResources.lexiconsURL)
    }

    /// `text` without leading and trailing tabs, space separators and zero-width spaces (what
    /// `trimmingCharacters(in: .whitespaces)` trims here), in Swift: Foundation's bridging made trimming the
    /// lexicon fields the slowest part of loading them.
    static func trimmingBlanks(_ text: some StringProtocol) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || scalar == "\u{200B}" || !scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// Reads every lexicon file of `directory`.
    /// - Throws: `LoadError` when the folder is missing or a file is not UTF-8.
    public init(directory: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LoadError.missingFolder(path: directory.path)
        }
        func rows(_ file: String) throws -> [[String]] {
            let url = directory.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { return [] }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw LoadError.unreadable(file: file) }
            // One reader of the lexicon format for the whole project (KGOntology's LexiconTable).
            return LexiconTable(name: file, text: text).rows.map { row in
                row.fields.map(Self.trimmingBlanks)
            }
        }
        func values(_ row: [String], _ column: Int) -> [String] {
            column < row.count
                ? row[column].split(separator: LexiconTable.valueSeparator)
                    .map(Self.trimmingBlanks).filter { !$0.isEmpty }
                : []
        }
        var countries = Gazetteer<String>(), demonyms = Gazetteer<String>()
        for row in try rows("countries.tsv") {
            countries.add(row[0], row[0])
            for alternative in values(row, 1) { countries.add(alternative, row[0]) }
            for demonym in values(row, 2) { demonyms.add(demonym, row[0]) }
        }
        var minerals = Gazetteer<String>(), products = Set<String>()
        for row in try rows("minerals.tsv") {
            for surface in [row[0]] + values(row, 1) { minerals.add(surface, row[0], plurals: true) }
            if values(row, 2).first == "alloy" { products.insert(row[0]) }
        }
        var places = Gazetteer<String>(), placeCountries: [String: String] = [:]
        for row in try rows("places.tsv") {
            places.add(row[0], row[0])
            for alias in values(row, 2) { places.add(alias, row[0]) }
            if let country = values(row, 1).first { placeCountries[row[0]] = country }
        }
        var organizations = Gazetteer<String>(), organizationCountries: [String: String] = [:]
        for row in try rows("organizations.tsv") {
            organizations.add(row[0], row[0])
            for alias in values(row, 2) { organizations.add(alias, row[0]) }
            if let country = values(row, 3).first { organizationCountries[row[0]] = country }
        }
        var designators = Gazetteer<Set<DesignatorPosition>>()
        for row in try rows("organization-designators.tsv") {
            guard let position = values(row, 1).first.flatMap(DesignatorPosition.init(rawValue:)) else { continue }
            designators.merge(row[0], [position]) { $0.union($1) }
        }
        var titles = Gazetteer<TitleKind>(), roles = Gazetteer<TitleKind>()
        for row in try rows("person-titles.tsv") {
            guard let kind = values(row, 1).first.flatMap(TitleKind.init(rawValue:)) else { continue }
            titles.add(row[0], kind)
            if kind == .role { roles.add(row[0].lowercased(), kind) }
        }
        var families: [String: String] = [:]
        for row in try rows("agreement-kind-families.tsv") {
            if let reported = values(row, 1).first { families[row[0]] = reported }
        }
        var kinds = Gazetteer<String>()
        for row in try rows("agreement-kinds.tsv") {
            for surface in [row[0]] + values(row, 1) { kinds.add(surface, families[row[0]] ?? row[0]) }
        }
        self.countries = countries
        self.demonyms = demonyms
        self.minerals = minerals
        self.products = products
        self.places = places
        self.placeCountries = placeCountries
        self.organizations = organizations
        self.organizationCountries = organizationCountries
        self.designators = designators
        self.titles = titles
        self.roles = roles
        self.agreementKinds = kinds
        self.cues = RelationCues(rows: try rows("relation-cues.tsv"))
        do {
            self.relationPatterns = try RelationPatterns(rows: try rows("relation-patterns.tsv"))
        } catch let error as RelationPatterns.CompileError {
            throw LoadError.badPattern(error.description)
        }
        self.nonEntities = WordSet(try rows("non-entities.txt").compactMap { $0.first?.lowercased() })
    }
}

/// Where an organisation designator stands in a name.
enum DesignatorPosition: String, Sendable {
    /// A legal form or tail ending the name ("Limited", "Mining").
    case suffix
    /// A legal form before the name ("JSC").
    case prefix
    /// A noun heading the name, usually followed by "of ..." ("Ministry").
    case head
}

/// Whether a person title is a courtesy title or a position.
enum TitleKind: String, Sendable {
    case honorific, role
}
