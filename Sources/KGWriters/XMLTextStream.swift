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

    /// Opens a writer on `sink`, indenting nested elements by two spaces.
    init(sink: ByteSink) throws {
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
        xmlFreeTextWriter(writer)
        xmlSetStructuredErrorFunc(previousErrorContext, previousErrorHandler)
    }

    /// Writes the XML declaration (version 1.0, UTF-8).
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens element `name` (an ASCII name chosen by the caller, never user text).
    func startElement(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement(\(name))")
    }

    /// Writes attribute `name` with `value` escaped.
    func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, XMLTextSanitizer.sanitized(value)),
                  "xmlTextWriterWriteAttribute(\(name))")
    }

    /// Writes `text` escaped as the content of the open element.
    func text(_ text: String) throws {
        try check(xmlTextWriterWriteString(writer, XMLTextSanitizer.sanitized(text)), "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element.
    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Closes every open element, pushes libxml2's buffer into the sink and flushes the sink.
    func endDocument() throws {
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        try bridge.sink.flush()
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
