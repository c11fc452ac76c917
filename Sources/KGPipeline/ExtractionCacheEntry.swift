import KGExtract
import KGText

/// The file format of one cache entry: a header that lets a reader refuse anything it did not write whole,
/// then the extraction in `BinaryCoding` form.
///
///     "KGXC"            magic, 4 bytes
///     version           UInt32, little-endian (`formatVersion`)
///     key               32 bytes: the SHA-256 the entry is filed under
///     payload length    UInt64, little-endian
///     payload digest    32 bytes: the SHA-256 of the payload
///     payload           the encoded `DocumentExtraction`
///
/// A killed writer, a truncated copy, a flipped bit or a file filed under the wrong name fails one of the
/// checks, and the article is extracted again.
public enum ExtractionCacheEntry {
    /// Bumped whenever the payload's layout, or what the extractor puts in it, changes: an entry of another
    /// version is never read, and (the version being part of the key) never even looked up.
    public static let formatVersion: UInt32 = 2

    private static let magic = Array("KGXC".utf8)
    private static let headerLength = 4 + 4 + 32 + 8 + 32

    /// The bytes of the entry holding `extraction` under `key`.
    public static func bytes(of extraction: DocumentExtraction, key: SHA256.Digest) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(extraction)
        let payload = writer.bytes
        var bytes = magic
        bytes.reserveCapacity(headerLength + payload.count)
        append(formatVersion, to: &bytes)
        bytes += key.bytes
        append(UInt64(payload.count), to: &bytes)
        bytes += SHA256.digest(payload).bytes
        bytes += payload
        return bytes
    }

    /// The extraction of an entry's bytes.
    /// - Throws: `BinaryReader.Malformed` saying which check failed.
    public static func extraction(from bytes: [UInt8], key: SHA256.Digest) throws -> DocumentExtraction {
        guard bytes.count >= headerLength else { throw BinaryReader.Malformed("entry of \(bytes.count) bytes is shorter than its header") }
        guard bytes[0..<4].elementsEqual(magic) else { throw BinaryReader.Malformed("no entry magic") }
        guard integer(UInt32.self, in: bytes, at: 4) == formatVersion else { throw BinaryReader.Malformed("another format version") }
        guard bytes[8..<40].elementsEqual(key.bytes) else { throw BinaryReader.Malformed("filed under another key") }
        guard integer(UInt64.self, in: bytes, at: 40) == UInt64(bytes.count - headerLength) else {
            throw BinaryReader.Malformed("payload length differs from the header's")
        }
        guard SHA256.digest(bytes[headerLength...]).bytes.elementsEqual(bytes[48..<80]) else {
            throw BinaryReader.Malformed("payload digest differs from the header's")
        }
        var reader = BinaryReader(bytes, from: headerLength)
        let extraction = try reader.read(DocumentExtraction.self)
        guard reader.isAtEnd else { throw BinaryReader.Malformed("bytes after the extraction") }
        return extraction
    }

    private static func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: Integer.bitWidth, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    private static func integer<Integer: FixedWidthInteger>(_: Integer.Type, in bytes: [UInt8], at offset: Int) -> Integer {
        (0..<(Integer.bitWidth / 8)).reduce(0) { value, index in value | Integer(bytes[offset + index]) << (index * 8) }
    }
}
