import Afspraken
import Foundation
import Testing

/// Texts built at random from the pieces agreements are made of: every one parses without a crash, loses no
/// character, and renders in every output format. A fixed seed keeps the run the same each time.
@Suite struct RandomInputTests {
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    private static let pieces = [
        "de", "gemeente", "corporaties", "Partijen", "zetten", "zich", "in", "Q1", "2026", "•", "-", "1.", "2.1", "€",
        "477,20", "30%", "uiterlijk", "Ondertekening", "Inhoudsopgave", "\u{0C}", "Pagina", "3", "van", "8", ":", "\t",
        "a.", "1)", "Hoofdstuk", "Artikel", "woning-", "zoekenden", "elke", "zes", "weken", "Woningstichting", "Noord",
        "hierna", "te", "noemen", "'", "ca", "10", "woningen", "waarvan", ".", ",", "é", "e\u{301}", "…", "(", ")",
        "Afspraak", "kunnen", "blijven", "0", "of", "1", "t/m", "2022-2026", "11", "december", "31-02-2026", "Bijlage",
    ]

    @Test func randomTextsParseLoseNothingAndRender() throws {
        var generator = Generator(state: 2026)
        var parsed = 0
        for _ in 0..<300 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let count = Int.random(in: 0...14, using: &generator)
                lines.append(
                    (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: " "))
            }
            let separator = ["\n", "\r\n", "\r"].randomElement(using: &generator)!
            let text = lines.joined(separator: separator)
            do {
                let result = try AgreementParser.parse(Array(text.utf8), fileName: "random.txt")
                let violations = losslessViolations(result)
                #expect(violations.unclaimed.isEmpty && violations.twice.isEmpty, "\(text.debugDescription)")
                _ = try JSONOutput.encode(result.document)
                _ = CSVOutput.encode(result.document, excel: true)
                _ = MarkdownReport.render(result.document)
                _ = result.document.debugTree()
                parsed += 1
            } catch let diagnostic as Diagnostic {
                #expect(["empty-input", "no-agreement-structure"].contains(diagnostic.code), "\(diagnostic)")
            }
        }
        #expect(parsed > 100)
    }

    @Test func randomBytesAreParsedOrRefusedNeverCrash() throws {
        var generator = Generator(state: 44)
        let prefix = Array("Prestatieafspraken 2026\n1. Wonen\n".utf8)
        for round in 0..<300 {
            // Mostly text, with stray high bytes (Windows-1252 or broken UTF-8) and line breaks of every kind.
            let body = (0..<Int.random(in: 0...600, using: &generator)).map { _ -> UInt8 in
                switch UInt8.random(in: 0...19, using: &generator) {
                case 0: UInt8.random(in: 0x80...0xFF, using: &generator)
                case 1: [0x0A, 0x0D, 0x0C, 0x09].randomElement(using: &generator)!
                default: UInt8.random(in: 0x20...0x7E, using: &generator)
                }
            }
            let bytes = round % 3 == 0 ? body : prefix + body
            do {
                let result = try AgreementParser.parse(bytes, fileName: "bytes.txt")
                let violations = losslessViolations(result)
                #expect(violations.unclaimed.isEmpty && violations.twice.isEmpty, "round \(round)")
                _ = try JSONOutput.encode(result.document)
            } catch let diagnostic as Diagnostic {
                #expect(["empty-input", "no-agreement-structure", "binary-input"].contains(diagnostic.code))
            }
        }
    }
}
