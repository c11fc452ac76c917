import Testing

/// Facts the seed articles state, as `Scripts/agreements.rq` must return them from any engine:
/// each of the five agreements with its two parties, and the date, place and minerals the text gives.
enum SeedAgreements {
    static let agreement = "https://w3id.org/kgx/id/agreement/"
    static let date = "http://www.w3.org/2001/XMLSchema#date"

    /// seeds/004: "Oil India Limited (OIL) and IREL (India) Limited signed a Memorandum of
    /// Understanding (MoU) on August 7, 2025, in Mumbai"; seeds/001: TEXMiN Foundation "signed a
    /// memorandum of understanding (MoU) with Russia's GIREDMET" (2026-02-23) on rare earths and
    /// critical minerals; seeds/002: India and Russia, on copper and titanium, undated.
    static let parties: [String: Set<String>] = [
        "mou--irel-india-limited--oil-india-limited--2025-08-07": ["IREL (India) Limited", "Oil India Limited"],
        "mou--giredmet--texmin-foundation--2026-02-23": ["Giredmet", "TEXMiN Foundation"],
        "joint-declaration-of-intent--india--russia--undated": ["India", "Russia"],
        "joint-declaration-of-intent--csir-institute-of-minerals-and-materials-technology--giredmet--undated":
            ["CSIR-Institute of Minerals and Materials Technology", "Giredmet"],
        "joint-declaration-of-intent--csir-institute-of-minerals-and-materials-technology--national-university-of-science-and-technology-misis--undated":
            ["CSIR-Institute of Minerals and Materials Technology", "National University of Science and Technology MISIS"],
    ]

    /// Records an issue for every fact missing from `rows`.
    static func expectFacts(in rows: [[String: String]], engine: String) {
        var partiesFound: [String: Set<String>] = [:]
        for row in rows {
            guard let iri = row["agreement"], let label = text(of: row["partyLabel"]) else { continue }
            partiesFound[String(iri.dropFirst("<\(agreement)".count).dropLast()), default: []].insert(label)
        }
        #expect(partiesFound == parties, "\(engine): agreements and parties")

        let oilIndia = rows.filter { $0["agreement"] == "<\(agreement)mou--irel-india-limited--oil-india-limited--2025-08-07>" }
        #expect(!oilIndia.isEmpty && oilIndia.allSatisfy {
            $0["kind"] == "\"MoU\"" && $0["date"] == "\"2025-08-07\"^^<\(date)>" && $0["place"] == "\"Mumbai\""
                && $0["mineral"] == nil
        }, "\(engine): the IREL – Oil India MoU of 2025-08-07 in Mumbai: \(oilIndia)")

        #expect(minerals(of: "mou--giredmet--texmin-foundation--2026-02-23", in: rows)
            == ["cobalt", "lithium", "nickel", "rare earth elements"], "\(engine): the Giredmet – TEXMiN MoU")
        #expect(minerals(of: "joint-declaration-of-intent--india--russia--undated", in: rows)
            == ["copper", "titanium"], "\(engine): the India – Russia declaration")
        #expect(rows.allSatisfy { $0["label"] != nil && $0["kind"] != nil }, "\(engine): every agreement has a label and a kind")
    }

    /// The labels of the minerals `rows` give for the agreement named `name`.
    static func minerals(of name: String, in rows: [[String: String]]) -> Set<String> {
        Set(rows.filter { $0["agreement"] == "<\(agreement)\(name)>" }.compactMap { text(of: $0["mineral"]) })
    }

    /// The text of a plain literal spelled as in N-Triples (`"Mumbai"` → `Mumbai`); nil for anything else.
    static func text(of term: String?) -> String? {
        guard let term, term.count >= 2, term.hasPrefix("\""), term.hasSuffix("\"") else { return nil }
        return String(term.dropFirst().dropLast())
    }
}
