/// Findings about the outline and the lines no construct claims.
extension Diagnostic {
    static func unclassifiedLine(_ value: TextValue) -> Diagnostic {
        Diagnostic(
            .warning, "unclassified-line", "line has no letter or digit and belongs to no block: \"\(value.text)\"",
            span: value.span)
    }

    static func missingHeading(_ what: String, before span: SourceSpan) -> Diagnostic {
        Diagnostic(
            .warning, "missing-heading", "\(what) has no heading of its own; implied by a deeper number",
            span: span)
    }

    static func numbering(_ message: String, _ span: SourceSpan) -> Diagnostic {
        Diagnostic(.warning, "numbering", message, span: span)
    }

    static func pageFurniture(_ count: Int, _ kind: PageFurniture.Kind, first span: SourceSpan) -> Diagnostic {
        let what: String
        switch kind {
        case .pageNumber: what = "page numbers"
        case .runningHeader: what = "lines of running header or footer"
        case .formFeed: what = "form feeds"
        }
        return Diagnostic(.note, "page-furniture", "\(count) \(what) taken out of the text", span: span)
    }
}
