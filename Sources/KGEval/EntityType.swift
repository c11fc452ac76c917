import KGGraph

/// The entity classes the gold annotations and the scorer know, one per ontology class an article names.
public enum EntityType: String, Codable, CaseIterable, Sendable {
    case organization = "Organization"
    case country = "Country"
    case mineral = "Mineral"
    case person = "Person"
    case place = "Place"

    /// The ontology class a graph node of this type carries.
    public var graphClass: Vocabulary.Class {
        switch self {
        case .organization: .organization
        case .country: .country
        case .mineral: .mineral
        case .person: .person
        case .place: .place
        }
    }

    /// The type of a graph node whose `rdf:type` is `classIRI`, or nil for agreements, documents and unknown classes.
    static func from(classIRI: String) -> EntityType? {
        allCases.first { $0.graphClass.iri == classIRI }
    }
}

/// The relations between entities the gold annotations and the scorer know (the agreement properties are scored apart).
public enum RelationType: String, Codable, CaseIterable, Sendable {
    case basedIn, partOf, produces, affiliatedWith, participatesIn, locatedIn

    /// The ontology property that states this relation in the graph.
    public var property: Vocabulary.Property {
        switch self {
        case .basedIn: .basedIn
        case .partOf: .partOf
        case .produces: .produces
        case .affiliatedWith: .affiliatedWith
        case .participatesIn: .participatesIn
        case .locatedIn: .locatedIn
        }
    }

    /// The relation a predicate IRI states, or nil for any other predicate.
    static func from(predicateIRI: String) -> RelationType? {
        allCases.first { $0.property.iri == predicateIRI }
    }
}
