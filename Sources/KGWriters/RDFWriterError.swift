import KGGraph

/// Why a Turtle or N-Triples writer refused a triple or a prefix binding.
///
/// Every check runs before the first byte of the offending triple is written, so after an error
/// the output still holds only complete, valid statements.
public enum RDFWriterError: Error, Equatable, CustomStringConvertible {
    /// A language tag that does not match `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`.
    case invalidLanguageTag(String)
    /// A literal in subject position, which RDF does not allow.
    case literalSubject(Literal)
    /// An IRI without a scheme; it would be resolved against the reader's location.
    case relativeIRI(String)
    /// A prefix label that is not a valid `PN_PREFIX` (it must start with a letter).
    case invalidPrefixLabel(String)
    /// The same prefix label bound twice in one prefix map.
    case duplicatePrefixLabel(String)

    public var description: String {
        switch self {
        case .invalidLanguageTag(let tag): "invalid language tag '\(tag)'"
        case .literalSubject(let literal): "a literal cannot be a subject: \"\(literal.lexical)\""
        case .relativeIRI(let iri): "relative IRI <\(iri)>: only absolute IRIs can be written"
        case .invalidPrefixLabel(let label): "invalid prefix label '\(label)': it must start with a letter"
        case .duplicatePrefixLabel(let label): "prefix label '\(label)' is bound twice"
        }
    }
}
