import KGText

/// The organisations of a document grouped by the first word of their name, so that a one-word short form
/// ("Lynas" for "Lynas Rare Earths Ltd") finds its full name in one look-up instead of a scan of every name
/// of the document (which made long documents quadratic).
struct ShortFormIndex {
    /// By first word: the longest name under each resolution key.
    private var owners: [String: [String: String]] = [:]
    /// By first word: the names the lexicon knows, under each resolution key.
    private var known: [String: [String: String]] = [:]

    /// Notes an organisation span; short forms themselves and one-word names are no full names.
    mutating func add(_ span: Span, _ orgKeys: inout OrgKeyMemo) {
        guard span.kind == .organization, span.shortFor == nil else { return }
        let tokens = Tokenizer.tokens(of: span.name)
        guard tokens.count >= 2, let key = orgKeys.keys(of: span.name).first else { return }
        let word = tokens[0].text
        owners[word, default: [:]][key] = owners[word]?[key].map { $0.count >= span.name.count ? $0 : span.name } ?? span.name
        if span.canonical != nil { known[word, default: [:]][key] = span.name }
    }

    /// The one organisation whose name starts with `word`; among several ("Vulcan Energy Resources", its
    /// subsidiary "Vulcan Energie Ressourcen GmbH"), the one the lexicon knows.
    func fullName(startingWith word: String) -> String? {
        if let names = owners[word], names.count == 1 { return names.values.first }
        guard let names = known[word], names.count == 1 else { return nil }
        return names.values.first
    }
}
