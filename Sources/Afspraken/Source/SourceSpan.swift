/// A place in the original file: 1-based line and column (columns count Unicode scalars, as editors do)
/// and the UTF-8 (or, for UTF-16 and Windows-1252 input, the raw) byte offset from the start of the file.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable {
    /// 1-based line number in the original file.
    public var line: Int
    /// 1-based column, counted in Unicode scalars of the original line.
    public var column: Int
    /// 0-based byte offset into the original file.
    public var offset: Int

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Positions order by their byte offset.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
}

/// A half-open range of the original file: `end` is the position just after the last character.
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first character's position.
    public var start: SourcePosition
    /// The position just after the last character.
    public var end: SourcePosition

    /// Creates a span.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The smallest span that covers both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// `41:3-43:17`, as the tree dump and diagnostics print it.
    public var description: String { "\(start.line):\(start.column)-\(end.line):\(end.column)" }
}
