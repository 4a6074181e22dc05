import Testing

@testable import Afspraken

struct WordScannerTests {
    private func scan(_ text: String) -> [(kind: Word.Kind, text: String, key: UInt64)] {
        let bytes = Array(text.utf8)
        return WordScanner.words(in: bytes).map {
            ($0.kind, String(decoding: bytes[$0.range], as: UTF8.self), $0.key)
        }
    }

    @Test func splitsWordsNumbersAndSigns() {
        let words = scan("Uiterlijk Q1 2026: € 477,20 voor één coöperatie, 1e kwartaal; 1.250.000 (30%).")
        #expect(
            words.map(\.text) == [
                "Uiterlijk", "Q1", "2026", ":", "€", "477,20", "voor", "één", "coöperatie", ",", "1e", "kwartaal", ";",
                "1.250.000", "(", "30", "%", ")", ".",
            ])
        #expect(words.filter { $0.kind == .number }.map(\.text) == ["2026", "477,20", "1.250.000", "30"])
        #expect(words.filter { $0.kind == .sign }.map(\.text) == [":", "€", ",", ";", "(", "%", ")", "."])
    }

    /// Words are found eight bytes at a time and keyed a chunk at a time where they are ASCII: every length, every
    /// place in the buffer (its end included) and any case must give the key the keyword tables are built with.
    @Test func keysMatchTheKeywordKeyAtEveryLengthAndPlace() {
        let letters = Array("AbcdEfghIjklMnopQrstUvwxYz0123456789".utf8)
        for length in 1...letters.count {
            let word = String(decoding: letters[..<length], as: UTF8.self)
            let expected = Word.key(word.lowercased())
            for padding in 0..<9 {
                let before = String(repeating: " ", count: padding)
                for text in [before + word, before + word + " x", before + word + ".", before + word + "€"] {
                    let first = scan(text)[0]
                    #expect(first.text == word, "\(text)")
                    #expect(first.key == expected, "\(text)")
                }
            }
        }
        // A letter beyond ASCII goes on with the word, and the key is the same wherever it stands.
        for text in ["Coöperatie", "x coöperatie", "coöperatie!", "     COöPERATIE"] {
            #expect(scan(text).contains { $0.key == Word.key("coöperatie") }, "\(text)")
        }
        #expect(Word.key("woning") != Word.key("woningen"))
        #expect(Word.key("abcdefgh") != Word.key("abcdefgh0"))
    }
}
