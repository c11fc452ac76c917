/// Which part of the graph an export shows.
///
/// The full graph carries every fact with its documents and provenance, which is what a triple
/// store wants but buries the deals in a drawing. The agreements view keeps only what an analyst
/// reads a deal by: each agreement with its kind, date, parties, signatories, place and minerals,
/// and the names and classes of those it links to — no documents, no provenance.
public enum GraphView: String, CaseIterable, Sendable {
    case full
    case agreements

    /// The triples of `graph` this view shows.
    public func apply(to graph: Graph) -> Graph {
        switch self {
        case .full: return graph
        case .agreements: return Self.agreements(of: graph)
        }
    }

    /// What an agreement keeps: its own description and its links to the things it is about.
    private static let agreementPredicates: Set<String> = Set(
        [Vocabulary.type, Vocabulary.label, Vocabulary.altLabel]
            + [Vocabulary.Property.party, .signatory, .signedOn, .signedAt, .concerns, .agreementKind].map(\.iri))
    /// What a linked party, signatory, place or mineral keeps: enough to be named and drawn.
    private static let linkedPredicates: Set<String> = [Vocabulary.type, Vocabulary.label]

    private static func agreements(of graph: Graph) -> Graph {
        let triples = graph.unorderedTriples
        let agreementClass = Term.iri(Vocabulary.Class.agreement.iri)
        let agreements = Set(triples.filter { $0.predicate == Vocabulary.type && $0.object == agreementClass }.map(\.subject))
        var view = Graph()
        var linked = Set<Term>()
        for triple in triples where agreements.contains(triple.subject) && agreementPredicates.contains(triple.predicate) {
            view.insert(triple)
            if triple.object.isResource && triple.predicate != Vocabulary.type { linked.insert(triple.object) }
        }
        for triple in triples where linked.contains(triple.subject) && linkedPredicates.contains(triple.predicate) {
            view.insert(triple)
        }
        return view
    }
}
