/// What the block builder hands to the outline: headings in order, with the running text between them.
enum Segment: Sendable {
    /// A numbered heading line.
    case heading(LineToken, HeadingMark)
    /// "Ondertekening" (numbered or not): the signing block starts here.
    case signingTitle(TextValue)
    /// A paragraph or a list item with its sub-items.
    case block(Block)
    /// A line with no letter or digit, which no construct claims.
    case unclassified(TextValue)
}
