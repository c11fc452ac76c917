import Testing
import KGExtract
import KGGraph
import KGText

/// General rules checked on text written for the purpose: the six `GeneralisationArticles` and single sentences
/// about agencies, firms and countries that no corpus article names. Each rule also has a case where its cue is
/// absent or points elsewhere, so that it does not buy recall with precision.
@Suite struct GeneralisationTests {

    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    /// The agreement facts of a description, with the agreement's number left out.
    func agreementFacts(_ found: Set<String>) -> Set<String> {
        Set(found.filter { $0.hasPrefix("F #") }.map { $0.split(separator: " ").dropFirst(2).joined(separator: " ") })
    }

    @Test func agencyPressRelease() throws {
        let found = try facts(GeneralisationArticles.agencyMoU)
        let agreement = agreementFacts(found)
        for fact in ["MoU party Geological Survey of Finland", "MoU party Korea Institute of Geoscience and Mineral Resources",
                     "MoU signedAt Espoo", "MoU signedOn 2024-03-12", "MoU concerns cobalt", "MoU concerns graphite",
                     "MoU signatory Mikko Korhonen", "MoU signatory Pyeong-Koo Lee"] {
            #expect(agreement.contains(fact), "\(fact)")
        }
        // The agencies are the parties, not their countries.
        #expect(!agreement.contains { $0.hasSuffix("party Finland") || $0.hasSuffix("party South Korea") })
        #expect(found.contains("F Mikko Korhonen affiliatedWith Geological Survey of Finland"))
        #expect(found.contains("F Pyeong-Koo Lee affiliatedWith Korea Institute of Geoscience and Mineral Resources"))
        #expect(found.contains("F Geological Survey of Finland partOf Ministry of Economic Affairs and Employment"))
        #expect(found.contains("F Korea Institute of Geoscience and Mineral Resources basedIn Daejeon"))
    }

    @Test func wireStoryOnASupplyDeal() throws {
        let found = try facts(GeneralisationArticles.supplyDeal)
        let agreement = agreementFacts(found)
        for fact in ["Agreement party Sigma Lithium", "Agreement party Renault", "Agreement signedAt Itinga",
                     "Agreement signedOn 2024-06-04", "Agreement concerns lithium"] {
            #expect(agreement.contains(fact), "\(fact)")
        }
        #expect(found.contains("F Ana Cabral affiliatedWith Sigma Lithium"))
        #expect(found.contains("F Francois Provost affiliatedWith Renault"))
        #expect(found.contains("F Sigma Lithium produces lithium"))
        #expect(found.contains("F Ampere SAS partOf Renault"))
        // A demonym before a descriptor is no party of its own.
        #expect(!agreement.contains { $0.contains("France") || $0.contains("Canada") })
    }

    @Test func jointVentureEnteredInto() throws {
        let found = try facts(GeneralisationArticles.jointVenture)
        let agreement = agreementFacts(found)
        for fact in ["Agreement party Eramet", "Agreement party Tsingshan Holding Group", "Agreement concerns nickel"] {
            #expect(agreement.contains(fact), "\(fact)")
        }
        #expect(found.contains("F PT Weda Bay Nickel partOf Eramet"))
        #expect(found.contains("F Eramet produces nickel"))
        #expect(found.contains("F Eramet produces manganese"))
        #expect(found.contains("F Christel Bories affiliatedWith Eramet"))
        #expect(found.contains("F Xiang Guangda affiliatedWith Tsingshan Holding Group"))
        #expect(found.contains("F Tsingshan Holding Group basedIn Wenzhou"))
    }

    @Test func frameworkSealedByLeaders() throws {
        let found = try facts(GeneralisationArticles.governmentFramework)
        let agreement = agreementFacts(found)
        for fact in ["Framework party Brazil", "Framework party Germany", "Framework signedAt Berlin", "Framework concerns lithium",
                     "Framework concerns rare earth elements", "Framework signatory Alexandre Silveira", "Framework signatory Robert Habeck"] {
            #expect(agreement.contains(fact), "\(fact)")
        }
        // A Portuguese name joined by "e" stays one name.
        #expect(found.contains("F Companhia Brasileira de Metalurgia e Mineracao produces niobium"))
        #expect(!found.contains { $0.hasPrefix("E Organization Mineracao ") })
    }

    @Test func membershipOfAnInitiative() throws {
        let found = try facts(GeneralisationArticles.initiativeMembership)
        for member in ["Geological Survey of Norway", "Geoscience Australia", "Natural Resources Canada", "United States Geological Survey"] {
            #expect(found.contains("F \(member) participatesIn Critical Minerals Mapping Initiative"), "\(member)")
        }
        #expect(found.contains("F Sweden participatesIn Nordic Critical Minerals Network"))
        #expect(found.contains("F Norway participatesIn International Energy Agency"))
        // "Its founding members include A, B and C": none of the list is the body.
        #expect(!found.contains { $0.contains("participatesIn Geoscience Australia") })
    }

    @Test func producerProfile() throws {
        let found = try facts(GeneralisationArticles.producerProfile)
        for mineral in ["gold", "platinum", "palladium"] { #expect(found.contains("F Sibanye-Stillwater produces \(mineral)"), "\(mineral)") }
        #expect(found.contains("F Keliber Oy partOf Sibanye-Stillwater"))
        #expect(found.contains("F Stillwater Mining Company partOf Sibanye-Stillwater"))
        #expect(found.contains("F Neal Froneman affiliatedWith Sibanye-Stillwater"))
        #expect(found.contains("F Charl Keyter affiliatedWith Sibanye-Stillwater"))
        #expect(found.contains("F Glencore & Partners Mining Ltd produces copper"))
        #expect(found.contains("F Sibanye-Stillwater participatesIn International Council on Mining and Metals"))
    }

    @Test func anAgreementFirstReportedByItsSigningPlaceAndSigners() throws {
        let found = agreementFacts(try facts("The agreement was signed in Puerto Madryn by Andes Lithium SA and Pampa Energia SA on 3 May 2024."))
        #expect(found.isSuperset(of: ["Agreement party Andes Lithium SA", "Agreement party Pampa Energia SA", "Agreement signedAt Puerto Madryn", "Agreement signedOn 2024-05-03"]))
        // A witness named after "by" elsewhere in the sentence is no party.
        let witnessed = agreementFacts(try facts("Andes Lithium SA and Pampa Energia SA signed an agreement, welcomed by Salta Mining Corporation."))
        #expect(!witnessed.contains("Agreement party Salta Mining Corporation"))
    }

    @Test func legalFormsEndANameBeforeAnd() throws {
        let found = try facts("Vasa Cobalt Oy and Nordic Battery Materials AS concluded a letter of intent on cobalt supply.")
        #expect(agreementFacts(found).isSuperset(of: ["Letter of Intent party Vasa Cobalt Oy", "Letter of Intent party Nordic Battery Materials AS"]))
    }

    @Test func announcedIsASigningVerbOnlyBeforeAnAgreementWord() throws {
        let announced = agreementFacts(try facts("Kivu Metals SA announced a supply agreement with Lakeshore Batteries Inc on Monday."))
        #expect(announced.isSuperset(of: ["Agreement party Kivu Metals SA", "Agreement party Lakeshore Batteries Inc"]))
        let results = agreementFacts(try facts("Kivu Metals SA announced record results, and Lakeshore Batteries Inc expects an agreement with it."))
        #expect(results.isEmpty)
    }

    @Test func ownersOfUnitsAndTitledPeople() throws {
        let found = try facts("Baltic Metals Holding AB's subsidiary Vasa Cobalt Oy operates the plant. Minister Yaw Mensah of the Ministry of Mines attended. Baltic Metals Holding AB's plant near Vasa Cobalt Oy closed.")
        #expect(found.contains("F Vasa Cobalt Oy partOf Baltic Metals Holding AB"))
        #expect(found.contains("F Yaw Mensah affiliatedWith Ministry of Mines"))
        #expect(found.filter { $0.contains("partOf") }.count == 1)
    }
}
