// The binary form of a read document and its parts, for the extraction cache (see `BinaryCoding`).

extension Document: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(name)
        writer.write(text)
        writer.write(date)
        writer.write(title)
        writer.write(dateline)
        writer.write(metadataRanges.map(ScalarRange.init))
        writer.write(warnings)
    }

    public init(from reader: inout BinaryReader) throws {
        self.init(name: try reader.read(), text: try reader.read(), date: try reader.readOptional(DocumentDate.self),
                  title: try reader.readOptional(String.self), dateline: try reader.readOptional(Dateline.self),
                  metadataRanges: try reader.readArray(ScalarRange.self).map(\.range), warnings: try reader.readArray(String.self))
    }
}

extension Dateline: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(place)
        writer.write(placeRange.map(ScalarRange.init))
        writer.write(date)
    }

    public init(from reader: inout BinaryReader) throws {
        self.init(place: try reader.readOptional(String.self), placeRange: try reader.readOptional(ScalarRange.self)?.range,
                  date: try reader.readOptional(DocumentDate.self))
    }
}

extension Sentence: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(ScalarRange(range))
        writer.write(text)
    }

    public init(from reader: inout BinaryReader) throws {
        self.init(range: try reader.read(ScalarRange.self).range, text: try reader.read())
    }
}

extension DocumentDate: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        switch self {
        case let .full(year, month, day): writer.write(0); writer.write(year); writer.write(month); writer.write(day)
        case let .yearMonth(year, month): writer.write(1); writer.write(year); writer.write(month)
        case let .year(year): writer.write(2); writer.write(year)
        case let .monthDay(month, day): writer.write(3); writer.write(month); writer.write(day)
        }
    }

    public init(from reader: inout BinaryReader) throws {
        switch try reader.read() as Int {
        case 0: self = .full(year: try reader.read(), month: try reader.read(), day: try reader.read())
        case 1: self = .yearMonth(year: try reader.read(), month: try reader.read())
        case 2: self = .year(try reader.read())
        case 3: self = .monthDay(month: try reader.read(), day: try reader.read())
        case let tag: throw BinaryReader.Malformed("date tag \(tag)")
        }
    }
}

/// A scalar range of a document as its start and length; a damaged entry's reversed range is refused
/// here rather than trapping in `Range.init`.
public struct ScalarRange: BinaryCodable {
    public let range: Range<Int>

    public init(_ range: Range<Int>) { self.range = range }

    public func encode(to writer: inout BinaryWriter) {
        writer.write(range.lowerBound)
        writer.write(range.count)
    }

    public init(from reader: inout BinaryReader) throws {
        let lower: Int = try reader.read(), count: Int = try reader.read()
        guard lower >= 0, count >= 0, lower <= Int.max - count else { throw BinaryReader.Malformed("range \(lower)+\(count)") }
        range = lower..<(lower + count)
    }
}
