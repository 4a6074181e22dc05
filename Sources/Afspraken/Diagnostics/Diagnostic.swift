/// A finding about the input: printed as `file:line:column: warning: [code] message`.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad a finding is; only `error` stops a parse.
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    /// How bad it is.
    public var severity: Severity
    /// A stable kebab-case name, such as `unclassified-line`.
    public var code: String
    /// Lower case, no final period; names what was found.
    public var message: String
    /// The file it is about, when known.
    public var file: String?
    /// Where in the file, when there is a place.
    public var span: SourceSpan?

    /// Creates a finding.
    public init(_ severity: Severity, _ code: String, _ message: String, file: String? = nil, span: SourceSpan? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.span = span
    }

    /// The same finding, attributed to `file`.
    public func inFile(_ file: String) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }

    /// `file:line:column: severity: [code] message`, leaving out what is unknown.
    public var description: String {
        var place = file ?? ""
        if let span { place += (place.isEmpty ? "" : ":") + "\(span.start.line):\(span.start.column)" }
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): [\(code)] \(message)"
    }
}

extension Diagnostic {
    /// The finding with its source line and a caret under the column, as compilers print them.
    public func rendered(in source: SourceText) -> String {
        guard let span, span.start.line >= 1, span.start.line <= source.lineCount else { return description }
        let line = source.string(source.lineRange(span.start.line - 1)).map { $0 == "\t" || $0 == "\u{0C}" ? " " : $0 }
        let caret = String(repeating: " ", count: max(0, span.start.column - 1)) + "^"
        return description + "\n    " + String(line) + "\n    " + caret
    }
}
