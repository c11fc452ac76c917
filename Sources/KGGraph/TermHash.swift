/// A fast, non-cryptographic 64-bit hash of a term's bytes, for the graph's own term table.
///
/// Hashing terms into a `Dictionary` went through `Hasher` (SipHash), whose set-up and finalisation
/// per term, paid for every term a builder stores, showed as a tenth of graph building in the
/// profile. The graph's tables never leave the process and are never iterated for output, so a
/// word-at-a-time multiply-and-mix hash does; it hashes the UTF-8 bytes exactly, consistent with
/// `ByteIdentity`'s equality.
enum TermHash {
    static func of(_ term: Term) -> UInt64 {
        switch term {
        case .iri(let value): return bytes(of: value, seed: 0x243F_6A88_85A3_08D3)
        case .blank(let value): return bytes(of: value, seed: 0x1319_8A2E_0370_7344)
        case .literal(let literal):
            // The datatype's length stands for the datatype: equality still compares it in full.
            let lexical = bytes(of: literal.lexical, seed: 0xA409_3822_299F_31D0 ^ UInt64(literal.datatype.utf8.count))
            guard let language = literal.language else { return lexical }
            return bytes(of: language, seed: lexical)
        }
    }

    /// Three term indices as one well-mixed value.
    static func of(_ subject: UInt32, _ predicate: UInt32, _ object: UInt32) -> UInt64 {
        mix((UInt64(subject) << 32 | UInt64(predicate)) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(object))
    }

    /// The bytes of `text` eight at a time (the tail zero-padded), with its length folded in.
    private static func bytes(of text: String, seed: UInt64) -> UInt64 {
        var text = text
        return text.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            var hash = seed ^ UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 29
                offset += 8
            }
            var tail: UInt64 = 0
            for (position, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(position)) }
            return mix(hash ^ tail)
        }
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches the low bits a table indexes by.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
