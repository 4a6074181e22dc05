import Afspraken
import AfsprakenXML
import Foundation

/// Renders a document in the format asked for; a failure here is a bug (exit 70).
enum Output {
    static func render(
        _ document: Document, as format: AfsprakenCommand.Parse.Format, compact: Bool, excel: Bool = false
    ) throws -> Data {
        switch format {
        case .json:
            do { return try JSONOutput.encode(document, compact: compact) } catch {
                throw internalError(document, "JSON encoding failed: \(error)")
            }
        case .xml:
            do { return Data(try XMLOutput.validated(document)) } catch {
                throw internalError(document, "\(error)")
            }
        case .tree:
            return Data(document.debugTree().utf8)
        case .csv:
            return Data(CSVOutput.encode(document, excel: excel).utf8)
        case .md:
            return Data(MarkdownReport.render(document).utf8)
        }
    }

    private static func internalError(_ document: Document, _ message: String) -> CLIFailure {
        CLIFailure(code: 70, message: "\(document.source.fileName): error: [internal] \(message)")
    }
}
