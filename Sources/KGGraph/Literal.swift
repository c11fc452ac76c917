/// An RDF literal: a lexical form with either a language tag or a datatype IRI.
///
/// A literal with a language tag has datatype `rdf:langString`; a plain literal has `xsd:string`.
/// The two cannot be combined, so the model makes the combination unrepresentable.
public struct Literal: Hashable, Comparable, Sendable {
    /// The lexical form, exactly as the value is written (unescaped).
    public let lexical: String
    /// The BCP 47 language tag, lower-cased, when the literal has one.
    public let language: String?
    /// The datatype IRI; `rdf:langString` when `language` is set.
    public let datatype: String

    /// A plain (`xsd:string`) literal, or a language-tagged one when `language` is given.
    public init(_ lexical: String, language: String? = nil) {
        self.lexical = lexical
        if let language {
            self.language = language.lowercased()
            self.datatype = Namespace.rdf + "langString"
        } else {
            self.language = nil
            self.datatype = Namespace.xsd + "string"
        }
    }

    /// A typed literal. `rdf:langString` is not a valid datatype without a tag, so it falls back to `xsd:string`.
    public init(_ lexical: String, datatype: String) {
        self.lexical = lexical
        self.language = nil
        self.datatype = datatype == Namespace.rdf + "langString" ? Namespace.xsd + "string" : datatype
    }

    /// Whether the literal is a plain `xsd:string` (written without a datatype suffix).
    public var isPlainString: Bool { language == nil && datatype == Namespace.xsd + "string" }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        let lexical = ByteIdentity.compare(lhs.lexical, rhs.lexical)
        if lexical != 0 { return lexical < 0 }
        let datatype = ByteIdentity.compare(lhs.datatype, rhs.datatype)
        if datatype != 0 { return datatype < 0 }
        return ByteIdentity.precedes(lhs.language ?? "", rhs.language ?? "")
    }
}
