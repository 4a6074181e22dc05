/// Reads what the text states about itself: title, the jaarschijf's year, the agreement's period and the
/// municipality. One pass over the text collects years, periods and "gemeente X"; the choice uses context.
struct MetadataReader {
    let source: SourceText

    /// Words that name the genre; a title contains one, and a year or period right after one is the document's.
    static let genreWords = [
        "prestatieafspraken", "prestatieafspraak", "jaarschijf", "samenwerkingsovereenkomst", "meerjarenafspraken",
        "meerjarenafspraak", "convenant", "actualisatie", "jaarafspraken", "jaarafspraak", "woonafspraken",
        "uitvoeringsafspraken",
    ]
    /// Genre words found as whole words only: "Bod 2027", an association's offer, not "aanbod" or "bodem".
    static let wholeGenreWords = ["bod"]

    /// Whether the text names the genre.
    static func namesGenre(_ text: String) -> Bool {
        let lower = text.lowercased()
        if genreWords.contains(where: lower.includes) { return true }
        return wholeGenreWords.contains(where: lower.includes)
            && lower.split(whereSeparator: { !$0.isLetter }).contains {
                wholeGenreWords.contains(String($0))
            }
    }

    struct Candidate {
        var range: Range<Int>
        var start: Int
        var end: Int?
        /// The word before it, lower-cased, quotes skipped.
        var previousWord: String
    }

    /// The first short front-matter block that names the genre, or the first line of a long one ("Jaarafspraken
    /// 2027" over "tussen de gemeente …, … en …").
    func title(in frontMatter: [Block]) -> TextValue? {
        for block in frontMatter where Self.namesGenre(block.text) {
            if block.text.utf8.count <= 160 { return TextValue(text: block.text, span: block.span) }
            let line = source.offset(of: block.lines[0].start)..<source.offset(of: block.lines[0].end)
            let text = source.string(line)
            if line.count <= 160, Self.namesGenre(text) { return TextValue(text: text, span: block.lines[0]) }
        }
        return nil
    }

    /// The jaarschijf's year and the agreement's period.
    func yearAndPeriod(title: TextValue?) -> (YearValue?, PeriodValue?) {
        let candidates = yearCandidates()
        func inTitle(_ candidate: Candidate) -> Bool {
            guard let title else { return false }
            let offset = source.position(at: candidate.range.lowerBound).offset
            return title.span.start.offset <= offset && offset < title.span.end.offset
        }
        func afterGenreWord(_ candidate: Candidate) -> Bool {
            Self.genreWords.contains(candidate.previousWord) || Self.wholeGenreWords.contains(candidate.previousWord)
        }

        let years = candidates.filter { $0.end == nil }
        let year =
            years.first { $0.previousWord == "jaarschijf" }
            ?? years.first { inTitle($0) && afterGenreWord($0) }
            ?? years.first(where: afterGenreWord)
            // "Prestatieafspraken Ede 2027": the one year the title writes.
            ?? (years.filter(inTitle).count == 1 ? years.first(where: inTitle) : nil)
        let periods = candidates.filter { $0.end != nil }
        let period = periods.first(where: inTitle) ?? periods.first(where: afterGenreWord)
        return (
            year.map {
                YearValue(year: $0.start, written: written($0), span: source.span(wordStart($0)..<$0.range.upperBound))
            },
            period.map {
                PeriodValue(
                    startYear: $0.start, endYear: $0.end!, written: source.string($0.range),
                    span: source.span($0.range))
            }
        )
    }

    /// The name that follows "gemeente" most often, capitalised words only ("gemeente De Bilt").
    func municipality() -> TextValue? {
        // Counted in any case ("GEMEENTE HEERDE" on the cover is "Gemeente Heerde"), named as first written in
        // mixed case where it is.
        var counts: [String: (count: Int, first: Range<Int>, text: String)] = [:]
        var order: [String] = []
        var scanner = Scanner(source.bytes, range: 0..<source.bytes.count)
        while let found = nextGemeente(from: scanner.offset) {
            scanner.offset = found
            if scanner.isAtWordStart, scanner.skip(word: "gemeente") {
                // "de gemeente Woonstichting Zuid" (the municipality and then another party) names no municipality.
                if let name = capitalisedWords(&scanner),
                    !SigningReader.organisationWords.contains(where: {
                        Bytes.matches(source.bytes, at: name.lowerBound, $0)
                    })
                {
                    let text = TextJoiner.join([name], in: source.bytes)
                    let key = text.lowercased()
                    if var known = counts[key] {
                        known.count += 1
                        func isCapitals(_ text: String) -> Bool { !text.utf8.contains(where: Bytes.isASCIILower) }
                        if isCapitals(known.text), !isCapitals(text) {
                            (known.first, known.text) = (name, text)
                        }
                        counts[key] = known
                    } else {
                        order.append(key)
                        counts[key] = (1, name, text)
                    }
                }
                continue
            }
            scanner.offset += 1
        }
        guard let best = order.max(by: { counts[$0]!.count < counts[$1]!.count }) else { return nil }
        // max(by:) returns the last of equals; prefer the first mentioned.
        let top = counts[order.first { counts[$0]!.count == counts[best]!.count }!]!
        return TextValue(text: top.text, span: source.span(top.first))
    }

    /// Where the next "gemeente", any case, starts. This looks at the whole text, so eight bytes are passed over at
    /// once where none of them is a "g" or "G" before an "e" or "E" ("g" alone is too common to stop at).
    private func nextGemeente(from start: Int) -> Int? {
        source.bytes.withUnsafeBufferPointer { bytes in
            var index = start
            while index + 9 <= bytes.count {
                // "g" and, one byte on, "e", in either case: 0x20 set makes a capital small.
                let g = EightBytes.equal(EightBytes.folded(EightBytes.load(bytes, index)), 0x67)
                let e = EightBytes.equal(EightBytes.folded(EightBytes.load(bytes, index + 1)), 0x65)
                if g & e == 0 {
                    index += 8
                    continue
                }
                index += EightBytes.firstMarked(g & e)
                if bytes[index] | 0x20 == 0x67, bytes[index + 1] | 0x20 == 0x65,
                    Bytes.matches(bytes, at: index, "gemeente")
                {
                    return index
                }
                index += 1
            }
            // The last bytes, one at a time.
            while index + 8 <= bytes.count {
                if Bytes.matches(bytes, at: index, "gemeente") { return index }
                index += 1
            }
            return nil
        }
    }

    /// Where the next digit is, passing over eight bytes at once where none is one.
    private func nextDigit(from start: Int) -> Int? {
        source.bytes.withUnsafeBufferPointer { bytes in
            var index = start
            while index + 8 <= bytes.count {
                let chunk = EightBytes.load(bytes, index)
                if EightBytes.within(chunk, 0x30..<0x3A) != 0 { break }
                index += 8
            }
            while index < bytes.count {
                if Bytes.isDigit(bytes[index]) { return index }
                index += 1
            }
            return nil
        }
    }

    private func capitalisedWords(_ scanner: inout Scanner) -> Range<Int>? {
        var probe = scanner
        guard probe.skip(Bytes.space) || probe.skip(Bytes.tab) else { return nil }
        let start = probe.offset
        var end = start
        while !probe.isAtEnd {
            // "'s-Hertogenbosch", "’s-Gravenhage": the old article glued to the name.
            var word = probe
            if word.skip(0x27) || word.skip(word: "’") {
                guard word.skip(0x73), word.skip(Bytes.hyphen) else { break }
            }
            guard Bytes.isUpperLetter(in: source.bytes, at: word.offset), word.readWord() != nil else { break }
            end = word.offset
            var next = word
            if next.skip(Bytes.hyphen) {
                probe = next
                continue
            }
            guard next.skip(Bytes.space) else { break }
            // "Bergen op Zoom", "Alphen aan den Rijn": lower-case words between capitalised ones.
            var joined = next
            if let byte = joined.current, Bytes.isASCIILower(byte) {
                while Self.placeJoiners.contains(where: { joined.skip(word: $0) }), joined.skip(Bytes.space) {}
            }
            probe = joined
        }
        guard end > start else { return nil }
        scanner.offset = end
        return start..<end
    }

    private static let placeJoiners: [StaticString] = ["op", "aan", "den", "de", "der", "van", "bij", "ter"]

    /// Every four-digit year from 1900 to 2099, and every period "2022-2026", "2020 t/m 2025", "2019 - 2024".
    private func yearCandidates() -> [Candidate] {
        var found: [Candidate] = []
        var scanner = Scanner(source.bytes, range: 0..<source.bytes.count)
        while let digit = nextDigit(from: scanner.offset) {
            scanner.offset = digit
            guard scanner.isAtWordStart else {
                scanner.offset += 1
                continue
            }
            let start = scanner.offset
            guard let (first, digits) = scanner.readNumber(limit: 4), digits == 4,
                DateReader.plausibleYears.contains(first),
                scanner.current.map({ !Bytes.isDigit($0) }) ?? true
            else {
                while !scanner.isAtEnd, Bytes.isDigit(source.bytes[scanner.offset]) { scanner.offset += 1 }
                continue
            }
            var candidate = Candidate(
                range: start..<scanner.offset, start: first, end: nil,
                previousWord: previousWord(before: start))
            var probe = scanner
            probe.skipSpace()
            if probe.skip(Bytes.hyphen) || probe.skip(word: "t/m") || probe.skip(word: "tot en met")
                || probe.skipEnDash()
            {
                probe.skipSpace()
                if let (last, lastDigits) = probe.readNumber(limit: 4), lastDigits == 4, last > first,
                    last - first <= 30
                {
                    candidate.end = last
                    candidate.range = start..<probe.offset
                    scanner = probe
                }
            }
            found.append(candidate)
        }
        return found
    }

    private func previousWord(before offset: Int) -> String {
        var end = offset
        let bytes = source.bytes
        // skip blanks and quotes: "`jaarschijf 2026'", "‘meerjarenafspraken 2022-2026’"
        while end > 0,
            Bytes.isBlank(bytes[end - 1]) || bytes[end - 1] == Bytes.newline || bytes[end - 1] == 0x27
                || bytes[end - 1] == 0x60 || bytes[end - 1] == 0x22
        {
            end -= 1
        }
        var start = end
        while start > 0, Bytes.isASCIILetter(bytes[start - 1]) || bytes[start - 1] >= 0x80 { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }

    private func wordStart(_ candidate: Candidate) -> Int {
        guard candidate.previousWord == "jaarschijf" else { return candidate.range.lowerBound }
        var index = candidate.range.lowerBound
        let target = candidate.previousWord.utf8.count
        while index > 0 {
            index -= 1
            if Bytes.matches(source.bytes, at: index, "jaarschijf"), index + target <= candidate.range.lowerBound {
                return index
            }
        }
        return candidate.range.lowerBound
    }

    private func written(_ candidate: Candidate) -> String {
        TextJoiner.join([wordStart(candidate)..<candidate.range.upperBound], in: source.bytes)
    }
}

extension Scanner {
    /// "–" (E2 80 93), the en dash that typesetting puts between years.
    mutating func skipEnDash() -> Bool {
        guard offset + 2 < end, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x93 else {
            return false
        }
        offset += 3
        return true
    }
}
