import Foundation
@testable import KGGraph
import Testing

@Suite("IRI minting")
struct IRIMinterTests {
    @Test("slugs are lower-case words joined by single dashes", arguments: [
        ("Oil India Limited", "oil-india-limited"),
        ("CSIR-IMMT", "csir-immt"),
        ("Department of Science & Technology", "department-of-science-technology"),
        ("  Côte d'Ivoire ", "cote-d-ivoire"),
        ("Ministry of Mines (India)", "ministry-of-mines-india"),
        ("Росатом", "росатом"),
        ("中国五矿", "中国五矿"),
        ("a/b#c%d?e", "a-b-c-d-e"),
        ("!!!", "unnamed"),
    ])
    func slug(_ name: String, _ expected: String) {
        #expect(IRIMinter.slug(name) == expected)
    }

    @Test("IRIs sit under the class path of the base; a base without a slash gets one")
    func iriShape() {
        #expect(IRIMinter().iri(.country, name: "India") == "https://w3id.org/kgx/id/country/india")
        #expect(IRIMinter(base: "http://example.org/kg").iri(.mineral, name: "Rare earth elements")
            == "http://example.org/kg/mineral/rare-earth-elements")
    }

    @Test("keyed IRIs join the slugs of their parts")
    func keyedIRI() {
        let iri = IRIMinter().iri(.agreement, key: ["MoU", "IREL (India) Limited", "Oil India Limited", "2025-08-07"])
        #expect(iri == "https://w3id.org/kgx/id/agreement/mou--irel-india-limited--oil-india-limited--2025-08-07")
    }

    @Test("slugs never hold characters an IRI or a Turtle local name forbids")
    func slugCharacters() {
        let hostile = "a \"b\" <c> {d} |e| ^f^ `g` \\h\\ \u{0}\u{1F}\u{7F}\u{FFFE}\u{E000}x"
        let slug = IRIMinter.slug(hostile)
        #expect(!slug.unicodeScalars.contains { " \"<>{}|^`\\".unicodeScalars.contains($0) || $0.value < 0x30 && $0 != "-" })
        #expect(slug == "a-b-c-d-e-f-g-h-x")
    }

    @Test("ASCII names skip Foundation's folding and come out exactly as through it")
    func asciiFastPathFoldsLikeFoundation() {
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        let names = [String(printable), "Oil India LTD", "A-B_C.D/E#F%G", "\t\n\r"]
            + (0..<200).map { i in String((0..<12).map { j in printable[(i * 31 + j * 17) % printable.count] }) }
        for name in names {
            let throughFoundation = (name.applyingTransform(.stripDiacritics, reverse: false) ?? name)
                .lowercased().precomposedStringWithCanonicalMapping
            #expect(IRIMinter.folded(name) == throughFoundation, "\(name)")
        }
    }

    @Test("in ASCII only letters and digits are word characters: every other printable character separates words")
    func asciiWordCharacters() {
        for value in UInt8(0x20)...UInt8(0x7E) {
            let character = Character(Unicode.Scalar(value))
            let expected = character.isLetter || character.isNumber ? String(character).lowercased() + "-x" : "x"
            #expect(IRIMinter.slug("\(character)-x") == expected, "\(character)")
        }
    }
}
