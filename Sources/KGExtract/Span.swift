import KGGraph
import KGText

/// A stretch of tokens of one sentence that names an entity.
struct Span: Sendable {
    /// The class of the entity named.
    var kind: Vocabulary.Class
    /// Token indices within the sentence.
    var range: Range<Int>
    /// The surface form as written.
    var name: String
    /// The lexicon's canonical name, when a lexicon knows the entity.
    var canonical: String?
    /// How sure the analyser is: designators, titles and lexicons are `strong`; a capitalised
    /// run typed only by a cue nearby is `weak` and yields to strong spans.
    var strong: Bool = true
    /// The country of a demonym written before an organisation's name ("Russian State Atomic Energy Corporation").
    var demonymCountry: String?
    /// For a short form ("Lynas"), the full name of the organisation of the document it stands for.
    var shortFor: String?
}

/// An agreement word in a sentence ("MoU", "two Joint Declarations of Intent", "the agreement").
struct KindMention: Sendable {
    /// The canonical agreement kind.
    let kind: String
    /// Token indices within the sentence.
    let range: Range<Int>
    /// The determiner or number before it, lower case ("a", "the", "two"), if any.
    let determiner: String?
    /// Whether the mention is plural ("JDIs", "two agreements").
    let plural: Bool

    /// Whether the mention refers back to an agreement already introduced.
    var isAnaphoric: Bool {
        guard let determiner else { return false }
        return ["the", "this", "these", "that", "those", "such", "today's", "its", "their", "said"].contains(determiner)
    }
}

extension Array where Element == Token {
    /// The text of a token range, single spaces where the original had whitespace.
    func surface(_ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if self[index].spaceBefore && !text.isEmpty { text += " " }
            text += self[index].text
        }
        return text
    }
}
