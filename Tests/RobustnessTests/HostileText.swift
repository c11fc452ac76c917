/// Strings built to break out of the output formats: quoting and escaping characters of Turtle,
/// N-Triples, XML and DOT, controls, noncharacters, markup, and names that become IRIs.
enum HostileText {
    /// Each sample on its own; the tests use every one as a label, an alias and a literal value.
    static let samples: [String] = [
        "double \"quote\" inside",
        "back\\slash and trailing \\",
        "triple \"\"\" quotes \"\"\"",
        "ends with a quote\"",
        "greater > less < amp & apos ' semicolon ;",
        "CDATA end ]]> and start <![CDATA[",
        "<script>alert('x')</script>",
        "comment -- and --> close",
        "controls \u{0}\u{1}\u{2}\u{7}\u{8}\u{B}\u{C}\u{1B}\u{1F} end",
        "tab\tnewline\ncarriage\rreturn\r\nCRLF",
        "noncharacters \(scalar(0xFFFE)) \(scalar(0xFFFF)) \(scalar(0xFDD0)) \(scalar(0x10FFFF)) end",
        "replacement \u{FFFD} (stands for a lone surrogate \\uD800 escaped in the source)",
        "Graphviz HTML <<b>bold</b>> label",
        "\" ]; node [shape=box, label=\"pwned\"]; \"",
        "digraph { a -> b } // /* comment */ #",
        "escString \\N \\G \\E \\T \\H \\l \\r \\n",
        "name with spaces # hash % percent %41 / slash ? query",
        "Горно-металлургическая компания «Норникель»",
        "日本鉱業株式会社 と 三井物産",
        "شركة معادن العربية",
        "astral \u{1F600} \u{10348} \u{1D11E} \u{E0001}",
        "combining e\u{301} a\u{308}\u{323} \u{1100}\u{1161}",
        "bidi \u{202E}override\u{202C} \u{200B}zero width\u{FEFF}",
        "@en ^^xsd:string _:b0 <http://x> .",
        "",
        " ",
        "\\u0041 \\U0001F600 \\t literal escapes",
        "%20%2F%XX",
    ]

    /// A scalar by value; Swift refuses noncharacters such as U+FFFE in string literals.
    static func scalar(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String($0) } ?? ""
    }
}
