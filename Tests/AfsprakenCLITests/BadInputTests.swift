import Foundation
import Testing

/// Every kind of bad input a PDF's text can be: a clear message with file and position, the documented exit code,
/// no crash, no hang, and no output file unless the input was converted.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var status: Int32
        /// Text stderr must hold after the file name; nil when the input is fine.
        var message: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "invalid UTF-8 in good text",
            bytes: Array("1. Huur\nDe huur is € 477,20".utf8) + [0xFF]
                + Array(" per maand.\n".utf8), status: 0, message: ":2:20: warning: [invalid-utf8]"),
        Case(
            name: "numbering seven deep", bytes: Array("1. Wonen\n1.2.3.4.5.6.7 Diep\nDe tekst.\n".utf8), status: 0,
            message: ":2:1: warning: [missing-heading] article 1.2.3.4.5.6 has no heading of its own"),
        Case(
            name: "numbers out of order and repeated",
            bytes: Array("1. Wonen\n3. Derde\nTekst.\n2. Tweede\nTekst.\n2. Weer twee\nTekst.\n".utf8), status: 0,
            message: ":4:1: warning: [numbering] article 2 follows article 3"),
        Case(
            name: "truncated mid-word",
            bytes: Array("1. Wonen\nHet woningtekort in de regio is groot en de vraag naar betaalbare huurwon".utf8),
            status: 0,
            message: nil),
        Case(
            name: "mixed line endings", bytes: Array("1. Wonen\r\nTekst een.\rTekst twee.\n2. Werk\r\nMeer.\n".utf8),
            status: 0, message: nil),
        Case(
            name: "a PNG", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64),
            status: 65, message: ":1:1: error: [binary-input]"),
        Case(name: "only blanks", bytes: Array(" \n\t\n  \r\n".utf8), status: 65, message: ": error: [empty-input]"),
        Case(
            name: "our own JSON", bytes: Array("{\n  \"annexes\" : [\n\n  ]\n}\n".utf8), status: 65,
            message: ":1:1: error: [afspraken-data] this is our JSON"),
        Case(
            name: "our own XML", bytes: Array("<?xml version=\"1.0\"?>\n<agreement/>\n".utf8), status: 65,
            message: ":1:1: error: [afspraken-data] this is our XML"),
    ]

    @Test(arguments: cases)
    func badInputIsReportedAndOutputOnlyWhenConverted(_ input: Case) throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("bijlage \(input.name) — één.txt")
        try Data(input.bytes).write(to: file)
        let output = folder.appendingPathComponent("out.json")
        let run = try Run(["parse", file.path, "-o", output.path])
        #expect(run.status == input.status, "\(run.stderr)")
        if let message = input.message {
            #expect(run.stderr.contains(file.path + message), "\(run.stderr)")
        } else {
            #expect(run.stderr.isEmpty, "\(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: output.path) == (input.status == 0))
        if input.status == 0 {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
            #expect((json?["chapters"] as? [Any])?.isEmpty == false)
        }
    }

    @Test func aHundredThousandBulletsAreConvertedAsAList() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("bullets.txt")
        var text = "1. Lijst\nDe corporaties zetten zich in voor:\n"
        for index in 0..<100_000 { text += "• punt \(index) met 3 woningen;\n" }
        try Data(text.utf8).write(to: file)
        let output = folder.appendingPathComponent("bullets.tree.txt")
        let run = try Run(["parse", file.path, "--format", "tree", "-o", output.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let tree = try String(contentsOf: output, encoding: .utf8)
        #expect(tree.components(separatedBy: "Bullet").count - 1 == 100_000)
    }

    @Test func aFiftyMegabyteLineIsRefusedByTheDefaultLimitAtOnce() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("line.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024).write(to: file)
        let output = folder.appendingPathComponent("out.json")
        let run = try Run(["parse", file.path, "-o", output.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("line.txt: error: [input-too-large] file has 52428800 bytes"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func anUnreadableFileIs66() throws {
        // As root, permissions do not stop reading; /proc/self/mem opens but cannot be read from its start.
        let run = try Run(["parse", "/proc/self/mem"])
        #expect(run.status == 66 && run.stderr.contains("/proc/self/mem: error: [unreadable-input]"))
    }
}
