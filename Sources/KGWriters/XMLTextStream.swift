import CLibXML2

/// A failure reported by libxml2 while writing XML.
public struct XMLWriteError: Error, CustomStringConvertible, Equatable {
    /// The libxml2 call that failed, e.g. `xmlTextWriterStartElement(node)`.
    public let operation: String
    /// libxml2's own message, when it reported one.
    public let detail: String?

    public var description: String {
        "cannot write XML: \(operation) failed" + (detail.map { ": \($0)" } ?? "")
    }
}

/// A streaming XML writer: libxml2's xmlTextWriter writing through an output buffer whose write
/// callback feeds a `ByteSink`, so the document is never held in memory as one string.
///
/// Every libxml2 return value is checked. An I/O error of the sink is kept by the callback (which
/// can only report failure as -1) and rethrown as the original `SinkError`; any other failure is an
/// `XMLWriteError`. All text and attribute values go through `XMLTextSanitizer` first.
/// While the stream exists, libxml2's (thread-local) structured error handler is replaced by one
/// that keeps the message for the thrown error instead of printing it to standard error; use a
/// stream on one thread only and let it go when done, which restores the previous handler.
///
/// For large documents the caller may also hand over markup it vouches for (`raw`, `decimal`) and
/// element text (`text`): these bytes are gathered in a 64 KiB block and passed to libxml2 with one
/// `xmlTextWriterWriteRawLen` per block instead of several libxml2 calls and C strings per element.
/// Text that needs escaping or sanitizing still goes through libxml2's own escaping, so the bytes
/// are the ones `xmlTextWriterWriteString` writes.
final class XMLTextStream {
    /// What the C callbacks reach through their context pointer.
    private final class SinkBridge {
        let sink: ByteSink
        var failure: (any Error)?
        var message: String?

        init(sink: ByteSink) { self.sink = sink }
    }

    private let bridge: SinkBridge
    private let writer: xmlTextWriterPtr
    private let previousErrorHandler: xmlStructuredErrorFunc?
    private let previousErrorContext: UnsafeMutableRawPointer?
    /// Bytes of `raw`, `decimal` and plain `text` not yet handed to libxml2.
    private let pending = UnsafeMutablePointer<UInt8>.allocate(capacity: XMLTextStream.pendingCapacity)
    private var pendingCount = 0
    private static let pendingCapacity = 1 << 16

    /// libxml2 (2.9) sets up its globals, the encoding handlers among them, under a lock in
    /// `xmlInitParser` but without one when a writer is the first to need them; with HTML pages
    /// parsed on other threads at the same time, two threads could build them at once (one set
    /// leaked). Every stream therefore initialises the library first, once.
    private static let libraryInitialised: Void = xmlInitParser()

    /// Opens a writer on `sink`, indenting nested elements by two spaces.
    init(sink: ByteSink) throws {
        _ = Self.libraryInitialised
        bridge = SinkBridge(sink: sink)
        let context = Unmanaged.passUnretained(bridge).toOpaque()
        previousErrorHandler = __xmlStructuredError()?.pointee
        previousErrorContext = __xmlStructuredErrorContext()?.pointee
        xmlSetStructuredErrorFunc(context, XMLTextStream.errorCallback)
        guard let output = xmlOutputBufferCreateIO(XMLTextStream.writeCallback, XMLTextStream.closeCallback, context, nil) else {
            xmlSetStructuredErrorFunc(previousErrorContext, previousErrorHandler)
            throw XMLWriteError(operation: "xmlOutputBufferCreateIO", detail: bridge.message)
        }
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            xmlSetStructuredErrorFunc(previousErrorContext, previousErrorHandler)
            throw XMLWriteError(operation: "xmlNewTextWriter", detail: bridge.message)
        }
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
        try check(xmlTextWriterSetIndentString(writer, "  "), "xmlTextWriterSetIndentString")
    }

    deinit {
        pending.deallocate()
        xmlFreeTextWriter(writer)
        xmlSetStructuredErrorFunc(previousErrorContext, previousErrorHandler)
    }

    /// Writes the XML declaration (version 1.0, UTF-8).
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens element `name` (an ASCII name chosen by the caller, never user text).
    func startElement(_ name: String) throws {
        try flushPending()
        try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement(\(name))")
    }

    /// Writes attribute `name` with `value` escaped.
    func attribute(_ name: String, _ value: String) throws {
        try flushPending()
        try check(xmlTextWriterWriteAttribute(writer, name, XMLTextSanitizer.sanitized(value)),
                  "xmlTextWriterWriteAttribute(\(name))")
    }

    /// Writes `text` escaped as the content of the open element.
    ///
    /// Text with no byte that escaping or sanitizing could change is copied as it is (what
    /// libxml2's escaping would produce); any other text goes through `xmlTextWriterWriteString`.
    func text(_ text: String) throws {
        var text = text
        let copied = try text.withUTF8 { bytes in
            guard !bytes.contains(where: Self.mayChange) else { return false }
            try append(UnsafeRawBufferPointer(bytes))
            return true
        }
        guard !copied else { return }
        try flushPending()
        try check(xmlTextWriterWriteString(writer, XMLTextSanitizer.sanitized(text)), "xmlTextWriterWriteString")
    }

    /// Whether a UTF-8 byte may be escaped by libxml2 (`<`, `>`, `&`, `"`, CR) or replaced by
    /// `XMLTextSanitizer` (other control characters, and 0xEF, the lead byte of U+FFFE/U+FFFF).
    private static func mayChange(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A: false
        case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0xEF: true
        default: false
        }
    }

    /// Writes markup the caller has made well-formed and escaped itself, e.g. a start tag from
    /// `startTag(_:_:_:)`. When an element start tag is still open, libxml2 first closes it with `>`.
    /// libxml2 indents a closing tag only after an element it closed itself, so after raw markup
    /// the caller writes the indentation of the next `endElement`.
    func raw(_ markup: UnsafeRawBufferPointer) throws {
        try append(markup)
    }

    /// Writes fixed ASCII markup (see `raw(_:)`).
    func raw(_ markup: StaticString) throws {
        try append(UnsafeRawBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// Writes the decimal digits of `value` (e.g. for element ids `n42`).
    func decimal(_ value: Int) throws {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        try withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            try append(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// The bytes libxml2 writes for the start tag `<name attribute="value" …>` (attribute values
    /// escaped by libxml2 itself), for a caller that repeats one start tag many times with `raw`.
    static func startTag(_ name: String, _ attributes: KeyValuePairs<String, String>) throws -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { throw XMLWriteError(operation: "xmlBufferCreate", detail: nil) }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw XMLWriteError(operation: "xmlNewTextWriterMemory", detail: nil)
        }
        defer { xmlFreeTextWriter(writer) }
        func check(_ result: Int32, _ operation: String) throws {
            if result < 0 { throw XMLWriteError(operation: operation, detail: nil) }
        }
        try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement(\(name))")
        for (attribute, value) in attributes {
            try check(xmlTextWriterWriteAttribute(writer, attribute, XMLTextSanitizer.sanitized(value)),
                      "xmlTextWriterWriteAttribute(\(attribute))")
        }
        try check(xmlTextWriterWriteRawLen(writer, "", 0), "xmlTextWriterWriteRawLen")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// Closes the innermost open element.
    func endElement() throws {
        try flushPending()
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Closes every open element, pushes libxml2's buffer into the sink and flushes the sink.
    func endDocument() throws {
        try flushPending()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        try bridge.sink.flush()
    }

    /// Gathers `bytes` for libxml2, handing over the block first when they do not fit.
    private func append(_ bytes: UnsafeRawBufferPointer) throws {
        if bytes.count > Self.pendingCapacity - pendingCount {
            try flushPending()
        }
        guard bytes.count <= Self.pendingCapacity, let base = bytes.baseAddress else {
            try writeRaw(bytes)
            return
        }
        (pending + pendingCount).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        pendingCount += bytes.count
    }

    /// Hands the gathered bytes to libxml2.
    private func flushPending() throws {
        guard pendingCount > 0 else { return }
        let count = pendingCount
        pendingCount = 0
        try writeRaw(UnsafeRawBufferPointer(start: pending, count: count))
    }

    private func writeRaw(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, let length = Int32(exactly: bytes.count) else { return }
        try check(xmlTextWriterWriteRawLen(writer, base.assumingMemoryBound(to: UInt8.self), length),
                  "xmlTextWriterWriteRawLen")
    }

    /// Throws when a libxml2 call returned a negative result, preferring the sink's own error.
    private func check(_ result: Int32, _ operation: String) throws {
        guard result < 0 else { return }
        if let failure = bridge.failure { throw failure }
        throw XMLWriteError(operation: operation, detail: bridge.message)
    }

    /// libxml2's write callback: hands the bytes to the sink; -1 (and the kept error) on failure.
    private static let writeCallback: xmlOutputWriteCallback = { context, buffer, length in
        guard let context else { return -1 }
        let bridge = Unmanaged<SinkBridge>.fromOpaque(context).takeUnretainedValue()
        guard bridge.failure == nil else { return -1 }
        guard length > 0, let buffer else { return length }
        do {
            try bridge.sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            return length
        } catch {
            bridge.failure = error
            return -1
        }
    }

    /// libxml2's error callback: keeps the first message for the error the failing call throws.
    private static let errorCallback: xmlStructuredErrorFunc = { context, error in
        guard let context, let message = error?.pointee.message else { return }
        let bridge = Unmanaged<SinkBridge>.fromOpaque(context).takeUnretainedValue()
        if bridge.message == nil {
            bridge.message = String(cString: message).trimmingXMLSchemaWhitespace()
        }
    }

    /// libxml2's close callback: the sink belongs to the caller, so nothing is closed here.
    private static let closeCallback: xmlOutputCloseCallback = { _ in 0 }
}
