/// Reads the signing block: the date and place of signing, the organisations that sign and who signs for them.
/// It reads the blocks' joined text, so a date hyphenated across lines is still found; spans map back.
/// Organisations are found by the words Dutch legal names start with ("Gemeente", "Woningstichting" …).
struct SigningReader {
    let source: SourceText

    /// Titles of the signing, in lower case: never a name that signs, though one may stand twice.
    static let headings: Set<String> = ["ondertekening", "ondertekening door partijen", "handtekeningen"]

    /// Words that open an organisation's name when capitalised.
    static let organisationWords: [StaticString] = [
        "gemeente", "woningstichting", "woonstichting", "stichting", "woningcorporatie", "wooncorporatie",
        "woningbouwvereniging", "woningbouwcorporatie", "huurdersvereniging", "huurdersbelangenvereniging",
        "huurderbelangenvereniging", "huurdersorganisatie", "huurdersraad", "huurdersplatform", "huurderskoepel",
        "bewonersraad", "vereniging", "woonbedrijf", "huurdersbelang", "bewonersvereniging", "bewonersorganisatie",
    ]

    /// Words that end a name: the person who signs, or the clause about them, follows.
    static let personWords: [StaticString] = [
        "mevrouw", "meneer", "de heer", "dhr", "mevr", "mw", "wethouder", "burgemeester", "directeur", "voorzitter",
        "namens", "rechtsgeldig", "vertegenwoordigd", "hierna", "bestuurder", "secretaris",
    ]

    /// Reads what the signing title and blocks state.
    func read(title: TextValue?, blocks: [Block]) -> Signing? {
        guard title != nil || !blocks.isEmpty else { return nil }
        var span = title?.span ?? blocks[0].span
        for block in blocks { span = span.union(block.span) }
        // Each block on a line of its own, so that names never run from one block into the next.
        var text = TextJoiner.Mapped()
        for block in blocks {
            let joined = TextJoiner.joinMapped(block.lines.map { trimmedLine($0.start.line - 1) }, in: source.bytes)
            if !text.bytes.isEmpty { text.append(Bytes.newline, from: text.sourceOffset(text.bytes.count - 1)) }
            text.append(joined)
        }
        let (date, place) = dateAndPlace(in: text)
        let found: [TextValue] =
            (organisations(in: text) + namesInColumns(of: blocks)
            + namesAbovePeople(in: blocks) + namesAfterVoor(in: blocks))
            .reduce(into: []) { found, name in
                if !found.contains(where: { $0.text == name.text }) { found.append(name) }
            }
        // "Huurdersplatform Lindewijk", found inside "Stichting Huurdersplatform Lindewijk", is that name's end.
        let signatories = found.filter { name in
            !found.contains { $0.span != name.span && $0.span.start <= name.span.start && name.span.end <= $0.span.end }
        }.sorted { $0.span.start.offset < $1.span.start.offset }
        let signers = self.signers(for: signatories, in: blocks)
        return Signing(
            heading: title, blocks: blocks, date: date, place: place, signatories: signatories,
            signers: signers.isEmpty ? nil : signers, span: span)
    }

    func trimmedLine(_ index: Int) -> Range<Int> { trimmed(source.lineRange(index)) }

    /// The range without the blanks at its ends.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var range = range
        while !range.isEmpty, Bytes.isBlank(source.bytes[range.lowerBound]) { range = range.dropFirst() }
        while !range.isEmpty, Bytes.isBlank(source.bytes[range.upperBound - 1]) { range = range.dropLast() }
        return range
    }

    private func value(_ range: Range<Int>, in text: TextJoiner.Mapped) -> TextValue {
        TextValue(text: String(decoding: text.bytes[range], as: UTF8.self), span: source.span(text.sourceRange(range)))
    }

    // MARK: Date and place

    /// "ondertekend op 6 december" names the signing date; other dates in the block may be about validity.
    private func dateAndPlace(in text: TextJoiner.Mapped) -> (SigningDate?, TextValue?) {
        let signed = signedWord(in: text)
        let found = dateAndPlace(from: signed ?? 0, in: text) ?? dateAndPlace(from: 0, in: text)
        let date = found?.date
        var place = found?.place
        // "ondertekend te Utrecht op 12 december 2024": the place may come first.
        if place == nil, let signed {
            var scanner = Scanner(text.bytes, range: signed..<text.bytes.count)
            place = self.place(after: &scanner, in: text)
        }
        // "Rivierstad, 10 december 2025" on a line of its own.
        if place == nil, let found { place = self.place(before: found.dateStart, in: text) }
        // "Plaats: Epe", as a form of signatures asks it.
        if place == nil, let label = Self.end(of: text.bytes, { $0.skip(word: "plaats") && $0.skip(Bytes.colon) }) {
            var scanner = Scanner(text.bytes, range: label..<text.bytes.count)
            place = self.place(after: &scanner, in: text, preposition: false)
        }
        return (date, place)
    }

    /// Where the text says it was signed, else where it says it was agreed ("Aldus overeengekomen te …").
    private func signedWord(in text: TextJoiner.Mapped) -> Int? {
        Self.end(of: text.bytes) { $0.skip(word: "ondertekend") || $0.skip(word: "getekend") }
            ?? Self.end(of: text.bytes) { $0.skip(word: "overeengekomen") }
    }

    /// The end of the first word `matches` takes at a word start.
    private static func end(of bytes: [UInt8], _ matches: (inout Scanner) -> Bool) -> Int? {
        var scanner = Scanner(bytes, range: 0..<bytes.count)
        while !scanner.isAtEnd {
            if scanner.isAtWordStart, matches(&scanner) { return scanner.offset }
            scanner.offset += 1
        }
        return nil
    }

    /// The first date from `start` on, and the place after it ("12 december 2024 te Utrecht").
    private func dateAndPlace(from start: Int, in text: TextJoiner.Mapped)
        -> (date: SigningDate, place: TextValue?, dateStart: Int)?
    {
        var scanner = Scanner(text.bytes, range: start..<text.bytes.count)
        while !scanner.isAtEnd {
            if Bytes.isDigit(text.bytes[scanner.offset]), scanner.isAtWordStart, let found = DateReader.read(&scanner) {
                let written = value(found.range, in: text)
                return (
                    SigningDate(written: written.text, iso: found.iso, span: written.span),
                    place(after: &scanner, in: text), found.range.lowerBound
                )
            }
            scanner.offset += 1
        }
        return nil
    }

    /// "te Velp", also as OCR reads it ("to Hillegom"): capitalised words after the preposition, or without one
    /// after a label.
    private func place(after scanner: inout Scanner, in text: TextJoiner.Mapped, preposition: Bool = true)
        -> TextValue?
    {
        scanner.skipSpace()
        if preposition {
            guard scanner.skip(word: "te") || scanner.skip(word: "to") || scanner.skip(word: "in") else { return nil }
            scanner.skipSpace()
        }
        let start = scanner.offset
        var end = start
        while !scanner.isAtEnd, Bytes.isUpperLetter(in: text.bytes, at: scanner.offset), scanner.readWord() != nil {
            end = scanner.offset
            var next = scanner
            if next.skip(Bytes.hyphen) || next.skip(Bytes.space) { scanner = next } else { break }
        }
        return end > start ? value(start..<end, in: text) : nil
    }

    /// "Rivierstad, 10 december 2025": capitalised words and a comma, alone on the line before the date.
    private func place(before date: Int, in text: TextJoiner.Mapped) -> TextValue? {
        var start = date
        while start > 0, text.bytes[start - 1] != Bytes.newline { start -= 1 }
        var end = date
        while end > start, text.bytes[end - 1] == Bytes.space { end -= 1 }
        guard end > start + 1, text.bytes[end - 1] == 0x2C, Bytes.isUpperLetter(in: text.bytes, at: start) else {
            return nil
        }
        end -= 1
        // Words and hyphens only ("'s-Hertogenbosch", "Bergen op Zoom"), no more than four.
        let name = text.bytes[start..<end]
        guard !name.contains(where: { Bytes.isDigit($0) || $0 == 0x2C || $0 == Bytes.dot }),
            name.split(separator: Bytes.space).count <= 4
        else { return nil }
        return value(start..<end, in: text)
    }

    // MARK: Organisations

    /// Names that start with an organisation word and run to punctuation, a person or the next name.
    private func organisations(in text: TextJoiner.Mapped) -> [TextValue] {
        var found: [TextValue] = []
        var scanner = Scanner(text.bytes, range: 0..<text.bytes.count)
        while !scanner.isAtEnd {
            // "Namens de gemeente Zandvoort,", "De gemeente Hoorn": after "namens" or an article the name may start
            // in lower case.
            let first = text.bytes[scanner.offset] | 0x20
            if first == 0x6E || first == 0x64, scanner.isAtWordStart,
                var afterNamens = Self.afterNamens(scanner)
                    ?? (opensCell(scanner.offset, in: text) ? Self.afterArticle(scanner) : nil),
                Bytes.isASCIILower(text.bytes[afterNamens.offset]),
                let name = organisation(at: &afterNamens, in: text)
            {
                if !found.contains(where: { $0.text == name.text }) { found.append(name) }
                scanner = afterNamens
                continue
            }
            if Bytes.isASCIIUpper(text.bytes[scanner.offset]), scanner.isAtWordStart,
                let name = organisation(at: &scanner, in: text)
            {
                if !found.contains(where: { $0.text == name.text }) { found.append(name) }
                continue
            }
            scanner.offset += 1
        }
        return found
    }

    /// Where the name after "namens de " or "namens het " starts.
    private static func afterNamens(_ scanner: Scanner) -> Scanner? {
        var probe = scanner
        guard probe.skip(word: "namens"), probe.skip(Bytes.space),
            probe.skip(word: "de") || probe.skip(word: "het"), probe.skip(Bytes.space), !probe.isAtEnd
        else { return nil }
        return probe
    }

    /// Whether a line or a column starts at `offset` with a capital: "De gemeente Hoorn     Intermaris", not "de
    /// gemeente" inside a sentence.
    private func opensCell(_ offset: Int, in text: TextJoiner.Mapped) -> Bool {
        Bytes.isASCIIUpper(text.bytes[offset])
            && (offset == 0 || text.bytes[offset - 1] == Bytes.newline || isColumnBreak(at: offset - 1, in: text)
                || text.sourceOffset(offset) > 0 && source.bytes[text.sourceOffset(offset) - 1] == Bytes.newline)
    }

    /// Where the name after "de " starts ("De gemeente Hoorn").
    private static func afterArticle(_ scanner: Scanner) -> Scanner? {
        var probe = scanner
        guard probe.skip(word: "de"), probe.skip(Bytes.space), !probe.isAtEnd else { return nil }
        return probe
    }

    private func organisation(at scanner: inout Scanner, in text: TextJoiner.Mapped) -> TextValue? {
        var probe = scanner
        guard Self.organisationWords.contains(where: { probe.skip(word: $0) }) else { return nil }
        let start = scanner.offset
        var end = probe.offset
        var words = 0
        while !isColumnBreak(at: probe.offset, in: text), probe.skip(Bytes.space), !probe.isAtEnd {
            var lookahead = probe
            let startsName =
                Bytes.isASCIIUpper(text.bytes[probe.offset])
                && Self.organisationWords.contains { lookahead.skip(word: $0) }
            if startsName || Self.personWords.contains(where: { lookahead.skip(word: $0) }) { break }
            // "… Oost en de Huurdersraad HLL": the next name, not this one's "en".
            if Self.nextOrganisation(after: probe) != nil { break }
            guard let word = probe.readWordWithMarks() else { break }
            end = word.upperBound
            words += 1
        }
        scanner.offset = end
        return words > 0 ? value(start..<end, in: text) : nil
    }

    /// Whether the blank at joined offset `offset` stands for a gap between columns ("Gemeente X      Stichting Y",
    /// or a tab), or for the end of a line that has such gaps: a name in a column does not run on into the next
    /// column, nor into the line below, where the person who signs stands.
    private func isColumnBreak(at offset: Int, in text: TextJoiner.Mapped) -> Bool {
        guard offset > 0, offset + 1 < text.bytes.count, text.bytes[offset] == Bytes.space else { return false }
        let before = text.sourceOffset(offset - 1)
        let after = text.sourceOffset(offset + 1)
        guard after > before else { return false }
        let gap = source.bytes[(before + 1)..<after]
        guard gap.contains(Bytes.newline) else { return gap.count >= 2 || gap.contains(Bytes.tab) }
        return hasColumns(line: source.lineIndex(containing: before))
    }

    /// "Gemeente X      Woonzorg Y      Stichting Z": on a row of columns where one name starts with an organisation
    /// word, the others are names of organisations too, though their own words do not say so. A row of people
    /// ("J. de Vries      A. Bakker") has no such name.
    private func namesInColumns(of blocks: [Block]) -> [TextValue] {
        var found: [TextValue] = []
        for line in Set(blocks.flatMap { $0.lines.map { $0.start.line - 1 } }).sorted() where hasColumns(line: line) {
            let cells = columns(of: trimmedLine(line))
            guard cells.contains(where: startsWithOrganisationWord) else { continue }
            for cell in cells where isOrganisationName(cell) {
                found.append(TextValue(text: source.string(cell), span: source.span(cell)))
            }
        }
        return found
    }

    /// "Ymere" above "bestuurder L. Visser" or "L. Visser", or before it on its line ("Woonlinie, A. de Wit,
    /// directeur-bestuurder"): a name on a line of its own above the one who signs for it, or before a comma and
    /// them, signs, though no word of it says what it is, when the agreement names it before its signing ("Voor
    /// akkoord" above a person is named nowhere else).
    private func namesAbovePeople(in blocks: [Block]) -> [TextValue] {
        // Lines of one block follow each other, page furniture aside; lines of two blocks must touch.
        let lines = blocks.enumerated().flatMap { block, element in element.lines.map { (block, $0.start.line - 1) } }
        guard let first = lines.first?.1 else { return [] }
        var names = zip(lines, lines.dropFirst()).compactMap { above, below -> Range<Int>? in
            let (line, next) = (above.1, below.1)
            guard above.0 == below.0 || next == line + 1, !hasColumns(line: line) else { return nil }
            let name = trimmedLine(line)
            return !name.isEmpty && isOrganisationName(name) && opensWithPerson(trimmedLine(next)) ? name : nil
        }
        for (_, line) in lines where !hasColumns(line: line) {
            let whole = trimmedLine(line)
            guard let comma = source.bytes[whole].firstIndex(of: 0x2C) else { continue }
            var person = comma + 1
            while person < whole.upperBound, source.bytes[person] == Bytes.space { person += 1 }
            let name = whole.lowerBound..<comma
            if !name.isEmpty, isOrganisationName(name), opensWithPerson(person..<whole.upperBound) {
                names.append(name)
            }
        }
        guard !names.isEmpty else { return [] }
        let before = String(decoding: source.bytes[..<source.lineRange(first).lowerBound], as: UTF8.self)
        return names.map { TextValue(text: source.string($0), span: source.span($0)) }.filter {
            before.includes($0.text)
        }
    }

    /// "Voor de gemeente Leusveld:", "Voor Portaal:", "namens Woonpartners,": a line, or a column of one, that
    /// says for whom the one below signs names a signatory, whatever its name says it is.
    private func namesAfterVoor(in blocks: [Block]) -> [TextValue] {
        var found: [TextValue] = []
        let lines = blocks.flatMap { $0.lines.map { trimmedLine($0.start.line - 1) } }
        for line in lines.flatMap(columns(of:)) where line.count > 6 {
            let bytes = source.bytes
            let last = bytes[line.upperBound - 1]
            var scanner = Scanner(bytes, range: line)
            guard last == Bytes.colon || last == 0x2C,
                (Bytes.isASCIIUpper(bytes[line.lowerBound]) && scanner.skip(word: "voor"))
                    || scanner.skip(word: "namens"),
                scanner.skip(Bytes.space)
            else { continue }
            var probe = scanner
            if (probe.skip(word: "de") || probe.skip(word: "het")) && probe.skip(Bytes.space) { scanner = probe }
            let name = scanner.offset..<(line.upperBound - 1)
            // A name, not "Voor akkoord:": a capital first or inside its first word ("deltaWonen"), or a kind of
            // organisation ("namens de gemeente Epe,").
            var kind = Scanner(bytes, range: name)
            let firstWord = bytes[name].prefix { $0 != Bytes.space }
            guard !name.isEmpty,
                Bytes.isUpperLetter(in: bytes, at: name.lowerBound) || firstWord.contains(where: Bytes.isASCIIUpper)
                    || Self.organisationWords.contains(where: { kind.skip(word: $0) }),
                !bytes[name].contains(where: { $0 == Bytes.colon || $0 == 0x2C || $0 == Bytes.dot }),
                bytes[name].count(where: { $0 == Bytes.space }) < 8
            else { continue }
            for part in organisations(joinedIn: name) {
                found.append(TextValue(text: source.string(part), span: source.span(part)))
            }
        }
        return found
    }

    /// "Huurdersvereniging Oost en de Huurdersraad HLL": two organisations, parted at an "en" before a kind of
    /// organisation; "Woonstichting Vecht en Omstreken" is one.
    private func organisations(joinedIn name: Range<Int>) -> [Range<Int>] {
        let bytes = source.bytes
        var scanner = Scanner(bytes, range: name)
        while !scanner.isAtEnd {
            let space = scanner.offset
            if bytes[space] == Bytes.space, scanner.skip(Bytes.space), let next = Self.nextOrganisation(after: scanner)
            {
                return [name.lowerBound..<space] + organisations(joinedIn: next.offset..<name.upperBound)
            }
            scanner.offset = space + 1
        }
        return [name]
    }

    /// Past "en", or "en de", before a kind of organisation: where the next name starts; nil before anything else.
    private static func nextOrganisation(after scanner: Scanner) -> Scanner? {
        var probe = scanner
        guard probe.skip(word: "en"), probe.skip(Bytes.space) else { return nil }
        var article = probe
        if (article.skip(word: "de") || article.skip(word: "het")) && article.skip(Bytes.space) { probe = article }
        var kind = probe
        return organisationWords.contains(where: { kind.skip(word: $0) }) ? probe : nil
    }

    /// A line that opens with a person: a role ("wethouder", "directeur-bestuurder") or an initial ("L. Visser").
    private func opensWithPerson(_ line: Range<Int>) -> Bool {
        let bytes = source.bytes
        guard line.count >= 3 else { return false }
        if Bytes.isASCIIUpper(bytes[line.lowerBound]), bytes[line.lowerBound + 1] == Bytes.dot { return true }
        var scanner = Scanner(bytes, range: line)
        return Self.personWords.contains { scanner.skip(word: $0) }
    }

    /// The parts of a line between gaps of two blanks or a tab.
    func columns(of line: Range<Int>) -> [Range<Int>] {
        let bytes = source.bytes
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        var index = line.lowerBound
        while index < line.upperBound {
            let isGap =
                bytes[index] == Bytes.tab
                || (bytes[index] == Bytes.space && index + 1 < line.upperBound && Bytes.isBlank(bytes[index + 1]))
            guard isGap else {
                index += 1
                continue
            }
            if index > start { cells.append(start..<index) }
            while index < line.upperBound, Bytes.isBlank(bytes[index]) { index += 1 }
            start = index
        }
        if line.upperBound > start { cells.append(start..<line.upperBound) }
        return cells
    }

    private func startsWithOrganisationWord(_ cell: Range<Int>) -> Bool {
        var scanner = Scanner(source.bytes, range: cell)
        return Bytes.isUpperLetter(in: source.bytes, at: cell.lowerBound)
            && Self.organisationWords.contains { scanner.skip(word: $0) }
    }

    /// One to five words, the first capitalised or with a capital inside ("deltaWonen"), without digits or sentence
    /// marks, and no person ("A. Bakker", "mevrouw …", "Wethouder …").
    private func isOrganisationName(_ cell: Range<Int>) -> Bool {
        let bytes = source.bytes
        let firstWord = bytes[cell].prefix { $0 != Bytes.space }
        guard
            Bytes.isUpperLetter(in: bytes, at: cell.lowerBound)
                || firstWord.dropFirst().contains(where: Bytes.isASCIIUpper)
        else { return false }
        var words = 1
        for index in cell {
            let byte = bytes[index]
            if Bytes.isDigit(byte) || byte == 0x2C || byte == Bytes.colon || byte == 0x3B { return false }
            // An initial: a period at the end of a word.
            if byte == Bytes.dot, index + 1 == cell.upperBound || bytes[index + 1] == Bytes.space { return false }
            if byte == Bytes.space { words += 1 }
        }
        var scanner = Scanner(bytes, range: cell)
        return words <= 5 && !Self.personWords.contains { scanner.skip(word: $0) }
    }

    /// Whether a line has a gap between columns in it: a tab, or two blanks.
    private func hasColumns(line: Int) -> Bool {
        let bytes = source.bytes
        return trimmedLine(line).dropLast().contains {
            bytes[$0] == Bytes.tab || (bytes[$0] == Bytes.space && bytes[$0 + 1] == Bytes.space)
        }
    }

    // MARK: Signing without a title

    /// A block that opens the signing when no "Ondertekening" title does: it says the agreement was signed or
    /// agreed ("Aldus overeengekomen en ondertekend …", "Was getekend", "Aldus overeengekomen te …"), or it is a
    /// place and a date alone ("Rivierstad, 10 december 2025").
    static func opensSigning(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.text.utf8.count <= 300 else { return false }
        let bytes = Array(block.text.utf8)
        let says = end(of: bytes) {
            $0.skip(word: "ondertekend") || $0.skip(word: "getekend") || $0.skip(word: "overeengekomen")
        }
        if says != nil { return true }
        guard let comma = bytes.firstIndex(of: 0x2C), Bytes.isUpperLetter(in: bytes, at: 0) else { return false }
        var scanner = Scanner(bytes, range: (comma + 1)..<bytes.count)
        scanner.skipSpace()
        guard DateReader.read(&scanner) != nil else { return false }
        _ = scanner.skip(Bytes.dot)
        return scanner.isAtEnd
    }

    /// Short lines of a signature: a name, a role, a person ("P. Jansen, wethouder"), in columns or not; not a
    /// sentence.
    static func isSignatureName(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.lines.count <= 4, block.text.utf8.count <= 100 * block.lines.count,
            let last = block.text.utf8.last
        else { return false }
        // "Voor akkoord:" over the signatures.
        if ["voor akkoord:", "akkoord:", "voor akkoord"].contains(block.text.lowercased()) { return true }
        return last != Bytes.dot && last != Bytes.colon && last != 0x3B
    }

    /// A single short line of organisation names, as a PDF leaves signatures: "Gemeente X  Woningstichting Y".
    static func isSignatureLine(_ block: Block) -> Bool {
        guard block.lines.count == 1, block.kind == .paragraph, block.text.utf8.count <= 120,
            let last = block.text.last, !".;:,".contains(last)
        else { return false }
        let bytes = Array(block.text.utf8)
        var scanner = Scanner(bytes, range: 0..<bytes.count)
        return Bytes.isASCIIUpper(bytes[0]) && organisationWords.contains { scanner.skip(word: $0) }
    }
}

extension Scanner {
    /// A word of letters, digits, apostrophes, periods and hyphens: "S.H.O.W.", "'s-Hertogenbosch", "Kernen".
    mutating func readWordWithMarks() -> Range<Int>? {
        let start = offset
        while offset < end {
            let byte = bytes[offset]
            if byte == 0x2C || byte == Bytes.colon || byte == 0x3B || byte == 0x28 || byte == 0x29
                || Bytes.isBlank(byte) || byte == Bytes.newline
            {
                break
            }
            offset += 1
        }
        return offset > start ? start..<offset : nil
    }
}
