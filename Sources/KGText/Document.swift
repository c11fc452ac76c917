/// One article as the pipeline sees it: its file name, its normalised text and what the
/// reader could tell about it before any extraction (publication date, title, dateline).
///
/// All offsets into `text` count Unicode scalars, the unit of the `#char=` provenance fragments.
public struct Document: Sendable {
    /// The file name, e.g. `000_1e402e99c595d7c9.txt`.
    public let name: String
    /// The text, NFC-normalised, with CRLF and CR turned into LF.
    public let text: String
    /// The publication date from a `date` header, a dateline or a date line; nil when none is given.
    public let date: DocumentDate?
    /// The headline, when the article starts with one (markdown markers stripped).
    public let title: String?
    /// The dateline at the start of the story ("New Delhi, April 25, 2025 –", "NEW DELHI:").
    public let dateline: Dateline?
    /// Scalar ranges of metadata (a `date` header, the dateline) that belong to no sentence.
    public let metadataRanges: [Range<Int>]
    /// Things the reader had to guess, e.g. a legacy encoding.
    public let warnings: [String]

    public init(name: String, text: String, date: DocumentDate? = nil, title: String? = nil,
                dateline: Dateline? = nil, metadataRanges: [Range<Int>] = [], warnings: [String] = []) {
        self.name = name
        self.text = text
        self.date = date
        self.title = title
        self.dateline = dateline
        self.metadataRanges = metadataRanges
        self.warnings = warnings
    }
}

/// The place-and-date line that opens a news story.
public struct Dateline: Sendable, Hashable {
    /// The place as written ("New Delhi", "NEW DELHI"), when the dateline names one.
    public let place: String?
    /// Where the place is in the document text.
    public let placeRange: Range<Int>?
    /// The date the dateline gives, if any.
    public let date: DocumentDate?
}
