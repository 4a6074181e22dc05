import Afspraken
import ArgumentParser
import Foundation

extension AfsprakenCommand {
    /// `afspraken validate FILE...`: is this our JSON or XML, valid against the published schemas?
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check JSON or XML files against the published schemas.",
            discussion: """
                XML is validated against the XSD with libxml2 (no network, no DTDs or entities); JSON is read \
                strictly and checked against the schema's constraints, with a JSON Pointer to each problem, then \
                decoded into the model. Exit 0 when every file is valid, 65 when one is not, 66 when one cannot be read.
                """
        )

        @Argument(help: "JSON or XML files written by afspraken, or - for standard input.")
        var files: [String]

        @Flag(name: .shortAndLong, help: "Print only problems.")
        var quiet = false

        @Option(help: "Refuse input files larger than this many bytes.")
        var maxBytes = FileInput.defaultMaxBytes

        func run() throws {
            var worst: Int32 = 0
            for file in files {
                do {
                    let bytes = try FileInput.read(file, maxBytes: maxBytes)
                    let kind = InputDocument.kind(of: bytes)
                    let problems = InputDocument.problems(in: bytes, kind: kind, fileName: file)
                    if problems.isEmpty {
                        if !quiet { print("\(file): valid \(kind.rawValue), schema \(Document.currentSchemaVersion)") }
                    } else {
                        problems.forEach(printError)
                        worst = max(worst, 65)
                    }
                } catch let failure as CLIFailure {
                    printError(failure.message)
                    worst = max(worst, failure.code)
                }
            }
            if worst != 0 { throw ExitCode(worst) }
        }
    }
}
