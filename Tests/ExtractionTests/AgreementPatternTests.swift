import Testing
import KGExtract
import KGGraph
import KGText

/// Agreements in general news phrasings: dates, places, signatories and minerals attached from the signing
/// sentence and the sentences about it, parties from titles, lists and references, kinds by family.
/// The sentences are about countries and firms no corpus article names.
@Suite struct AgreementPatternTests {

    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    func agreements(_ found: Set<String>) -> Int {
        found.filter { $0.hasPrefix("E Agreement") }.count
    }

    @Test func detailsFromTheSentencesAboutTheSigning() throws {
        let found = try facts("""
        OSLO, June 12, 2024 \u{2013} Fjord Metals Limited signed a memorandum of understanding with Andes Lithium Corporation on Tuesday.

        The memorandum was signed in Bergen by Fjord Metals chief executive Ingrid Solberg and Minister Carlos Rojas, in the presence of King Harald. It covers graphite and vanadium supply chains.
        """)
        #expect(agreements(found) == 1)
        // 12 June 2024 is a Wednesday: the Tuesday before it.
        #expect(found.contains { $0.hasSuffix("MoU signedOn 2024-06-11") })
        #expect(found.contains { $0.hasSuffix("MoU signedAt Bergen") })
        #expect(found.contains { $0.hasSuffix("MoU signatory Ingrid Solberg") })
        #expect(found.contains { $0.hasSuffix("MoU signatory Carlos Rojas") })
        #expect(!found.contains { $0.hasSuffix("MoU signatory Harald") || $0.hasSuffix("MoU signatory King Harald") })
        #expect(found.contains { $0.hasSuffix("MoU concerns graphite") })
        #expect(found.contains { $0.hasSuffix("MoU concerns vanadium") })
    }

    @Test(arguments: [("today", "2024-06-12"), ("yesterday", "2024-06-11"), ("last Friday", "2024-06-07")])
    func relativeSigningDays(_ words: String, _ date: String) throws {
        let found = try facts("OSLO, June 12, 2024 \u{2013} Norway and Iceland \(words) signed a memorandum of understanding on graphite.")
        #expect(found.contains { $0.hasSuffix("MoU signedOn \(date)") })
        #expect(found.contains { $0.hasSuffix("MoU party Norway") })
        #expect(found.contains { $0.hasSuffix("MoU party Iceland") })
    }

    @Test func aDayWithoutAYearIsNoSigningDate() throws {
        let found = try facts("LIMA, Oct 9 \u{2013} Peru and Ghana signed a memorandum of understanding on Tuesday on tin.")
        #expect(found.contains { $0.hasSuffix("MoU party Ghana") })
        #expect(!found.contains { $0.contains("signedOn") })
    }

    @Test func subjectsOfTheVerbSignAndPartiesFollowBetween() throws {
        let found = try facts("Minister Ville Tavio and Minister Tiit Riisalo signed a memorandum of understanding between Finland and Estonia in Helsinki.")
        #expect(found.contains { $0.hasSuffix("MoU signatory Ville Tavio") })
        #expect(found.contains { $0.hasSuffix("MoU signatory Tiit Riisalo") })
        #expect(found.contains { $0.hasSuffix("MoU party Finland") })
        #expect(found.contains { $0.hasSuffix("MoU party Estonia") })
        #expect(found.contains { $0.hasSuffix("MoU signedAt Helsinki") })
    }

    @Test func aPlaceTheAgreementIsForIsNoSigningPlace() throws {
        let found = try facts("Norway and Chile signed an agreement to build a refinery in Antofagasta.")
        #expect(found.contains { $0.hasSuffix("Agreement party Chile") })
        #expect(!found.contains { $0.contains("signedAt") })
    }

    @Test func kindsAreReportedByFamily() throws {
        let supply = try facts("Nordic Nickel Limited inked an offtake agreement with Baltic Cells Corporation.")
        #expect(supply.contains { $0.hasSuffix("Agreement party Nordic Nickel Limited") })
        let strategic = try facts("Ghana and Togo signed a strategic partnership on manganese.")
        #expect(strategic.contains { $0.hasSuffix("Partnership party Togo") })
        let framework = try facts("Ghana and Togo signed a framework on bauxite.")
        #expect(framework.contains { $0.hasSuffix("Framework party Ghana") })
    }

    @Test func partiesNamedInTheTitleAndNoOrganisation() throws {
        let found = try facts("The deal builds on the Norway\u{2013}Iceland Green Minerals Partnership that the two governments signed in 2021.")
        #expect(found.contains { $0.hasSuffix("Partnership party Norway") })
        #expect(found.contains { $0.hasSuffix("Partnership party Iceland") })
        #expect(!found.contains { $0.hasPrefix("E Organization") })
    }

    @Test func theTwoSidesAreTheTwoCountriesJustNamed() throws {
        let found = try facts("Peru's president hosted Vietnam's prime minister in Lima. The two sides signed a memorandum of understanding on tin.")
        #expect(found.contains { $0.hasSuffix("MoU party Peru") })
        #expect(found.contains { $0.hasSuffix("MoU party Vietnam") })
        #expect(found.contains { $0.hasSuffix("MoU concerns tin") })
    }

    @Test func passingMentionsWithDescribedCounterpartsOneEach() throws {
        let found = try facts("Norway has also signed raw materials partnerships with countries including Ghana, Zambia and Peru, and the Nordic Minerals Council publishes reports.")
        #expect(agreements(found) == 3)
        for country in ["Ghana", "Zambia", "Peru"] { #expect(found.contains { $0.hasSuffix("Partnership party \(country)") }) }
        #expect(!found.contains { $0.hasSuffix("party Nordic Minerals Council") })
    }

    @Test func theCompanyIsTheFirmTheTextIsAbout() throws {
        let found = try facts("Atlas Lithium Corporation is building a refinery in Nevada. The company has signed supply agreements with carmaker Nordic Motors Limited and with battery maker Baltic Cells Corporation.")
        #expect(agreements(found) == 2)
        #expect(found.filter { $0.hasSuffix("Agreement party Atlas Lithium Corporation") }.count == 2)
        #expect(found.contains { $0.hasSuffix("Agreement party Baltic Cells Corporation") })
    }

    @Test func anAgreedTakeoverIsAnAgreement() throws {
        let found = try facts("Pinnacle Minerals Corporation agreed on Monday to buy Summit Lithium Limited for $2 billion, a deal that creates a large lithium producer. The definitive agreement was signed in Toronto.")
        #expect(agreements(found) == 1)
        #expect(found.contains { $0.hasSuffix("Agreement party Summit Lithium Limited") })
        #expect(found.contains { $0.hasSuffix("Agreement signedAt Toronto") })
    }

    @Test func agreementsToComeOrOfTheirOwn() throws {
        #expect(agreements(try facts("Peru plans to sign a memorandum of understanding with Chile.")) == 0)
        let own = try facts("Ghana and Togo had signed their own cooperation agreement in 2021.")
        #expect(own.contains { $0.hasSuffix("Agreement party Togo") })
    }
}

/// Signatories and roles read from the sentence around them.
@Suite struct SignatoryTests {
    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    @Test func theTwoLeadersAreThePeopleJustNamed() throws {
        let found = try facts("The Prime Minister, Jonas Gahr Store, welcomed the President of Ghana, John Mahama, to Oslo today, where the two leaders signed a Joint Statement on cooperation between Norway and Ghana.")
        #expect(found.contains { $0.hasSuffix("Joint Statement signatory Jonas Gahr Store") })
        #expect(found.contains { $0.hasSuffix("Joint Statement signatory John Mahama") })
        #expect(found.contains { $0.hasSuffix("Joint Statement party Ghana") })
    }

    @Test func aRoleStatedAfterTheVerbToBe() throws {
        let found = try facts("Kofi Mensah, chief executive of Volta Bauxite Limited, is chairman of Accra Alumina Corporation.")
        #expect(found.contains("F Kofi Mensah affiliatedWith Volta Bauxite Limited"))
        #expect(found.contains("F Kofi Mensah affiliatedWith Accra Alumina Corporation"))
    }

    @Test func aGovernmentAfterACommaQualifiesTheBodyBeforeIt() throws {
        let found = try facts("The signing was attended by Kofi Mensah, Director of the Minerals Commission of Ghana, Government of Ghana.")
        #expect(found.contains { $0.hasPrefix("F Kofi Mensah affiliatedWith Minerals Commission") })
        #expect(!found.contains { $0.hasPrefix("F Kofi Mensah affiliatedWith Government") })
    }
}

/// Parties that are easy to take for something else, and agreements named in passing.
@Suite struct PartyTests {
    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    @Test func aFirmNamedAfterItsCountryIsAFirm() throws {
        let found = try facts("US Strategic Metals signed a supply agreement with Kenya on lithium.")
        #expect(found.contains { $0.hasSuffix("Agreement party US Strategic Metals") })
        #expect(!found.contains { $0.hasSuffix("party United States") })
    }

    @Test func ministriesOfTwoCountriesAreTheParties() throws {
        let found = try facts("Kenya's Ministry of Trade signed a memorandum of understanding with Japan's Department of Industry to develop cobalt supply chains.")
        #expect(found.contains { $0.hasSuffix("MoU party Ministry of Trade") })
        #expect(found.contains { $0.hasSuffix("MoU party Department of Industry") })
        #expect(found.contains("F Ministry of Trade basedIn Kenya"))
        #expect(found.contains("F Department of Industry basedIn Japan"))
        #expect(found.contains { $0.hasSuffix("MoU concerns cobalt") })
    }

    @Test func everyAgreementOfAPassingMention() throws {
        let found = try facts("Ghana has signed similar memoranda with Togo and Benin, and earlier agreements with Nigeria (2020).")
        #expect(found.contains { $0.hasSuffix("MoU party Togo") })
        #expect(found.contains { $0.hasSuffix("MoU party Benin") })
        #expect(found.contains { $0.hasSuffix("Agreement party Nigeria") })
        #expect(found.filter { $0.hasPrefix("E Agreement") }.count == 3)
    }

    @Test func signedHereIsTheDatelineCity() throws {
        let found = try facts("NAIROBI, March 12, 2025 \u{2013} Kenya and Ghana signed a memorandum of understanding on graphite. The memorandum was signed here, officials said.")
        #expect(found.contains { $0.hasSuffix("MoU signedAt Nairobi") })
    }

    @Test func aCountrysDescribedFirmIsBasedThere() throws {
        let found = try facts("Peru's state mining company Minera Andina Limited signed an offtake agreement with Ghana last Friday, covering tin and tungsten.")
        #expect(found.contains("F Minera Andina Limited basedIn Peru"))
        #expect(found.contains { $0.hasSuffix("Agreement concerns tungsten") })
    }
}
