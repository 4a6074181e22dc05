import Afspraken
import Foundation

/// One input of a batch and where its output goes relative to the output folder.
struct BatchJob: Sendable {
    var input: String
    /// `name` for a file given by name, `sub/name` for a file found in a folder given.
    var relativeName: String

    /// Files as given, and for each folder every `.txt` inside it (sorted, sub-folders included).
    static func expand(_ arguments: [String]) throws -> [BatchJob] {
        try arguments.flatMap { argument -> [BatchJob] in
            guard argument != "-", FileOutput.isDirectory(argument) else {
                let name =
                    argument == "-" ? "stdin" : URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
                return [BatchJob(input: argument, relativeName: name)]
            }
            let root = URL(fileURLWithPath: argument).standardizedFileURL
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            else { throw CLIFailure(code: 66, message: "\(argument): error: [unreadable-input] folder cannot be read") }
            let found = walker.compactMap { $0 as? URL }.filter { $0.pathExtension.lowercased() == "txt" }
            return found.map { url in
                let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
                let name = String(relative.dropLast(url.pathExtension.count + 1))
                return BatchJob(input: url.path, relativeName: name)
            }.sorted { $0.relativeName < $1.relativeName }
        }
    }

    /// `FOLDER/name.json` (or `.xml`, `.csv`, `.md`, `.tree.txt`).
    func target(in folder: String, format: AfsprakenCommand.Parse.Format) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(relativeName + "." + format.fileExtension).path
    }
}

/// Converts many files on all cores with structured concurrency: as many tasks as cores, each file's findings
/// printed together as it finishes, a progress bar on a terminal, and a summary at the end.
struct BatchRun {
    let converter: Converter
    let quiet: Bool

    /// The worst exit code of all files.
    func run(_ jobs: [BatchJob], target: @escaping @Sendable (BatchJob) -> String) async -> Int32 {
        HeapReuse.keepFreedMemory()
        var progress = ProgressBar(total: jobs.count, isShown: !quiet && isatty(STDERR_FILENO) != 0)
        var outcomes: [Converter.Outcome] = []
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let converter = converter
        await withTaskGroup(of: Converter.Outcome.self) { group in
            var next = 0
            func start(_ job: BatchJob) {
                group.addTask { converter.convert(job.input, to: target(job)) }
            }
            while next < min(width, jobs.count) {
                start(jobs[next])
                next += 1
            }
            for await outcome in group {
                progress.clear()
                outcome.messages.forEach(printError)
                outcomes.append(outcome)
                progress.advance()
                if next < jobs.count {
                    start(jobs[next])
                    next += 1
                }
            }
        }
        progress.clear()
        let failed = outcomes.filter { $0.code >= 64 }.count
        let warnings = outcomes.reduce(0) { $0 + $1.warnings }
        if !quiet {
            printError("\(jobs.count) files: \(jobs.count - failed) converted, \(failed) failed, \(warnings) warnings")
        }
        return outcomes.map(\.code).max() ?? 0
    }
}

/// `[=========>          ] 12/340` on standard error, redrawn in place; nothing at all when not shown.
struct ProgressBar {
    let total: Int
    let isShown: Bool
    private var done = 0

    init(total: Int, isShown: Bool) {
        self.total = total
        self.isShown = isShown
        draw()
    }

    mutating func advance() {
        done += 1
        draw()
    }

    /// Takes the bar off the line so that other output starts clean.
    func clear() {
        if isShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func draw() {
        guard isShown else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar =
            String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    }
}
