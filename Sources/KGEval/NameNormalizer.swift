import Foundation

/// Turns a surface name into the key the scorer compares, so that "IREL (India) Limited", "irel india limited"
/// and "IREL – India – Limited" are the same name and "Ma’aden" equals "Maaden".
///
/// Lower-cases, folds diacritics, reads `&` as "and", turns dashes, slashes and white space into single spaces,
/// drops every other punctuation mark or symbol, and trims.
public enum NameNormalizer {
    /// The comparison key of `name`; empty when the name holds no letter or digit.
    public static func key(_ name: String) -> String {
        let folded = (name.applyingTransform(.stripDiacritics, reverse: false) ?? name).lowercased()
        var words: [String] = []
        var current = ""
        func endWord() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for scalar in folded.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if scalar == "&" {
                endWord()
                words.append("and")
            } else if properties.isWhitespace || scalar == "/" || properties.generalCategory == .dashPunctuation {
                endWord()
            }
            // Every other mark (full stops, apostrophes, brackets, commas...) vanishes inside the word.
        }
        endWord()
        return words.joined(separator: " ")
    }

    /// The keys of several names, without empty keys.
    public static func keys<S: Sequence>(_ names: S) -> Set<String> where S.Element == String {
        Set(names.map(key).filter { !$0.isEmpty })
    }
}
