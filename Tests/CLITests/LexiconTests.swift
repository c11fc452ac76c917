import Foundation
import KGOntology
import KGTestSupport
import Testing

/// The lexicons users extend: well-formed rows, one row per name and surface form, references
/// between lexicons that resolve, and the coverage the extractor's recall depends on.
@Suite struct LexiconTests {
    /// Every lexicon and its number of columns.
    static let layouts: [(name: String, columns: Int)] = [
        ("countries.tsv", 3), ("minerals.tsv", 4), ("organization-designators.tsv", 2),
        ("person-titles.tsv", 2), ("agreement-kinds.tsv", 2), ("places.tsv", 3), ("organizations.tsv", 4),
    ]

    static func table(_ name: String) throws -> LexiconTable { try LexiconTable.load(named: name) }

    /// The canonical names of countries.tsv.
    static func countryNames() throws -> Set<String> { Set(try table("countries.tsv").rows.map { $0.field(0) }) }

    @Test(arguments: layouts)
    func rowsAreWellFormed(_ name: String, _ columns: Int) throws {
        let table = try Self.table(name)
        #expect(!table.rows.isEmpty, "\(name) has no rows")
        for row in table.rows {
            #expect(row.fields.count == columns, "\(name):\(row.line) has \(row.fields.count) columns, not \(columns)")
            #expect(!row.field(0).isEmpty, "\(name):\(row.line) has no name")
            for field in row.fields {
                #expect(field == field.trimmingCharacters(in: .whitespaces), "\(name):\(row.line) '\(field)' has outer spaces")
                #expect(!field.contains("||") && !field.hasPrefix("|") && !field.hasSuffix("|"),
                        "\(name):\(row.line) '\(field)' has an empty value")
            }
        }
    }

    /// For each lexicon, the columns whose values identify a row: a name or surface form may name one row only.
    static let identifying: [(name: String, columns: [Int])] = [
        ("countries.tsv", [0, 1, 2]), ("minerals.tsv", [0, 1]), ("person-titles.tsv", [0]),
        ("agreement-kinds.tsv", [0]), ("agreement-kinds.tsv", [1]), ("places.tsv", [0, 2]), ("organizations.tsv", [0, 2]),
    ]

    @Test(arguments: identifying)
    func namesAndSurfaceFormsAreUnique(_ name: String, _ columns: [Int]) throws {
        var owner: [String: Int] = [:]
        for row in try Self.table(name).rows {
            for form in Set(columns.flatMap { row.values($0) }) {
                if let first = owner[form] {
                    Issue.record("\(name): '\(form)' on line \(row.line) already names line \(first)")
                }
                owner[form] = row.line
            }
        }
    }

    /// A name must not be both, say, a country and a place: the extractor could not tell which entity it means.
    @Test func noSurfaceFormNamesEntitiesOfTwoClasses() throws {
        let lexicons: [(name: String, columns: [Int])] = [
            ("countries.tsv", [0, 1, 2]), ("places.tsv", [0, 2]), ("organizations.tsv", [0, 2]), ("minerals.tsv", [0, 1]),
        ]
        var owner: [String: String] = [:]
        for (name, columns) in lexicons {
            for row in try Self.table(name).rows {
                for form in columns.flatMap({ row.values($0) }) {
                    if let other = owner[form], other != name { Issue.record("'\(form)' is in \(other) and \(name)") }
                    owner[form] = name
                }
            }
        }
    }

    @Test func designatorRowsAreUnique() throws {
        let rows = try Self.table("organization-designators.tsv").rows.map { "\($0.field(0))\t\($0.field(1))" }
        #expect(Set(rows).count == rows.count)
    }

    // MARK: Countries

    @Test func everySovereignStateIsListed() throws {
        let names = try Self.countryNames()
        #expect(names.count == 197, "193 UN members + Holy See, Palestine, Taiwan, Kosovo")
        for name in ["Russia", "India", "United States", "South Korea", "North Korea", "Democratic Republic of the Congo",
                     "Republic of the Congo", "Vatican City", "Palestine", "Taiwan", "Kosovo", "Côte d'Ivoire", "Turkey"] {
            #expect(names.contains(name), "\(name) missing")
        }
    }

    @Test func countryAlternativesAndDemonymsResolve() throws {
        var canonical: [String: String] = [:]
        for row in try Self.table("countries.tsv").rows {
            for form in row.values(1) + row.values(2) { canonical[form] = row.field(0) }
        }
        let expected = [
            "Russian Federation": "Russia", "Russian": "Russia", "Republic of India": "India", "Bharat": "India",
            "Indian": "India", "United States of America": "United States", "USA": "United States",
            "U.S.": "United States", "US": "United States", "U.S.A.": "United States", "American": "United States",
            "UK": "United Kingdom", "Britain": "United Kingdom", "British": "United Kingdom", "Chinese": "China",
            "DRC": "Democratic Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
            "Congo-Kinshasa": "Democratic Republic of the Congo", "Congolese": "Democratic Republic of the Congo",
            "Türkiye": "Turkey", "Ivory Coast": "Côte d'Ivoire", "Republic of Korea": "South Korea",
            "Holy See": "Vatican City", "Emirati": "United Arab Emirates", "Australian": "Australia",
        ]
        for (form, country) in expected {
            #expect(canonical[form] == country, "\(form) should name \(country)")
        }
    }

    // MARK: Minerals

    static let rareEarths = ["lanthanum", "cerium", "praseodymium", "neodymium", "promethium", "samarium", "europium",
                             "gadolinium", "terbium", "dysprosium", "holmium", "erbium", "thulium", "ytterbium",
                             "lutetium", "scandium", "yttrium"]

    @Test func mineralColumnsUseTheirVocabularies() throws {
        let categories: Set = ["element", "rare-earth", "group", "commodity", "gemstone", "alloy"]
        for row in try Self.table("minerals.tsv").rows {
            #expect(row.field(0) == row.field(0).lowercased(), "line \(row.line): canonical names are lower case")
            #expect(categories.contains(row.field(2)), "line \(row.line): category '\(row.field(2))'")
            let lists = row.field(3).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(row.field(3).isEmpty || lists.allSatisfy { ["IN", "US", "EU"].contains($0) },
                    "line \(row.line): lists '\(row.field(3))'")
        }
    }

    @Test func allSeventeenRareEarthElementsAndTheGroupsArePresent() throws {
        let rows = try Self.table("minerals.tsv").rows
        let rareEarthRows = rows.filter { $0.field(2) == "rare-earth" }.map { $0.field(0) }
        #expect(Set(rareEarthRows) == Set(Self.rareEarths))
        let ree = try #require(rows.first { $0.field(0) == "rare earth elements" })
        #expect(Set(["rare earths", "REE", "REEs", "rare earth"]).isSubset(of: ree.values(1)))
        let pgm = try #require(rows.first { $0.field(0) == "platinum group metals" })
        #expect(pgm.values(1).contains("PGMs"))
    }

    /// The official lists, by canonical name in minerals.tsv.
    static let criticalLists: [(code: String, minerals: [String])] = [
        ("IN", ["antimony", "beryllium", "bismuth", "cadmium", "cobalt", "copper", "gallium", "germanium", "graphite",
                "hafnium", "indium", "lithium", "molybdenum", "niobium", "nickel", "platinum group metals", "phosphorus",
                "potash", "rare earth elements", "rhenium", "selenium", "silicon", "strontium", "tantalum", "tellurium",
                "tin", "titanium", "tungsten", "vanadium", "zirconium"]),
        ("US", ["aluminium", "antimony", "arsenic", "barite", "beryllium", "bismuth", "cerium", "caesium", "chromium",
                "cobalt", "dysprosium", "erbium", "europium", "fluorspar", "gadolinium", "gallium", "germanium",
                "graphite", "hafnium", "holmium", "indium", "iridium", "lanthanum", "lithium", "lutetium", "magnesium",
                "manganese", "neodymium", "nickel", "niobium", "palladium", "platinum", "praseodymium", "rhodium",
                "rubidium", "ruthenium", "samarium", "scandium", "tantalum", "tellurium", "terbium", "thulium", "tin",
                "titanium", "tungsten", "vanadium", "ytterbium", "yttrium", "zinc", "zirconium"]),
        ("EU", ["antimony", "arsenic", "bauxite", "barite", "beryllium", "bismuth", "boron", "cobalt", "coking coal",
                "copper", "feldspar", "fluorspar", "gallium", "germanium", "hafnium", "helium", "heavy rare earth elements",
                "light rare earth elements", "lithium", "magnesium", "manganese", "graphite", "nickel", "niobium",
                "phosphate rock", "phosphorus", "platinum group metals", "scandium", "silicon", "strontium", "tantalum",
                "titanium", "tungsten", "vanadium"]),
    ]

    @Test(arguments: criticalLists)
    func criticalListIsMarked(_ code: String, _ minerals: [String]) throws {
        #expect(Set(minerals).count == ["IN": 30, "US": 50, "EU": 34][code])
        let lists = Dictionary(uniqueKeysWithValues: try Self.table("minerals.tsv").rows.map {
            ($0.field(0), Set($0.field(3).split(separator: ",").map(String.init)))
        })
        for mineral in minerals {
            #expect(lists[mineral]?.contains(code) == true, "\(mineral) should be marked \(code)")
        }
    }

    // MARK: Designators, titles, agreement kinds

    @Test func designatorsAndTitlesUseTheirVocabularies() throws {
        let designators = try Self.table("organization-designators.tsv").rows
        #expect(designators.allSatisfy { ["suffix", "prefix", "head"].contains($0.field(1)) })
        let byPosition = Dictionary(grouping: designators, by: { $0.field(1) }).mapValues { Set($0.map { $0.field(0) }) }
        #expect(Set(["Ltd", "Ltd.", "Limited", "Corporation", "Inc.", "plc", "GmbH", "Pty Ltd", "Bourse"])
            .isSubset(of: byPosition["suffix"] ?? []))
        #expect(Set(["JSC", "PJSC", "OAO", "PAO"]).isSubset(of: byPosition["prefix"] ?? []))
        #expect(Set(["Ministry", "Institute", "University", "Embassy", "Foundation", "Park", "Survey"])
            .isSubset(of: byPosition["head"] ?? []))

        let titles = try Self.table("person-titles.tsv").rows
        #expect(titles.allSatisfy { ["honorific", "role"].contains($0.field(1)) })
        let kind = Dictionary(uniqueKeysWithValues: titles.map { ($0.field(0), $0.field(1)) })
        for honorific in ["Dr.", "Shri", "His Excellency", "Mr.", "Prof."] { #expect(kind[honorific] == "honorific", "\(honorific)") }
        for role in ["Director", "Vice-Rector", "Chief Scientist", "Counsellor", "Ambassador", "Deputy Director",
                     "Chief Executive Officer", "Chairman", "Project Director"] {
            #expect(kind[role] == "role", "\(role)")
        }
    }

    @Test func agreementKindsCoverTheSeedForms() throws {
        var kind: [String: String] = [:]
        for row in try Self.table("agreement-kinds.tsv").rows {
            for form in row.values(1) { kind[form] = row.field(0) }
        }
        let expected = ["MoU": "MoU", "memorandum of understanding": "MoU", "Memorandum of Understanding": "MoU",
                        "JDIs": "Joint Declaration of Intent", "Joint Declarations of Intent": "Joint Declaration of Intent",
                        "JDI": "Joint Declaration of Intent", "Pact": "Pact", "agreement": "Agreement",
                        "offtake agreement": "Offtake Agreement", "LoI": "Letter of Intent"]
        for (form, canonical) in expected { #expect(kind[form] == canonical, "\(form)") }
    }

    // MARK: Places and organisations

    @Test func everyPlaceIsInAKnownCountryAndEveryCountryHasAPlace() throws {
        let countries = try Self.countryNames()
        let places = try Self.table("places.tsv").rows
        for row in places { #expect(countries.contains(row.field(1)), "places.tsv:\(row.line) '\(row.field(1))'") }
        let cityStates: Set = ["Monaco", "Singapore", "Vatican City"]
        let withoutPlace = countries.subtracting(places.map { $0.field(1) })
        #expect(withoutPlace.isSubset(of: cityStates), "countries without a capital: \(withoutPlace.subtracting(cityStates))")
        let names = Set(places.map { $0.field(0) })
        #expect(Set(["Moscow", "New Delhi", "Mumbai", "Bhubaneswar", "Dhanbad", "Kolkata", "Chennai", "Saint Petersburg",
                     "Vladivostok", "Perth", "Johannesburg", "Lubumbashi", "Kolwezi", "Santiago", "Antofagasta"])
            .isSubset(of: names))
    }

    @Test func everyOrganisationHasAKnownHintAndCountry() throws {
        let countries = try Self.countryNames()
        let hints: Set = ["company", "state-company", "government", "agency", "research", "university", "intergovernmental",
                          "initiative", "association", "exchange"]
        let rows = try Self.table("organizations.tsv").rows
        #expect(rows.count >= 100)
        for row in rows {
            #expect(hints.contains(row.field(1)), "organizations.tsv:\(row.line) hint '\(row.field(1))'")
            #expect(row.field(3).isEmpty || countries.contains(row.field(3)), "organizations.tsv:\(row.line) '\(row.field(3))'")
        }
        let forms = Set(rows.flatMap { [$0.field(0)] + $0.values(2) })
        #expect(Set(["Rosatom", "Nornickel", "Norilsk Nickel", "Alrosa", "Rio Tinto", "BHP", "Glencore", "Codelco",
                     "KABIL", "Khanij Bidesh India Ltd", "NMDC", "Coal India", "Hindustan Zinc", "IREL",
                     "International Energy Agency", "Minerals Security Partnership", "Gécamines", "CATL"])
            .isSubset(of: forms))
    }

    /// Names the seed articles use, which the lexicons must know, checked against the seed texts so
    /// the list stays honest.
    @Test func lexiconsKnowTheNamesInTheSeeds() throws {
        let seeds = try FileManager.default.contentsOfDirectory(at: ProjectPaths.seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .map { try String(contentsOf: $0, encoding: .utf8) }
            .joined(separator: "\n")
        let expected: [(lexicon: String, columns: [Int], forms: [String])] = [
            ("countries.tsv", [0, 1, 2], ["India", "Russia", "Russian", "Indian", "Russian Federation", "Bharat", "Australia"]),
            ("places.tsv", [0, 2], ["Moscow", "Bhubaneswar", "Dhanbad", "New Delhi", "Mumbai"]),
            ("minerals.tsv", [0, 1], ["copper", "titanium", "lithium", "nickel", "cobalt", "palladium", "rare earth elements",
                                      "coal", "iron ore", "zinc", "gold", "mineral sands", "Nd-Fe-B"]),
            ("organizations.tsv", [0, 2], ["Rosatom", "JSC Giredmet", "GIREDMET", "NUST MISIS", "CSIR-IMMT", "TEXMiN Foundation",
                                           "IIT (ISM) Dhanbad", "ANRF", "Norilsk Nickel", "Nornickel", "Alrosa", "SUEK",
                                           "Mechel", "EVRAZ", "RusAL", "Khanij Bidesh India Ltd", "Oil India Limited",
                                           "IREL (India) Limited", "Invest India", "Bharat Diamond Bourse"]),
            ("agreement-kinds.tsv", [1], ["JDIs", "Joint Declarations of Intent", "memorandum of understanding", "MoU",
                                          "Memorandum of Understanding", "Pact"]),
            ("person-titles.tsv", [0], ["Dr.", "Shri", "His Excellency", "Director", "Vice-Rector", "Chief Scientist",
                                        "Deputy Director", "Counsellor", "Ambassador", "Chief Executive Officer", "Project Director"]),
        ]
        for (lexicon, columns, forms) in expected {
            let known = Set(try Self.table(lexicon).rows.flatMap { row in columns.flatMap { row.values($0) } })
            for form in forms {
                #expect(seeds.contains(form), "'\(form)' is not in the seeds: fix the test")
                #expect(known.contains(form), "\(lexicon) does not know '\(form)'")
            }
        }
    }
}
