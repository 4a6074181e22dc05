/// Builds chapters and articles from the segments. Whether "5." is a chapter or an article is decided from
/// the numbering sequence, not from the line: a heading after which numbering restarts at 1 is a chapter.
struct OutlineBuilder {
    let source: SourceText
    private(set) var frontMatter: [Block] = []
    private(set) var chapters: [Chapter] = []
    private(set) var signingTitle: TextValue?
    private(set) var signingBlocks: [Block] = []
    private(set) var unclassified: [TextValue] = []
    private(set) var annexes: [Annex] = []
    private(set) var diagnostics: [Diagnostic] = []

    private var chapter: Chapter?
    /// Open articles, outermost first, with their depth (1 for an article, 2 for 1.4.1 …).
    private var articles: [(depth: Int, article: Article)] = []
    private var inSigning = false
    /// The open chapter is "A", opened by a letter ("A. Betaalbaarheid", or "A1." implying it).
    private var chapterIsLettered = false
    /// The heading just opened had no title ("1." alone): a title line right after it is its title.
    private var awaitsTitle = false

    enum Role: Equatable {
        case annex
        case chapter
        case article(depth: Int)
    }

    /// `isSectioned`: the contents show numbers such as "2.1", so single numbers head chapters. The segments are
    /// consumed: each block moves into its chapter or article (see `take`).
    init(source: SourceText, segments: consuming [Segment], isSectioned: Bool = false) {
        self.source = source
        var roles = Self.roles(of: segments, isSectioned: isSectioned, bytes: source.bytes)
        // Without numbered chapters, short unnumbered titles ("BESCHIKBAARHEID") before a list that starts again
        // at 1 are the chapters, and every numbered heading an article.
        var titleChapters =
            roles.contains(.chapter)
            ? []
            : roles.isEmpty
                ? Self.capitalChapters(in: segments).union(Self.listTitles(in: segments))
                : Self.titleChapters(in: segments)
        // Titles in capitals before a list are chapters; so are others in capitals, before a lead-in ("BETAALBAARHEID"
        // + "Partijen spreken het volgende af:" + "1. …").
        if !roles.isEmpty, !titleChapters.isEmpty,
            titleChapters.allSatisfy({
                if case .block(let block) = segments[$0] { Self.isCapitalTitle(block) } else { false }
            })
        {
            titleChapters.formUnion(Self.capitalChapters(in: segments, atLeast: 1))
        }
        if !titleChapters.isEmpty {
            roles = roles.map { $0 == .chapter ? .article(depth: 1) : $0 }
        } else if roles.contains(.chapter) {
            // "Inleiding" before chapter 1: a chapter without a number, not the cover's text.
            titleChapters = Self.introductions(in: segments)
        }
        var headingIndex = 0
        for index in segments.indices {
            let segment = take(&segments[index], leaving: .movedOut)
            if titleChapters.contains(index), case .block(let block) = segment {
                closeChapter()
                inSigning = false
                chapter = Chapter(
                    number: nil, title: block.text, headingSpan: block.span, blocks: [], articles: [],
                    span: block.span)
                continue
            }
            let waitingForTitle = awaitsTitle
            awaitsTitle = false
            switch consume segment {
            case .heading(let token, let mark):
                // Inside an annex, numbered lines are its text (a list of projects, a table), not the outline.
                if !annexes.isEmpty, mark.keyword != .annex {
                    // The heading's own words; a numbered paragraph's text follows as a block of its own.
                    let range = headingRange(mark, token)
                    append(
                        Block(
                            kind: .paragraph, text: TextJoiner.join([range], in: source.bytes),
                            span: source.span(range),
                            lines: [source.span(range)]))
                } else {
                    open(mark, token: token, role: roles[headingIndex])
                }
                headingIndex += 1
            case .signingTitle(let title) where !annexes.isEmpty && (signingTitle != nil || inSigning):
                // The signing came before the annexes: this one belongs to the annex's own text.
                append(Block(kind: .paragraph, text: title.text, span: title.span, lines: [title.span]))
            case .signingTitle(let title):
                startSigning(title)
            case .block(let block) where waitingForTitle && Self.isTitleLine(block) && !hasColumns(block):
                takeTitle(block)
            case .block(let block):
                append(block)
            case .unclassified(let value):
                unclassified.append(value)
                diagnostics.append(.unclassifiedLine(value))
            }
        }
        takeUntitledSigning()
        closeChapter()
        checkNumbering()
    }

    /// Without an "Ondertekening" title the signatures still close the text: a block that opens a signing (see
    /// `SigningReader.opensSigning`) with short lines of names and roles after it, and nothing else.
    private mutating func takeUntitledSigning() {
        guard signingTitle == nil, !inSigning else { return }
        var trailing: [Block] = []
        while let last = lastBlock, trailing.count < 16 {
            removeLastBlock()
            trailing.append(last)
            // Names must follow: "Getekend op 11 december 2026." on its own may be a sentence of the text; "Aldus
            // overeengekomen te Beilen op 9 december 2026." is the formula that closes an agreement.
            if trailing.count > 1 || last.text.hasPrefix("Aldus "), SigningReader.opensSigning(last) {
                closeChapter()
                inSigning = true
                signingBlocks = trailing.reversed()
                return
            }
            if !SigningReader.isSignatureName(last) { break }
        }
        for block in trailing.reversed() { append(block) }
    }

    // MARK: Roles

    static func roles(of segments: [Segment], isSectioned: Bool, bytes: [UInt8]) -> [Role] {
        var marks: [HeadingMark] = []
        var titled: Set<Int> = []
        // Whether text stands between a heading and the next one: a chapter heading is followed by its first article.
        var hasBody: [Bool] = []
        for segment in segments {
            switch segment {
            case .heading(_, let mark):
                marks.append(mark)
                hasBody.append(false)
            case .block(let block) where !hasBody.isEmpty:
                // The title of a bare "1." on the next line is no text under the heading.
                if let last = marks.last, last.rest.isEmpty, !hasBody[hasBody.count - 1], isTitleLine(block) {
                    titled.insert(marks.count - 1)
                } else {
                    hasBody[hasBody.count - 1] = true
                }
            default:
                break
            }
        }
        func isCapitals(_ mark: HeadingMark) -> Bool {
            !mark.rest.isEmpty && !bytes[mark.rest].contains { Bytes.isASCIILower($0) }
        }
        // "2.1" makes "2." a chapter, and so does "Afspraak 2.1" or "Artikel 2.1".
        let isDotted =
            isSectioned
            || marks.contains {
                ($0.keyword == .none || $0.keyword == .article) && $0.letter.isEmpty && $0.components.count > 1
            }
        let hasChapterKeyword = marks.contains { $0.keyword == .chapter }
        // "Afspraak 1: Nieuwbouw" over "1.1", "1.2": numbers under it make it their chapter, and so its siblings.
        let keywordChapters =
            !hasChapterKeyword
            && marks.indices.dropLast().contains { index in
                let (mark, next) = (marks[index], marks[index + 1])
                return mark.keyword == .article && mark.letter.isEmpty && mark.components.count == 1
                    && next.keyword == .none && next.letter.isEmpty && next.components.count > 1
                    && next.components[0] == mark.components[0]
            }
        var chapterNumber: Int?
        return marks.indices.map { index in
            let mark = marks[index]
            // "A1", "A2", "B1": the letter is the chapter, which "A. Betaalbaarheid" may head.
            if !mark.letter.isEmpty {
                return mark.components.isEmpty ? .chapter : .article(depth: mark.components.count)
            }
            switch mark.keyword {
            case .annex: return .annex
            case .chapter:
                chapterNumber = mark.components.first
                return .chapter
            case .article:
                if keywordChapters, mark.components.count == 1 {
                    chapterNumber = mark.components.first
                    return .chapter
                }
                // "Artikel 2.1" in "Hoofdstuk 2": the chapter's number comes first, the article is 1 deep.
                let inChapter = mark.components.count > 1 && mark.components[0] == chapterNumber
                return .article(depth: max(1, mark.components.count - (inChapter ? 1 : 0)))
            case .none:
                if isDotted {
                    guard mark.components.count > 1 else {
                        chapterNumber = mark.components.first
                        return .chapter
                    }
                    return .article(depth: mark.components.count - 1)
                }
                if hasChapterKeyword { return .article(depth: 1) }
                // "1. Betaalbaarheid" over "Afspraak 1: Huurbeleid": a titled number before keyword articles heads them.
                if mark.restIsTitle || titled.contains(index),
                    index + 1 < marks.count, marks[index + 1].keyword == .article
                {
                    return .chapter
                }
                // Numbering restarts after a chapter heading: "2. Betaalbaarheid" is followed by "1 Schuldhulpverlening",
                // with no text between them, or the chapter's title is in capitals.
                let next = marks[(index + 1)...].first { $0.keyword == .none && $0.letter.isEmpty }
                let restarts = next?.components == [1] && (mark.restIsTitle || titled.contains(index))
                return restarts && (!hasBody[index] || isCapitals(mark)) ? .chapter : .article(depth: 1)
            }
        }
    }

    /// A single short line without final punctuation that starts with a capital: a title, not a sentence.
    static func isTitleLine(_ block: Block) -> Bool {
        block.kind == .paragraph && block.lines.count == 1 && block.text.utf8.count <= 80
            && block.text.first?.isUppercase == true && !".,;:!?".contains(block.text.last ?? ".")
    }

    /// A line of a table ("Project      Corporatie      Aantal"): blanks two or more together between its words.
    private func hasColumns(_ block: Block) -> Bool {
        let range = source.offset(of: block.span.start)..<source.offset(of: block.span.end)
        return source.bytes[range].indices.dropFirst().contains {
            source.bytes[$0] == Bytes.space && source.bytes[$0 - 1] == Bytes.space || source.bytes[$0] == Bytes.tab
        }
    }

    /// The title line of a bare "1." or "Bijlage 1" joins its heading.
    private mutating func takeTitle(_ block: Block) {
        if annexes.last?.title == nil, var annex = annexes.popLast() {
            annex.title = block.text
            annex.headingSpan = annex.headingSpan.union(block.span)
            annex.span = annex.span.union(block.span)
            annexes.append(annex)
        } else if var open = articles.popLast() {
            open.article.title = block.text
            open.article.headingSpan = open.article.headingSpan.map { $0.union(block.span) }
            open.article.span = open.article.span.union(block.span)
            articles.append(open)
        } else if chapter != nil {
            chapter!.title = block.text
            chapter!.headingSpan = chapter!.headingSpan.map { $0.union(block.span) }
            chapter!.span = chapter!.span.union(block.span)
        }
    }

    /// In a text without any numbered heading, short lines in capitals ("BETAALBAARHEID", "WONEN EN ZORG") with
    /// text after them are the chapters, when there are two or more.
    static func capitalChapters(in segments: [Segment], atLeast: Int = 2) -> Set<Int> {
        var found: Set<Int> = []
        for index in segments.indices.dropLast() {
            guard case .block(let block) = segments[index], isCapitalTitle(block), case .block = segments[index + 1]
            else { continue }
            found.insert(index)
        }
        return found.count >= atLeast ? found : []
    }

    /// In a text without any numbered heading, short title lines right over a list ("Betaalbaarheid" over "- …"),
    /// when there are two or more.
    static func listTitles(in segments: [Segment]) -> Set<Int> {
        var found: Set<Int> = []
        for index in segments.indices.dropLast() {
            guard case .block(let block) = segments[index], isTitleLine(block), block.text.utf8.count <= 60,
                case .block(let next) = segments[index + 1], next.kind == .bullet
            else { continue }
            found.insert(index)
        }
        return found.count >= 2 ? found : []
    }

    /// A short line in capitals, without digits: "BETAALBAARHEID", "WONEN EN ZORG".
    private static func isCapitalTitle(_ block: borrowing Block) -> Bool {
        block.kind == .paragraph && block.lines.count == 1 && block.text.utf8.count <= 60
            && block.text.utf8.contains(where: Bytes.isASCIIUpper)
            && !block.text.utf8.contains(where: { Bytes.isASCIILower($0) || Bytes.isDigit($0) })
    }

    /// Titles of a section without a number that opens the text before its numbered chapters.
    private static let introductionTitles: Set = [
        "inleiding", "aanleiding", "voorwoord", "leeswijzer", "achtergrond", "algemeen", "context",
    ]

    /// "Inleiding" on a line of its own, before the first heading and followed by text.
    static func introductions(in segments: [Segment]) -> Set<Int> {
        for index in segments.indices.dropLast() {
            switch segments[index] {
            case .heading, .signingTitle: return []
            case .block(let block):
                guard block.kind == .paragraph, block.lines.count == 1, block.text.utf8.count <= 20,
                    introductionTitles.contains(block.text.lowercased().trimmingCharacters(in: [":", " "])),
                    case .block = segments[index + 1]
                else { continue }
                return [index]
            default: continue
            }
        }
        return []
    }

    /// Segments that are a short unnumbered title standing right before a "1." that starts a list again.
    static func titleChapters(in segments: [Segment]) -> Set<Int> {
        var found: Set<Int> = []
        var headingsSeen = 0
        for index in segments.indices.dropLast() {
            if case .heading = segments[index] { headingsSeen += 1 }
            guard case .block(let block) = segments[index], block.kind == .paragraph, block.lines.count == 1,
                block.text.utf8.count <= 60, let first = block.text.first, first.isUppercase,
                let last = block.text.last, !".,;:!?".contains(last),
                case .heading(_, let mark) = segments[index + 1], mark.keyword == .none, mark.letter.isEmpty,
                // A title in capitals heads its list whatever number it goes on with (next year's list lost its
                // first item); another title only where the list starts again.
                mark.components == [1] || (mark.components.count == 1 && isCapitalTitle(block))
            else { continue }
            found.insert(index)
        }
        // One title might be a cover line; two or more before restarting lists are the chapters.
        return found.count >= 2 ? found : []
    }

    // MARK: Building

    private mutating func open(_ mark: HeadingMark, token: LineToken, role: Role) {
        inSigning = false
        awaitsTitle = mark.rest.isEmpty
        let title = mark.restIsTitle && !mark.rest.isEmpty ? TextJoiner.join([mark.rest], in: source.bytes) : nil
        let headingSpan = source.span(headingRange(mark, token))
        switch role {
        case .annex:
            closeChapter()
            annexes.append(
                Annex(
                    number: mark.label.isEmpty ? nil : mark.label, title: title, headingSpan: headingSpan, blocks: [],
                    span: headingSpan))
        case .chapter:
            closeChapter()
            chapter = Chapter(
                number: mark.label, title: title, headingSpan: headingSpan, blocks: [], articles: [],
                span: headingSpan)
            chapterIsLettered = !mark.letter.isEmpty
        case .article(let depth):
            // "2.1" belongs to chapter 2 and "A1" to chapter A, heading or not.
            let implied = mark.impliedChapter
            // "A.1" under "Thema 3" is numbered within it: a letter implies chapter A only after none or another letter.
            let leavesChapter = mark.letter.isEmpty || chapterIsLettered
            if chapter == nil || (implied != nil && chapter?.number != implied && leavesChapter) {
                closeChapter()
                chapter = Chapter(
                    number: implied, title: nil, headingSpan: nil, blocks: [], articles: [], span: headingSpan)
                chapterIsLettered = !mark.letter.isEmpty
                if let implied, mark.letter.isEmpty {
                    diagnostics.append(.missingHeading("chapter \(implied)", before: headingSpan))
                }
            }
            closeArticles(downTo: depth)
            // 1.5.1 belongs under 1.5, not under the 1.4 still open.
            if let stray = articles.indices.first(where: { articles[$0].article.number != mark.label(atDepth: $0 + 1) })
            {
                closeArticles(downTo: stray + 1)
            }
            // 1.4.1 without 1.4 before it: the article is implied by the deeper number.
            while articles.count < depth - 1 {
                let level = articles.count + 1
                let number = mark.label(atDepth: level)
                articles.append(
                    (
                        level,
                        Article(
                            number: number, title: nil, headingSpan: nil, blocks: [], articles: [],
                            span: headingSpan)
                    ))
                diagnostics.append(.missingHeading("article \(number)", before: headingSpan))
            }
            articles.append(
                (
                    depth,
                    Article(
                        number: mark.label, title: title, headingSpan: headingSpan, blocks: [],
                        articles: [], span: headingSpan)
                ))
        }
    }

    /// The heading line, or for a numbered paragraph its label up to where its text starts ("Artikel 3 -").
    private func headingRange(_ mark: HeadingMark, _ token: LineToken) -> Range<Int> {
        var end = mark.restIsTitle || mark.rest.isEmpty ? token.content.upperBound : mark.rest.lowerBound
        while end > mark.labelRange.upperBound, Bytes.isBlank(source.bytes[end - 1]) { end -= 1 }
        return token.content.lowerBound..<end
    }

    private mutating func startSigning(_ title: TextValue) {
        // A second "Ondertekening" (signatures on a page of their own) is a line of the same block.
        if signingTitle != nil {
            append(Block(kind: .paragraph, text: title.text, span: title.span, lines: [title.span]))
            return
        }
        // A line of organisation names just above "Ondertekening" is where the PDF put the signatures.
        if let last = lastBlock, SigningReader.isSignatureLine(last) {
            removeLastBlock()
            signingBlocks.append(last)
        }
        closeChapter()
        inSigning = true
        signingTitle = title
    }

    /// The block most recently appended, wherever it went.
    private var lastBlock: Block? {
        if inSigning { return signingBlocks.last }
        if let annex = annexes.last { return annex.blocks.last }
        if let open = articles.last { return open.article.lastBlock }
        return chapter.map { $0.lastBlock } ?? frontMatter.last
    }

    private mutating func removeLastBlock() {
        if inSigning {
            signingBlocks.removeLast()
        } else if !annexes.isEmpty {
            var annex = annexes.removeLast()
            annex.blocks.removeLast()
            annex.span = annex.blocks.reduce(annex.headingSpan) { $0.union($1.span) }
            annexes.append(annex)
        } else if !articles.isEmpty {
            articles[articles.count - 1].article.removeLastBlock()
        } else if chapter != nil {
            chapter!.removeLastBlock()
        } else {
            frontMatter.removeLast()
        }
    }

    private mutating func append(_ block: Block) {
        // A signing after an annex ends it; an annex after the signing ends that.
        if inSigning {
            signingBlocks.append(block)
        } else if !annexes.isEmpty {
            annexes[annexes.count - 1].blocks.append(block)
            annexes[annexes.count - 1].span = annexes[annexes.count - 1].span.union(block.span)
        } else if !articles.isEmpty {
            articles[articles.count - 1].article.blocks.append(block)
        } else if chapter != nil {
            chapter!.blocks.append(block)
        } else {
            frontMatter.append(block)
        }
    }

    private mutating func closeArticles(downTo depth: Int) {
        while let level = articles.last?.depth, level >= depth {
            var finished = articles.removeLast().article
            finished.span = finished.coveringSpan
            if articles.isEmpty {
                chapter!.articles.append(finished)
            } else {
                articles[articles.count - 1].article.articles.append(finished)
            }
        }
    }

    private mutating func closeChapter() {
        guard chapter != nil else { return }
        closeArticles(downTo: 1)
        var finished = chapter!
        finished.span = finished.coveringSpan
        chapters.append(finished)
        chapter = nil
    }

    // MARK: Checks

    /// Gaps, repeats and numbers out of order are warnings: the outline is kept as written.
    private mutating func checkNumbering() {
        check(
            chapters.compactMap { chapter in
                chapter.headingSpan.flatMap { span in
                    chapter.number.flatMap { Int($0) ?? LineClassifier.romanValue($0) }.map { ($0, span, "chapter") }
                }
            })
        for index in chapters.indices { checkArticles(chapters[index].articles) }
    }

    private mutating func checkArticles(_ articles: [Article]) {
        check(
            articles.indices.compactMap { index in
                // The last part of "2.1.3", read without splitting the number into an array.
                let number = articles[index].number
                let lastPart = number.lastIndex(of: ".").map { number[number.index(after: $0)...] } ?? number[...]
                guard let span = articles[index].headingSpan, let last = Int(lastPart.drop { !$0.isNumber }) else {
                    return nil
                }
                return (last, span, "article")
            })
        for index in articles.indices { checkArticles(articles[index].articles) }
    }

    private mutating func check(_ numbers: [(Int, SourceSpan, String)]) {
        var previous: Int?
        for (number, span, what) in numbers {
            if let previous {
                if number == previous {
                    diagnostics.append(.numbering("\(what) \(number) is repeated", span))
                } else if number < previous {
                    diagnostics.append(.numbering("\(what) \(number) follows \(what) \(previous)", span))
                } else if number > previous + 1 {
                    diagnostics.append(
                        .numbering("\(what) \(number) follows \(what) \(previous); a number is missing", span))
                }
            } else if number != 1 && what == "chapter" {
                diagnostics.append(.numbering("first chapter is numbered \(number)", span))
            }
            previous = number
        }
    }
}

/// What chapters and articles share: a heading, blocks, and articles under them.
protocol OutlineSection {
    var headingSpan: SourceSpan? { get }
    var blocks: [Block] { get set }
    var articles: [Article] { get set }
    var span: SourceSpan { get }
}

extension Chapter: OutlineSection {}
extension Article: OutlineSection {}

extension OutlineSection {
    /// From the heading to the end of the last block or article.
    var coveringSpan: SourceSpan {
        var span = headingSpan ?? blocks.first?.span ?? articles.first?.span ?? self.span
        // By index: `for block in blocks` copied each block, retaining its strings and arrays.
        for index in blocks.indices { span = span.union(blocks[index].span) }
        for index in articles.indices { span = span.union(articles[index].span) }
        return span
    }

    /// The block that comes last in document order, in the deepest last article.
    var lastBlock: Block? { articles.last?.lastBlock ?? blocks.last }

    mutating func removeLastBlock() {
        if articles.last?.lastBlock != nil {
            articles[articles.count - 1].removeLastBlock()
        } else {
            blocks.removeLast()
        }
    }
}
