/// Moves a value out of an array element or a property, leaving a placeholder that owns nothing. Builders that
/// hand blocks on (segments into chapters, list items into their parents) move them this way: a copy of a block
/// retains each of its strings and arrays, and the release of the original gives them back.
func take<Value>(_ value: inout Value, leaving placeholder: Value) -> Value {
    var taken = placeholder
    swap(&taken, &value)
    return taken
}

extension SourceSpan {
    /// The span of a placeholder.
    static let none = SourceSpan(
        start: SourcePosition(line: 0, column: 0, offset: 0), end: SourcePosition(line: 0, column: 0, offset: 0))
}

extension Block {
    /// What a moved block leaves behind.
    static let movedOut = Block(kind: .paragraph, text: "", span: .none, lines: [])
}

extension Segment {
    /// What a moved segment leaves behind.
    static let movedOut = Segment.unclassified(TextValue(text: "", span: .none))
}
