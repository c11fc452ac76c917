import KGText
import Testing

/// How the article reader decodes every encoding and damage it meets, and that every warning
/// names the file. (The policy is documented on `TextDecoder`.)
@Suite("Document decoding")
struct DocumentDecodingTests {
    static let sentence = "Café Société – “quoted” naïve"

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test("UTF-8 with and without BOM, UTF-16 LE and BE with BOM: decoded, no warning", arguments: [
        Array(sentence.utf8), [0xEF, 0xBB, 0xBF] + Array(sentence.utf8),
        utf16(sentence, bigEndian: false), utf16(sentence, bigEndian: true),
    ])
    func unicodeEncodings(bytes: [UInt8]) throws {
        let document = try DocumentReader.read(bytes: bytes, name: "u.txt")
        #expect(document.text == Self.sentence)
        #expect(document.warnings.isEmpty)
    }

    @Test("Windows-1252 and Latin-1 text is decoded with a warning naming the file, not dropped")
    func legacyEncodings() throws {
        // "São Paulo – Ministry’s €5 café", bytes of Windows-1252 (0x96, 0x92, 0x80 are not Latin-1).
        let bytes: [UInt8] = Array("S".utf8) + [0xE3] + Array("o Paulo ".utf8) + [0x96] + Array(" Ministry".utf8)
            + [0x92] + Array("s ".utf8) + [0x80] + Array("5 caf".utf8) + [0xE9]
        let document = try DocumentReader.read(bytes: bytes, name: "legacy.txt")
        #expect(document.text == "São Paulo – Ministry’s €5 café")
        #expect(document.warnings == ["legacy.txt: not valid UTF-8; decoded as Windows-1252"])
    }

    @Test("damaged UTF-8 keeps its good characters and repairs each bad sequence with U+FFFD")
    func invalidUTF8IsRepaired() throws {
        // A good "é", then a stray Latin-1 byte, a truncated 3-byte sequence and an overlong "/".
        let bytes = Array("Café ".utf8) + [0xE9] + Array(" and ".utf8) + [0xE2, 0x82] + Array(" or ".utf8) + [0xC0, 0xAF]
        let document = try DocumentReader.read(bytes: bytes, name: "damaged.txt")
        #expect(document.text.hasPrefix("Café \u{FFFD} and \u{FFFD}"))
        #expect(!document.text.contains("Ã"))
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.hasPrefix("damaged.txt: ") == true)
        #expect(document.warnings.first?.contains("replaced by U+FFFD") == true)
    }

    @Test("UTF-16 with a lone surrogate or an odd final byte is repaired with U+FFFD and a warning")
    func damagedUTF16() throws {
        let lone = try DocumentReader.read(bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], name: "lone.txt")
        #expect(lone.text == "A\u{FFFD}B")
        #expect(lone.warnings.first?.hasPrefix("lone.txt: 1 invalid UTF-16") == true)
        let odd = try DocumentReader.read(bytes: [0xFE, 0xFF, 0x00, 0x41, 0x00], name: "odd.txt")
        #expect(odd.text == "A\u{FFFD}")
        #expect(odd.warnings.count == 1)
    }

    @Test("CRLF and CR become LF; non-NFC text becomes NFC; the BOM is dropped")
    func lineEndsAndNormalisation() throws {
        let document = try DocumentReader.read(bytes: Array("\u{FEFF}A\r\nB\rC\n\nCafe\u{301} A\u{30A}ngstro\u{308}m".utf8), name: "n.txt")
        #expect(document.text == "A\nB\nC\n\nCafé Ångström")
        #expect(document.text.unicodeScalars.count == "A\nB\nC\n\nCafé Ångström".unicodeScalars.count)
    }

    @Test("noncharacters become U+FFFD, one scalar for one, with a warning")
    func noncharacters() throws {
        let text = "a" + HostileText.scalar(0xFFFE) + "b" + HostileText.scalar(0x1FFFF) + "c"
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "nc.txt")
        #expect(document.text == "a\u{FFFD}b\u{FFFD}c")
        #expect(document.warnings == ["nc.txt: 2 Unicode noncharacter(s) replaced by U+FFFD"])
    }

    @Test("empty, whitespace-only, NUL-holding and control-heavy files are refused by name", arguments: [
        ([UInt8](), DocumentError.empty(name: "x.txt")),
        (Array(" \n\t\r\n \u{3000}".utf8), DocumentError.whitespaceOnly(name: "x.txt")),
        (Array("Text with a NUL".utf8) + [0] + Array("inside".utf8), DocumentError.binary(name: "x.txt")),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0x02], DocumentError.binary(name: "x.txt")),
        ([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], DocumentError.binary(name: "x.txt")),
    ])
    func refused(bytes: [UInt8], error: DocumentError) {
        #expect(throws: error) { try DocumentReader.read(bytes: bytes, name: "x.txt") }
        #expect(error.description.hasPrefix("x.txt: "))
    }
}
