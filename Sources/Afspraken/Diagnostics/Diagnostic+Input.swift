/// Findings about input that cannot be read as an agreement; each stops the parse.
extension Diagnostic {
    static func emptyInput() -> Diagnostic {
        Diagnostic(.error, "empty-input", "file is empty or holds only whitespace")
    }

    static func binaryInput(at span: SourceSpan, what: String) -> Diagnostic {
        Diagnostic(.error, "binary-input", "file is not text: \(what)", span: span)
    }

    static func noAgreementStructure() -> Diagnostic {
        Diagnostic(
            .error, "no-agreement-structure",
            "text has no numbered chapters or articles, no table of contents, no signing and no agreement title")
    }
}

/// Findings about how the text was decoded.
extension Diagnostic {
    static func decodedAsWindows1252(at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            .warning, "decoded-as-windows-1252", "bytes are not valid UTF-8; decoded as Windows-1252", span: span)
    }

    static func invalidUTF8Bytes(_ count: Int, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            .warning, "invalid-utf8",
            "\(count) byte\(count == 1 ? " is" : "s are") not valid UTF-8; read as Windows-1252, the rest as UTF-8",
            span: span)
    }

    static func invalidUTF16(at span: SourceSpan) -> Diagnostic {
        Diagnostic(.warning, "invalid-utf16", "unpaired UTF-16 surrogate replaced by U+FFFD", span: span)
    }
}
