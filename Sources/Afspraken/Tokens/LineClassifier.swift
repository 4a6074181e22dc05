/// Classifies each line by its own shape: blank, numbered heading, bullet, page number or text.
/// It looks at the start and end of a line only, so the cost is one pass over line starts.
struct LineClassifier {
    let source: SourceText
    private var bytes: [UInt8] { source.bytes }

    /// Classifies every line of the source.
    func tokens() -> [LineToken] {
        var tokens: [LineToken] = []
        tokens.reserveCapacity(source.lineCount)
        for index in 0..<source.lineCount { tokens.append(token(forLine: index)) }
        confirmLetterChapters(&tokens)
        return tokens
    }

    /// "A. Betaalbaarheid" heads a chapter only when the next lettered heading is "A.1" or "A1.": otherwise it is
    /// text, such as a signatory "A. Bakker" or an item of a list lettered in capitals.
    private func confirmLetterChapters(_ tokens: inout [LineToken]) {
        var nextLetter: String?
        for index in tokens.indices.reversed() {
            guard case .heading(let mark) = tokens[index].kind, !mark.letter.isEmpty else { continue }
            if !mark.components.isEmpty {
                nextLetter = mark.letter
            } else if mark.letter != nextLetter {
                tokens[index].kind = .text
            }
        }
    }

    func token(forLine index: Int) -> LineToken {
        let range = source.lineRange(index)
        var start = range.lowerBound
        var end = range.upperBound
        var indent = 0
        var formFeeds: [Int] = []
        while start < end, isBlank(at: start) {
            if bytes[start] == Bytes.formFeed { formFeeds.append(start) }
            indent += bytes[start] == Bytes.tab ? 4 : 1
            start += blankLength(at: start)
        }
        while end > start, let length = blankLength(endingAt: end) {
            if bytes[end - 1] == Bytes.formFeed { formFeeds.append(end - 1) }
            end -= length
        }
        var token = LineToken(line: index, content: start..<end, indent: indent, kind: .blank, formFeeds: formFeeds)
        guard start < end else { return token }
        if isPageNumber(start..<end) || hasPageNumberBesideAGap(start..<end) {
            token.kind = .pageNumber
        } else if let heading = heading(in: start..<end) {
            token.kind = .heading(heading)
        } else if let bullet = bullet(in: start..<end) {
            token.kind = .bullet(bullet)
        } else {
            token.kind = .text
        }
        return token
    }

    // MARK: Blanks

    /// Spaces, tabs, form feeds and the no-break space (C2 A0) are blank.
    private func isBlank(at index: Int) -> Bool {
        Bytes.isBlank(bytes[index]) || (bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
    }

    private func blankLength(at index: Int) -> Int { bytes[index] == 0xC2 ? 2 : 1 }

    private func blankLength(endingAt end: Int) -> Int? {
        if Bytes.isBlank(bytes[end - 1]) { return 1 }
        if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { return 2 }
        return nil
    }

    private func skipBlanks(from index: Int, to end: Int) -> Int {
        var cursor = index
        while cursor < end, isBlank(at: cursor) { cursor += blankLength(at: cursor) }
        return cursor
    }

    // MARK: Page numbers

    /// "12", "(3)", "- 4 -", "3/8", "Pagina 3", "pagina 3 van 8", "Page 3 of 8".
    private func isPageNumber(_ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        let end = range.upperBound
        if Bytes.matches(bytes, at: cursor, "pagina") {
            cursor += 6
        } else if Bytes.matches(bytes, at: cursor, "page") {
            cursor += 4
        }
        let hasWord = cursor > range.lowerBound
        cursor = skipBlanks(from: cursor, to: end)
        var opener: UInt8 = 0
        if cursor < end, bytes[cursor] == 0x28 || bytes[cursor] == Bytes.hyphen {
            opener = bytes[cursor]
            cursor = skipBlanks(from: cursor + 1, to: end)
        }
        let digits = countDigits(from: cursor, to: end)
        guard digits > 0, digits <= 3 else { return false }
        cursor = skipBlanks(from: cursor + digits, to: end)
        if opener == 0x28 {
            guard cursor < end, bytes[cursor] == 0x29 else { return false }
            cursor += 1
        }
        if opener == Bytes.hyphen {
            guard cursor < end, bytes[cursor] == Bytes.hyphen else { return false }
            cursor += 1
        }
        cursor = skipBlanks(from: cursor, to: end)
        if cursor == end { return true }
        // "3 van 8", "3 of 8", "3/8"
        if bytes[cursor] == 0x2F {
            cursor += 1
        } else if hasWord, Bytes.matches(bytes, at: cursor, "van ") || Bytes.matches(bytes, at: cursor, "of ") {
            cursor += bytes[cursor] == 0x76 ? 4 : 3
        } else {
            return false
        }
        cursor = skipBlanks(from: cursor, to: end)
        let total = countDigits(from: cursor, to: end)
        return total > 0 && total <= 3 && skipBlanks(from: cursor + total, to: end) == end
    }

    /// A running header and its page number on one line: "Prestatieafspraken 2025    pagina 4", or the label first.
    /// A gap is three blanks or more, or blanks that start with a tab.
    private func hasPageNumberBesideAGap(_ range: Range<Int>) -> Bool {
        // Most lines hold no label: look only where one could be, so a line costs a few bytes, not all of them.
        if startsWithPageWord(range.lowerBound) {
            var index = range.lowerBound
            while index < range.upperBound {
                let gap = blankRun(from: index, to: range.upperBound)
                if isGap(gap) {
                    if isPageNumber(range.lowerBound..<gap.lowerBound) { return true }
                    break
                }
                index = gap.upperBound + 1
            }
        }
        // A label after the last gap is short ("pagina 12 van 14") and ends in a number, "(3)" or "- 3 -": it ends
        // within the line's last 48 bytes.
        let last = bytes[range.upperBound - 1]
        guard Bytes.isDigit(last) || last == 0x29 || last == Bytes.hyphen else { return false }
        var index = range.upperBound
        let floor = max(range.lowerBound, range.upperBound - 48)
        while index > floor {
            var start = index
            while start > range.lowerBound, Bytes.isBlank(bytes[start - 1]) { start -= 1 }
            if start < index, isGap(start..<index) || isSeparator(before: start, from: range.lowerBound) {
                return startsWithPageWord(index) && isPageNumber(index..<range.upperBound)
            }
            index = start - 1
        }
        return false
    }

    /// "Prestatieafspraken 2027 | pagina 3": a bar or dash with a blank before it, ending at `end`.
    private func isSeparator(before end: Int, from start: Int) -> Bool {
        let sign = end - start >= 4 && bytes[(end - 3)..<end].elementsEqual([0xE2, 0x80, 0x93]) ? 3 : 1
        guard end - start >= sign + 1, Bytes.isBlank(bytes[end - sign - 1]) else { return false }
        return sign == 3 || bytes[end - 1] == 0x7C || bytes[end - 1] == Bytes.hyphen
    }

    private func startsWithPageWord(_ index: Int) -> Bool {
        Bytes.matches(bytes, at: index, "pagina") || Bytes.matches(bytes, at: index, "page")
    }

    /// The blanks from `index` on (empty when there are none).
    private func blankRun(from index: Int, to end: Int) -> Range<Int> {
        var cursor = index
        while cursor < end, Bytes.isBlank(bytes[cursor]) { cursor += 1 }
        return index..<cursor
    }

    private func isGap(_ blanks: Range<Int>) -> Bool {
        blanks.count >= 3 || (!blanks.isEmpty && bytes[blanks.lowerBound] == Bytes.tab)
    }

    private func countDigits(from index: Int, to end: Int) -> Int {
        var cursor = index
        while cursor < end, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        return cursor - index
    }

    // MARK: Headings

    private func heading(in range: Range<Int>) -> HeadingMark? {
        let start = range.lowerBound
        if Bytes.matches(bytes, at: start, "hoofdstuk ") { return keywordHeading(.chapter, in: range, after: 10) }
        if Bytes.matches(bytes, at: start, "artikel ") { return keywordHeading(.article, in: range, after: 8) }
        if Bytes.matches(bytes, at: start, "art. ") { return keywordHeading(.article, in: range, after: 5) }
        if Bytes.matches(bytes, at: start, "afspraak ") { return keywordHeading(.article, in: range, after: 9) }
        if Bytes.matches(bytes, at: start, "actie ") { return keywordHeading(.article, in: range, after: 6) }
        // "Thema 2: Duurzaamheid" is a chapter; "Paragraaf 2.1" and "§ 2.1" are articles.
        if Bytes.matches(bytes, at: start, "thema ") { return keywordHeading(.chapter, in: range, after: 6) }
        if Bytes.matches(bytes, at: start, "paragraaf ") { return keywordHeading(.article, in: range, after: 10) }
        if Bytes.matches(bytes, at: start, "§") { return keywordHeading(.article, in: range, after: 2) }
        if Bytes.matches(bytes, at: start, "bijlage") { return annexHeading(in: range) }
        if let roman = romanHeading(in: range) { return roman }
        var cursor = start
        var letter = ""
        var letterDot = false
        // "A1." and "B2.3": one capital glued to the number; "A.1" and "B.2.3" with a period between them.
        if Bytes.isASCIIUpper(bytes[cursor]), cursor + 1 < range.upperBound {
            letterDot =
                bytes[cursor + 1] == Bytes.dot && cursor + 2 < range.upperBound && Bytes.isDigit(bytes[cursor + 2])
            if letterDot || Bytes.isDigit(bytes[cursor + 1]) {
                letter = String(UnicodeScalar(bytes[cursor]))
                cursor += letterDot ? 2 : 1
            } else if bytes[cursor + 1] == Bytes.dot {
                return letterChapter(in: range)
            }
        }
        guard let (components, afterNumber, endsWithDot) = number(from: cursor, to: range.upperBound) else {
            return nil
        }
        if !letter.isEmpty, !endsWithDot, !letterDot { return nil }
        let restStart = skipSeparator(from: skipBlanks(from: afterNumber, to: range.upperBound), to: range.upperBound)
        let rest = restStart..<range.upperBound
        if rest.isEmpty {
            // A lone "3" is a page number; "3." or "2.1" heads what follows.
            return endsWithDot || components.count > 1
                ? mark(.none, letter, components, start..<afterNumber, rest, letterDot: letterDot) : nil
        }
        // "1.Voldoende" has no blank after the period; anything else glued to the number is not a heading.
        guard restStart > afterNumber || endsWithDot else { return nil }
        guard Bytes.isUpperLetter(in: bytes, at: restStart) || startsWithQuotedCapital(restStart, range.upperBound)
        else { return nil }
        let heading = mark(.none, letter, components, start..<afterNumber, rest, letterDot: letterDot)
        // "1 Schuldhulpverlening" is a heading; "1 Ondergetekenden, ... (a page of text)" is not.
        if components.count == 1, !endsWithDot, letter.isEmpty, !heading.restIsTitle { return nil }
        return heading
    }

    private func keywordHeading(_ keyword: HeadingMark.Keyword, in range: Range<Int>, after length: Int)
        -> HeadingMark?
    {
        let numberStart = skipBlanks(from: range.lowerBound + length, to: range.upperBound)
        var roman: String?
        let components: [Int]
        let afterNumber: Int
        if let (found, end, _) = number(from: numberStart, to: range.upperBound) {
            (components, afterNumber) = (found, end)
        } else if let (value, end) = romanNumber(from: numberStart, to: range.upperBound) {
            // "Hoofdstuk IV": the number as written, its value for the checks of order.
            (components, afterNumber, roman) = ([value], end, source.string(numberStart..<end))
        } else {
            return nil
        }
        let restStart = skipSeparator(from: skipBlanks(from: afterNumber, to: range.upperBound), to: range.upperBound)
        var heading = mark(keyword, "", components, range.lowerBound..<afterNumber, restStart..<range.upperBound)
        if let roman { heading.label = roman }
        if !heading.rest.isEmpty, !heading.restIsTitle, Bytes.isLowerLetter(in: bytes, at: restStart) { return nil }
        return heading
    }

    /// "Artikel 3: Looptijd", "Hoofdstuk 2 - Betaalbaarheid", "Artikel 1 – Nieuwbouw", "Hoofdstuk 1 | Wonen": the
    /// sign between a number and its title, and the blanks after it.
    private func skipSeparator(from index: Int, to end: Int) -> Int {
        guard index < end else { return index }
        if bytes[index] == Bytes.colon || bytes[index] == Bytes.hyphen || bytes[index] == 0x7C {
            return skipBlanks(from: index + 1, to: end)
        }
        // En dash (E2 80 93) and em dash (E2 80 94), with a blank after them.
        if index + 3 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94,
            isBlank(at: index + 3)
        {
            return skipBlanks(from: index + 3, to: end)
        }
        return index
    }

    /// "II. BESCHIKBAARHEID", "IV. Samenwerking": a Roman number with a period and a title after it heads a chapter. Only I, V and X, up to 39: "C." and "D." head lettered lists far more often than chapters 100 and 500.
    private func romanHeading(in range: Range<Int>) -> HeadingMark? {
        guard let (value, end) = romanNumber(from: range.lowerBound, to: range.upperBound), end < range.upperBound,
            bytes[end] == Bytes.dot
        else { return nil }
        let restStart = skipBlanks(from: end + 1, to: range.upperBound)
        guard restStart > end + 1, restStart < range.upperBound, Bytes.isUpperLetter(in: bytes, at: restStart) else {
            return nil
        }
        let rest = restStart..<range.upperBound
        guard isTitle(rest) else { return nil }
        return HeadingMark(
            keyword: .chapter, letter: "", label: source.string(range.lowerBound..<end), components: [value],
            labelRange: range.lowerBound..<(end + 1), rest: rest, restIsTitle: true)
    }

    /// A Roman number of I, V and X in its usual form ("IV", not "IIII"), ending at a non-letter; its value and end.
    private func romanNumber(from index: Int, to end: Int) -> (Int, Int)? {
        var cursor = index
        while cursor < end, bytes[cursor] == 0x49 || bytes[cursor] == 0x56 || bytes[cursor] == 0x58 { cursor += 1 }
        guard cursor > index, cursor - index <= 6, cursor == end || !Bytes.isASCIILetter(bytes[cursor]) else {
            return nil
        }
        let written = bytes[index..<cursor]
        return Self.romanNumbers.firstIndex { $0.elementsEqual(written) }.map { ($0 + 1, cursor) }
    }

    /// The value of a Roman number as `romanNumber` reads it ("IV" is 4), for the checks of chapter order.
    static func romanValue(_ written: String) -> Int? {
        romanNumbers.firstIndex { $0.elementsEqual(written.utf8) }.map { $0 + 1 }
    }

    /// "I" to "XXXIX", each at its value less one.
    private static let romanNumbers: [[UInt8]] = (1...39).map { value in
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return Array(String(repeating: "X", count: value / 10).utf8) + Array(units[value % 10].utf8)
    }

    /// "Bijlage 1: Woningbouwplanlijst", "Bijlage A", "Bijlage 1a", "Bijlage": an annex, when what follows is a title.
    private func annexHeading(in range: Range<Int>) -> HeadingMark? {
        var cursor = range.lowerBound + 7
        let end = range.upperBound
        guard cursor == end || isBlank(at: cursor) || bytes[cursor] == Bytes.colon else { return nil }
        cursor = skipBlanks(from: cursor, to: end)
        let labelStart = cursor
        while cursor < end, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
        if cursor < end, Bytes.isASCIILetter(bytes[cursor]),
            cursor + 1 == end || !Bytes.isASCIILetter(bytes[cursor + 1])
        {
            cursor += 1  // "1a", "A"
        }
        let label = source.string(labelStart..<cursor)
        let labelEnd = cursor
        if cursor < end, bytes[cursor] == Bytes.dot { cursor += 1 }
        // "Bijlage 1: …", "Bijlage A - …", "Bijlage A – …"
        cursor = skipSeparator(from: skipBlanks(from: cursor, to: end), to: end)
        let rest = cursor..<end
        guard rest.isEmpty || isTitle(rest) else { return nil }
        return HeadingMark(
            keyword: .annex, letter: "", label: label, components: Int(label).map { [$0] } ?? [],
            labelRange: range.lowerBound..<max(labelEnd, range.lowerBound + 7), rest: rest, restIsTitle: true)
    }

    /// "1", "1.", "2.1", "1.4.1.": up to three digits, then parts of up to two; returns where it stops.
    private func number(from index: Int, to end: Int) -> ([Int], Int, Bool)? {
        var cursor = index
        var components: [Int] = []
        var endsWithDot = false
        while cursor < end {
            let digits = countDigits(from: cursor, to: end)
            guard digits > 0, digits <= (components.isEmpty ? 3 : 2) else { break }
            var value = 0
            for offset in cursor..<(cursor + digits) { value = value * 10 + Int(bytes[offset] - 0x30) }
            components.append(value)
            cursor += digits
            endsWithDot = cursor < end && bytes[cursor] == Bytes.dot
            guard endsWithDot else { break }
            cursor += 1
        }
        guard !components.isEmpty, components.count <= 8 else { return nil }
        // "3.5%" or "1.250" are amounts: what follows a heading number is a blank, a colon, a capital or nothing.
        if cursor < end, !isBlank(at: cursor), !endsWithDot, bytes[cursor] != Bytes.colon { return nil }
        // "2.0 Wonen" over "2.1 Nieuwbouw": the section numbered 0 is the chapter's own heading.
        if components.count == 2, components[1] == 0, components[0] > 0 { components.removeLast() }
        return (components, cursor, endsWithDot)
    }

    private func startsWithQuotedCapital(_ index: Int, _ end: Int) -> Bool {
        let quotes: Set<UInt8> = [0x27, 0x22, 0x28, 0x60]
        if quotes.contains(bytes[index]), index + 1 < end { return Bytes.isUpperLetter(in: bytes, at: index + 1) }
        // ‘ “ (E2 80 98/9C)
        if bytes[index] == 0xE2, index + 3 < end, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x98 || bytes[index + 2] == 0x9C
        {
            return Bytes.isUpperLetter(in: bytes, at: index + 3)
        }
        return false
    }

    private func mark(
        _ keyword: HeadingMark.Keyword, _ letter: String, _ components: [Int], _ label: Range<Int>,
        _ rest: Range<Int>, letterDot: Bool = false
    ) -> HeadingMark {
        var written = letter + (letterDot ? "." : "") + components.map(String.init).joined(separator: ".")
        if keyword != .none, written.isEmpty { written = source.string(label) }
        return HeadingMark(
            keyword: keyword, letter: letter, label: written, components: components, labelRange: label, rest: rest,
            restIsTitle: rest.isEmpty || isTitle(rest), letterDot: letterDot)
    }

    /// "A. Betaalbaarheid": a capital, a period and a title may head chapter A; `tokens()` keeps it a heading only
    /// where "A.1" or "A1." comes next.
    private func letterChapter(in range: Range<Int>) -> HeadingMark? {
        let start = range.lowerBound
        guard start + 2 < range.upperBound, isBlank(at: start + 2) else { return nil }
        let rest = skipBlanks(from: start + 2, to: range.upperBound)..<range.upperBound
        guard !rest.isEmpty, Bytes.isUpperLetter(in: bytes, at: rest.lowerBound), isTitle(rest) else { return nil }
        return mark(.none, String(UnicodeScalar(bytes[start])), [], start..<(start + 1), rest)
    }

    /// A title is short and is not a sentence: no final punctuation, no sentence break inside.
    private func isTitle(_ range: Range<Int>) -> Bool {
        guard range.count <= 100 else { return false }
        let last = bytes[range.upperBound - 1]
        if last == Bytes.dot || last == 0x2C || last == 0x3B || last == Bytes.colon { return false }
        var cursor = range.lowerBound
        while cursor + 1 < range.upperBound {
            if bytes[cursor] == Bytes.dot, bytes[cursor + 1] == Bytes.space, cursor + 2 < range.upperBound,
                Bytes.isASCIIUpper(bytes[cursor + 2])
            {
                return false
            }
            cursor += 1
        }
        return true
    }

    // MARK: Bullets

    private static let symbolMarkers: [[UInt8]] = [
        "•", "·", "–", "—", "-", "*", "\u{F0B7}", "\u{F0A7}", "▪", "■", "►", "➢", "✓", "○", "◦", "●", "‣", "⁃", "→",
    ].map { Array($0.utf8) }

    /// i, v, x and l in lower case.
    private static let romanLetters: [UInt8] = [0x69, 0x76, 0x78, 0x6C]

    private func bullet(in range: Range<Int>) -> BulletMark? {
        let start = range.lowerBound
        let end = range.upperBound
        for marker in Self.symbolMarkers where bytes[start...].starts(with: marker) {
            let after = start + marker.count
            // ASCII markers need a blank after them ("-2%" and "*noot" are text); glyphs do not.
            let needsBlank = marker.count == 1
            guard after < end, !needsBlank || isBlank(at: after) else { return nil }
            let text = skipBlanks(from: after, to: end)
            guard text < end else { return nil }
            let written = String(decoding: marker, as: UTF8.self)
            return BulletMark(marker: written, style: .symbol(written), markerRange: start..<after, text: text..<end)
        }
        // A symbol font's glyph that the PDF left in the private use area (U+F000 to U+F0FF: Wingdings' arrows,
        // checks and diamonds), with a blank after it.
        if bytes[start] == 0xEF, start + 3 < end, (0x80...0x83).contains(bytes[start + 1]), isBlank(at: start + 3) {
            let text = skipBlanks(from: start + 3, to: end)
            guard text < end else { return nil }
            let written = source.string(start..<(start + 3))
            return BulletMark(
                marker: written, style: .symbol(written), markerRange: start..<(start + 3), text: text..<end)
        }
        // "o " as used by word processors for the second level.
        if bytes[start] == 0x6F, start + 1 < end, isBlank(at: start + 1) {
            let text = skipBlanks(from: start + 1, to: end)
            return BulletMark(marker: "o", style: .symbol("o"), markerRange: start..<(start + 1), text: text..<end)
        }
        // "a." "b)" "(c)" and "1)" "(2)"
        var cursor = start
        let opened = bytes[cursor] == 0x28
        if opened { cursor += 1 }
        let digits = countDigits(from: cursor, to: end)
        let style: BulletMark.Style
        if digits > 0, digits <= 2 {
            style = .number
            cursor += digits
        } else if cursor < end, Bytes.isASCIILower(bytes[cursor]) {
            // "ii.", "iv)": lower-case Roman numerals count as letters, so that "i." and "ii." are one list.
            style = .letter
            let roman = bytes[cursor..<min(end, cursor + 5)].prefix { Self.romanLetters.contains($0) }.count
            cursor += roman >= 2 ? roman : 1
        } else {
            return nil
        }
        guard cursor + 1 < end else { return nil }
        let closer = bytes[cursor]
        guard closer == 0x29 || (closer == Bytes.dot && !opened && style == .letter) else { return nil }
        guard isBlank(at: cursor + 1) else { return nil }
        let text = skipBlanks(from: cursor + 1, to: end)
        guard text < end else { return nil }
        return BulletMark(
            marker: source.string(start..<(cursor + 1)), style: style, markerRange: start..<(cursor + 1),
            text: text..<end)
    }
}
