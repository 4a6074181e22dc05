import Foundation
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

    /// `Keys` writes its keys out as literals: each must be the key of the word its line names, and the line's name
    /// must be that word where the word is ASCII letters.
    @Test func keyLiteralsAreTheKeysOfTheirWords() throws {
        let url = fixturesURL.deletingLastPathComponent().appendingPathComponent("Sources/Afspraken/Extract/Keys.swift")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter {
            $0.contains("static let ") && $0.contains(": UInt64 = 0x")
        }
        #expect(lines.count > 50)
        for line in lines {
            let name = line.split(separator: "static let ")[1].prefix { $0 != ":" }.trimmingCharacters(in: ["`"])
            let literal = line.split(separator: "= 0x")[1].prefix { $0.isHexDigit || $0 == "_" }.filter { $0 != "_" }
            let word = line.split(separator: "// \"")[1].dropLast()
            #expect(UInt64(literal, radix: 16) == Word.key(String(word)), "\(line)")
            #expect(!word.allSatisfy { $0.isASCII && $0.isLetter } || name == word, "\(line)")
        }
    }
}
