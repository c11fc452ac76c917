import Foundation

/// The ontology, SHACL shapes and lexicons shipped with the tool, located through the bundle so
/// that `swift run kgx` works from any directory.
public enum OntologyResources {
    /// The folder holding `ontology.ttl`, `shapes.ttl` and `lexicons/`.
    public static var directory: URL {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }

    /// The ontology in Turtle.
    public static var ontologyURL: URL { directory.appendingPathComponent("ontology.ttl") }

    /// The SHACL shapes the exports conform to.
    public static var shapesURL: URL { directory.appendingPathComponent("shapes.ttl") }

    /// The folder of lexicon files.
    public static var lexiconsURL: URL { directory.appendingPathComponent("lexicons") }

    /// The text of one lexicon file, e.g. `countries.tsv`.
    public static func lexicon(named name: String) throws -> String {
        try String(contentsOf: lexiconsURL.appendingPathComponent(name), encoding: .utf8)
    }
}
