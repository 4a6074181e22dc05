import Afspraken
import ArgumentParser
import Foundation

extension AfsprakenCommand {
    /// `afspraken diff OLD NEW`: what changed in substance from one year's agreement to the next.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two agreements: added, removed, postponed, changed.",
            discussion: """
                Each side is an agreement's text or our JSON or XML. Articles are matched across renumbering, moves \
                and retitling; commitments within them; projects by association and name. Exit 0 when nothing \
                changed, 1 when something did, 2 and up on trouble (64 usage, 65 bad input, 66 unreadable).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, md, json
        }

        @Argument(help: "Last year's agreement: text, JSON or XML.")
        var old: String

        @Argument(help: "This year's agreement: text, JSON or XML.")
        var new: String

        @Option(help: "text (for the terminal), md (for the meeting) or json (for tools).")
        var format: Format = .text

        @Flag(help: "No colours, even on a terminal.")
        var noColor = false

        @Option(name: .shortAndLong, help: "Output file. Default: standard output.")
        var output: String?

        @Flag(help: "Also print the parser's warnings about text inputs.")
        var verbose = false

        @Option(help: "Refuse input files larger than this many bytes.")
        var maxBytes = FileInput.defaultMaxBytes

        func run() throws {
            do {
                let before = try read(old)
                let after = try read(new)
                let diff = AgreementDiffer.diff(old: before, new: after)
                let rendered: Data
                switch format {
                case .text:
                    let color = !noColor && output == nil && isatty(STDOUT_FILENO) != 0
                    rendered = Data(DiffReport.text(diff, color: color).utf8)
                case .md:
                    rendered = Data(DiffReport.markdown(diff).utf8)
                case .json:
                    rendered = Data(JSONWriter().bytes(try ValueEncoder.encode(diff)))
                }
                if let output {
                    try FileOutput.write(rendered, to: output)
                } else {
                    FileHandle.standardOutput.write(rendered)
                }
                if !diff.isEmpty { throw ExitCode(1) }
            } catch let failure as CLIFailure {
                printError(failure.message)
                throw ExitCode(failure.code)
            }
        }

        private func read(_ file: String) throws -> Document {
            let bytes = try FileInput.read(file, maxBytes: maxBytes)
            do {
                let (document, diagnostics) = try InputDocument.read(bytes, fileName: file)
                if verbose { diagnostics.filter { $0.severity != .note }.map(\.description).forEach(printError) }
                return document
            } catch let diagnostic as Diagnostic {
                throw CLIFailure(code: 65, message: diagnostic.description)
            }
        }
    }
}
