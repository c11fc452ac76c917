import Foundation

/// What the opening lines of an article say about it: a `date YYYY-MM-DD` header, a headline,
/// a dateline ("New Delhi, April 25, 2025 –", "NEW DELHI:", "MOSCOW, 12 July") or a date line.
struct DocumentHeader {
    private(set) var date: DocumentDate?
    private(set) var title: String?
    private(set) var dateline: Dateline?
    private(set) var metadataRanges: [Range<Int>] = []

    /// How many non-empty lines from the top may hold the headline, byline and dateline.
    private static let openingLines = 8

    init(text: String) {
        // The date header is on the first non-empty line, the opening lines follow it: nothing further is read.
        let lines = TextLine.lines(of: text, nonEmptyLimit: Self.openingLines + 1)
        var bodyStart = 0
        if let first = lines.first(where: { !$0.tokens.isEmpty }), let header = Self.dateHeader(first) {
            date = header.date
            metadataRanges.append(first.range.lowerBound..<header.end)
            bodyStart = header.end
        }
        let opening = lines.filter { !$0.tokens.isEmpty && $0.range.upperBound > bodyStart }.prefix(Self.openingLines)
        title = Self.headline(opening.first, bodyStart: bodyStart, isLast: opening.count < 2)
        var lineDate: DocumentDate?
        for line in opening {
            let tokens = line.tokens.filter { $0.range.lowerBound >= bodyStart }
            if dateline == nil, let found = Self.dateline(in: tokens, line: line) {
                dateline = found.dateline
                metadataRanges.append(found.metadata)
            } else if lineDate == nil, let only = Self.dateOnlyLine(tokens) {
                lineDate = only
                metadataRanges.append(line.range)
            }
        }
        date = date ?? Self.best(dateline?.date, lineDate)
    }

    /// The more precise of two dates (a full date beats a month-day).
    private static func best(_ a: DocumentDate?, _ b: DocumentDate?) -> DocumentDate? {
        guard let a else { return b }
        guard let b else { return a }
        if case .full = b, !isFull(a) { return b }
        return a
    }

    private static func isFull(_ date: DocumentDate) -> Bool {
        if case .full = date { return true }
        return false
    }

    /// A leading `date 2025-04-25` metadata field.
    private static func dateHeader(_ line: TextLine) -> (date: DocumentDate, end: Int)? {
        let t = line.tokens
        guard t.count >= 6, t[0].folded == "date", let expression = DateExpression.match(in: t, at: 1),
              expression.tokens.lowerBound == 1 else { return nil }
        let last = t[expression.tokens.upperBound - 1].range.upperBound
        let next = expression.tokens.upperBound < t.count ? t[expression.tokens.upperBound].range.lowerBound : line.range.upperBound
        return (expression.date, max(last, next))
    }

    /// The first line as a headline: short, not a sentence, followed by more text.
    private static func headline(_ line: TextLine?, bodyStart: Int, isLast: Bool) -> String? {
        guard let line, !isLast, line.range.lowerBound >= bodyStart else { return nil }
        // Counting words first spares stripping the markup of a long first paragraph.
        guard line.tokens.lazy.filter(\.isWord).count <= 30 else { return nil }
        let stripped = line.text.trimmingMarkup()
        guard !stripped.isEmpty, let first = stripped.unicodeScalars.first,
              !first.properties.isLowercase, let last = stripped.last, !".,;:".contains(last) else { return nil }
        return stripped
    }

    /// "<Place>, <date>" ending the line or followed by a dash or colon, or "<PLACE>:" opening a line.
    private static func dateline(in t: [Token], line: TextLine) -> (dateline: Dateline, metadata: Range<Int>)? {
        for expression in DateExpression.all(in: t) where expression.tokens.lowerBound >= 2 {
            let comma = expression.tokens.lowerBound - 1
            guard t[comma].text == "," else { continue }
            var end = expression.tokens.upperBound
            if end < t.count, t[end].text == "(", let close = t[end...].firstIndex(where: { $0.text == ")" }) { end = close + 1 }
            let endsLine = end == t.count
            guard endsLine || isDashOrColon(t[end]) else { continue }
            guard let place = placeBefore(t, comma) else { continue }
            let metadataEnd = endsLine ? line.range.upperBound : t[end].range.upperBound
            let metadataStart = endsLine ? line.range.lowerBound : t[place.lowerBound].range.lowerBound
            return (Dateline(place: joined(t, place), placeRange: t[place.lowerBound].range.lowerBound..<t[place.upperBound - 1].range.upperBound,
                             date: expression.date), metadataStart..<metadataEnd)
        }
        guard let colon = t.prefix(4).firstIndex(where: { $0.text == ":" }), colon > 0,
              t[..<colon].allSatisfy({ $0.isAllCaps || $0.text == "." }), colon + 1 < t.count else { return nil }
        let range = t[0].range.lowerBound..<t[colon - 1].range.upperBound
        return (Dateline(place: joined(t, 0..<colon), placeRange: range, date: nil), t[0].range.lowerBound..<t[colon].range.upperBound)
    }

    /// One to three capitalised words just before `index`, all in the same case style.
    private static func placeBefore(_ t: [Token], _ index: Int) -> Range<Int>? {
        var start = index
        let allCaps = index > 0 && t[index - 1].isAllCaps
        while start > 0, index - start < 3, t[start - 1].isWord, t[start - 1].isCapitalised,
              t[start - 1].isAllCaps == allCaps {
            start -= 1
        }
        return start < index ? start..<index : nil
    }

    private static func isDashOrColon(_ token: Token) -> Bool {
        ["-", "\u{2013}", "\u{2014}", ":"].contains(token.text)
    }

    /// A line that is only a date, perhaps after "Published", "Updated" or "Date" and a colon or "on".
    private static func dateOnlyLine(_ t: [Token]) -> DocumentDate? {
        var start = 0
        while start < t.count, ["published", "updated", "posted", "date", "dated", "on", ":"].contains(t[start].folded) { start += 1 }
        guard let expression = DateExpression.match(in: t, at: start), expression.tokens.upperBound == t.count else { return nil }
        return expression.date
    }

    private static func joined(_ t: [Token], _ range: Range<Int>) -> String {
        var text = ""
        for token in t[range] {
            if token.spaceBefore && !text.isEmpty { text += " " }
            text += token.text
        }
        return text
    }
}

/// One line of a text with its scalar range and tokens.
struct TextLine {
    let range: Range<Int>
    let text: String
    let tokens: [Token]

    /// The lines of `text` (line feeds only, as `DocumentReader` leaves it) from the top, up to and including
    /// its `nonEmptyLimit`th line with a token. Lines are found on the UTF-8 bytes: a line feed is one byte.
    static func lines(of text: String, nonEmptyLimit: Int) -> [TextLine] {
        let bytes = text.utf8
        var lines: [TextLine] = []
        var nonEmpty = 0
        var offset = 0
        var start = bytes.startIndex
        while nonEmpty < nonEmptyLimit {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = String(text[start..<end])
            let count = line.unicodeScalars.count
            let tokens = Tokenizer.tokens(of: line, base: offset)
            lines.append(TextLine(range: offset..<(offset + count), text: line, tokens: tokens))
            if !tokens.isEmpty { nonEmpty += 1 }
            guard end < bytes.endIndex else { break }
            offset += count + 1
            start = bytes.index(after: end)
        }
        return lines
    }
}

extension String {
    /// The string without markdown heading and emphasis markers and surrounding whitespace.
    ///
    /// Every article's first line goes through here: a line without `*` or `_` skips Foundation's search, and
    /// the whitespace is trimmed on the scalars without bridging: what `CharacterSet.whitespaces` holds,
    /// general category Zs, the tab and (in Foundation on Linux) U+200B ZERO WIDTH SPACE, checked scalar
    /// by scalar against Foundation.
    func trimmingMarkup() -> String {
        var text = self
        if text.utf8.contains(UInt8(ascii: "*")) { text = text.replacingOccurrences(of: "**", with: "") }
        if text.utf8.contains(UInt8(ascii: "_")) { text = text.replacingOccurrences(of: "__", with: "") }
        while let first = text.first, first == "#" || first == " " || first == "\t" { text.removeFirst() }
        let isWhitespace = { (scalar: Unicode.Scalar) in
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isWhitespace($0) }), let last = scalars.lastIndex(where: { !isWhitespace($0) }) else {
            return ""
        }
        return String(scalars[start...last])
    }
}
