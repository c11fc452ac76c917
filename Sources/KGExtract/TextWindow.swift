import KGText

/// A stretch of consecutive sentences of a document, extracted on its own so that the tables of one
/// extraction (tokens, spans, entity keys) stay the size of the window however long the document is.
///
/// A window ends at a paragraph break (a blank line) once it holds `limit` scalars. A paragraph that alone
/// is longer ends its window at a line break the sentence splitter always ends a sentence at (one before a
/// line that does not start in lower case); a line longer still (hostile input) at white space. The
/// next window starts at the line break itself, so the sentence splitter sees the same text on both sides
/// of a cut as in the whole document, and a window split yields the sentences of the whole document.
struct TextWindow {
    /// The scalar offset of the window in the document.
    let offset: Int
    /// The window's text.
    let text: Substring
    /// Metadata ranges (date header, dateline) inside the window, relative to it.
    let skipped: [Range<Int>]

    /// The whole document as one window.
    init(whole document: Document) {
        self.init(offset: 0, text: document.text[...], skipped: document.metadataRanges)
    }

    private init(offset: Int, text: Substring, skipped: [Range<Int>]) {
        self.offset = offset
        self.text = text
        self.skipped = skipped
    }

    /// The windows of `document`: one for a document of at most `limit` scalars.
    static func windows(of document: Document, limit: Int) -> [TextWindow] {
        let text = document.text, scalars = text.unicodeScalars
        // No cut inside or before metadata: the first window carries it all.
        let earliest = document.metadataRanges.map(\.upperBound).max() ?? 0
        var windows: [TextWindow] = []
        var start = (offset: 0, index: scalars.startIndex)
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let length = offset - start.offset
            if length >= limit, offset >= earliest, isCut(at: index, in: scalars, overrun: length / limit) {
                let skipped = start.offset == 0 ? document.metadataRanges : []
                windows.append(TextWindow(offset: start.offset, text: text[start.index..<index], skipped: skipped))
                start = (offset, index)
            }
            scalars.formIndex(after: &index)
            offset += 1
        }
        windows.append(TextWindow(offset: start.offset, text: text[start.index..<index], skipped: start.offset == 0 ? document.metadataRanges : []))
        return windows
    }

    /// Whether a window that is `overrun` times its limit long may end before the scalar at `index`:
    /// at a paragraph break; from twice the limit on, at a line break before a line not starting in lower
    /// case; from four times on, at any white space.
    private static func isCut(at index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView, overrun: Int) -> Bool {
        let scalar = scalars[index]
        if overrun >= 4 { return scalar.properties.isWhitespace }
        guard scalar == "\n" else { return false }
        var next = scalars.index(after: index)
        while next < scalars.endIndex, scalars[next] == " " || scalars[next] == "\t" { scalars.formIndex(after: &next) }
        guard next < scalars.endIndex else { return false }
        return scalars[next] == "\n" || overrun >= 2 && !scalars[next].properties.isLowercase
    }
}
