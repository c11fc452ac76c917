import Foundation

extension DocumentDate {
    /// The date of an ISO 8601 date or date-time as web pages write it in metadata
    /// (`2025-04-25`, `2025-04-25T09:30:00+05:30`, `2025-04`, `2025`): the calendar date as written.
    ///
    /// A date-time keeps its date part, not converted to UTC: the publisher's local date is the one
    /// the article's text speaks of ("on Friday"), and a shift by the zone could move it a day.
    /// - Returns: nil for anything else, or a day that does not exist.
    public static func iso8601(_ text: String) -> DocumentDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let date = trimmed.prefix { $0 != "T" && $0 != "t" && $0 != " " }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        switch numbers.count {
        case 1: return .year(numbers[0])
        case 2: return (1...12).contains(numbers[1]) ? .yearMonth(year: numbers[0], month: numbers[1]) : nil
        default: return validated(year: numbers[0], month: numbers[1], day: numbers[2])
        }
    }
}
