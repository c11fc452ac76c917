/// Writes CSV records to a sink, quoted as RFC 4180 says: a field holding a comma, a double quote,
/// a carriage return or a line feed is enclosed in double quotes, each double quote inside it
/// doubled; other fields go as they are. Records end with a line feed, which both database
/// loaders this serves (Neo4j's importer, Kùzu's `COPY FROM`) read like the RFC's CRLF.
struct CSVRecordWriter {
    private let sink: ByteSink
    private var isFirstField = true

    init(sink: ByteSink) {
        self.sink = sink
    }

    /// Appends one field to the current record. An empty string is quoted (`""`), so a loader that
    /// tells the two apart reads it as empty text rather than as a missing value.
    mutating func field(_ text: String) throws {
        try separate()
        let needsQuotes = text.isEmpty || text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return try sink.write(text) }
        try sink.write(byte: UInt8(ascii: "\""))
        var pieces = text.split(separator: "\"", omittingEmptySubsequences: false)[...]
        if let first = pieces.popFirst() { try sink.write(first) }
        for piece in pieces {
            try sink.write("\"\"")
            try sink.write(piece)
        }
        try sink.write(byte: UInt8(ascii: "\""))
    }

    /// Appends an empty, unquoted field: a missing value.
    mutating func missingField() throws {
        try separate()
    }

    /// Ends the current record.
    mutating func endRecord() throws {
        try sink.write(byte: 0x0A)
        isFirstField = true
    }

    private mutating func separate() throws {
        if !isFirstField { try sink.write(byte: UInt8(ascii: ",")) }
        isFirstField = false
    }
}
