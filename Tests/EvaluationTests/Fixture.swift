import KGEval
import KGGraph

/// A small gold document and graphs that match it perfectly or with chosen mistakes.
enum Fixture {
    static let file = "a.txt"

    static let gold = GoldDocument(
        doc: file, date: "2025-08-07",
        entities: [
            GoldEntity(type: .organization, name: "Oil India Limited", aliases: ["OIL"]),
            GoldEntity(type: .organization, name: "IREL (India) Limited", aliases: ["IREL"]),
            GoldEntity(type: .organization, name: "Department of Atomic Energy", optional: true),
            GoldEntity(type: .country, name: "India"),
            GoldEntity(type: .place, name: "Mumbai"),
            GoldEntity(type: .mineral, name: "rare earth elements", aliases: ["rare earths"]),
            GoldEntity(type: .person, name: "Ranjit Rath"),
        ],
        agreements: [
            GoldAgreement(kind: "MoU", parties: ["Oil India Limited", "IREL (India) Limited"], date: "2025-08-07",
                          place: "Mumbai", minerals: ["rare earth elements"], signatories: ["Ranjit Rath"]),
        ],
        relations: [
            GoldRelation(s: "IREL (India) Limited", p: .produces, o: "rare earth elements"),
            GoldRelation(s: "Ranjit Rath", p: .affiliatedWith, o: "Oil India Limited"),
            GoldRelation(s: "IREL (India) Limited", p: .partOf, o: "Department of Atomic Energy", optional: true),
        ])

    /// The handles of the nodes `perfectGraph` made, so tests can add mistakes next to them.
    struct Nodes {
        let document: Term
        let oil: Term
        let irel: Term
        let mumbai: Term
        let rareEarths: Term
        let rath: Term
    }

    /// A builder holding exactly what the gold says, with options to leave parts out.
    static func perfect(agreement includeAgreement: Bool = true,
                        person includePerson: Bool = true) -> (ContractGraphFixture, Nodes) {
        var builder = ContractGraphFixture()
        let document = builder.document(file, publishedOn: "2025-08-07")
        let oil = builder.entity(.organization, "Oil India Limited", alt: ["OIL"], in: [document])
        let irel = builder.entity(.organization, "IREL (India) Limited", alt: ["IREL"], in: [document])
        builder.entity(.country, "India", in: [document])
        let mumbai = builder.entity(.place, "Mumbai", in: [document])
        let rareEarths = builder.entity(.mineral, "rare earth elements", in: [document])
        let rath = includePerson ? builder.entity(.person, "Ranjit Rath", in: [document]) : .iri("urn:absent")
        if includeAgreement {
            builder.agreement(kind: "MoU", parties: [oil, irel], date: "2025-08-07", place: mumbai,
                              minerals: [rareEarths], signatories: includePerson ? [rath] : [], in: document)
        }
        builder.fact(irel, .produces, rareEarths, in: document, start: 20)
        if includePerson { builder.fact(rath, .affiliatedWith, oil, in: document, start: 40) }
        return (builder, Nodes(document: document, oil: oil, irel: irel, mumbai: mumbai,
                               rareEarths: rareEarths, rath: rath))
    }
}
