import Testing
@testable import KGExtract
import KGText

/// A place inside a larger place or a country, as the text states it (`kg:locatedIn`), on sentences of our own:
/// commas, "in", site nouns between a mine and its region, "the state of", short forms, and lists that nest nothing.
@Suite struct PlaceContainmentTests {
    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    @Test func aCommaNestsACityInItsState() throws {
        let found = try facts("Quarrystone Metals Inc., headquartered in Townsville, Queensland, said on Monday it had raised new funds.")
        #expect(found.contains("F Townsville locatedIn Queensland"), "\(found)")
    }

    @Test func aChainOfCommasNestsEachPlaceInTheNext() throws {
        let found = try facts("The refinery will be built near Sudbury, Ontario, Canada, the company said.")
        #expect(found.contains("F Sudbury locatedIn Ontario"), "\(found)")
        #expect(found.contains("F Ontario locatedIn Canada"), "\(found)")
        #expect(!found.contains("F Sudbury locatedIn Canada"), "\(found)")
    }

    @Test func aListOfPlacesNestsNone() throws {
        let found = try facts("Koralt Resources Ltd has offices in Perth, Sydney and Melbourne and sells ore to Japan.")
        #expect(!found.contains { $0.hasPrefix("F Perth locatedIn") || $0.hasPrefix("F Sydney locatedIn") }, "\(found)")
    }

    @Test func siteNounsAndRegionWordsStandBetweenAMineAndItsRegion() throws {
        let found = try facts("Koralt Resources Ltd operates the Wirraminna copper-gold mine in the Queensland region and ships concentrate from Townsville.")
        #expect(found.contains { $0.hasSuffix("locatedIn Queensland") && $0.contains("Wirraminna") }, "\(found)")
    }

    @Test func theStateOfAndAShortFormAreReadPast() throws {
        let found = try facts("""
            Quarrystone Metals Inc. runs a plant at Betim Industrial Park (BIP) in Minas Gerais. \
            Its second site lies in Uberaba, in the state of Minas Gerais.
            """)
        #expect(found.contains("F Betim Industrial Park locatedIn Minas Gerais"), "\(found)")
        #expect(found.contains("F Uberaba locatedIn Minas Gerais"), "\(found)")
    }

    @Test func provincesOfACountryByPattern() throws {
        let found = try facts("Argentina holds large brine resources in the provinces of Jujuy, Salta and Catamarca.")
        for province in ["Jujuy", "Salta", "Catamarca"] {
            #expect(found.contains("F \(province) locatedIn Argentina"), "\(found)")
        }
        #expect(!found.contains("F Jujuy locatedIn Salta"), "\(found)")
    }

    @Test func theLexiconVetoesAContainerInAnotherCountry() throws {
        let found = try facts("Quarrystone Metals Inc. has offices in Perth, Ontario and a plant in Salta.")
        #expect(!found.contains("F Perth locatedIn Ontario"), "\(found)")
    }
}
