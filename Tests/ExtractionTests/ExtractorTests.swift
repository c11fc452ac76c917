import Testing
import KGExtract
import KGGraph
import KGText

/// Extraction on short hand-written texts in many styles, about many countries, firms and minerals.
@Suite struct ExtractorTests {
    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    @Test func possessiveCountriesMoUWeekdayAndMinerals() throws {
        let found = try facts("Canberra, March 3, 2024 \u{2013} Australia's Lynas Rare Earths Ltd signed a memorandum of understanding with Japan's Sojitz Corporation on Monday to supply dysprosium and terbium.")
        #expect(found.contains { $0.hasSuffix("MoU party Lynas Rare Earths Ltd") })
        // Sojitz is in the organisations gazetteer: its canonical name is the lexicon's.
        #expect(found.contains { $0.hasPrefix("E Organization Sojitz [\"Sojitz Corporation\"]") })
        #expect(found.contains { $0.hasSuffix("MoU party Sojitz") })
        // 3 March 2024 is a Sunday: the Monday before it.
        #expect(found.contains { $0.hasSuffix("MoU signedOn 2024-02-26") })
        #expect(found.contains { $0.hasSuffix("MoU concerns dysprosium") })
        #expect(found.contains { $0.hasSuffix("MoU concerns terbium") })
        #expect(found.contains("F Lynas Rare Earths Ltd basedIn Australia"))
        #expect(found.contains("F Sojitz basedIn Japan"))
    }

    @Test func coordinatedPartiesExplicitDateAndPlace() throws {
        let found = try facts("Meanwhile, Hindustan Zinc Limited (HZL) and Tethys Mining Company signed an agreement on May 14, 2025, in Riyadh to explore zinc and silver deposits.")
        #expect(found.contains { $0.hasSuffix("party Hindustan Zinc Limited") })
        #expect(found.contains { $0.hasSuffix("party Tethys Mining Company") })
        #expect(found.contains { $0.hasSuffix("signedOn 2025-05-14") })
        #expect(found.contains { $0.hasSuffix("signedAt Riyadh") })
        #expect(found.contains { $0.hasSuffix("concerns zinc") })
    }

    @Test func noAgreementWithoutAnAgreementWord() throws {
        let found = try facts("Chile and Germany discussed lithium supply chains in Berlin on Tuesday, officials said.")
        #expect(!found.contains { $0.hasPrefix("E Agreement") })
        #expect(found.contains { $0.hasPrefix("E Country Chile") })
        #expect(found.contains { $0.hasPrefix("E Mineral lithium") })
    }

    @Test func headlinesMonthsAndTitlesAreNotEntities() throws {
        let found = try facts("Copper Talks Gain Momentum\n\nIn July, Prime Minister Anthony Albanese visited the mine. Prime Minister said nothing.")
        #expect(found.contains { $0.hasPrefix("E Person Anthony Albanese") })
        #expect(!found.contains { $0.contains("Organization") && $0.contains("July") })
        #expect(!found.contains { $0.hasPrefix("E Person Prime Minister") })
        #expect(!found.contains { $0.hasPrefix("E Organization Copper Talks") })
    }

    @Test func partOfProducesAndAffiliation() throws {
        let found = try facts("Talison Lithium Pty Ltd, a unit of Tianqi Holdings, is a leading producer of lithium. \"We are ready,\" said Jane Cooper, Chief Executive Officer of Tianqi Holdings.")
        #expect(found.contains("F Talison Lithium Pty Ltd partOf Tianqi Holdings"))
        #expect(found.contains("F Talison Lithium Pty Ltd produces lithium"))
        #expect(found.contains("F Jane Cooper affiliatedWith Tianqi Holdings"))
    }

    @Test func acronymDefinitionsMergeAndDistinctMinistriesStayApart() throws {
        let found = try facts("The Geological Survey of Brazil (SGB) met the Ministry of Mines. Later SGB briefed the Ministry of External Affairs.")
        #expect(found.contains { $0.hasPrefix("E Organization Geological Survey of Brazil") && $0.contains("SGB") })
        #expect(found.contains { $0.hasPrefix("E Organization Ministry of Mines") })
        #expect(found.contains { $0.hasPrefix("E Organization Ministry of External Affairs") })
    }

    @Test func anaphoraMergesIntoTheLastAgreementAndAddsScope() throws {
        let found = try facts("Vale Base Metals signed a framework agreement with Manara Minerals. The agreement covers nickel and copper projects. The deal was welcomed by investors.")
        #expect(found.filter { $0.hasPrefix("E Agreement") }.count == 1)
        #expect(found.contains { $0.hasSuffix("Framework concerns nickel") })
        #expect(found.contains { $0.hasSuffix("Framework concerns copper") })
    }
}
