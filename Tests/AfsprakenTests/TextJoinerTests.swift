import Testing

@testable import Afspraken

struct TextJoinerTests {
    /// Lines as the block builder passes them: ranges without their line break.
    private func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == Bytes.newline {
            pieces.append(start..<index)
            start = index + 1
        }
        pieces.append(start..<bytes.count)
        return pieces
    }

    @Test(arguments: [
        ("De corporaties helpen woning-\nzoekenden en starters.", "De corporaties helpen woningzoekenden en starters."),
        (
            "Uiterlijk  in\tQ1 2026\nstelt de gemeente\u{A0}€\u{A0}477,20 beschikbaar.",
            "Uiterlijk in Q1 2026 stelt de gemeente € 477,20 beschikbaar."
        ),
        ("sociale-\nen middenhuur;\nCO2-\nneutraal in 2030", "sociale- en middenhuur; CO2-neutraal in 2030"),
        ("één regel", "één regel"),
        // A soft hyphen marks where a word may break: left out, and at a line end the word goes on.
        ("woning\u{AD}\nzoekenden en sociale huur\u{AD}woningen", "woningzoekenden en sociale huurwoningen"),
    ])
    func joinedBytesMapBackToWhereTheyStand(text: String, expected: String) {
        let bytes = Array(text.utf8)
        let joined = TextJoiner.joinMapped(lines(bytes), in: bytes)
        #expect(String(decoding: joined.bytes, as: UTF8.self) == expected)
        var previous = -1
        for (offset, byte) in joined.bytes.enumerated() {
            let source = joined.sourceOffset(offset)
            // A copied byte maps to itself; an inserted space to the blank, break or no-break space it stands for.
            if byte == Bytes.space {
                #expect([Bytes.space, Bytes.tab, Bytes.newline, 0xA0].contains(bytes[source]), "\(offset) in \(text)")
            } else {
                #expect(bytes[source] == byte, "\(offset) in \(text)")
            }
            #expect(source > previous, "offsets run forward")
            previous = source
        }
        #expect(joined.sourceRange(0..<joined.bytes.count) == 0..<bytes.count)
    }

    /// Lines are copied eight bytes at a time up to a blank that is more than a lone space: every kind of blank
    /// at every place in a chunk must still be squeezed, and lone spaces kept.
    @Test(arguments: ["  ", "\t", " \t", "\u{A0}", " \u{A0}", "   "])
    func blanksAreSqueezedAtEveryPlace(blank: String) {
        for place in 1..<20 {
            let text = String(repeating: "a", count: place) + blank + "b c" + String(repeating: "d", count: 20)
            let bytes = Array(text.utf8)
            let joined = TextJoiner.joinMapped([0..<bytes.count], in: bytes)
            let expected = String(repeating: "a", count: place) + " b c" + String(repeating: "d", count: 20)
            #expect(String(decoding: joined.bytes, as: UTF8.self) == expected, "\(place)")
        }
    }

    /// A ligature ("ﬁ", "ﬄ") is its letters, wherever it stands in a chunk of eight; a word with one maps back to
    /// the whole word, ligature included.
    @Test func ligaturesAreTheirLetters() {
        for place in 0..<12 {
            let before = String(repeating: "a", count: place) + " "
            let text = before + "ﬁnanciert de ﬂexwoningen en de aﬄuentie"
            let bytes = Array(text.utf8)
            let joined = TextJoiner.joinMapped([0..<bytes.count], in: bytes)
            #expect(
                String(decoding: joined.bytes, as: UTF8.self) == before + "financiert de flexwoningen en de affluentie")
            let word = before.utf8.count..<(before.utf8.count + "financiert".utf8.count)
            #expect(joined.sourceRange(word) == before.utf8.count..<(before.utf8.count + "ﬁnanciert".utf8.count))
            #expect(joined.sourceRange(0..<joined.bytes.count) == 0..<bytes.count)
        }
    }

    /// Texts appended one after another (the signing blocks) keep each byte's way back.
    @Test func appendedTextsKeepTheirOffsets() {
        let bytes = Array("Gemeente Voorbeeld\n\nWoningstichting Noord".utf8)
        var text = TextJoiner.joinMapped([0..<18], in: bytes)
        text.append(Bytes.newline, from: text.sourceOffset(text.bytes.count - 1))
        text.append(TextJoiner.joinMapped([20..<41], in: bytes))
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Gemeente Voorbeeld\nWoningstichting Noord")
        #expect(text.sourceOffset(18) == 17)
        #expect(text.sourceRange(19..<40) == 20..<41)
    }
}
