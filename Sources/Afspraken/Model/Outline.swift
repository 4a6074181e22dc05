/// A chapter ("1. Beschikbaarheid", "Hoofdstuk 2") with its articles; articles before any chapter heading
/// live in a chapter without number, title or heading.
public struct Chapter: Hashable, Sendable, Codable {
    /// The label as written without final period ("1", "A", "2"); nil for the implicit chapter.
    public var number: String?
    /// The title after the label.
    public var title: String?
    /// The heading line; nil when the chapter is implicit.
    public var headingSpan: SourceSpan?
    /// Text between the chapter heading and its first article.
    public var blocks: [Block]
    /// The chapter's articles in document order.
    public var articles: [Article]
    /// Heading and everything under it.
    public var span: SourceSpan
}

extension Chapter {
    /// What names the chapter in locations: its number, or the title of an unnumbered one ("BESCHIKBAARHEID").
    public var reference: String? { number ?? title }
}

/// An annex ("Bijlage 1: Woningbouwplanlijst"): everything after its heading up to the next annex.
public struct Annex: Hashable, Sendable, Codable {
    /// The label as written ("1", "A", "1a"); nil for a plain "Bijlage".
    public var number: String?
    /// The title after the label.
    public var title: String?
    /// The heading line.
    public var headingSpan: SourceSpan
    /// The annex's text; headings inside it are kept as paragraphs.
    public var blocks: [Block]
    /// Heading and blocks.
    public var span: SourceSpan
}

/// An article ("5. Start bouw", "2.1 Overlegstructuur", "Artikel 3"); deeper numbering (1.4.1) nests in `articles`.
public struct Article: Hashable, Sendable, Codable {
    /// The label as written without final period: "5", "2.1", "1.4.1", "A1".
    public var number: String
    /// The title after the label; nil for a numbered paragraph, whose text is its first block.
    public var title: String?
    /// The heading (label and title); nil when the article is implied by a deeper number.
    public var headingSpan: SourceSpan?
    /// The article's text.
    public var blocks: [Block]
    /// Sub-articles numbered one level deeper.
    public var articles: [Article]
    /// Heading and everything under it.
    public var span: SourceSpan
}
