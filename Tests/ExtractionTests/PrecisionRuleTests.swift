import Testing
import KGExtract
import KGGraph
import KGText

/// Spurious entities the extractor must not make: portfolio words taken for a person, two firms joined by
/// "and" taken for one, a known person's surname taken for an organisation, and a government that only
/// stands for its country. Each rule also has a case proving a real entity survives it.
@Suite struct PrecisionRuleTests {

    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    func names(_ kind: String, _ found: Set<String>) -> Set<String> {
        let prefix = "E \(kind) "
        return Set(found.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).prefix { $0 != "[" }).trimmingCharacters(in: .whitespaces) })
    }

    @Test func portfolioAndRoleWordsAreNoPersonName() throws {
        let found = try facts("""
            EU Commissioner for International Cooperation Hanna Virtanen visited Santiago. \
            Zambia's Minister for Gender Equality and Mineral Resources, Grace Banda, met Chile's minister. \
            Its chief Executive Officer said Volvo would buy nickel.
            """)
        let people = names("Person", found)
        #expect(people.isSuperset(of: ["Hanna Virtanen", "Grace Banda"]))
        #expect(!people.contains { $0.contains("Cooperation") || $0.contains("Equality") || $0.contains("Officer") })
        #expect(!names("Organization", found).contains { $0.contains("Gender Equality") })
    }

    @Test func aPersonWhoseSurnameIsAPortfolioWordKeepsTheName() throws {
        let found = try facts("Minister for Resources Samantha Power met Mongolia's envoy. Samantha Power, the minister, said cobalt output would rise.")
        #expect(names("Person", found) == ["Samantha Power"])
    }

    @Test func twoFirmsJoinedByAndAreTwoOrganisations() throws {
        let found = try facts("Siemens and Bosch signed a memorandum of understanding with Kenya on cobalt.")
        let organisations = names("Organization", found)
        #expect(organisations.isSuperset(of: ["Siemens", "Bosch"]))
        #expect(!organisations.contains("Siemens and Bosch"))
        #expect(found.contains { $0.hasSuffix("party Siemens") })
        #expect(found.contains { $0.hasSuffix("party Bosch") })
    }

    @Test func andStaysInsideANameThatEndsInADesignator() throws {
        let found = try facts("""
            The Department of Mines and Petroleum signed an agreement with Kenya on copper. \
            Procter and Gamble Limited signed a contract with Ghana on manganese.
            """)
        #expect(names("Organization", found).isSuperset(of: ["Department of Mines and Petroleum", "Procter and Gamble Limited"]))
    }

    @Test func aKnownPersonsSurnameIsNoOrganisation() throws {
        let found = try facts("""
            Chancellor Klaus Weber visited Chile. \
            Weber signed a memorandum of understanding with Chile on lithium.
            """)
        #expect(!names("Organization", found).contains("Weber"))
        #expect(names("Person", found) == ["Klaus Weber"])
    }

    @Test func aSignatoryNamedLikeNoKnownPersonIsStillAnOrganisation() throws {
        let found = try facts("""
            Chancellor Klaus Weber visited Chile. \
            Norvik signed a memorandum of understanding with Chile on lithium.
            """)
        #expect(names("Organization", found).contains("Norvik"))
    }

    @Test func aGovernmentActingAsItsCountryIsTheCountry() throws {
        let found = try facts("The Government of Chile and Japan signed a memorandum of understanding on lithium.")
        #expect(!names("Organization", found).contains("Government of Chile"))
        #expect(names("Country", found).isSuperset(of: ["Chile", "Japan"]))
        #expect(found.contains { $0.hasSuffix("party Chile") })
    }

    @Test func aGovernmentTreatedAsABodyStaysAnOrganisation() throws {
        let found = try facts("""
            The Ministry of Mining, Government of Peru, signed an agreement with Japan on copper. \
            The Government of Ghana's Ministry of Lands announced a manganese strategy.
            """)
        let organisations = names("Organization", found)
        #expect(organisations.isSuperset(of: ["Government of Peru", "Government of Ghana"]))
    }
}
