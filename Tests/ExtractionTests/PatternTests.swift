import Testing
import KGExtract
import KGGraph
import KGText

/// One short hand-written sentence per general pattern: people and their roles, where places lie,
/// agreements denied or listed, and words that are no minerals.
@Suite struct PatternTests {

    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    func people(_ found: Set<String>) -> Set<String> {
        Set(found.filter { $0.hasPrefix("E Person ") }.map { String($0.dropFirst(9).prefix { $0 != "[" }).trimmingCharacters(in: .whitespaces) })
    }

    @Test func namesAfterATitleWithAComplement() throws {
        let found = try facts("Brazil's Minister of Mines and Energy Alexandre Silveira met Ambassador of Peru to Brazil Rosa Esther Silva in Lima.")
        #expect(people(found).contains("Alexandre Silveira"))
        #expect(!people(found).contains { $0.contains("Energy") || $0.contains("Mines") })
    }

    @Test func namesAfterALowerCaseRoleAndTheOrganisationBeforeIt() throws {
        let found = try facts("The deal was announced by Albemarle chief executive Kent Masters in Charlotte.")
        #expect(people(found).contains("Kent Masters"))
        #expect(found.contains("F Kent Masters affiliatedWith Albemarle"))
    }

    @Test func appositionsWithPossessiveRolesParticlesAndHyphens() throws {
        let found = try facts("Pieter van der Berg, Boliden's managing director, met the President of Mongolia, Ukhnaagiin Khurelsukh, and Kim Ji-won, chief executive of POSCO Holdings.")
        #expect(people(found).isSuperset(of: ["Pieter van der Berg", "Ukhnaagiin Khurelsukh", "Kim Ji-won"]))
        #expect(found.contains("F Pieter van der Berg affiliatedWith Boliden"))
        #expect(found.contains("F Kim Ji-won affiliatedWith POSCO Holdings"))
        // The president of a country is affiliated with no organisation named later in the sentence.
        #expect(!found.contains { $0.hasPrefix("F Ukhnaagiin Khurelsukh affiliatedWith") })
    }

    @Test func aSurnameAfterATitleIsThePersonNamedInFull() throws {
        let found = try facts("Trade Minister Mary Ng visited Seoul. Minister Ng said the talks went well.")
        #expect(people(found) == ["Mary Ng"])
    }

    @Test func surnamesThatAreTitlesButTitlesAreNotNames() throws {
        let found = try facts("Canada's Minister of Natural Resources Jonathan Wilkinson met Sarah King, a geologist. The Prime Minister said nothing.")
        #expect(people(found).isSuperset(of: ["Jonathan Wilkinson", "Sarah King"]))
        #expect(!people(found).contains("Prime Minister"))
    }

    @Test func locatedInOnlyWhereTheTextSaysSo() throws {
        let found = try facts("Glencore runs smelters in Kolwezi and Likasi in the DRC, a refinery in Sudbury, Canada, and an office in Toronto.")
        #expect(found.contains("F Sudbury locatedIn Canada"))
        #expect(!found.contains { $0.hasPrefix("F Toronto locatedIn") })
    }

    @Test func aCountrysPlaceLiesInIt() throws {
        let found = try facts("Chile's Atacama salt flat holds lithium brine, and Bolivia's Uyuni is larger.")
        #expect(found.contains("F Uyuni locatedIn Bolivia"))
    }

    @Test func umbrellaWordsAndAlloysAreNoMinerals() throws {
        let found = try facts("Vietnam wants to attract investment in critical minerals, battery metals and NdFeB magnets, and to mine tungsten.")
        let minerals = found.filter { $0.hasPrefix("E Mineral") }
        #expect(minerals.count == 1)
        #expect(minerals.contains { $0.hasPrefix("E Mineral tungsten") })
    }

    @Test func aMineralWordInsideATitleIsNoMineral() throws {
        let found = try facts("Poland's Minister of Climate, Coal and Energy Anna Nowak visited the Bogdanka coal mine.")
        #expect(found.filter { $0.hasPrefix("E Mineral coal") }.count == 1)
        #expect(people(found).contains("Anna Nowak"))
    }

    @Test func deniedOrPendingSigningsAreNoAgreements() throws {
        let found = try facts("Peru has not yet signed an agreement with Japan on copper. Zambia signed no binding contracts with Glencore.")
        #expect(!found.contains { $0.hasPrefix("E Agreement") })
    }

    @Test func partiesAfterBetweenAndAfterSignedBy() throws {
        let found = try facts("The strategic partnership between Mongolia and France was signed in Ulaanbaatar in 2023.")
        #expect(found.contains { $0.hasSuffix("party Mongolia") })
        #expect(found.contains { $0.hasSuffix("party France") })
        let passive = try facts("A memorandum of understanding on cobalt, signed by Indonesia and Australia, took effect.")
        #expect(passive.contains { $0.hasSuffix("party Indonesia") })
        #expect(passive.contains { $0.hasSuffix("party Australia") })
    }

    @Test func anAgreementNeedsTwoParties() throws {
        let found = try facts("Ghana signed a framework agreement on Tuesday to develop its lithium deposits.")
        #expect(!found.contains { $0.hasPrefix("E Agreement") })
    }

    @Test func theDatelinePlaceIsAPlaceOfTheArticle() throws {
        let found = try facts("Copper output rises\n\nSANTIAGO, May 2, 2024 \u{2013} Codelco said copper output rose in April.")
        #expect(found.contains { $0.hasPrefix("E Place Santiago") })
    }

    @Test func membersOfABody() throws {
        let found = try facts("Both Brazil and Mexico are members of the International Lead and Zinc Study Group, but Peru is not a member of the International Lead and Zinc Study Group.")
        #expect(found.contains("F Brazil participatesIn International Lead and Zinc Study Group"))
        #expect(found.contains("F Mexico participatesIn International Lead and Zinc Study Group"))
        #expect(!found.contains { $0.hasPrefix("F Peru participatesIn") })
    }
}
