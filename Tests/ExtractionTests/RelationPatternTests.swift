import Testing
import KGExtract
import KGGraph
import KGText

/// Relations in general news phrasings: memberships from lists, producers from nouns and verbs, seats,
/// units, missions abroad, events and estates. The sentences are about countries and firms no corpus article names.
@Suite struct RelationPatternTests {

    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    @Test func membersOfALaunchAndOfThoseWhoJoinedLater() throws {
        let found = try facts("The Critical Metals Alliance was launched by Norway in 2021 with Sweden, Finland and the Kingdom of Denmark. Iceland joined in 2022, and Estonia and Latvia followed.")
        for country in ["Norway", "Sweden", "Finland", "Denmark", "Iceland", "Estonia", "Latvia"] {
            #expect(found.contains("F \(country) participatesIn Critical Metals Alliance"), "\(country)")
        }
    }

    @Test func membersListedAfterTheBody() throws {
        let include = try facts("Ministers met at the Battery Metals Alliance, whose members include Chile, Peru and Bolivia.")
        for country in ["Chile", "Peru", "Bolivia"] { #expect(include.contains("F \(country) participatesIn Battery Metals Alliance")) }
        let dash = try facts("The foreign ministers of the Arctic Council \u{2013} Norway, Iceland and Finland \u{2013} met in Oslo.")
        for country in ["Norway", "Iceland", "Finland"] { #expect(dash.contains("F \(country) participatesIn Arctic Council")) }
        let bilateral = try facts("Chile and Peru want closer ties. Ministers met at the Chile-Peru Joint Commission on Mining in Lima.")
        #expect(bilateral.contains { $0.hasPrefix("F Chile participatesIn Chile-Peru Joint Commission") })
        #expect(bilateral.contains { $0.hasPrefix("F Peru participatesIn Chile-Peru Joint Commission") })
    }

    @Test func theirMembershipOfTwoBodies() throws {
        let found = try facts("Ghana and Togo met in Accra. The statement builds on cooperation between the two countries and on their membership of the Gulf Mining Council and the West African Metals Alliance.")
        #expect(found.contains("F Ghana participatesIn Gulf Mining Council"))
        #expect(found.contains("F Togo participatesIn West African Metals Alliance"))
    }

    @Test func producersFromNounsAndVerbs() throws {
        let found = try facts("Zinc Andino Limited, a unit of Andes Holdings Corporation, mines zinc and silver. Andes Holdings Corporation also produces copper and gold, metals used in wiring. The tin producer Stannum Mining Limited listed in Lima. Copperfield Limited is the biggest cobalt miner in Zambia.")
        #expect(found.contains("F Zinc Andino Limited produces zinc"))
        #expect(found.contains("F Zinc Andino Limited produces silver"))
        #expect(found.contains("F Zinc Andino Limited partOf Andes Holdings Corporation"))
        #expect(found.contains("F Andes Holdings Corporation produces gold"))
        #expect(found.contains("F Stannum Mining Limited produces tin"))
        #expect(found.contains("F Copperfield Limited produces cobalt"))
        #expect(found.contains("F Copperfield Limited basedIn Zambia"))
    }

    @Test func aProducerInAnAppositionIsTheNameItDescribes() throws {
        let found = try facts("Nordkap Resources Limited, a listed company under the Ministry of Trade, specializes in mining of graphite. Minister Ola Berg said the Ministry of Trade must reduce its reliance on a single supplier for graphite.")
        #expect(found.contains("F Nordkap Resources Limited produces graphite"))
        #expect(!found.contains { $0.hasPrefix("F Ministry of Trade produces") })
    }

    @Test func seatsFromHyphensListsAndWhereClauses() throws {
        let found = try facts("Perth-based Tungsten Peak Limited supplies tungsten. Fjord Metals Limited, headquartered in Oslo and Bergen, refines nickel. The letter was signed in Toronto, where Maple Graphite Corporation has its headquarters.")
        #expect(found.contains("F Tungsten Peak Limited basedIn Perth"))
        #expect(found.contains("F Fjord Metals Limited basedIn Oslo"))
        #expect(found.contains("F Fjord Metals Limited basedIn Bergen"))
        #expect(found.contains("F Maple Graphite Corporation basedIn Toronto"))
    }

    @Test func unitsOfTheFirmItsRefersTo() throws {
        let found = try facts("Andes Holdings Corporation, through its listed unit Zinc Andino Limited, operates mines in Peru. Its subsidiary Plata Sur Limited refines silver.")
        #expect(found.contains("F Zinc Andino Limited partOf Andes Holdings Corporation"))
        #expect(found.contains("F Plata Sur Limited partOf Andes Holdings Corporation"))
    }

    @Test func aMissionAbroadIsNamedWithItsCityAndBasedThere() throws {
        let found = try facts("Officials of the Embassy of Peru in Oslo attended. The Peruvian Embassy in Oslo issued a statement.")
        let embassies = found.filter { $0.hasPrefix("E Organization") }
        #expect(embassies.count == 1)
        #expect(embassies.contains { $0.contains("\"Embassy of Peru in Oslo\"") && $0.contains("\"Peruvian Embassy in Oslo\"") })
        #expect(found.contains { $0.hasPrefix("F") && $0.contains("Embassy in Oslo basedIn Oslo") })
    }

    @Test func eventsEstatesDescriptionsAndPortfoliosAreNoBasedOrganisations() throws {
        let found = try facts("Norway will host the Arctic Minerals Forum in Oslo. Plants at the Kemi Industrial Park in Finland grew. Nordic Holdings is a venture of three Regional Public Sector Enterprises. The Finnish Minister of Energy and Natural Resources, Ola Berg, spoke.")
        #expect(!found.contains { $0.hasPrefix("F Arctic Minerals Forum basedIn") })
        #expect(found.contains { $0.hasPrefix("E Place Kemi Industrial Park") })
        #expect(!found.contains { $0.hasPrefix("E Organization Regional Public Sector Enterprises") })
        #expect(!found.contains { $0.hasPrefix("E Organization") && $0.contains("Natural Resources") })
    }

    @Test func portfolioListsStayInTheName() throws {
        let found = try facts("The Department of Mining, Energy and Water in Accra approved the plan.")
        #expect(found.contains { $0.hasPrefix("E Organization Department of Mining, Energy and Water") })
        #expect(found.contains("F Department of Mining, Energy and Water basedIn Accra"))
    }

    @Test func oneLabelWhateverTheLegalFormsTheArticlesWrite() throws {
        let extractor = try #require(SeedFixture.extractor)
        let texts = [("a.txt", "Nordic Nickel Ltd signed a memorandum of understanding with Ghana."),
                     ("b.txt", "Nordic Nickel Limited mines nickel in Finland.")]
        var labels: [Set<String>] = []
        for subset in [[texts[0]], [texts[1]], texts] {
            var builder = GraphBuilder()
            for (name, text) in subset { builder.add(extractor.extract(try DocumentReader.read(bytes: Array(text.utf8), name: name))) }
            let graph = builder.graph()
            let organizations = Set(graph.sortedTriples.filter { $0.object == .iri(Vocabulary.Class.organization.iri) }.map(\.subject))
            labels.append(Set(graph.sortedTriples.filter { organizations.contains($0.subject) && $0.predicate == Vocabulary.label }.compactMap { $0.object.literalValue?.lexical }))
        }
        #expect(labels == [["Nordic Nickel Limited"], ["Nordic Nickel Limited"], ["Nordic Nickel Limited"]])
    }
}

/// Names the text shortens and pronouns that refer to the firm it is about.
@Suite struct ShortFormTests {
    func facts(_ text: String) throws -> Set<String> {
        try SeedFixture.facts(of: text)
    }

    @Test func aFirmsFirstWordIsItsShortForm() throws {
        let found = try facts("Kestrel Graphite Corporation opened a mine in Ghana. Kestrel, which is listed in Toronto, plans a refinery. Ama Owusu, Kestrel's managing director, said the plant would open in 2026.")
        #expect(found.filter { $0.hasPrefix("E Organization") }.count == 1)
        #expect(found.contains("F Ama Owusu affiliatedWith Kestrel Graphite Corporation"))
    }

    @Test func aCommonWordIsNoShortForm() throws {
        let found = try facts("National Graphite Corporation opened a mine in Ghana. National policy favours local refining, a national official said.")
        #expect(found.filter { $0.hasPrefix("E Organization") }.count == 1)
    }

    @Test func itAndItsReferToTheFirmTheTextIsAbout() throws {
        let found = try facts("Kestrel Graphite Corporation was formed in 2020. It produces graphite and vanadium in Ghana. Its headquarters are in Accra.")
        #expect(found.contains("F Kestrel Graphite Corporation produces graphite"))
        #expect(found.contains("F Kestrel Graphite Corporation produces vanadium"))
        #expect(found.contains("F Kestrel Graphite Corporation basedIn Accra"))
    }

    @Test func bothCountriesSignedOneEach() throws {
        let found = try facts("For producers such as Ghana and Togo, the clubs matter. Neither country is a member, though both have signed memoranda with Norway.")
        #expect(found.filter { $0.hasPrefix("E Agreement") }.count == 2)
        #expect(found.filter { $0.hasSuffix("MoU party Norway") }.count == 2)
    }
}
