import Afspraken
import ArgumentParser
import Foundation

extension AfsprakenCommand {
    /// `afspraken parse FILE...`: text in, JSON (or the outline tree) out.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse agreement texts into JSON, XML, CSV or a report.",
            discussion: """
                Reads each FILE (or standard input for -) and writes its structure: title, year, period, \
                municipality, chapters, articles, blocks, signing and page furniture, each with its source span. \
                Findings go to standard error as file:line:column: warning: [code] message.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, xml, tree, csv, md

            var fileExtension: String {
                switch self {
                case .json: "json"
                case .xml: "xml"
                case .tree: "tree.txt"
                case .csv: "csv"
                case .md: "md"
                }
            }
        }

        @Argument(help: "Agreement text files, or - for standard input.")
        var files: [String]

        @Option(
            help: """
                Output format: json (everything), xml (the same, validated against the XSD), tree (the outline, a node per line), csv (a row per commitment, \
                for a monitoring sheet) or md (commitments per party, for the meeting).
                """)
        var format: Format = .json

        @Option(
            name: .shortAndLong, help: "Output file; a folder when there are several inputs. Default: standard output.")
        var output: String?

        @Flag(help: "Write JSON on one line.")
        var compact = false

        @Flag(help: "With --format csv: a byte-order mark and ';' between fields, as Dutch Excel expects.")
        var excel = false

        @Flag(name: .shortAndLong, help: "Print no warnings or notes, only errors.")
        var quiet = false

        @Flag(help: "Print notes (such as page furniture taken out) as well as warnings.")
        var verbose = false

        @Flag(help: "Exit with 1 when there are warnings.")
        var strict = false

        @Option(help: "Refuse input files larger than this many bytes.")
        var maxBytes = 64 * 1024 * 1024

        func validate() throws {
            if files.count > 1, output == nil {
                throw ValidationError("several input files need --output FOLDER")
            }
            if files.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input (-) can be read only once")
            }
            if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
            if excel, format != .csv { throw ValidationError("--excel goes with --format csv") }
            if let output, files.count > 1 {
                let targets = files.map { FileOutput.path(for: $0, in: output, format: format) }
                if let clash = Dictionary(grouping: targets, by: { $0 }).first(where: { $0.value.count > 1 }) {
                    throw ValidationError("two inputs would both be written to \(clash.key); rename one")
                }
            }
        }

        func run() throws {
            let toFolder = files.count > 1 || output.map(FileOutput.isDirectory) == true
            guard files.count > 1 else {
                let outcome = convert(files[0], toFolder: toFolder)
                outcome.messages.forEach(printError)
                if outcome.code != 0 { throw ExitCode(outcome.code) }
                return
            }
            // Many files: all cores, each file's findings printed together as it finishes, then a summary.
            let collected = Collected(count: files.count)
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                collected.record(convert(files[index], toFolder: toFolder), at: index)
            }
            let done = collected.outcomes.compactMap { $0 }
            let failed = done.filter { $0.code >= 64 }.count
            let warnings = done.reduce(0) { $0 + $1.warnings }
            if !quiet {
                printError(
                    "\(files.count) files: \(files.count - failed) converted, \(failed) failed, \(warnings) warnings")
            }
            let worst = done.map(\.code).max() ?? 0
            if worst != 0 { throw ExitCode(worst) }
        }

        /// Outcomes of a batch as they come in from all cores; each file's lines are printed together.
        final class Collected: @unchecked Sendable {
            private let lock = NSLock()
            private(set) var outcomes: [Outcome?]

            init(count: Int) { outcomes = Array(repeating: nil, count: count) }

            func record(_ outcome: Outcome, at index: Int) {
                lock.lock()
                defer { lock.unlock() }
                outcome.messages.forEach(printError)
                outcomes[index] = outcome
            }
        }

        /// What converting one file gave: its exit code and the lines for standard error.
        struct Outcome: Sendable {
            var code: Int32
            var messages: [String]
            var warnings: Int
        }

        /// Converts one file; a bad file gives its code and message, so that a batch goes on past it.
        private func convert(_ file: String, toFolder: Bool) -> Outcome {
            do {
                let data = try FileInput.read(file, maxBytes: maxBytes)
                let result = try AgreementParser.parse(data, fileName: file)
                // On a terminal each finding shows its line and a caret; piped, one line each for tools.
                let onTerminal = isatty(STDERR_FILENO) != 0
                let messages = result.diagnostics.filter(shouldPrint).map {
                    onTerminal ? $0.rendered(in: result.source) : $0.description
                }
                let rendered = try Output.render(result.document, as: format, compact: compact, excel: excel)
                if let output {
                    let target = toFolder ? FileOutput.path(for: file, in: output, format: format) : output
                    try FileOutput.write(rendered, to: target)
                } else {
                    FileHandle.standardOutput.write(rendered)
                }
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                return Outcome(code: strict && warnings > 0 ? 1 : 0, messages: messages, warnings: warnings)
            } catch let failure as CLIFailure {
                return Outcome(code: failure.code, messages: [failure.message], warnings: 0)
            } catch let diagnostic as Diagnostic {
                return Outcome(code: 65, messages: [diagnostic.description], warnings: 0)
            } catch {
                return Outcome(code: 70, messages: ["\(file): error: [internal] \(error)"], warnings: 0)
            }
        }

        private func shouldPrint(_ diagnostic: Diagnostic) -> Bool {
            switch diagnostic.severity {
            case .error: true
            case .warning: !quiet
            case .note: verbose && !quiet
            }
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
