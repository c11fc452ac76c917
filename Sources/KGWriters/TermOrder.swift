import KGGraph

/// The order of `Term.<` over the distinct terms of an `InternedGraph`, found by sorting bytes.
///
/// Terms sort by kind (IRIs, blank nodes, literals), then by the bytes of the IRI, label or lexical
/// form, then (literals with the same lexical form) by `Term.<`. Those bytes almost always appear
/// verbatim in the term's N-Triples spelling, right after its opening delimiter – they differ only
/// where the spelling escapes a character – so the keys are views into the spellings the graph
/// holds, and only the few others are copied: ranking a million-triple graph then costs no second
/// copy of its text.
enum TermOrder {
    /// The term numbers in the order of `Term.<`; `spellings` holds each term's N-Triples spelling.
    static func order(of terms: [Term], spellings: ByteArena) -> [Int] {
        // The keys not found in their spelling, back to back, and whose they are, in term order.
        var copied: [UInt8] = []
        var copiedTerms: [Int] = []
        var kindCounts = [0, 0, 0]
        spellings.bytes.withUnsafeBufferPointer { spelled in
            for (id, term) in terms.enumerated() {
                let key = Key(term)
                kindCounts[key.kind] += 1
                if key.location(in: spelled, spelling: spellings.range(of: id)) == nil {
                    copiedTerms.append(id)
                    copied.append(contentsOf: key.value.utf8)
                }
            }
        }
        // The term numbers grouped by kind, in term-number order within a kind.
        var order = [Int](repeating: 0, count: terms.count)
        var next = [0, kindCounts[0], kindCounts[0] + kindCounts[1]]
        for (id, term) in terms.enumerated() {
            let kind = Key(term).kind
            order[next[kind]] = id
            next[kind] += 1
        }
        spellings.bytes.withUnsafeBufferPointer { spelled in
            copied.withUnsafeBufferPointer { copied in
                var copiedIndex = 0, copiedOffset = 0
                let keys = terms.indices.map { id -> UnsafeBufferPointer<UInt8> in
                    let key = Key(terms[id])
                    if copiedIndex < copiedTerms.count, copiedTerms[copiedIndex] == id {
                        let length = key.value.utf8.count
                        defer { copiedIndex += 1; copiedOffset += length }
                        return UnsafeBufferPointer(rebasing: copied[copiedOffset..<copiedOffset + length])
                    }
                    return key.location(in: spelled, spelling: spellings.range(of: id)) ?? UnsafeBufferPointer(start: nil, count: 0)
                }
                order.withUnsafeMutableBufferPointer { order in
                    var lower = 0
                    for count in kindCounts {
                        ByteStringSort.sort(UnsafeMutableBufferPointer(rebasing: order[lower..<lower + count]), by: keys) { terms[$0] < terms[$1] }
                        lower += count
                    }
                }
            }
        }
        return order
    }

    /// What a term sorts by.
    private struct Key {
        /// The term's kind, as its rank among the kinds.
        let kind: Int
        /// The IRI, label or lexical form.
        let value: String
        /// Where `value` starts in the N-Triples spelling when written there unescaped (after
        /// `<`, `_:` or `"`).
        let offset: Int

        init(_ term: Term) {
            switch term {
            case .iri(let iri): (kind, value, offset) = (0, iri, 1)
            case .blank(let label): (kind, value, offset) = (1, label, 2)
            case .literal(let literal): (kind, value, offset) = (2, literal.lexical, 1)
            }
        }

        /// The bytes of `value` within `spelling` (a range of `spelled`), when they are there.
        func location(in spelled: UnsafeBufferPointer<UInt8>, spelling: Range<Int>) -> UnsafeBufferPointer<UInt8>? {
            var value = value
            return value.withUTF8 { bytes in
                let start = spelling.lowerBound + offset
                guard start + bytes.count <= spelling.upperBound else { return nil }
                let candidate = UnsafeBufferPointer(rebasing: spelled[start..<start + bytes.count])
                return ByteStringTable.equal(UnsafeRawBufferPointer(candidate), UnsafeRawBufferPointer(bytes)) ? candidate : nil
            }
        }
    }
}
