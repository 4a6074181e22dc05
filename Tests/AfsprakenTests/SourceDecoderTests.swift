import Foundation
import Testing

@testable import Afspraken

@Suite struct SourceDecoderTests {
    private func decode(_ bytes: [UInt8]) throws -> (SourceText, [Diagnostic]) { try SourceDecoder.decode(bytes) }

    @Test func utf8WithoutBOMKeepsBytesAndCountsColumnsInScalars() throws {
        let (text, findings) = try decode(Array("één\nwoning €5".utf8))
        #expect(text.encoding == .utf8 && findings.isEmpty)
        #expect(text.lineEnding == .lf && text.lineCount == 2)
        let euro = Array(text.bytes).firstIndex(of: 0xE2)!
        #expect(text.position(at: euro) == SourcePosition(line: 2, column: 8, offset: 13))
    }

    @Test func utf8BOMIsSkippedButOffsetsCountIt() throws {
        let (text, _) = try decode([0xEF, 0xBB, 0xBF] + Array("Ab".utf8))
        #expect(text.encoding == .utf8WithBOM)
        #expect(text.string(text.lineRange(0)) == "Ab")
        #expect(text.position(at: 1) == SourcePosition(line: 1, column: 2, offset: 4))
    }

    @Test(arguments: [true, false])
    func utf16WithBOMDecodesAndMapsToOriginalOffsets(bigEndian: Bool) throws {
        let units = Array("a€\r\nb".utf16)
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in units {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        let (text, _) = try decode(bytes)
        #expect(text.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(text.string(text.lineRange(0)) == "a€" && text.string(text.lineRange(1)) == "b")
        #expect(text.lineEnding == .crlf)
        // "b" is the fifth UTF-16 unit: byte 2 (BOM) + 4 × 2.
        #expect(text.position(at: text.lineRange(1).lowerBound) == SourcePosition(line: 2, column: 1, offset: 10))
    }

    @Test func invalidUTF8FallsBackToWindows1252WithAWarningAtTheBadByte() throws {
        let (text, findings) = try decode(Array("prijs ".utf8) + [0x80] + Array(" 477,20\nzo'n".utf8))
        #expect(text.encoding == .windows1252)
        #expect(text.string(text.lineRange(0)) == "prijs € 477,20")
        #expect(findings.map(\.code) == ["decoded-as-windows-1252"])
        #expect(findings[0].span?.start == SourcePosition(line: 1, column: 7, offset: 6))
        // After the 3-byte "€", decoded offsets run ahead of original ones; the map keeps them apart.
        let four = text.lineRange(0).lowerBound + 10
        #expect(text.position(at: four) == SourcePosition(line: 1, column: 9, offset: 8))
    }

    /// A UTF-8 file with a stray byte keeps its UTF-8: the euro sign next to the bad byte is still a euro sign.
    @Test func aStrayByteInUTF8TextLeavesTheRestUTF8() throws {
        let (text, findings) = try decode(Array("één prijs: € 477,20".utf8) + [0x97] + Array(" per maand\n".utf8))
        #expect(text.encoding == .utf8)
        #expect(text.string(text.lineRange(0)) == "één prijs: € 477,20— per maand")
        #expect(findings.map(\.code) == ["invalid-utf8"])
        #expect(findings[0].span?.start == SourcePosition(line: 1, column: 20, offset: 23))
        let result = try AgreementParser.parse(
            Array("1. Huur\nDe huur is € 477,20".utf8) + [0xFF] + Array(" per maand.\n".utf8), fileName: "mixed")
        #expect(result.document.entities.amounts.map(\.amount) == [Decimal(string: "477.2")!])
    }

    @Test func lineEndingsAreCountedAndMixedIsNamed() throws {
        #expect(try decode(Array("a\r\nb\r\n".utf8)).0.lineEnding == .crlf)
        #expect(try decode(Array("a\rb".utf8)).0.lineEnding == .cr)
        let mixed = try decode(Array("a\nb\r\nc\rd".utf8)).0
        #expect(mixed.lineEnding == .mixed && mixed.lineCount == 4)
    }

    @Test func decomposedTextIsNormalisedToNFCAndColumnsStayOriginal() throws {
        // "e" + U+0301 COMBINING ACUTE, twice: NFC makes each one scalar.
        let (text, _) = try decode(Array("e\u{301}e\u{301}n x".utf8))
        #expect(text.string(text.lineRange(0)) == "één x")
        let x = text.bytes.firstIndex(of: 0x78)!
        // In the original, "x" is the 6th scalar (e, ◌́, e, ◌́, n, space, x → column 7) at byte 8.
        #expect(text.position(at: x) == SourcePosition(line: 1, column: 7, offset: 8))
    }

    /// UTF-16 without a BOM, as some tools write it: every other byte of Latin text is NUL.
    @Test func utf16WithoutABOMIsKnownByItsNULBytes() throws {
        let text = "Gemeente Vóórburg\nZuid bouwt 20 woningen."
        let little = try decode(Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).0
        let big = try decode(Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }).0
        #expect(little.encoding == .utf16LittleEndian && big.encoding == .utf16BigEndian)
        #expect(little.string(little.lineRange(0)) == "Gemeente Vóórburg" && big.lineCount == 2)
        #expect(little.position(at: little.lineRange(1).lowerBound) == SourcePosition(line: 2, column: 1, offset: 36))
    }

    @Test func tabsAndFormFeedsStayInTheText() throws {
        let (text, _) = try decode(Array("\u{0C}Kop\ta".utf8))
        #expect(text.string(text.lineRange(0)) == "\u{0C}Kop\ta")
    }

    @Test(arguments: [
        ("empty", [UInt8](), "empty-input"),
        ("whitespace", Array(" \n\t \r\n".utf8), "empty-input"),
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary-input"),
        ("nul", Array("tekst".utf8) + [0] + Array("meer".utf8), "binary-input"),
        ("controls", (0..<200).map { UInt8($0 % 8 + 1) }, "binary-input"),
    ])
    func unreadableInputThrowsADiagnostic(name: String, bytes: [UInt8], code: String) {
        #expect {
            try SourceDecoder.decode(bytes)
        } throws: { error in
            (error as? Diagnostic)?.code == code
        }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(FileDigest.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            FileDigest.sha256Hex(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(FileDigest.sha256Hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct LongLineTests {
    @Test func positionsOnALongLineWithOtherScalarsMatchCountingFromTheStart() throws {
        // "é" (2 bytes) every few characters, over several checkpoint strides.
        let line = String(repeating: "abcé ", count: 2000)
        let (text, _) = try SourceDecoder.decode(Array(("kop\n" + line + "\n").utf8))
        let range = text.lineRange(1)
        for offset in stride(from: range.lowerBound, to: range.upperBound, by: 97) {
            let counted = text.bytes[range.lowerBound..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
            let position = text.position(at: offset)
            #expect(position.line == 2 && position.column == counted)
            #expect(text.offset(of: position) == offset || text.bytes[offset] & 0xC0 == 0x80)
        }
    }
}
