import KGText

/// Legal forms at the end of an organisation's name, in one spelling: "Ltd", "Ltd." and "Limited" are
/// "Limited"; "Corp." and "Corporation" are "Corporation"; "Inc" and "Inc." are "Inc.". The canonical name
/// of an organisation uses them, so articles that abbreviate differently yield one label and one IRI.
enum LegalForm {
    /// Abbreviations (lower case, without the period) and their written-out form.
    private static let spellings: [String: String] = [
        "ltd": "Limited", "limited": "Limited", "corp": "Corporation", "corporation": "Corporation",
        "inc": "Inc.", "incorporated": "Inc.", "co": "Company", "pvt": "Private", "plc": "PLC",
    ]

    /// `name` with the legal forms of its tail written out ("Sumitomo Metal Mining Co., Ltd." →
    /// "Sumitomo Metal Mining Company, Limited"); other names unchanged.
    static func canonical(_ name: String) -> String {
        var tokens = Tokenizer.tokens(of: name)
        var tail: [String] = []
        while let last = tokens.last {
            if last.text == "." || last.text == "," {
                if last.text == "," { tail.insert(",", at: 0) }
                tokens.removeLast()
                continue
            }
            guard tokens.count > 1, let spelled = spellings[last.folded] else { break }
            tail.insert(spelled, at: 0)
            tokens.removeLast()
        }
        guard tail.contains(where: { $0 != "," }) else { return name }
        var result = tokens.surface(0..<tokens.count)
        for word in tail { result += word == "," ? "," : " " + word }
        return result
    }
}
