/// The description of `Document` that both published schemas are rendered from.
extension SchemaDescription {
    /// The agreement model, version `Document.currentSchemaVersion`.
    public static let agreement = SchemaDescription(
        version: Document.currentSchemaVersion,
        namespace: "urn:afspraken:agreement:1",
        id: "urn:afspraken:agreement:1:json",
        rootElement: "agreement",
        rootType: "Document",
        documentation: """
            A Dutch housing performance agreement (prestatieafspraken, jaarschijf) as afspraken parses it: \
            outline, entities, parties, commitments and projects, each with its span in the source text.
            """,
        types: documentTypes + outlineTypes + entityTypes + partyTypes + commitmentTypes + sourceTypes)

    private static let documentTypes: [SchemaType] = [
        .object(
            "Document", "An agreement as parsed: what it says about itself, its outline, signing and findings.",
            [
                .required(
                    "schemaVersion", .token(.version), "The version of the model and schemas it was written with."),
                .required("source", .named("SourceInfo"), "The file it was parsed from."),
                .optional("title", .named("TextValue"), "The document's title line, where it has one."),
                .optional("year", .named("YearValue"), "The year a jaarschijf is for."),
                .optional("period", .named("PeriodValue"), "The period the agreement runs."),
                .optional(
                    "municipality", .named("TextValue"), "The municipality, named after \"gemeente\" most often."),
                .required(
                    "frontMatter", .array(item: "block", of: .named("Block")),
                    "Text before the first chapter or article."),
                .optional(
                    "tableOfContents", .named("TableOfContents"), "The table of contents, kept apart from the outline."),
                .required("chapters", .array(item: "chapter", of: .named("Chapter")), "Chapters and their articles."),
                .optional("signing", .named("Signing"), "The signing block."),
                .required(
                    "annexes", .array(item: "annex", of: .named("Annex")),
                    "Annexes, after the chapters and the signing."),
                .required(
                    "pageFurniture", .array(item: "furniture", of: .named("PageFurniture")),
                    "Running headers and footers, page numbers and page breaks taken out of the flow."),
                .required(
                    "unclassified", .array(item: "line", of: .named("TextValue")),
                    "Lines no construct claims; each has a warning."),
                .required(
                    "entities", .named("Entities"),
                    "Every date, frequency, amount, percentage and count, each with its location."),
                .required(
                    "parties", .array(item: "party", of: .named("Party")),
                    "The organisations the agreement binds or names."),
                .required(
                    "partyReferences", .array(item: "reference", of: .named("PartyReference")),
                    "Words that stand for sets of parties and whom they mean."),
                .required(
                    "commitments", .array(item: "commitment", of: .named("Commitment")),
                    "What each party promised, how firmly and by when."),
                .required(
                    "projects", .array(item: "project", of: .named("Project")), "Building projects and planned sales."),
                .required(
                    "concreteness", .array(item: "score", of: .named("Concreteness")),
                    "How concrete the agreements are: per chapter, then for the whole agreement."),
            ]),
        .object(
            "SourceInfo", "Facts about the input file, so that output can be traced to the exact bytes it came from.",
            [
                .required("fileName", .text, "The file name as given (\"-\" for standard input)."),
                .required("byteCount", .integer(minimum: 0), "Size in bytes."),
                .required("sha256", .token(.sha256), "SHA-256 of the bytes, lower-case hex."),
                .required("encoding", .named("Encoding"), "The encoding the bytes were decoded from."),
                .required("lineEnding", .named("LineEnding"), "The line breaks the file uses."),
                .required("lineCount", .integer(minimum: 0), "Number of lines."),
            ]),
        .enumeration(
            "Encoding", "The encoding of the input file.",
            [
                EnumValue("UTF-8", "UTF-8 without a byte-order mark."),
                EnumValue("UTF-8 with BOM", "UTF-8 with a byte-order mark."),
                EnumValue("UTF-16LE", "UTF-16, little-endian, with a byte-order mark."),
                EnumValue("UTF-16BE", "UTF-16, big-endian, with a byte-order mark."),
                EnumValue("Windows-1252", "Not valid UTF-8: read as Windows-1252."),
            ]),
        .enumeration(
            "LineEnding", "The line breaks of the input file.",
            [
                EnumValue("lf", "Line feeds."), EnumValue("crlf", "Carriage return and line feed."),
                EnumValue("cr", "Carriage returns."), EnumValue("mixed", "More than one kind."),
                EnumValue("none", "A single line."),
            ]),
        .object(
            "TextValue", "A piece of text and where it stands.",
            [
                .required("text", .text, "The text, blanks collapsed."),
                .required("span", .span, "Where it stands."),
            ]),
        .object(
            "YearValue", "A year as the document states it.",
            [
                .required("year", .integer(minimum: 0), "The year."),
                .required("written", .text, "The words it was read from: \"jaarschijf 2026\"."),
                .required("span", .span, "Where they stand."),
            ]),
        .object(
            "PeriodValue", "A period of years as the document states it.",
            [
                .required("startYear", .integer(minimum: 0), "The first year."),
                .required("endYear", .integer(minimum: 0), "The last year, included."),
                .required("written", .text, "As written: \"2022-2026\", \"2020 t/m 2025\"."),
                .required("span", .span, "Where it stands."),
            ]),
        .object(
            "TableOfContents", "The table of contents: its entries are kept, never read as headings.",
            [
                .optional("heading", .named("TextValue"), "The \"Inhoudsopgave\" line, if there is one."),
                .required(
                    "entries", .array(item: "entry", of: .named("TableOfContentsEntry")), "The entries in order."),
            ]),
        .object(
            "TableOfContentsEntry", "One entry of the table of contents.",
            [
                .required("text", .text, "The entry's text, lines joined, page number left out."),
                .optional("page", .integer(minimum: 0), "The page number it points to."),
                .required("span", .span, "The entry's lines."),
            ]),
        .object(
            "PageFurniture", "A line taken out of the flow because the PDF put it on every page, or a page break.",
            [
                .required("kind", .named("PageFurnitureKind"), "What kind of furniture."),
                .required("text", .text, "The line's text (empty for a form feed)."),
                .required("span", .span, "Where it stands."),
            ]),
        .enumeration(
            "PageFurnitureKind", "Kinds of page furniture.",
            [
                EnumValue("pageNumber", "A page number (\"3\", \"Pagina 3 van 8\")."),
                EnumValue("runningHeader", "A header or footer repeated on the pages."),
                EnumValue("formFeed", "A page break character."),
            ]),
        .object(
            "Signing", "The signing block: when and where the agreement was signed, and by which organisations.",
            [
                .optional("heading", .named("TextValue"), "The \"Ondertekening\" heading."),
                .required("blocks", .array(item: "block", of: .named("Block")), "The signing block's text."),
                .optional("date", .named("SigningDate"), "The signing date."),
                .optional("place", .named("TextValue"), "The place (\"te Hillegom\")."),
                .required(
                    "signatories", .array(item: "signatory", of: .named("TextValue")),
                    "The organisations that sign, in order of appearance."),
                .optional(
                    "signers", .array(item: "signer", of: .named("Signer")),
                    "The people who sign for them, where the block names them."),
                .required("span", .span, "Heading and blocks."),
            ]),
        .object(
            "Signer", "Someone who signs for an organisation.",
            [
                .required(
                    "name", .text, "The name as written, titles and initials included: \"dhr. B. van der Berg\"."),
                .optional("role", .text, "The function: \"wethouder\", \"directeur-bestuurder\"."),
                .required("signatory", .text, "The organisation signed for, as the signatories write it."),
                .optional("party", .token(.plain), "That organisation's party id, when the register has it."),
                .required("span", .span, "Where the name stands."),
            ]),
        .object(
            "SigningDate", "A date as written, with its ISO form when the year is given and the date exists.",
            [
                .required("written", .text, "As written: \"11 december 2026\", \"16-12-2024\"."),
                .optional("iso", .token(.date), "The date, when the text gives a year."),
                .required("span", .span, "Where it stands."),
            ]),
    ]

    private static let outlineTypes: [SchemaType] = [
        .object(
            "Block",
            "A unit of running text: a paragraph with its wrapped lines joined, or a list item with its sub-items.",
            [
                .required("kind", .named("BlockKind"), "What shape of text this is."),
                .optional("marker", .text, "A list item's marker as written (\"•\", \"-\", \"a.\")."),
                .required(
                    "text", .text,
                    "The text as written, wrapped lines joined, hyphenation at line ends undone, runs of blanks as one space."
                ),
                .required("span", .span, "From the first to the last character, marker included."),
                .required("lines", .array(item: "line", of: .span), "Each source line the block takes text from."),
                .required("items", .array(item: "item", of: .named("Block")), "Sub-items of a list item."),
                .optional(
                    "entities", .named("Entities"),
                    "Dates, frequencies, amounts, percentages and counts in this block's own text."),
            ]),
        .enumeration(
            "BlockKind", "Shapes of running text.",
            [EnumValue("paragraph", "Running text."), EnumValue("bullet", "A list item.")]),
        .object(
            "Chapter",
            "A chapter with its articles; articles before any chapter heading live in a chapter without number, title or heading.",
            [
                .optional("number", .token(.plain), "The label as written without final period (\"1\", \"A\")."),
                .optional("title", .text, "The title after the label."),
                .optional("headingSpan", .span, "The heading line; absent when the chapter is implicit."),
                .required(
                    "blocks", .array(item: "block", of: .named("Block")),
                    "Text between the chapter heading and its first article."),
                .required(
                    "articles", .array(item: "article", of: .named("Article")),
                    "The chapter's articles in document order."),
                .required("span", .span, "Heading and everything under it."),
            ]),
        .object(
            "Article",
            "An article (\"5. Start bouw\", \"2.1 Overlegstructuur\", \"Artikel 3\"); deeper numbering nests.",
            [
                .required(
                    "number", .token(.plain), "The label as written without final period: \"5\", \"2.1\", \"A1\"."),
                .optional("title", .text, "The title after the label; absent for a numbered paragraph."),
                .optional("headingSpan", .span, "The heading; absent when the article is implied by a deeper number."),
                .required("blocks", .array(item: "block", of: .named("Block")), "The article's text."),
                .required(
                    "articles", .array(item: "article", of: .named("Article")),
                    "Sub-articles numbered one level deeper."),
                .required("span", .span, "Heading and everything under it."),
            ]),
        .object(
            "Annex",
            "An annex (\"Bijlage 1: Woningbouwplanlijst\"): everything after its heading up to the next annex.",
            [
                .optional("number", .token(.plain), "The label as written; absent for a plain \"Bijlage\"."),
                .optional("title", .text, "The title after the label."),
                .required("headingSpan", .span, "The heading line."),
                .required("blocks", .array(item: "block", of: .named("Block")), "The annex's text."),
                .required("span", .span, "Heading and blocks."),
            ]),
    ]

    static let sourceTypes: [SchemaType] = [
        .object(
            "SourceSpan", "A half-open range of the original file; in XML, six attributes.",
            [
                .required("start", .named("SourcePosition"), "The first character's position."),
                .required("end", .named("SourcePosition"), "The position just after the last character."),
            ]),
        .object(
            "SourcePosition", "A place in the original file.",
            [
                .required("line", .integer(minimum: 1), "1-based line number."),
                .required("column", .integer(minimum: 1), "1-based column, in Unicode scalars of the original line."),
                .required("offset", .integer(minimum: 0), "0-based byte offset into the original file."),
            ]),
    ]
}
