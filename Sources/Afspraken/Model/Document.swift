/// An agreement as parsed: what it says about itself, its outline, its signing, and what was set aside.
public struct Document: Hashable, Sendable, Codable {
    /// The version of this model and of the schemas in `Schemas/` that describe it.
    public static let currentSchemaVersion = "1.4.0"

    /// The version of the model the document was written with.
    public var schemaVersion: String
    /// The file it was parsed from.
    public var source: SourceInfo
    /// The document's title line, where it has one.
    public var title: TextValue?
    /// The year a jaarschijf is for ("jaarschijf 2026", "Prestatieafspraken 2025").
    public var year: YearValue?
    /// The period the agreement runs ("2022-2026", "2020 t/m 2025").
    public var period: PeriodValue?
    /// The municipality, named after "gemeente" most often.
    public var municipality: TextValue?
    /// Text before the first chapter or article: cover, preamble, introduction.
    public var frontMatter: [Block]
    /// The table of contents, kept apart so that it is not read as the outline.
    public var tableOfContents: TableOfContents?
    /// Chapters and their articles.
    public var chapters: [Chapter]
    /// The signing block.
    public var signing: Signing?
    /// Annexes ("Bijlage 1 …"), after the chapters and the signing.
    public var annexes: [Annex]
    /// Running headers and footers, page numbers and page breaks taken out of the flow.
    public var pageFurniture: [PageFurniture]
    /// Lines no construct claims (no letter or digit in them); each has a warning.
    public var unclassified: [TextValue]
    /// Every date, frequency, amount, percentage and count in the document, each with its location.
    public var entities: Entities
    /// The organisations the agreement binds or names, built from the document.
    public var parties: [Party]
    /// Words that stand for sets of parties ("corporaties", "partijen") and whom they mean.
    public var partyReferences: [PartyReference]
    /// What each party promised, how firmly and by when.
    public var commitments: [Commitment]
    /// Building projects and planned sales.
    public var projects: [Project]
    /// How concrete the agreements are: per chapter, then for the whole agreement (chapter nil).
    public var concreteness: [Concreteness]
}

/// A piece of text and where it stands.
public struct TextValue: Hashable, Sendable, Codable {
    /// The text, blanks collapsed.
    public var text: String
    /// Where it stands.
    public var span: SourceSpan
}

/// A year as the document states it.
public struct YearValue: Hashable, Sendable, Codable {
    /// The year.
    public var year: Int
    /// The words it was read from: "jaarschijf 2026".
    public var written: String
    /// Where they stand.
    public var span: SourceSpan
}

/// A period of years as the document states it.
public struct PeriodValue: Hashable, Sendable, Codable {
    /// The first year.
    public var startYear: Int
    /// The last year, included.
    public var endYear: Int
    /// As written: "2022-2026", "2020 t/m 2025".
    public var written: String
    /// Where it stands.
    public var span: SourceSpan
}

/// Facts about the input file, so that output can be traced to the exact bytes it came from.
public struct SourceInfo: Hashable, Sendable, Codable {
    /// The file name as given ("-" for standard input).
    public var fileName: String
    /// Size in bytes.
    public var byteCount: Int
    /// SHA-256 of the bytes, hex.
    public var sha256: String
    /// The encoding the bytes were decoded from.
    public var encoding: SourceText.Encoding
    /// The line breaks the file uses.
    public var lineEnding: SourceText.LineEnding
    /// Number of lines.
    public var lineCount: Int
}

/// The table of contents: its entries are kept, never read as headings.
public struct TableOfContents: Hashable, Sendable, Codable {
    /// The "Inhoudsopgave" line, if there is one.
    public var heading: TextValue?
    /// The entries in order.
    public var entries: [Entry]

    /// One entry: its text without the page number, and the page.
    public struct Entry: Hashable, Sendable, Codable {
        /// The entry's text, lines joined, page number left out.
        public var text: String
        /// The page number it points to.
        public var page: Int?
        /// The entry's lines.
        public var span: SourceSpan
    }
}

/// A line taken out of the flow because the PDF put it on every page, or a page break.
public struct PageFurniture: Hashable, Sendable, Codable {
    /// What kind of furniture.
    public enum Kind: String, Hashable, Sendable, Codable {
        case pageNumber, runningHeader, formFeed
    }

    /// What kind of furniture.
    public var kind: Kind
    /// The line's text (empty for a form feed).
    public var text: String
    /// Where it stands.
    public var span: SourceSpan
}

/// The signing block: when and where the agreement was signed, and by which organisations.
public struct Signing: Hashable, Sendable, Codable {
    /// The "Ondertekening" heading.
    public var heading: TextValue?
    /// The signing block's text.
    public var blocks: [Block]
    /// The signing date.
    public var date: SigningDate?
    /// The place ("te Hillegom").
    public var place: TextValue?
    /// The organisations that sign, in order of appearance.
    public var signatories: [TextValue]
    /// The people who sign for them, where the block names them; nil when it names none.
    public var signers: [Signer]?
    /// Heading and blocks.
    public var span: SourceSpan
}

/// Someone who signs for an organisation: "P. Jansen", wethouder, for "Gemeente Bergdal".
public struct Signer: Hashable, Sendable, Codable {
    /// The name as written, titles and initials included: "dhr. B. van der Berg".
    public var name: String
    /// The function: "wethouder", "directeur-bestuurder"; nil when the block gives none.
    public var role: String?
    /// The organisation signed for, as the signatories write it.
    public var signatory: String
    /// That organisation's party id, when the register has it.
    public var party: String?
    /// Where the name stands.
    public var span: SourceSpan
}

/// A date as written, with its ISO form when the year is given and the date exists.
public struct SigningDate: Hashable, Sendable, Codable {
    /// As written: "11 december 2026", "16-12-2024".
    public var written: String
    /// `2026-12-11`; nil when the text gives no year.
    public var iso: String?
    /// Where it stands.
    public var span: SourceSpan
}
