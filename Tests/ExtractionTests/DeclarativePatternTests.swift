import Foundation
import Testing
@testable import KGExtract
import KGGraph
import KGOntology
import KGText

/// The relation patterns of `Ontology/lexicons/relation-patterns.tsv`: each shipped phrasing on sentences of
/// our own, the pattern name recorded with the fact, a pattern added by editing a file, and compile errors.
@Suite struct DeclarativePatternTests {
    func extraction(_ text: String, extractor: Extractor? = SeedFixture.extractor) throws -> DocumentExtraction {
        let extractor = try #require(extractor)
        return extractor.extract(try DocumentReader.read(bytes: Array(text.utf8), name: "t.txt"))
    }

    func facts(_ text: String) throws -> Set<String> {
        Set(SeedFixture.describe(try extraction(text)))
    }

    /// The rules that found the fact "subject property object" (by surface forms).
    func rules(_ text: String, _ subject: String, _ property: Vocabulary.Property, _ object: String) throws -> [String] {
        let found = try extraction(text)
        func named(_ id: Int) -> Bool { found.entities[id].surfaceForms.contains(subject) || found.entities[id].canonicalName == subject }
        return found.facts.filter { fact in
            guard fact.property == property, named(fact.subject), case .entity(let o) = fact.object else { return false }
            return found.entities[o].surfaceForms.contains(object) || found.entities[o].canonicalName == object
        }.flatMap(\.rules)
    }

    @Test func countryPossessiveAppositionsAndPredicatesGiveTheSeat() throws {
        let text = "Fjellmalm Gruver AS, Norway's oldest mining firm, approved the plan. Geoservis Holding, founded in 1998, is Georgia's largest drilling contractor."
        let found = try facts(text)
        #expect(found.contains("F Fjellmalm Gruver AS basedIn Norway"), "\(found)")
        #expect(found.contains("F Geoservis Holding basedIn Georgia"), "\(found)")
        #expect(try rules(text, "Geoservis Holding", .basedIn, "Georgia") == ["basedIn.founded-is-country-possessive"])
    }

    @Test func operationalBaseClause() throws {
        let found = try facts("Aurum Brine Limited, which is listed in Toronto and has its operational base in Antofagasta, signed the deal.")
        #expect(found.contains("F Aurum Brine Limited basedIn Antofagasta"), "\(found)")
    }

    @Test func ownersOfSubsidiariesByPossessiveAndByVerb() throws {
        let found = try facts("The work is done by Kivu Metals Limited's local subsidiary in Rwanda, Kivu Metals Rwanda Limited. Baltic Ores Corporation owns Nordkap Mining Limited, which mines nickel in Finnmark.")
        #expect(found.contains("F Kivu Metals Rwanda Limited partOf Kivu Metals Limited"), "\(found)")
        #expect(found.contains("F Nordkap Mining Limited partOf Baltic Ores Corporation"), "\(found)")
        #expect(found.contains("F Nordkap Mining Limited produces nickel"), "\(found)")
    }

    @Test func producersOfMinesAndWorldRanks() throws {
        let found = try facts("Andean Salt Corporation operates the Salar Rojo lithium mine. Tashkent Ores Company, one of the world's largest producers of gold and silver, reported results.")
        #expect(found.contains("F Andean Salt Corporation produces lithium"), "\(found)")
        #expect(found.contains("F Tashkent Ores Company produces gold"), "\(found)")
        #expect(found.contains("F Tashkent Ores Company produces silver"), "\(found)")
    }

    @Test func organisationBeforeTitleBeforeName() throws {
        let text = "The memorandum was signed by Andes Holdings Corporation managing director Lucía Ferreyra."
        let found = try facts(text)
        #expect(found.contains("F Lucía Ferreyra affiliatedWith Andes Holdings Corporation"), "\(found)")
        #expect(try rules(text, "Lucía Ferreyra", .affiliatedWith, "Andes Holdings Corporation").contains("affiliatedWith.organization-title-name"))
    }

    /// A user adds a phrasing by editing the pattern file of a copy of the lexicons: no Swift changes.
    @Test func severalTitlesBetweenOrganisationAndName() throws {
        // A name the lexicon knows, so that the organisation is a mention of its own before the titles.
        let text = "The accord was signed by Eramet Chairman and CEO Amara Okafor and a government delegation."
        let found = try facts(text)
        #expect(found.contains("F Amara Okafor affiliatedWith Eramet"), "\(found)")
        #expect(try rules(text, "Amara Okafor", .affiliatedWith, "Eramet").contains("affiliatedWith.organization-titles-name"))
    }

    @Test func aMinisterOfAPortfolioBelongsToTheMinistryTheTextNames() throws {
        let text = "The Ministry of Lands and Forestry said the Minister of Lands and Forestry, Kwesi Adomako, signed the lease."
        let found = try facts(text)
        #expect(found.contains("F Kwesi Adomako affiliatedWith Ministry of Lands and Forestry"), "\(found)")
        #expect(try rules(text, "Kwesi Adomako", .affiliatedWith, "Ministry of Lands and Forestry") == ["affiliatedWith.minister-ministry"])
        // No ministry named: the portfolio alone makes no organisation.
        let alone = try facts("The Minister of Lands and Forestry, Kwesi Adomako, signed the lease.")
        #expect(!alone.contains { $0.hasPrefix("F Kwesi Adomako affiliatedWith") }, "\(alone)")
    }

    @Test func anExecutiveOpeningASentenceSpeaksForTheIssuer() throws {
        let text = """
            PERTH, Australia, May 2, 2024 -- Quarrystone Metals Inc. has signed a binding offtake agreement with Koralt Trading Ltd.

            Managing Director and Chief Executive Officer Amara Okafor said the contract secured the project's future.

            Minister Joseph Banda said the government welcomed it.
            """
        let found = try facts(text)
        #expect(found.contains("F Amara Okafor affiliatedWith Quarrystone Metals Inc."), "\(found)")
        #expect(!found.contains { $0.hasPrefix("F Joseph Banda affiliatedWith") }, "\(found)")
        #expect(try rules(text, "Amara Okafor", .affiliatedWith, "Quarrystone Metals Inc.") == ["affiliatedWith.issuer-executive"])
    }

    @Test func aPatternAddedByFileProducesFacts() throws {
        let sentence = "Volta Nickel Limited sources its ore from Tanzania."
        #expect(try facts(sentence).contains("F Volta Nickel Limited basedIn Tanzania") == false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgx-patterns-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: OntologyResources.lexiconsURL, to: folder)
        let file = folder.appendingPathComponent("relation-patterns.tsv")
        let added = try String(contentsOf: file, encoding: .utf8) + "locatedIn.ore-from\tbasedIn\t@s:Organization sources its ore from @o:Country\n"
        try added.write(to: file, atomically: true, encoding: .utf8)
        let extended = try Extractor(lexicons: Lexicons(directory: folder))
        let found = try extraction(sentence, extractor: extended)
        let fact = try #require(found.facts.first { $0.property == .basedIn })
        #expect(fact.rules == ["locatedIn.ore-from"])
    }

    @Test(arguments: [
        ("bad\tbasedIn\t@s:Organization in", "captures neither or only one of @s and @o"),
        ("bad\tmentionedIn\t@s:Organization in @o:Place", "'mentionedIn' is not a relation property"),
        ("bad\tbasedIn\t@s:Organization $nosuch @o:Place", "unknown cue kind '$nosuch'"),
        ("bad\tbasedIn\t@s:Organization in{3,1} @o:Place", "bad repetition 'in{3,1}'"),
        ("bad\tbasedIn\t@s:Agreement in @o:Place", "'Agreement' is not an entity class"),
    ])
    func malformedPatternsAreRejectedWithTheirName(line: String, reason: String) {
        let row = line.split(separator: "\t").map(String.init)
        #expect(throws: RelationPatterns.CompileError(pattern: "bad", reason: reason)) { try RelationPatterns(rows: [row]) }
    }
}
