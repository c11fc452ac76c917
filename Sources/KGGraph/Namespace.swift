/// The namespace IRIs the project writes, in one place.
public enum Namespace {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let owl = "http://www.w3.org/2002/07/owl#"
    public static let skos = "http://www.w3.org/2004/02/skos/core#"
    public static let prov = "http://www.w3.org/ns/prov#"
    public static let dcterms = "http://purl.org/dc/terms/"
    public static let sh = "http://www.w3.org/ns/shacl#"
    public static let org = "http://www.w3.org/ns/org#"
    public static let schema = "https://schema.org/"
    /// The project's own ontology (classes and properties of `Ontology/ontology.ttl`).
    public static let kg = "https://w3id.org/kgx/ontology#"
    /// The default base under which resources are minted; `--base` replaces it.
    public static let defaultResourceBase = "https://w3id.org/kgx/id/"
}
