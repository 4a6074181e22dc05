/// Joins lines into paragraphs and list items: hard-wrapped lines and lines broken by a page join again,
/// hyphenation at a line end is undone, and list items nest by marker and indentation.
struct BlockBuilder {
    let source: SourceText
    /// The width (bytes) that wrapped lines fill; nil when the text has one line per paragraph.
    let wrapWidth: Int?
    private(set) var segments: [Segment] = []
    /// Findings of the entity readers, such as an impossible date.
    private(set) var diagnostics: [Diagnostic] = []
    /// Each block's joined text and words, by the original offset where the block starts, for later readers.
    private(set) var texts: [Int: Phrase] = [:]
    /// What each cell of a table holds (who, when …), by the original offset where its block starts.
    private(set) var cellRoles: [Int: TableLayout.Role] = [:]

    /// The segments, handed over and no longer kept here, so that the outline can move blocks out of them.
    mutating func takeSegments() -> [Segment] { take(&segments, leaving: []) }

    private var open: OpenBlock?
    /// The current list, flat: each item with its nesting level.
    private var listItems: [(level: Int, block: Block)] = []
    private var listLevels: [(style: BulletMark.Style, indent: Int)] = []
    private var sawBlank = false
    private var lastLineEndsWithColon = false
    private var lastItemNumber: Int?
    /// The last heading was "Artikel 3": numbered sentences under it are its paragraphs (leden), not articles.
    private var inKeywordArticle = false
    /// The table whose rows are being read, and the open cells of its current row by column.
    private var table: TableLayout?
    private var row: [OpenBlock?] = []
    /// Tokens up to here belong to a table of cells on lines of their own, already read.
    private var readUpTo = 0

    private struct OpenBlock {
        var kind: Block.Kind
        var marker: String?
        var markerStart: Int
        var pieces: [Range<Int>] = []
        var indent: Int
        var level: Int

        init(kind: Block.Kind, marker: String? = nil, markerStart: Int, first: Range<Int>, indent: Int, level: Int) {
            (self.kind, self.marker, self.markerStart, self.indent, self.level) = (
                kind, marker, markerStart, indent, level
            )
            // Room for a paragraph's lines at once: growing line by line cost an allocation at every doubling.
            pieces.reserveCapacity(16)
            pieces.append(first)
        }
    }

    /// `furniture` lines are passed over as if absent, so a paragraph broken by a page joins again;
    /// `barriers` (contents lines) end the open block.
    init(source: SourceText, tokens: [LineToken], furniture: Set<Int>, barriers: Set<Int>) {
        self.source = source
        self.wrapWidth = Self.wrapWidth(source: source, tokens: tokens, skipping: furniture.union(barriers))
        for (index, token) in tokens.enumerated() {
            // A table's header repeated on every page may be furniture; it still says where the columns are.
            if case .text = token.kind, TableLayout.mayOpen(token.content, source.bytes),
                let header = TableLayout(
                    header: token.content, lineStart: source.lineRange(token.line).lowerBound, in: source.bytes)
            {
                // A header again (on the next page) ends the row before it, not the table's text.
                closeRow()
                closeList()
                if !furniture.contains(index) { add(token) }
                table = header
                row = Array(repeating: nil, count: header.columns.count)
                continue
            }
            if furniture.contains(index) || index < readUpTo { continue }
            if table != nil, addRowLine(token) { continue }
            // The closure below copies the builder: made only where three short lines may be a header.
            if VerticalTable.mayOpen(at: index, tokens), TableLayout.mayOpen(token.content, source.bytes),
                let vertical = VerticalTable(
                    at: index, tokens, source, furniture: furniture, ends: { isSigningTitle($0.content) })
            {
                add(vertical, tokens)
                readUpTo = vertical.end
                continue
            }
            if barriers.contains(index) {
                closeList()
                sawBlank = true
            } else if goesOnAfterOpenWord(token) {
                // "… aan jongeren onder de" + "21. Hiertoe kunnen …", "… voor ouderen en" + "– waar mogelijk – …": a
                // number or dash after an article or conjunction goes on with the sentence; it heads nothing.
                var text = token
                text.kind = .text
                add(text)
            } else if case .heading(var mark) = token.kind {
                let next = Self.nextLine(after: index, tokens, furniture)
                if mark.restIsTitle, !mark.rest.isEmpty, isWrappedSentence(mark.rest, next, tokens, furniture) {
                    mark.restIsTitle = false
                }
                var heading = token
                heading.kind = .heading(mark)
                add(heading, opensSection: opensSection(mark, next, tokens, furniture))
            } else {
                add(token)
            }
        }
        closeRow()
        closeList()
    }

    /// The index of the first line after `index` that is not page furniture.
    private static func nextLine(after index: Int, _ tokens: [LineToken], _ furniture: Set<Int>) -> Int? {
        var next = index + 1
        while next < tokens.count, furniture.contains(next) { next += 1 }
        return next < tokens.count ? next : nil
    }

    /// "1.3 Partijen streven naar … in nieuwe" + "plannen (o.a. …).": a line that a lower-case line ending a
    /// sentence goes on from is a sentence wrapped by the PDF, not a title. So is a heading's text of four words or
    /// more that lines of text go on from, up to a sentence's end, where the first starts in lower case or the
    /// heading's text ends with a word no title ends with ("1.1 Noord sloopt in 2027 48 woningen aan de" +
    /// "Meidoornlaan en bouwt er …" + "… voor terug.").
    private func isWrappedSentence(_ rest: Range<Int>, _ next: Int?, _ tokens: [LineToken], _ furniture: Set<Int>)
        -> Bool
    {
        let bytes = source.bytes
        func endsSentence(_ line: Int) -> Bool {
            let last = bytes[tokens[line].content.upperBound - 1]
            return last == Bytes.dot || last == 0x3B || last == Bytes.colon || last == 0x21 || last == 0x3F
        }
        guard let next, case .text = tokens[next].kind else { return false }
        let startsLower = Bytes.isLowerLetter(in: bytes, at: tokens[next].content.lowerBound)
        if startsLower, endsSentence(next) { return true }
        let spaces = bytes[rest].reduce(0) { $1 == Bytes.space ? $0 + 1 : $0 }
        guard spaces >= 3, startsLower || endsWithOpenWord(rest) else {
            return false
        }
        var line = next
        for _ in 0..<8 {
            if endsSentence(line) { return true }
            guard let following = Self.nextLine(after: line, tokens, furniture), case .text = tokens[following].kind
            else { return false }
            line = following
        }
        return false
    }
    /// Whether a numbered heading, or a dash in a paragraph, follows a line that ends with an article, preposition or
    /// conjunction; or a number with ")" follows a line with a bracket still open ("(punt" + "8) en …").
    private func goesOnAfterOpenWord(_ token: LineToken) -> Bool {
        // The kind first: most lines are text, and the open block is not copied for them.
        switch token.kind {
        case .heading(let mark):
            guard mark.keyword == .none, let last = open?.pieces.last else { return false }
            return endsWithOpenWord(last)
        case .bullet(let bullet):
            guard open?.kind == .paragraph, let last = open?.pieces.last else { return false }
            if bullet.style == .number, bullet.marker.hasSuffix(")"), hasOpenBracket(last) { return true }
            return (bullet.marker == "-" || bullet.marker == "–") && endsWithOpenWord(last)
        default: return false
        }
    }

    /// Whether the line opens a bracket it does not close.
    private func hasOpenBracket(_ range: Range<Int>) -> Bool {
        guard let opening = source.bytes[range].lastIndex(of: 0x28) else { return false }
        return !source.bytes[opening..<range.upperBound].contains(0x29)
    }

    /// Whether the text ends with an article, preposition or conjunction: a line that does goes on.
    private func endsWithOpenWord(_ range: Range<Int>) -> Bool {
        var start = range.upperBound
        while start > range.lowerBound, Bytes.isASCIILower(source.bytes[start - 1]) { start -= 1 }
        guard start < range.upperBound, start == range.lowerBound || source.bytes[start - 1] == Bytes.space else {
            return false
        }
        return Self.openWords.contains(Word.key(of: source.bytes[start..<range.upperBound]))
    }
    private static let openWords = Keys.set([
        "de", "het", "een", "van", "aan", "in", "op", "met", "voor", "en", "of", "te", "om", "bij", "naar", "door",
        "tot", "uit", "die", "dat", "over", "als",
    ])

    /// "1. Nieuwbouw" followed by "1.1 …" heads a section, even right after a line ending in ":"; so does "1. Wonen"
    /// followed by a sentence ("… komen het volgende overeen:" + "1. Wonen" + "Triada bouwt …"), where the items of a
    /// list follow each other ("1. Nieuwbouw" + "2. Verkoop").
    private func opensSection(_ mark: HeadingMark, _ next: Int?, _ tokens: [LineToken], _ furniture: Set<Int>) -> Bool {
        guard mark.keyword == .none, mark.components.count == 1 else { return false }
        var index = next
        while let line = index, tokens[line].isBlank || tokens[line].isPageNumber {
            index = Self.nextLine(after: line, tokens, furniture)
        }
        guard let index else { return false }
        if case .text = tokens[index].kind {
            guard lastLineEndsWithColon, mark.components[0] == 1, mark.restIsTitle, !mark.rest.isEmpty else {
                return false
            }
            let content = tokens[index].content
            let last = source.bytes[content.upperBound - 1]
            return Bytes.isUpperLetter(in: source.bytes, at: content.lowerBound) && (last == Bytes.dot || last == 0x3B)
        }
        guard case .heading(let following) = tokens[index].kind else { return false }
        return following.keyword == .none && following.letter == mark.letter && following.components.count > 1
            && following.components[0] == mark.components[0]
    }

    /// The ninetieth percentile of line lengths; a line near it was wrapped by the PDF, not ended by the writer.
    private static func wrapWidth(source: SourceText, tokens: [LineToken], skipping skipped: Set<Int>) -> Int? {
        var lengths: [Int] = []
        for (index, token) in tokens.enumerated() where !token.isBlank && !skipped.contains(index) {
            lengths.append(token.content.upperBound - source.lineRange(token.line).lowerBound)
        }
        // A width read off a handful of lines says nothing about wrapping.
        guard lengths.count >= 20 else { return nil }
        lengths.sort()
        let width = lengths[lengths.count * 9 / 10]
        return (40...250).contains(width) ? width : nil
    }

    private mutating func add(_ token: LineToken, opensSection: Bool = false) {
        switch token.kind {
        case .blank, .pageNumber:
            sawBlank = true
            return
        case .heading(let mark):
            if !opensSection, isListItem(mark, token) {
                let marker = source.string(mark.labelRange)
                let bullet = BulletMark(marker: marker, style: .number, markerRange: mark.labelRange, text: mark.rest)
                startItem(bullet, token)
                lastItemNumber = mark.components[0]
            } else if isSigningTitle(token.content) || (mark.keyword != .none && isSigningTitle(mark.rest)) {
                // "Artikel 5 – Ondertekening" too.
                closeList()
                segments.append(
                    .signingTitle(TextValue(text: source.string(token.content), span: source.span(token.content))))
            } else {
                closeList()
                inKeywordArticle = mark.keyword == .article
                segments.append(.heading(token, mark))
                if !mark.restIsTitle {
                    open = OpenBlock(
                        kind: .paragraph, markerStart: mark.rest.lowerBound,
                        first: mark.rest, indent: token.indent, level: 0)
                }
            }
        case .bullet(let bullet):
            startItem(bullet, token)
        case .text:
            addText(token)
        }
        sawBlank = false
        lastLineEndsWithColon = source.bytes[token.content.upperBound - 1] == Bytes.colon
    }

    /// "1." after a line ending in ":" starts a numbered list, not an article; "2." then continues it.
    private func isListItem(_ mark: HeadingMark, _ token: LineToken) -> Bool {
        guard mark.keyword == .none, mark.components.count == 1, !mark.rest.isEmpty else { return false }
        if lastLineEndsWithColon, mark.components[0] == 1 { return true }
        // "Artikel 2 Huurbeleid" + "1. De corporatie voert …": a numbered sentence, not a titled heading.
        if inKeywordArticle, mark.letter.isEmpty, !mark.restIsTitle { return true }
        guard let lastItemNumber, !listItems.isEmpty || open?.kind == .bullet else { return false }
        return mark.components[0] == lastItemNumber + 1
    }

    private func isSigningTitle(_ content: Range<Int>) -> Bool {
        // Every title has "tekening" in it: other lines need no string.
        guard content.count <= 40, content.contains(where: { Bytes.matches(source.bytes, at: $0, "tekening") })
        else { return false }
        var text = source.string(content).lowercased()
        if text.hasSuffix(":") { text.removeLast() }
        // "7. ONDERTEKENING" and "1 Ondertekening" too
        if let space = text.firstIndex(of: " "), text[..<space].allSatisfy({ $0.isNumber || $0 == "." }) {
            text = String(text[text.index(after: space)...].drop(while: { $0 == " " }))
        }
        return SigningReader.headings.contains(text)
    }

    private mutating func addText(_ token: LineToken) {
        if !hasAlphanumeric(token.content) {
            segments.append(
                .unclassified(TextValue(text: source.string(token.content), span: source.span(token.content))))
            return
        }
        // "Ondertekening" never goes on with the line before it, whatever that line was.
        let isSigningTitle = isSigningTitle(token.content)
        if open != nil, !isSigningTitle, shouldJoin(token) {
            open!.pieces.append(token.content)
            open!.indent = token.indent
            return
        }
        if open?.kind == .bullet || !listItems.isEmpty { closeList() } else { closeOpen() }
        if isSigningTitle {
            segments.append(
                .signingTitle(TextValue(text: source.string(token.content), span: source.span(token.content))))
            return
        }
        open = OpenBlock(
            kind: .paragraph, markerStart: token.content.lowerBound, first: token.content,
            indent: token.indent, level: 0)
    }

    private func hasAlphanumeric(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if Bytes.isAlphanumeric(in: source.bytes, at: index) { return true }
            index += 1
            while index < range.upperBound, Bytes.isContinuation(source.bytes[index]) { index += 1 }
        }
        return false
    }

    /// Whether `token` continues the open block rather than starting a new one.
    private func shouldJoin(_ token: LineToken) -> Bool {
        guard let open, let previous = open.pieces.last else { return false }
        let bytes = source.bytes
        let next = token.content
        let last = bytes[previous.upperBound - 1]
        let endsSentence = last == Bytes.dot || last == Bytes.colon || last == 0x3B || last == 0x21 || last == 0x3F
        // "ieder1 onderzoekt …" after a finished sentence, or "ieder1, bestuurder …" after a short line that ends in a
        // name ("BrabantWonen, bestuurder L. Bakker"), is read as a capital would be.
        func endsInName() -> Bool {
            !isFullLine(previous) && Bytes.isUpperLetter(in: bytes, at: lastWordStart(previous))
        }
        let startsLower =
            Bytes.isLowerLetter(in: bytes, at: next.lowerBound)
            && !(Bytes.startsLowerCaseName(in: bytes, at: next.lowerBound) && (endsSentence || endsInName()))
        // Across a blank line (often a page break, or a PDF that puts one after every line) only an unfinished
        // sentence continues: the next line starts in lower case, or the last is a long line of a paragraph that
        // stops mid-sentence ("… stelt hiervoor jaarlijks" + "€ 250.000 beschikbaar.").
        // A line in capitals after the blank is a title ("BETAALBAARHEID"), however the line before ends.
        // A short line before the blank was ended there, whatever follows: a title, a cover's "tussen", a place and
        // date over the signatures ("Zuidplas, 12 december 2026" + "namens de gemeente Zuidplas,").
        if sawBlank {
            let stopsMidSentence = Bytes.isAlphanumeric(in: bytes, at: previous.upperBound - 1) || last == 0x2C
            // "BETAALBAARHEID", or a short line from a capital to a letter: "Leefbaarheid en zorg".
            let isTitle =
                !bytes[next].contains(where: Bytes.isASCIILower)
                || (next.count <= 60 && Bytes.isUpperLetter(in: bytes, at: next.lowerBound)
                    && Bytes.isAlphanumeric(in: bytes, at: next.upperBound - 1))
            return !endsSentence && isFullLine(previous)
                && (startsLower
                    || (open.kind == .paragraph && previous.count >= 80 && stopsMidSentence && !isTitle))
        }
        if last == Bytes.hyphen || startsLower { return true }
        // "… 48 woningen aan de" + "Meidoornlaan en …": a line that ends with an article or preposition goes on, and
        // so does one with a bracket still open ("(punt" + "8) en …").
        if endsWithOpenWord(previous) || hasOpenBracket(previous) { return true }
        // "…, hierna: de gemeente;" + "Woningcorporatie …": a semicolon before a capital ends an item of a list
        // written without markers, however long the line.
        if last == 0x3B { return false }
        // An indented capital opens a new paragraph; a list item's hanging indent does not.
        if open.kind == .paragraph, token.indent > open.indent { return false }
        // A question or lead-in at the marker's own indent after a finished item heads what follows ("- … aan de
        // raad." + "Wat doet Zuid?"), however long the item's line.
        if open.kind == .bullet, endsSentence, token.indent <= open.indent,
            let end = bytes[next].lastIndex(where: { !Bytes.isBlank($0) }),
            bytes[end] == 0x3F || bytes[end] == Bytes.colon
        {
            return false
        }
        // Items that end in ";" before one that ends in "." close the list there: a capital after it starts anew
        // ("• De Burgt: 36 woningen;" + "• Harselaar: 24 woningen." + "De gemeente zorgt …"), however long the line.
        if open.kind == .bullet, last == Bytes.dot, token.indent <= open.indent,
            listItems.last?.block.text.utf8.last == 0x3B
        {
            return false
        }
        // A short line with no final punctuation, on its own, is a title or a name: "Leeswijzer", "Gemeente X".
        if open.pieces.count == 1, !endsSentence, previous.count < 60, !wrapsBefore(next, after: previous) {
            return false
        }
        // A line near the width was wrapped by the PDF; one that stops short of it was ended by the writer, and a
        // capital after it starts anew ("- Stationsgebied: 60 woningen (40 sociale huur)" + "Woongoed Heemdal").
        if wrapWidth != nil { return isFullLine(previous) || (!endsSentence && wrapsBefore(next, after: previous)) }
        return !endsSentence
    }

    /// Whether the next line's first word would not have fitted on the line before, which stops mid-sentence on a
    /// word in lower case: the PDF wrapped there, however short that line ("… een voorraadstrategie" +
    /// "(Verduurzamingsroute) opgesteld …"); not after a name ("…, bestuurder P. Visser" + "Huurdersvereniging …").
    private func wrapsBefore(_ next: Range<Int>, after previous: Range<Int>) -> Bool {
        guard let wrapWidth, Bytes.isLowerLetter(in: source.bytes, at: lastWordStart(previous)) else { return false }
        let lineStart = source.lineRange(source.lineIndex(containing: previous.lowerBound)).lowerBound
        let firstWord = source.bytes[next].prefix { $0 != Bytes.space }.count
        return previous.upperBound - lineStart + 1 + firstWord > wrapWidth
    }

    /// Where the line's last word starts.
    private func lastWordStart(_ line: Range<Int>) -> Int {
        var start = line.upperBound
        while start > line.lowerBound, source.bytes[start - 1] != Bytes.space { start -= 1 }
        return start
    }

    /// Whether a line reaches near the wrap width, or without one is long enough to have been wrapped.
    private func isFullLine(_ piece: Range<Int>) -> Bool {
        guard let wrapWidth else { return piece.count >= 40 }
        let lineStart = source.lineRange(source.lineIndex(containing: piece.lowerBound)).lowerBound
        return (piece.upperBound - lineStart) * 5 >= wrapWidth * 4
    }

    // MARK: Tables

    /// Takes a line into the table: a row starts at a number in the first column ("1.1   Noord bouwt …   Noord
    /// Q2 2027"), or where the table has no numbers, at a line with more than one cell after a blank line or a
    /// finished sentence; a line whose text starts under a later column, or wraps the first one, goes on with the
    /// row. Any other line ends the table and is not taken.
    private mutating func addRowLine(_ token: LineToken) -> Bool {
        guard let table else { return false }
        if token.isBlank || token.isPageNumber {
            sawBlank = true
            return true
        }
        let cells = table.cells(of: token.content, lineStart: source.lineRange(token.line).lowerBound, in: source.bytes)
        let numbered = table.columns[0].role == .number
        let bytes = source.bytes
        let last = row.compactMap { $0 }.first?.pieces.last.map { bytes[$0.upperBound - 1] }
        let finished = last == nil || last == Bytes.dot || last == 0x3B || last == Bytes.colon
        let startsRow: Bool
        if numbered {
            startsRow = cells.count >= 2 && cells[0].column == 0 && Bytes.isDigit(bytes[cells[0].range.lowerBound])
        } else {
            // "1.2 Inventariseren woningen   Noord   Q3 2027": a number opening the first cell starts a row too.
            startsRow =
                cells.count >= 2 && cells[0].column == 0 && (sawBlank || finished || numbersItsRow(token, cells[0]))
        }
        // Under the first column only as wrapped text goes on: right below an unfinished sentence, or in lower case;
        // not after a blank line ("Thema 2: Leefbaarheid") nor as a heading ("Ondertekening" after the last row).
        let underFirst: Bool
        if case .heading = token.kind {
            underFirst = false
        } else if isSigningTitle(token.content) {
            underFirst = false
        } else {
            underFirst =
                !numbered && !sawBlank && (!finished || Bytes.isLowerLetter(in: bytes, at: token.content.lowerBound))
        }
        let goesOn = !startsRow && !cells.isEmpty && (cells[0].column > 0 || underFirst) && row.contains { $0 != nil }
        guard startsRow || goesOn else {
            closeRow()
            self.table = nil
            return false
        }
        sawBlank = false
        var cellsToTake = cells[...]
        if startsRow {
            closeOpen()
            closeRow()
            // The number heads the row as an article's number does; its cells are the article's paragraphs.
            if numbered, case .heading(var mark) = token.kind, mark.labelRange.upperBound <= cells[0].range.upperBound {
                // Its text is the next cell, no title: a cell below it is never taken for one.
                mark.rest = cells[1].range
                mark.restIsTitle = false
                var number = token
                number.content = token.content.lowerBound..<cells[0].range.upperBound
                segments.append(.heading(number, mark))
                cellsToTake = cells.dropFirst()
            } else if !numbered, numbersItsRow(token, cells[0]), case .heading(var mark) = token.kind {
                // The number heads the row; the rest of its cell is what is agreed.
                var start = mark.labelRange.upperBound
                while start < cells[0].range.upperBound, Bytes.isBlank(source.bytes[start]) { start += 1 }
                mark.rest = start..<cells[0].range.upperBound
                mark.restIsTitle = false
                var number = token
                number.content = token.content.lowerBound..<mark.labelRange.upperBound
                segments.append(.heading(number, mark))
                cellsToTake[cellsToTake.startIndex].range = mark.rest
            }
        }
        for cell in cellsToTake {
            if row[cell.column] == nil {
                row[cell.column] = OpenBlock(
                    kind: .paragraph, markerStart: cell.range.lowerBound, first: cell.range, indent: 0, level: 0)
            } else {
                row[cell.column]!.pieces.append(cell.range)
            }
        }
        return true
    }

    /// Whether the line is a heading whose number stands in the first cell, with text after it there.
    private func numbersItsRow(_ token: LineToken, _ first: TableLayout.Cell) -> Bool {
        guard case .heading(let mark) = token.kind else { return false }
        return mark.labelRange.upperBound < first.range.upperBound
    }

    /// A table of cells on lines of their own: its header one paragraph; each row's number an article's, and each
    /// cell a paragraph with what it holds noted.
    private mutating func add(_ vertical: VerticalTable, _ tokens: [LineToken]) {
        closeList()
        closeOpen()
        func paragraph(_ lines: [Int]) -> Block {
            var open = OpenBlock(
                kind: .paragraph, markerStart: tokens[lines[0]].content.lowerBound, first: tokens[lines[0]].content,
                indent: 0, level: 0)
            for line in lines.dropFirst() { open.pieces.append(tokens[line].content) }
            return makeBlock(open)
        }
        segments.append(.block(paragraph(Array(vertical.header))))
        for row in vertical.rows {
            if let number = row.number, case .heading(let mark) = tokens[number].kind {
                segments.append(.heading(tokens[number], mark))
            }
            for (column, lines) in row.cells.enumerated() where !lines.isEmpty {
                let block = paragraph(lines)
                cellRoles[block.span.start.offset] = vertical.roles[column]
                segments.append(.block(block))
            }
        }
        sawBlank = true
    }

    /// Ends the row: each cell a paragraph, in the order of the columns, with what it holds noted.
    private mutating func closeRow() {
        guard let table else { return }
        for column in row.indices {
            guard let cell = row[column] else { continue }
            row[column] = nil
            let block = makeBlock(cell)
            cellRoles[block.span.start.offset] = table.columns[column].role
            segments.append(.block(block))
        }
    }

    // MARK: Lists

    private mutating func startItem(_ bullet: BulletMark, _ token: LineToken) {
        closeOpen()
        open = OpenBlock(
            kind: .bullet, marker: bullet.marker, markerStart: bullet.markerRange.lowerBound,
            first: bullet.text, indent: token.indent, level: level(for: bullet.style, token.indent))
    }

    /// Lists deeper than this stay at this depth, so that no input can nest without bound.
    static let maximumListDepth = 12

    /// Deeper when indented further or marked differently; back to an earlier level when its marker returns.
    private mutating func level(for style: BulletMark.Style, _ indent: Int) -> Int {
        if listItems.isEmpty && open == nil { listLevels = [] }
        while let top = listLevels.last, indent < top.indent - 1 { listLevels.removeLast() }
        if let top = listLevels.last, indent <= top.indent + 1 {
            if let same = listLevels.lastIndex(where: { $0.style == style && abs($0.indent - indent) <= 1 }) {
                listLevels.removeSubrange((same + 1)...)
                return same
            }
        }
        if listLevels.count == Self.maximumListDepth { listLevels.removeLast() }
        listLevels.append((style, indent))
        return listLevels.count - 1
    }

    /// Ends the open paragraph or item; an item joins the current list.
    private mutating func closeOpen() {
        guard let block = open else { return }
        open = nil
        let built = makeBlock(block)
        if block.kind == .bullet {
            listItems.append((block.level, built))
        } else {
            segments.append(.block(built))
        }
    }

    /// Ends the list: items nest under the nearest shallower item. Blocks are moved, not copied (see `take`).
    private mutating func closeList() {
        closeOpen()
        guard !listItems.isEmpty else { return }
        var stack: [(level: Int, block: Block)] = []
        func fold(downTo level: Int) {
            while let top = stack.last?.level, top >= level {
                let item = stack.removeLast().block
                if stack.isEmpty {
                    segments.append(.block(item))
                } else {
                    let parent = stack.count - 1
                    stack[parent].block.span = stack[parent].block.span.union(item.span)
                    stack[parent].block.items.append(item)
                }
            }
        }
        var items = take(&listItems, leaving: [])
        for index in items.indices {
            fold(downTo: items[index].level)
            stack.append((items[index].level, take(&items[index].block, leaving: .movedOut)))
        }
        fold(downTo: 0)
        listLevels = []
        lastItemNumber = nil
    }

    /// Joins the block's lines and reads what they state, while the way back to the source is at hand.
    private mutating func makeBlock(_ open: OpenBlock) -> Block {
        let lines = open.pieces.indices.map { index in
            source.span((index == 0 ? open.markerStart : open.pieces[index].lowerBound)..<open.pieces[index].upperBound)
        }
        let span = SourceSpan(start: lines[0].start, end: lines[lines.count - 1].end)
        let joined = TextJoiner.joinMapped(open.pieces, in: source.bytes)
        let phrase = Phrase(joined, source: source)
        let recognised = EntityRecognizer(phrase)
        texts[span.start.offset] = phrase
        diagnostics += recognised.diagnostics
        return Block(
            kind: open.kind, marker: open.marker, text: String(decoding: joined.bytes, as: UTF8.self), span: span,
            lines: lines, entities: recognised.entities.isEmpty ? nil : recognised.entities)
    }
}
