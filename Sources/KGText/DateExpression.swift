/// A date written in running text ("August 7, 2025", "24th April 2025", "12 July", "July 2023",
/// "2025-04-25"), found on a token sequence.
public struct DateExpression: Sendable, Hashable {
    /// The date, as precise as written.
    public let date: DocumentDate
    /// The tokens it spans (indices into the scanned token array).
    public let tokens: Range<Int>

    /// Month names and abbreviations, lower case, by number.
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (offset, name) in names.enumerated() {
            table[name] = offset + 1
            table[String(name.prefix(3))] = offset + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The month number of a month name or abbreviation.
    public static func month(named word: String) -> Int? {
        months[word.lowercased()]
    }

    /// The month number of a token that is a month name or abbreviation (its lower case form is already at hand).
    public static func month(of token: Token) -> Int? {
        months[token.folded]
    }

    /// All date expressions in `tokens`, left to right, never overlapping.
    public static func all(in tokens: [Token]) -> [DateExpression] {
        var found: [DateExpression] = []
        var index = 0
        while index < tokens.count {
            if let match = match(in: tokens, at: index) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The date expression starting exactly at token `index`, if any.
    public static func match(in tokens: [Token], at index: Int) -> DateExpression? {
        iso(tokens, index) ?? monthFirst(tokens, index) ?? dayFirst(tokens, index)
    }

    private static func iso(_ t: [Token], _ i: Int) -> DateExpression? {
        guard i + 4 < t.count, t[i].isNumber, t[i].text.count == 4, t[i + 1].text == "-", t[i + 2].isNumber,
              t[i + 3].text == "-", t[i + 4].isNumber, (i + 1...i + 4).allSatisfy({ !t[$0].spaceBefore }),
              let y = Int(t[i].text), let m = Int(t[i + 2].text), let d = Int(t[i + 4].text),
              let date = DocumentDate.validated(year: y, month: m, day: d) else { return nil }
        return DateExpression(date: date, tokens: i..<(i + 5))
    }

    private static func monthFirst(_ t: [Token], _ i: Int) -> DateExpression? {
        guard let month = monthAt(t, i) else { return nil }
        var next = skipPeriod(t, i + 1, after: t[i])
        if let day = dayAt(t, next) {
            next += 1
            if next + 1 < t.count, t[next].text == "-" || t[next].text == "\u{2013}", dayAt(t, next + 1) != nil { next += 2 }
            let yearIndex = next < t.count && t[next].text == "," ? next + 1 : next
            if let year = yearAt(t, yearIndex), let date = DocumentDate.validated(year: year, month: month, day: day) {
                return DateExpression(date: date, tokens: i..<(yearIndex + 1))
            }
            guard DocumentDate.validated(year: 2000, month: month, day: day) != nil else { return nil }
            return DateExpression(date: .monthDay(month: month, day: day), tokens: i..<next)
        }
        if let year = yearAt(t, next) {
            return DateExpression(date: .yearMonth(year: year, month: month), tokens: i..<(next + 1))
        }
        return nil
    }

    private static func dayFirst(_ t: [Token], _ i: Int) -> DateExpression? {
        guard let day = dayAt(t, i), i + 1 < t.count, let month = monthAt(t, i + 1) else { return nil }
        var next = skipPeriod(t, i + 2, after: t[i + 1])
        if next < t.count, t[next].text == "," { next += 1 }
        if let year = yearAt(t, next), let date = DocumentDate.validated(year: year, month: month, day: day) {
            return DateExpression(date: date, tokens: i..<(next + 1))
        }
        guard DocumentDate.validated(year: 2000, month: month, day: day) != nil else { return nil }
        return DateExpression(date: .monthDay(month: month, day: day), tokens: i..<(i + 2))
    }

    /// A month name; a three-letter abbreviation must be capitalised ("Mar", not "mar"), and
    /// "May" only counts when a number follows, which the callers check.
    private static func monthAt(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, t[i].isCapitalised else { return nil }
        return month(of: t[i])
    }

    private static func skipPeriod(_ t: [Token], _ i: Int, after month: Token) -> Int {
        i < t.count && t[i].text == "." && !t[i].spaceBefore && month.text.count <= 4 ? i + 1 : i
    }

    private static func dayAt(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count else { return nil }
        var text = t[i].folded
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
            text.removeLast(2)
            break
        }
        guard text.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    private static func yearAt(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, t[i].isNumber, t[i].text.count == 4, let year = Int(t[i].text),
              (1800...2199).contains(year) else { return nil }
        return year
    }
}
