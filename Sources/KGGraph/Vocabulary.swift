/// The ontology's terms as IRIs, so code never spells an IRI by hand.
///
/// The names match `Ontology/ontology.ttl`; a test checks that every term here is declared there.
public enum Vocabulary {
    public static let type = Namespace.rdf + "type"
    public static let label = Namespace.rdfs + "label"
    public static let comment = Namespace.rdfs + "comment"
    public static let altLabel = Namespace.skos + "altLabel"

    /// The classes of the ontology.
    public enum Class: String, CaseIterable, Sendable {
        case organization = "Organization"
        case agreement = "Agreement"
        case mineral = "Mineral"
        case country = "Country"
        case person = "Person"
        case place = "Place"
        case document = "Document"

        /// The class IRI.
        public var iri: String { Namespace.kg + rawValue }

        /// The path segment under the resource base for resources of this class.
        public var pathSegment: String { rawValue.lowercased() }
    }

    /// The properties of the ontology.
    public enum Property: String, CaseIterable, Sendable {
        case party, signatory, signedOn, signedAt, concerns, agreementKind
        case basedIn, partOf, produces, affiliatedWith, participatesIn, locatedIn
        case mentionedIn, title, publishedOn, sourceFile, role, extractedBy

        /// The property IRI.
        public var iri: String { Namespace.kg + rawValue }
    }
}
