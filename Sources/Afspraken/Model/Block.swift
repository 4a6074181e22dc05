/// A unit of running text: a paragraph whose wrapped lines are joined again, or a list item with its sub-items.
public struct Block: Hashable, Sendable, Codable {
    /// What shape of text this is.
    public enum Kind: String, Hashable, Sendable, Codable {
        case paragraph
        case bullet
    }

    /// What shape of text this is.
    public var kind: Kind
    /// A list item's marker as written ("•", "-", "a.", "1)"); nil for a paragraph.
    public var marker: String?
    /// The text as written, wrapped lines joined, hyphenation at line ends undone, runs of blanks as one space.
    public var text: String
    /// From the first to the last character, marker included.
    public var span: SourceSpan
    /// Each source line the block takes text from: page furniture between them is not part of the block.
    public var lines: [SourceSpan]
    /// Sub-items of a list item, by marker and indentation.
    public var items: [Block]
    /// Dates, frequencies, amounts, percentages and counts in this block's own text; nil when none.
    public var entities: Entities?

    /// Creates a block.
    public init(
        kind: Kind, marker: String? = nil, text: String, span: SourceSpan, lines: [SourceSpan],
        items: [Block] = [], entities: Entities? = nil
    ) {
        self.kind = kind
        self.marker = marker
        self.text = text
        self.span = span
        self.lines = lines
        self.items = items
        self.entities = entities
    }
}
