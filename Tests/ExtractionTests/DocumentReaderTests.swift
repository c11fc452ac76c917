import Testing
import Foundation
import KGText

@Suite struct DocumentReaderTests {
    @Test func decodesUTF8WithAndWithoutBOMAndNormalisesLineEnds() throws {
        let plain = try DocumentReader.read(bytes: Array("Title line\r\n\r\nBody text.\rMore.".utf8), name: "a.txt")
        #expect(plain.text == "Title line\n\nBody text.\nMore.")
        let bom = try DocumentReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Caf\u{65}\u{301} text".utf8), name: "b.txt")
        #expect(bom.text == "Caf\u{E9} text")
        #expect(bom.warnings.isEmpty)
    }

    @Test func decodesUTF16WithBOMAndWindows1252WithWarning() throws {
        let little = try DocumentReader.read(bytes: [0xFF, 0xFE] + Array("Zinc \u{2013} ok".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "le.txt")
        #expect(little.text == "Zinc \u{2013} ok")
        let big = try DocumentReader.read(bytes: [0xFE, 0xFF] + Array("Zinc ok".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, name: "be.txt")
        #expect(big.text == "Zinc ok")
        let legacy = try DocumentReader.read(bytes: Array("Ministry".utf8) + [0x92, 0x73, 0x20, 0x96, 0x20, 0xE9], name: "w.txt")
        #expect(legacy.text == "Ministry\u{2019}s \u{2013} \u{E9}")
        #expect(legacy.warnings.count == 1)
    }

    @Test func rejectsEmptyBlankAndBinaryFilesNamingThem() {
        #expect(throws: DocumentError.empty(name: "e.txt")) { try DocumentReader.read(bytes: [], name: "e.txt") }
        #expect(throws: DocumentError.whitespaceOnly(name: "w.txt")) { try DocumentReader.read(bytes: Array(" \n\t\r\n".utf8), name: "w.txt") }
        #expect(throws: DocumentError.binary(name: "b.bin")) { try DocumentReader.read(bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], name: "b.bin") }
        #expect(DocumentError.binary(name: "b.bin").description.contains("b.bin"))
    }

    @Test(arguments: [
        (" date 2025-04-25 In a step, X signed.", "2025-04-25" as String?, nil as String?),
        ("Headline here\n\nNew Delhi, April 25, 2025 \u{2013} India signed a pact.", "2025-04-25", "New Delhi"),
        ("Headline here\n\nNEW DELHI: India signed a pact.", nil, "NEW DELHI"),
        ("## **Headline**\n\n## **JOHN SMITH** New Delhi, 12 July\n\nText follows.", "--07-12", "New Delhi"),
        ("Headline here\n\nMOSCOW, July 12, 2024 (Reuters) - Text.", "2024-07-12", "MOSCOW"),
        ("Headline here\n\nPublished: 12 July 2024\n\nText follows here.", "2024-07-12", nil),
    ])
    func findsDatesAndDatelines(text: String, date: String?, place: String?) throws {
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "d.txt")
        #expect(document.date?.lexicalForm == date)
        #expect(document.dateline?.place == place)
    }

    @Test func findsTitleWithMarkdownStrippedAndNoneForBodyFirstLine() throws {
        let titled = try DocumentReader.read(bytes: Array("## **India looks at Russia for** rare tech\n\nBody.".utf8), name: "t.txt")
        #expect(titled.title == "India looks at Russia for rare tech")
        let untitled = try DocumentReader.read(bytes: Array(" date 2025-01-02 The ministry signed a deal.\n\nMore.".utf8), name: "u.txt")
        #expect(untitled.title == nil)
    }

    @Test func headlineIsTrimmedOfTheWhitespaceFoundationTrimsAndNoOther() throws {
        let cases = [
            ("\u{A0}__Lithium__ deal\u{3000}\t", "Lithium deal"),  // no-break and ideographic spaces are Zs
            ("# Lithium deal\u{200B}", "Lithium deal"),  // Foundation's whitespace holds the zero-width space
            ("# Lithium deal\u{2060}", "Lithium deal\u{2060}"),  // but not the word joiner
            ("Lithium\u{2003}deal", "Lithium\u{2003}deal"),
        ]
        for (line, title) in cases {
            #expect(try DocumentReader.read(bytes: Array("\(line)\n\nBody.".utf8), name: "t.txt").title == title)
        }
        // The expectations are Foundation's own trimming.
        #expect("\u{A0}Lithium deal\u{3000}\t".trimmingCharacters(in: .whitespaces) == "Lithium deal")
        #expect("Lithium deal\u{200B}".trimmingCharacters(in: .whitespaces) == "Lithium deal")
        #expect("Lithium deal\u{2060}".trimmingCharacters(in: .whitespaces) == "Lithium deal\u{2060}")
    }

    @Test func dateKindsMapToXSDTypesAndWeekdays() {
        #expect(DocumentDate.monthDay(month: 7, day: 12).lexicalForm == "--07-12")
        #expect(DocumentDate.monthDay(month: 7, day: 12).xsdTypeName == "gMonthDay")
        #expect(DocumentDate.yearMonth(year: 2023, month: 7).lexicalForm == "2023-07")
        #expect(DocumentDate.year(2024).xsdTypeName == "gYear")
        #expect(DocumentDate.full(year: 2026, month: 2, day: 23).weekday == 1)
        #expect(DocumentDate.full(year: 2024, month: 3, day: 3).weekday == 7)
        #expect(DocumentDate.validated(year: 2025, month: 2, day: 29) == nil)
    }
}
