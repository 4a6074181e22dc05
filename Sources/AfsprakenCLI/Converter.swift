import Afspraken
import Foundation

/// Converts one agreement text with the options of `parse`; a bad file gives its exit code and message, so that a
/// batch goes on past it.
struct Converter: Sendable {
    var format: AfsprakenCommand.Parse.Format
    var compact: Bool
    var excel: Bool
    var quiet: Bool
    var verbose: Bool
    var strict: Bool
    var maxBytes: Int

    /// What converting one file gave: its exit code and the lines for standard error.
    struct Outcome: Sendable {
        var code: Int32
        var messages: [String]
        var warnings: Int
    }

    /// Reads `file`, parses it and writes the output to `target` (standard output when nil).
    func convert(_ file: String, to target: String?) -> Outcome {
        do {
            let data = try FileInput.read(file, maxBytes: maxBytes)
            // Our own output read as an agreement would give a document of braces and tags.
            let kind = InputDocument.kind(of: data)
            guard kind == .text else {
                throw CLIFailure(
                    code: 65,
                    message: "\(file):1:1: error: [afspraken-data] this is our \(kind.rawValue), not an agreement's "
                        + "text; use `afspraken convert` or `afspraken validate`")
            }
            let result = try AgreementParser.parse(data, fileName: file)
            // On a terminal each finding shows its line and a caret; piped, one line each for tools.
            let onTerminal = isatty(STDERR_FILENO) != 0
            let messages = result.diagnostics.filter(shouldPrint).map {
                onTerminal ? $0.rendered(in: result.source) : $0.description
            }
            let rendered = try Output.render(result.document, as: format, compact: compact, excel: excel)
            if let target {
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
