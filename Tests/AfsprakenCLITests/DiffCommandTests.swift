import Foundation
import Testing

/// `afspraken diff` on the built binary: exit codes like diff(1), every input kind, every format.
@Suite struct DiffCommandTests {
    let folder = fixtures.appendingPathComponent("diff/noordwijk-2026-2027")

    @Test func changesExitOneAndTheSameTextExitsZero() throws {
        let old = folder.appendingPathComponent("old.txt").path
        let changed = try Run(["diff", old, folder.appendingPathComponent("new.txt").path, "--no-color"])
        #expect(changed.status == 1, "\(changed.stderr)")
        #expect(changed.stdout.contains("~ deadline changed  uiterlijk Q1 2026 → uiterlijk Q3 2027, 548 days later"))
        #expect(!changed.stdout.contains("\u{1B}["), "no colours when piped")
        let same = try Run(["diff", old, fixtures.appendingPathComponent("variants/noordwijk-2026/crlf.txt").path])
        #expect(same.status == 0 && same.stdout.contains("no changes"), "\(same.stdout)")
    }

    @Test func jsonAndXMLInputsGiveTheSameJSONDiffAsText() throws {
        let temporary = try temporaryFolder()
        var sides: [String: [String]] = [:]
        for side in ["old", "new"] {
            let text = folder.appendingPathComponent("\(side).txt").path
            let xml = temporary.appendingPathComponent("\(side).xml").path
            let json = temporary.appendingPathComponent("\(side).json").path
            #expect(try Run(["parse", text, "--format", "xml", "-o", xml, "--quiet"]).status == 0)
            #expect(try Run(["parse", text, "-o", json, "--quiet"]).status == 0)
            sides[side] = [text, json, xml]
        }
        let outputs = try (0..<3).map { kind in
            try Run(["diff", sides["old"]![kind], sides["new"]![kind], "--format", "json"])
        }
        #expect(outputs.allSatisfy { $0.status == 1 })
        // File names differ by input; the changes do not.
        let changes = try outputs.map { run in
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            return try JSONSerialization.data(withJSONObject: object?["changes"] ?? [], options: .sortedKeys)
        }
        #expect(changes[0] == changes[1] && changes[1] == changes[2])
    }

    @Test func markdownGroupsByChapter() throws {
        let run = try Run(
            [
                "diff", folder.appendingPathComponent("old.txt").path, folder.appendingPathComponent("new.txt").path,
                "--format", "md",
            ])
        #expect(run.status == 1)
        #expect(run.stdout.contains("## 2 Betaalbaarheid\n\n- **actors changed**"), "\(run.stdout)")
    }

    /// A text that opens with "<21 jaar" is a text, not XML.
    @Test func aTextOpeningWithAnAngleBracketIsReadAsText() throws {
        let file = try temporaryFolder().appendingPathComponent("jong.txt")
        try "<21 jaar: woningen voor jongeren\n1. Wonen\nDe gemeente zet zich in.\n".write(
            to: file, atomically: true, encoding: .utf8)
        let run = try Run(["diff", file.path, file.path])
        #expect(run.status == 0 && run.stdout.contains("no changes (1 article, 1 commitment and 0 projects"))
    }

    @Test func troubleExitsAboveOne() throws {
        let missing = try Run(["diff", "/nonexistent/old.txt", folder.appendingPathComponent("new.txt").path])
        #expect(missing.status == 66 && missing.stderr.contains("[missing-input]"))
        let empty = try Run([
            "diff", fixtures.appendingPathComponent("bad/empty.txt").path,
            folder.appendingPathComponent("new.txt").path,
        ])
        #expect(empty.status == 65)
        #expect(try Run(["diff", "only-one"]).status == 64)
    }
}
