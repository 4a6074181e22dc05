import Foundation
import Testing

/// Runs the built `afspraken` binary, which sits next to the test bundle, and captures what it does.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    static let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("afspraken")

    init(_ arguments: [String], stdin: Data? = nil, executable: URL = Run.binary, prefix: [String] = []) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = prefix + arguments
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}

extension Run {
    /// Runs a Python script (the CSV check uses Python's own reader, not ours).
    static func python(_ script: String, arguments: [String]) throws -> Run {
        try Run(["-c", script] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"), prefix: ["python3"])
    }
}

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
let sample = fixtures.appendingPathComponent("noordwijk-2026/input.txt").path

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("afspraken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct CLITests {
    @Test func parseWritesJSONToStandardOutput() throws {
        let run = try Run(["parse", sample])
        #expect(run.status == 0 && !run.stderr.contains("error"))
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((json?["chapters"] as? [Any])?.count == 6)
        #expect(json?["schemaVersion"] as? String == "1.4.0")
        let source = json?["source"] as? [String: Any]
        #expect(source?["encoding"] as? String == "UTF-8" && source?["byteCount"] as? Int == 20714)
    }

    @Test func compactJSONIsOneLine() throws {
        let run = try Run(["parse", "--compact", sample])
        #expect(run.status == 0 && run.stdout.split(separator: "\n").count == 1)
    }

    @Test func standardInputIsReadForADash() throws {
        let run = try Run(
            ["parse", "--format", "tree", "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: sample)))
        #expect(run.status == 0 && run.stdout.contains("Chapter 6 \"Samenwerking\""))
    }

    @Test func warningsGoToStandardErrorWithFileLineAndColumn() throws {
        let input = fixtures.appendingPathComponent("corpus-roermond-2021/input.txt").path
        let run = try Run(["parse", input])
        #expect(run.status == 0)
        #expect(run.stderr.contains("\(input):3:1: warning: [missing-heading]"))
        #expect(try Run(["parse", "--quiet", input]).stderr.isEmpty)
        #expect(try Run(["parse", "--strict", input]).status == 1)
    }

    @Test(arguments: [
        ("bad/empty.txt", 65, "empty-input"), ("bad/whitespace.txt", 65, "empty-input"),
        ("bad/image.png", 65, "binary-input"), ("bad/nul-bytes.txt", 65, "binary-input"),
        ("bad/random.bin", 65, "binary-input"), ("bad/no-structure.txt", 65, "no-agreement-structure"),
        ("bad/missing.txt", 66, "missing-input"),
    ])
    func badInputGetsItsMessageAndExitCodeAndNoOutputFile(path: String, status: Int32, code: String) throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out.json")
        let input = fixtures.appendingPathComponent(path).path
        let run = try Run(["parse", input, "-o", output.path])
        #expect(run.status == status)
        #expect(run.stderr.hasPrefix("\(input)") && run.stderr.contains("error: [\(code)]"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func severalFilesGoToAFolderAndABadOneDoesNotStopTheRest() throws {
        let folder = try temporaryFolder()
        let good = fixtures.appendingPathComponent("corpus-zwolle-2020-2023/input.txt").path
        let bad = fixtures.appendingPathComponent("bad/empty.txt").path
        // Both are named input.txt: refused before anything is written.
        let clash = try Run(["parse", sample, good, "-o", folder.path])
        #expect(clash.status == 64 && clash.stderr.contains("both be written to"))
        let run = try Run(["parse", sample, bad, "-o", folder.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("2 files: 1 converted, 1 failed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["input.json"])
        let named = try temporaryFolder()
        let copy = named.appendingPathComponent("jaarschijf 2026 Noordwijk — één.txt")
        try FileManager.default.copyItem(atPath: sample, toPath: copy.path)
        let out = try temporaryFolder()
        #expect(try Run(["parse", copy.path, bad, "-o", out.path]).status == 65)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path) == ["jaarschijf 2026 Noordwijk — één.json"])
    }

    @Test func aFolderIsConvertedFileByFileIntoTheOutputFolderPastBadFiles() throws {
        let input = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: input.appendingPathComponent("2026/gemeente één"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sample, toPath: input.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(
            atPath: sample, toPath: input.appendingPathComponent("2026/gemeente één/b c.txt").path)
        try Data().write(to: input.appendingPathComponent("2026/empty.txt"))
        try Data("not an agreement".utf8).write(to: input.appendingPathComponent("notes.md"))
        let output = try temporaryFolder()
        let run = try Run(["parse", input.path, "-o", output.path, "--format", "csv"])
        #expect(run.status == 65, "the empty file fails the batch")
        #expect(run.stderr.contains("empty.txt: error: [empty-input]"))
        #expect(run.stderr.contains("3 files: 2 converted, 1 failed"), "\(run.stderr)")
        #expect(!run.stderr.contains("\r"), "no progress bar when standard error is not a terminal")
        let written = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".csv")
        }
        #expect(written?.sorted() == ["2026/gemeente één/b c.csv", "a.csv"])
        let empty = try temporaryFolder()
        let none = try Run(["parse", empty.path, "-o", output.path])
        #expect(none.status == 66 && none.stderr.contains("[no-input-files]"))
    }

    /// On a terminal (made here with util-linux's `script`) a batch draws a progress bar on standard error.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aBatchOnATerminalShowsAProgressBar() throws {
        let input = try temporaryFolder()
        for name in ["a", "b", "c"] {
            try FileManager.default.copyItem(atPath: sample, toPath: input.appendingPathComponent("\(name).txt").path)
        }
        let output = try temporaryFolder()
        let command = "\(Run.binary.path) parse \(input.path) -o \(output.path) --format tree"
        let run = try Run(
            ["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("] 3/3"), "\(run.stdout.suffix(300))")
        #expect(run.stdout.contains("3 files: 3 converted, 0 failed"))
    }

    @Test func severalFilesWithoutAnOutputFolderIsAUsageError() throws {
        let run = try Run(["parse", sample, sample])
        #expect(run.status == 64 && run.stderr.contains("--output"))
    }

    @Test func unwritableOutputIsAnIOError() throws {
        let folder = try temporaryFolder()
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let run = try Run(["parse", sample, "-o", blocker.appendingPathComponent("out.json").path])
        #expect(run.status == 74 && run.stderr.contains("[output-not-written]"))
    }

    @Test func tooLargeInputIsRefused() throws {
        let run = try Run(["parse", "--max-bytes", "1000", sample])
        #expect(run.status == 65 && run.stderr.contains("[input-too-large]") && run.stdout.isEmpty)
    }

    @Test func csvOpensAsATableInPythonsCSVReader() throws {
        let folder = try temporaryFolder()
        for excel in [false, true] {
            let output = folder.appendingPathComponent(excel ? "excel.csv" : "plain.csv")
            let run = try Run(
                ["parse", "-q", "--format", "csv", sample, "-o", output.path] + (excel ? ["--excel"] : []))
            #expect(run.status == 0)
            // Python's csv module reads it back: every row has the header's 14 fields, and texts with commas,
            // quotes and semicolons survive.
            let script = """
                import csv, sys
                with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                    rows = list(csv.reader(f, delimiter=sys.argv[2]))
                assert rows[0][0] == "id" and rows[0][-1] == "status", rows[0]
                assert all(len(r) == 14 for r in rows), [len(r) for r in rows]
                assert any("," in r[12] for r in rows[1:])
                print(len(rows) - 1)
                """
            let check = try Run.python(script, arguments: [output.path, excel ? ";" : ","])
            #expect(check.status == 0, "\(check.stderr)")
            #expect(Int(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 50)
            let bytes = try Data(contentsOf: output)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == excel)
        }
    }

    @Test func markdownReportListsCommitmentsPerParty() throws {
        let run = try Run(["parse", "-q", "--format", "md", sample])
        #expect(run.status == 0)
        #expect(run.stdout.contains("## Gemeente Noordwijk ("))
        #expect(run.stdout.contains("## Woningstichting Padua ("))
        #expect(run.stdout.contains("| uiterlijk Q1 2026 |"))
        #expect(run.stdout.contains("## Concreetheid"))
    }

    @Test func excelWithoutCSVIsAUsageError() throws {
        #expect(try Run(["parse", "--excel", sample]).status == 64)
    }

    @Test func versionAndHelp() throws {
        #expect(try Run(["--version"]).stdout == "0.1.0\n")
        let help = try Run(["parse", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--strict") && help.stdout.contains("--output"))
    }
}
