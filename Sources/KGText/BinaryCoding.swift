/// A compact binary form of the pipeline's values, for the extraction cache (`kgx export --cache`).
///
/// Hand-written rather than `Codable`: decoding thousands of cached extractions is on the path of every warm
/// re-run, and a reader that copies UTF-8 bytes straight into strings is several times faster than a keyed
/// decoder. Integers are LEB128 varints (zigzag for signed values), strings their UTF-8 length then bytes.
/// The reader never trusts its input: every length is checked against what is left, so a damaged entry
/// throws `BinaryReader.Malformed` instead of crashing or allocating without bound.
public protocol BinaryCodable {
    func encode(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}

/// Appends values to a byte array.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func write(_ value: Int) {
        let signed = Int64(value)
        write(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
    }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ value: some BinaryCodable) { value.encode(to: &self) }

    /// A presence flag, then the value when there is one.
    public mutating func write<Value: BinaryCodable>(_ value: Value?) {
        write(value != nil)
        value?.encode(to: &self)
    }

    /// The count, then each element.
    public mutating func write<Element: BinaryCodable>(_ values: [Element]) {
        write(UInt64(values.count))
        for value in values { value.encode(to: &self) }
    }
}

/// Reads values back from bytes written by `BinaryWriter`.
public struct BinaryReader {
    /// The bytes do not hold what was expected (cut short, a bad tag, invalid UTF-8, trailing bytes).
    public struct Malformed: Error, CustomStringConvertible {
        public let reason: String
        public init(_ reason: String) { self.reason = reason }
        public var description: String { "malformed cache data: \(reason)" }
    }

    private let bytes: [UInt8]
    private var offset: Int

    public init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte was read.
    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func read() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed("varint cut short or too long") }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func read() throws -> Int {
        let zigzag: UInt64 = try read()
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    public mutating func read() throws -> Bool {
        guard offset < bytes.count else { throw Malformed("flag cut short") }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw Malformed("flag \(bytes[offset])")
        }
    }

    /// A count that must fit in the bytes left (every element takes at least one byte).
    public mutating func readCount() throws -> Int {
        let count: UInt64 = try read()
        guard count <= UInt64(bytes.count - offset) else { throw Malformed("count \(count) beyond the data") }
        return Int(count)
    }

    public mutating func read() throws -> String {
        let count = try readCount()
        let end = offset + count
        let text = bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[offset..<end]), as: UTF8.self)
        }
        guard let text else { throw Malformed("string is not UTF-8") }
        offset = end
        return text
    }

    public mutating func read<Value: BinaryCodable>(_: Value.Type) throws -> Value {
        try Value(from: &self)
    }

    /// A value written by `BinaryWriter.write(_:)` of an optional.
    public mutating func readOptional<Value: BinaryCodable>(_: Value.Type) throws -> Value? {
        try read() as Bool ? try Value(from: &self) : nil
    }

    /// An array written by `BinaryWriter.write(_:)` of an array.
    public mutating func readArray<Element: BinaryCodable>(_: Element.Type) throws -> [Element] {
        let count = try readCount()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Element(from: &self)) }
        return values
    }
}

extension String: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) { writer.write(self) }
    public init(from reader: inout BinaryReader) throws { self = try reader.read() }
}

extension Int: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) { writer.write(self) }
    public init(from reader: inout BinaryReader) throws { self = try reader.read() }
}
