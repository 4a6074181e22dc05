import Afspraken
import ArgumentParser
import Foundation

extension AfsprakenCommand {
    /// `afspraken parse FILE...`: text in, JSON (or the outline tree) out.
    struct Parse: AsyncParsableCommand {
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

        @Argument(help: "Agreement text files, folders of them (every .txt inside), or - for standard input.")
        var files: [String]

        @Option(
            help: """
                Output format: json (everything), xml (the same, validated against the XSD), tree (the outline, a node per line), csv (a row per commitment, \
                for a monitoring sheet) or md (commitments per party, for the meeting).
                """)
        var format: Format = .json

        @Option(
            name: .shortAndLong,
            help: "Output file; a folder for several inputs or a folder input. Default: standard output.")
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
        var maxBytes = FileInput.defaultMaxBytes

        func validate() throws {
            if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
            if excel, format != .csv { throw ValidationError("--excel goes with --format csv") }
            if files.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input (-) can be read only once")
            }
            let jobs = try BatchJob.expand(files)
            if jobs.count > 1 || files.contains(where: FileOutput.isDirectory), output == nil {
                throw ValidationError("several input files, or a folder, need --output FOLDER")
            }
            if let output, jobs.count > 1 {
                let targets = jobs.map { $0.target(in: output, format: format) }
                if let clash = Dictionary(grouping: targets, by: { $0 }).first(where: { $0.value.count > 1 }) {
                    throw ValidationError("two inputs would both be written to \(clash.key); rename one")
                }
            }
        }

        func run() async throws {
            let jobs = try BatchJob.expand(files)
            guard !jobs.isEmpty else {
                printError("\(files[0]): error: [no-input-files] the folder holds no .txt files")
                throw ExitCode(66)
            }
            let converter = Converter(
                format: format, compact: compact, excel: excel, quiet: quiet, verbose: verbose, strict: strict,
                maxBytes: maxBytes)
            let toFolder =
                jobs.count > 1 || files.contains(where: FileOutput.isDirectory)
                || output.map(FileOutput.isDirectory) == true
            guard toFolder else {
                let outcome = converter.convert(jobs[0].input, to: output)
                outcome.messages.forEach(printError)
                if outcome.code != 0 { throw ExitCode(outcome.code) }
                return
            }
            let folder = output ?? "."
            let worst = await BatchRun(converter: converter, quiet: quiet).run(jobs) {
                $0.target(in: folder, format: format)
            }
            if worst != 0 { throw ExitCode(worst) }
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
