/// A calendar date as precise as the text gives it: a full date, a year and month, a year,
/// or a day and month with no year (a dateline like "12 July"), which must never be completed
/// with an invented year.
public enum DocumentDate: Hashable, Sendable, Comparable {
    case full(year: Int, month: Int, day: Int)
    case yearMonth(year: Int, month: Int)
    case year(Int)
    case monthDay(month: Int, day: Int)

    /// The XML Schema lexical form: `2025-04-25`, `2025-04`, `2025`, `--07-12`.
    public var lexicalForm: String {
        switch self {
        case let .full(year, month, day): return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        case let .yearMonth(year, month): return "\(Self.pad(year, 4))-\(Self.pad(month, 2))"
        case let .year(year): return Self.pad(year, 4)
        case let .monthDay(month, day): return "--\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
    }

    /// The local name of the XML Schema datatype the lexical form belongs to
    /// (`date`, `gYearMonth`, `gYear`, `gMonthDay`), to be put under the `xsd:` namespace.
    public var xsdTypeName: String {
        switch self {
        case .full: return "date"
        case .yearMonth: return "gYearMonth"
        case .year: return "gYear"
        case .monthDay: return "gMonthDay"
        }
    }

    /// Builds a full date after checking that the day exists in that month.
    public static func validated(year: Int, month: Int, day: Int) -> DocumentDate? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return .full(year: year, month: month, day: day)
    }

    /// The day of the week of a full date, 1 = Monday ... 7 = Sunday; nil for partial dates.
    public var weekday: Int? {
        guard case let .full(year, month, day) = self else { return nil }
        return (Self.dayNumber(year: year, month: month, day: day) % 7 + 7) % 7 + 1
    }

    /// The full date `days` days before this one (nil for partial dates).
    public func subtracting(days: Int) -> DocumentDate? {
        guard case let .full(year, month, day) = self else { return nil }
        var (y, m, d) = (year, month, day - days)
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += Self.daysIn(month: m, year: y)
        }
        return .full(year: y, month: m, day: d)
    }

    public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
        lhs.lexicalForm < rhs.lexicalForm
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0001-01-01 (a Monday) in the proleptic Gregorian calendar.
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += daysIn(month: m, year: year) }
        return days + day - 1
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
