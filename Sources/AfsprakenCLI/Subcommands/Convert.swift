import Afspraken
import AfsprakenXML
import ArgumentParser
import Foundation

extension AfsprakenCommand {
    /// `afspraken convert FILE --format json|xml`: between our JSON and XML, validated on the way in and out.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert our JSON to XML or back.",
            discussion: "The input is validated against its schema first (exit 65 when invalid); so is XML output."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, xml
        }

        @Argument(help: "A JSON or XML file written by afspraken, or - for standard input.")
        var file: String

        @Option(help: "Output format.")
        var format: Format

        @Option(name: .shortAndLong, help: "Output file. Default: standard output.")
        var output: String?

        @Flag(help: "Write JSON on one line.")
        var compact = false

        @Option(help: "Refuse input files larger than this many bytes.")
        var maxBytes = FileInput.defaultMaxBytes

        func run() throws {
            do {
                let bytes = try FileInput.read(file, maxBytes: maxBytes)
                guard InputDocument.kind(of: bytes) != .text else {
                    throw CLIFailure(
                        code: 65, message: "\(file):1:1: error: [not-afspraken-data] neither our JSON nor our XML")
                }
                let document = try InputDocument.read(bytes, fileName: file).document
                let rendered = try Output.render(document, as: format == .xml ? .xml : .json, compact: compact)
                if let output {
                    try FileOutput.write(rendered, to: output)
                } else {
                    FileHandle.standardOutput.write(rendered)
                }
            } catch let failure as CLIFailure {
                printError(failure.message)
                throw ExitCode(failure.code)
            }
        }
    }
}
