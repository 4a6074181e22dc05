/// One line of the decoded text, classified by its own shape; context (furniture, contents, outline) comes later.
struct LineToken: Sendable {
    enum Kind: Sendable {
        case blank
        case text
        case heading(HeadingMark)
        case bullet(BulletMark)
        /// "12", "(3)", "- 4 -", "Pagina 3 van 8": never content.
        case pageNumber
    }

    /// 0-based line index.
    var line: Int
    /// The line without leading and trailing blanks (spaces, tabs, form feeds).
    var content: Range<Int>
    /// Leading blank scalars, a tab counting as four.
    var indent: Int
    var kind: Kind
    /// Where a form feed (a page break from the PDF) stands in the line.
    var formFeeds: [Int]

    var isBlank: Bool {
        if case .blank = kind { return true }
        return false
    }

    var isPageNumber: Bool {
        if case .pageNumber = kind { return true }
        return false
    }
}

/// A numbered heading's label and title: "1.", "2.1", "1.4.1", "A1.", "Artikel 3", "Hoofdstuk 2".
struct HeadingMark: Sendable {
    enum Keyword: Sendable { case none, chapter, article, annex }

    var keyword: Keyword
    /// The capital of "A1." and "B2.3", else empty.
    var letter: String
    /// As written without the final period: "1.4.1", "A1", "3".
    var label: String
    /// The numbers of the label: [1, 4, 1]; a leading letter is kept in `label` only.
    var components: [Int]
    /// The label as written, keyword included.
    var labelRange: Range<Int>
    /// What follows the label, possibly empty.
    var rest: Range<Int>
    /// Whether `rest` reads as a title rather than as the first sentence of a numbered paragraph.
    var restIsTitle: Bool
    /// Whether a period stands between the letter and the number: "A.1", not "A1.".
    var letterDot = false
}

/// A list item's marker and text: "•", "-", "–", "*", "·", "o", "a.", "b)", "1)".
struct BulletMark: Sendable {
    /// The family a marker belongs to, which decides nesting: "a." and "b." are one style.
    enum Style: Hashable, Sendable {
        case symbol(String)
        case letter
        case number
    }

    var marker: String
    var style: Style
    var markerRange: Range<Int>
    var text: Range<Int>
}

extension HeadingMark {
    /// The chapter a label names by itself: "A" for "A1", "2" for "2.1"; nil for "5" or "Artikel 5".
    var impliedChapter: String? {
        if !letter.isEmpty { return letter }
        return keyword == .none && components.count > 1 ? String(components[0]) : nil
    }

    /// The label of the article this one sits in at `depth` (1 for an article): "1.4" for "1.4.1" at depth 1.
    func label(atDepth depth: Int) -> String {
        let dotted = keyword == .none && letter.isEmpty
        return letter + (letterDot ? "." : "")
            + components.prefix(depth + (dotted ? 1 : 0)).map(String.init).joined(separator: ".")
    }
}
