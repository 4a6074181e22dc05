/// Reads dates, deadlines and periods: "uiterlijk Q1 2026", "1e kwartaal 2026", "medio december 2021",
/// "per 1 januari 2017", "16-12-2024", "vanaf 2030", "2020 t/m 2025", "in Q1" (year inferred), and relative
/// deadlines ("uiterlijk twee weken voorafgaand aan …"). A bare number is a year only where context says so.
struct TimeReader {
    let phrase: Phrase
    /// Findings such as an impossible date or a repaired quarter.
    private(set) var diagnostics: [Diagnostic] = []

    init(_ phrase: Phrase) { self.phrase = phrase }

    private typealias Qualifier = TimeExpression.Qualifier

    private static let singleQualifiers: KeywordTable<Qualifier> = [
        Word.key("uiterlijk"): .uiterlijk, Word.key("voor"): .voor, Word.key("vóór"): .voor, Word.key("vanaf"): .vanaf,
        Word.key("tot"): .tot, Word.key("in"): .in, Word.key("per"): .per, Word.key("na"): .na,
        Word.key("medio"): .medio, Word.key("begin"): .begin, Word.key("eind"): .eind, Word.key("einde"): .eind,
        Word.key("ultimo"): .ultimo, Word.key("rond"): .rond, Word.key("omstreeks"): .rond,
        Word.key("halverwege"): .medio, Word.key("binnen"): .binnen, Word.key("tussen"): .tussen,
        // "gedurende 2027": within the time, as "in".
        Word.key("gedurende"): .in,
    ]
    // Switches, not sets: a set of a String-backed enum hashes the raw string at every lookup.
    private static func isDeadline(_ qualifier: Qualifier) -> Bool {
        switch qualifier {
        case .uiterlijk, .voor, .tot, .vanaf, .per, .na: true
        default: false
        }
    }
    private static func isPartOfTime(_ qualifier: Qualifier) -> Bool {
        switch qualifier {
        case .begin, .medio, .eind, .ultimo: true
        default: false
        }
    }
    static let months: KeywordTable<Int> = {
        let names = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ]
        return KeywordTable(
            names.enumerated().map { (Word.key($0.element), $0.offset + 1) }
                + shortMonths.map { (Word.key($0.0), $0.1) })
    }()
    /// "jan.", "sept.", "okt": the short forms of tables and planning sheets.
    private static let shortMonths = [
        ("jan", 1), ("feb", 2), ("febr", 2), ("mrt", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("dec", 12),
    ]
    private static let shortMonthKeys = Keys.set(shortMonths.map(\.0))
    private static let kwartaal = Keys.set(["kwartaal", "kw"])
    /// Spring, summer and autumn, as TIMEX3 numbers them here (`TimeExpression.seasonCodes`); winter runs over
    /// the turn of the year and is left out.
    private static let seasons: KeywordTable<Int> = [
        Word.key("voorjaar"): 1, Word.key("lente"): 1, Word.key("zomer"): 2, Word.key("zomervakantie"): 2,
        Word.key("zomerreces"): 2, Word.key("najaar"): 3, Word.key("herfst"): 3,
    ]
    private static let helft = Keys.set(["helft", "halfjaar"])
    private static let relativeUnits = Keys.set(["dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren"])
    private static let relativeLinks = Keys.set([
        "voor", "voorafgaand", "voorafgaande", "na", "voordat", "nadat", "vóór",
    ])
    private static let eventDeterminers = Keys.set(["de", "het", "een", "deze", "dit"])
    /// "volgend jaar", "dit najaar": a time counted from when the text was written. Not "de komende jaren", which
    /// sets no time.
    private static let deictic = Keys.set([
        "volgend", "volgende", "komend", "komende", "dit", "deze", "vorig", "vorige",
    ])
    private static let calendarUnits = Keys.set(["jaar", "maand", "kwartaal", "week", "voorjaar", "najaar", "zomer"])
    /// Words before a bare year that make it one: "jaarschijf 2026", "Prestatieafspraken 2025", "sinds 2020".
    private static let yearWords = Keys.set(
        MetadataReader.genreWords + MetadataReader.wholeGenreWords + [
            "jaar", "sinds", "begroting", "peiljaar", "jaarverslag", "jaarplan",
        ])

    /// Words a time expression can start with (besides numbers and words such as "Q1" and "1e").
    static var startKeys: [UInt64] {
        singleQualifiers.allKeys + months.allKeys + seasons.allKeys + [Keys.met, Keys.tot, Keys.t, Keys.week, Keys.aan]
            + DutchNumbers.ordinalWordKeys
            + deictic.allKeys
    }

    /// Reads a time expression at word `index`; returns it and the index after it. An impossible date
    /// ("31-02-2026") is taken, with a warning, but gives no expression.
    mutating func read(at index: Int) -> (TimeExpression?, Int)? {
        var cursor = index
        var qualifier: Qualifier?
        var partOfTime: Qualifier?
        var isBefore = false
        if phrase.isWord(cursor, Keys.met), phrase.isWord(cursor + 1, Keys.ingang),
            phrase.isWord(cursor + 2, Keys.van)
        {
            qualifier = .metIngangVan
            cursor += 3
        } else if phrase.isWord(cursor, Keys.tot), phrase.isWord(cursor + 1, Keys.en),
            phrase.isWord(cursor + 2, Keys.met)
        {
            qualifier = .totEnMet
            cursor += 3
        } else if phrase.isWord(cursor, Keys.t), phrase.isSign(cursor + 1, Bytes.slash),
            phrase.isWord(cursor + 2, Keys.m)
        {
            qualifier = .totEnMet
            cursor += 3
        } else if phrase.isWord(cursor, Keys.aan) {
            // "aan het einde van 2027", "aan het begin van het jaar"; any other "aan" starts no time.
            guard phrase.isWord(cursor + 1, Keys.het), cursor + 2 < phrase.count,
                let part = Self.singleQualifiers[phrase.words[cursor + 2].key], part == .eind || part == .begin,
                phrase.isWord(cursor + 3, Keys.van)
            else { return nil }
            qualifier = part
            cursor += 4
        } else if cursor < phrase.count, let single = Self.singleQualifiers[phrase.words[cursor].key] {
            qualifier = single
            isBefore = phrase.words[cursor].key == Keys.voorWithAccents
            cursor += 1
            // "ultimo in 2050", "uiterlijk in Q1 2026", "begin van 2026"
            if single != .in, phrase.isWord(cursor, Keys.in) || phrase.isWord(cursor, Keys.van) { cursor += 1 }
            // "uiterlijk eind 2027", "tot medio 2027": the deadline's word is the qualifier, the part of the year
            // the mod (END, MID), as TIMEX3 has one mod only.
            // The next word first: it is rarely a qualifier, and the table's filter says so without hashing.
            if cursor < phrase.count, let part = Self.singleQualifiers[phrase.words[cursor].key],
                Self.isPartOfTime(part), Self.isDeadline(single)
            {
                partOfTime = part
                cursor += 1
            }
        }
        // "eind van het jaar", "aan het einde van het jaar": of the year the sentence or the agreement is about.
        if let single = qualifier, Self.isDeadline(single) || Self.isPartOfTime(single),
            phrase.isWord(cursor, Keys.het), phrase.isWord(cursor + 1, Keys.jaar), phrase.year(cursor + 2) == nil
        {
            var found = expression(Reading(.year, year: nil, at: cursor), words: index..<(cursor + 2))
            found.qualifier = qualifier
            found.mod = Self.mod(partOfTime ?? qualifier, isBefore: isBefore, granularity: .year)
            return (found, cursor + 2)
        }
        // "in het eerste kwartaal", "in de tweede helft", "in de loop van 2026"
        if qualifier != nil, phrase.isWord(cursor, Keys.het) || phrase.isWord(cursor, Keys.de) {
            cursor += 1
            // "voor het einde van 2027": the part of the year after the article.
            if let single = qualifier, partOfTime == nil, Self.isDeadline(single), cursor < phrase.count,
                let part = Self.singleQualifiers[phrase.words[cursor].key], Self.isPartOfTime(part)
            {
                partOfTime = part
                cursor += phrase.isWord(cursor + 1, Keys.van) ? 2 : 1
                // "voor het einde van het jaar": of the year the sentence or the agreement is about, as "in Q1" is.
                if phrase.isWord(cursor, Keys.het), phrase.isWord(cursor + 1, Keys.jaar) {
                    var found = expression(Reading(.year, year: nil, at: cursor), words: index..<(cursor + 2))
                    found.qualifier = qualifier
                    found.mod = Self.mod(partOfTime, isBefore: isBefore, granularity: .year)
                    return (found, cursor + 2)
                }
            }
        }
        if qualifier == .in, phrase.isWord(cursor, Keys.loop), phrase.isWord(cursor + 1, Keys.van) { cursor += 2 }
        if let qualifier, let relative = relative(from: index, at: cursor, qualifier: qualifier) { return relative }
        if phrase.isWord(cursor, in: Self.deictic) {
            // "dit" and "deze" are common words: no other form starts with them.
            guard phrase.isWord(cursor + 1, in: Self.calendarUnits) else { return nil }
            return (relativeExpression(index..<(cursor + 2)), cursor + 2)
        }
        // "van 1 januari t/m 31 maart 2027", "van april tot juni 2027": the range's first end may leave its year to the
        // second, where alone it would be no time.
        if qualifier == nil, index > 0, phrase.isWord(index - 1, Keys.van) {
            let written = diagnostics.count
            if case (let first?, let next)? = core(at: cursor, qualified: true, index: index),
                let link = rangeLink(after: next) ?? (phrase.isWord(next, Keys.tot) ? next + 1 : nil),
                let range = range(from: first, index..<next, to: link, qualifier: nil)
            {
                return range
            }
            diagnostics.removeSubrange(written...)
        }
        guard let (first, next) = core(at: cursor, qualified: qualifier != nil, index: index) else { return nil }
        guard let core = first else { return (nil, next) }
        if qualifier == .tussen, phrase.isWord(next, Keys.en),
            let range = range(from: core, index..<next, to: next + 1, qualifier: .tussen)
        {
            return range
        }
        // "van 1 januari tot en met 31 december 2027"
        if qualifier == nil, index > 0, phrase.isWord(index - 1, Keys.van),
            let link = rangeLink(after: next) ?? (phrase.isWord(next, Keys.tot) ? next + 1 : nil),
            let range = range(from: core, index..<next, to: link, qualifier: nil)
        {
            return range
        }
        var found = expression(core, words: index..<next)
        found.qualifier = qualifier
        found.mod = Self.mod(partOfTime ?? qualifier, isBefore: isBefore, granularity: found.granularity)
        return (found, next)
    }

    /// "tussen 1 april en 1 juli 2027", "van april tot juni 2027", "tussen 2026 en 2028": from the first time (words
    /// `words`) to the one at `link`, written as an interval ("2027-04-01/2027-07-01"); the first takes the
    /// second's year if it has none. Only times of one granularity, the first before the second.
    private mutating func range(from first: Reading, _ words: Range<Int>, to link: Int, qualifier: Qualifier?)
        -> (TimeExpression, Int)?
    {
        guard case (let second?, let end)? = core(at: link, qualified: true, index: link),
            second.granularity == first.granularity, [.day, .month, .year].contains(first.granularity)
        else { return nil }
        var first = first
        if first.year == nil { first.year = second.year }
        let index = words.lowerBound
        var from = expression(first, words: words)
        let to = expression(second, words: link..<end)
        guard let start = from.start, let last = to.end, let value = from.value, let lastValue = to.value,
            start < last
        else { return nil }
        from.text = phrase.string(index..<end)
        from.span = phrase.span(index..<end)
        if from.granularity == .year { from.granularity = .period }
        (from.value, from.end, from.qualifier) = ("\(value)/\(lastValue)", last, qualifier)
        from.isYearInferred = from.isYearInferred && to.isYearInferred
        return (from, end)
    }

    private static func mod(_ qualifier: Qualifier?, isBefore: Bool, granularity: TimeExpression.Granularity)
        -> TimeExpression.Modifier?
    {
        switch qualifier {
        case .uiterlijk, .totEnMet, .binnen: .onOrBefore
        case .tot: .before
        // "voor 2026" is as often "for 2026" as "before 2026"; "vóór", or "voor" with a date, is before.
        case .voor: isBefore || ![.year, .period, .relative].contains(granularity) ? .before : nil
        case .vanaf, .metIngangVan, .per: .onOrAfter
        case .na: .after
        case .medio: .mid
        case .begin: .start
        case .eind, .ultimo: .end
        case .rond: .approximately
        case .in, .tussen, nil: nil
        }
    }

    // MARK: Core forms

    private mutating func core(at cursor: Int, qualified: Bool, index: Int) -> (Reading?, Int)? {
        guard cursor < phrase.count else { return nil }
        if let found = quarter(at: cursor, qualified: qualified) { return found }
        if let found = halfYear(at: cursor) { return found }
        if let found = week(at: cursor) { return found }
        if let found = season(at: cursor, qualified: qualified) { return found }
        if let found = numericDate(at: cursor, qualified: qualified) { return found }
        if let found = dayMonth(at: cursor, qualified: qualified) { return found }
        if let found = month(at: cursor, qualified: qualified) { return found }
        return year(at: cursor, qualified: qualified, index: index)
    }

    /// "Q1 2026", "Q1" (year inferred), "1e kwartaal 2026", "eerste kwartaal van 2026"; OCR: "01 2026", "O1", "Ql".
    private mutating func quarter(at cursor: Int, qualified: Bool) -> (Reading?, Int)? {
        guard cursor < phrase.count else { return nil }
        let word = phrase.words[cursor]
        var quarter: Int?
        var next = cursor + 1
        var repaired = false
        if word.kind == .word, word.range.count == 2 {
            let first = Bytes.lowered(phrase.bytes[word.range.lowerBound])
            let second = Bytes.lowered(phrase.bytes[word.range.lowerBound + 1])
            if first == 0x71, (0x31...0x34).contains(second) {
                quarter = Int(second - 0x30)
            } else if first == 0x71, second == 0x6C || second == 0x69 {  // "Ql", "QI": l or I for 1
                quarter = 1
                repaired = true
            } else if first == 0x6F, (0x31...0x34).contains(second) {  // "O1": letter O for Q
                quarter = Int(second - 0x30)
                repaired = true
            } else if first == 0x71, (0x35...0x39).contains(second), phrase.year(cursor + 1) != nil {
                diagnostics.append(
                    .impossibleTime(phrase.string(cursor..<(cursor + 2)), phrase.span(cursor..<(cursor + 2))))
                return (nil, cursor + 2)
            }
        } else if word.kind == .number, word.range.count == 2, qualified, phrase.bytes[word.range.lowerBound] == 0x30,
            let value = DutchNumbers.integer(word, in: phrase.bytes), (1...4).contains(value),
            phrase.year(cursor + 1) != nil
        {
            quarter = value  // "in 01 2026": a zero read where the Q stood
            repaired = true
        }
        if quarter == nil, let ordinal = DutchNumbers.ordinal(word, in: phrase.bytes), (1...4).contains(ordinal),
            phrase.isWord(cursor + 1, in: Self.kwartaal)
        {
            quarter = ordinal
            next = cursor + 2
        }
        guard let quarter else { return nil }
        // "Q1-Q2 2027", "Q1 t/m Q3 2027": the quarters of one written year, from the first to the last.
        if let link = rangeLink(after: next), case (let last?, let end)? = self.quarter(at: link, qualified: qualified),
            let year = last.year, last.part > quarter
        {
            let range = Reading(
                .quarter, year: year, part: quarter, lastPart: last.part, repaired: repaired || last.repaired,
                at: cursor)
            return (range, end)
        }
        // Repaired forms need a year after them; "Q1-rapportage" (Q1 glued to a word) is no time.
        if phrase.isSign(next, Bytes.hyphen), next + 1 < phrase.count, phrase.words[next + 1].kind == .word {
            return nil
        }
        if phrase.isWord(next, Keys.van), phrase.year(next + 1) != nil { next += 1 }
        // "Q4-2026", "Q4/2026": a planning sheet's quarter glued to its year.
        if phrase.isSign(next, Bytes.hyphen) || phrase.isSign(next, Bytes.slash), phrase.year(next + 1) != nil,
            phrase.words[next + 1].range.lowerBound == phrase.words[next].range.upperBound
        {
            next += 1
        }
        var year = phrase.year(next)
        if repaired, year == nil { return nil }
        if year != nil {
            next += 1
        } else if let short = shortYear(at: next) {
            year = short
            next += 2
        }
        if repaired {
            diagnostics.append(.repairedQuarter(phrase.string(cursor..<next), phrase.span(cursor..<next)))
        }
        return (Reading(.quarter, year: year, part: quarter, repaired: repaired, at: cursor), next)
    }

    /// "'27" or "’27" after a quarter ("Q3 '27"), a month ("juli '27") or a qualifier ("eind '27"), as planning
    /// sheets write the year.
    private func shortYear(at index: Int) -> Int? {
        guard index + 1 < phrase.count, phrase.words[index].kind == .sign,
            phrase.isSign(index, 0x27) || phrase.bytes[phrase.words[index].range].elementsEqual([0xE2, 0x80, 0x99]),
            phrase.words[index + 1].kind == .number, phrase.words[index + 1].range.count == 2,
            phrase.words[index + 1].range.lowerBound == phrase.words[index].range.upperBound,
            let value = DutchNumbers.integer(phrase.words[index + 1], in: phrase.bytes)
        else { return nil }
        return 2000 + value
    }

    /// "eerste helft van 2026", "2e halfjaar 2026", "H2 2027".
    private func halfYear(at cursor: Int) -> (Reading?, Int)? {
        let word = phrase.words[cursor]
        if word.kind == .word, word.range.count == 2, Bytes.lowered(phrase.bytes[word.range.lowerBound]) == 0x68,
            case let digit = phrase.bytes[word.range.lowerBound + 1], digit == 0x31 || digit == 0x32,
            let year = phrase.year(cursor + 1)
        {
            return (Reading(.halfYear, year: year, part: Int(digit - 0x30), at: cursor), cursor + 2)
        }
        guard let ordinal = DutchNumbers.ordinal(phrase.words[cursor], in: phrase.bytes), (1...2).contains(ordinal),
            phrase.isWord(cursor + 1, in: Self.helft)
        else { return nil }
        var next = cursor + 2
        if phrase.isWord(next, Keys.van) { next += 1 }
        // "de eerste helft van het jaar": of the year the sentence or the agreement is about.
        if phrase.isWord(next, Keys.het), phrase.isWord(next + 1, Keys.jaar) {
            return (Reading(.halfYear, year: nil, part: ordinal, at: cursor), next + 2)
        }
        guard let year = phrase.year(next) else { return nil }
        return (Reading(.halfYear, year: year, part: ordinal, at: cursor), next + 1)
    }

    /// "week 14 van 2027", "in week 14" (year inferred): an ISO week, as planning in Dutch offices counts them.
    private func week(at cursor: Int) -> (Reading?, Int)? {
        guard phrase.isWord(cursor, Keys.week), let number = phrase.cardinal(cursor + 1), (1...53).contains(number),
            phrase.words[cursor + 1].kind == .number
        else { return nil }
        var next = cursor + 2
        if phrase.isWord(next, Keys.van), phrase.year(next + 1) != nil { next += 1 }
        let year = phrase.year(next)
        // Week 53 exists only in years whose last week is one.
        if number == 53, let year,
            TimeExpression.isoWeekMonday(53, of: year) >= TimeExpression.isoWeekMonday(1, of: year + 1)
        {
            return nil
        }
        return (Reading(.week, year: year, part: number, at: cursor), year == nil ? next : next + 1)
    }

    /// "voor de zomer van 2026", "in het najaar", "na de zomervakantie": a season, after a qualifier, or right
    /// before its year ("najaar 2027", as a table's "Planning" cell has it).
    private func season(at cursor: Int, qualified: Bool) -> (Reading?, Int)? {
        guard let season = Self.seasons[phrase.words[cursor].key], qualified || phrase.year(cursor + 1) != nil
        else { return nil }
        var next = cursor + 1
        if phrase.isWord(next, Keys.van), phrase.year(next + 1) != nil { next += 1 }
        let year = phrase.year(next)
        return (Reading(.season, year: year, part: season, at: cursor), year == nil ? next : next + 1)
    }

    /// "16-12-2024", "16/12/2024"; an impossible date is a warning, not a date. After a qualifier, a day and month
    /// of two digits each stand without a year ("uiterlijk 31-12"), not before what a range counts ("voor 10-12
    /// woningen", "voor 10-12 personen").
    private mutating func numericDate(at cursor: Int, qualified: Bool) -> (Reading?, Int)? {
        // "2027-07-01", as ISO writes it.
        if cursor + 4 < phrase.count, let year = phrase.year(cursor), phrase.isSign(cursor + 1, Bytes.hyphen),
            phrase.isSign(cursor + 3, Bytes.hyphen), phrase.words[cursor + 2].range.count == 2,
            phrase.words[cursor + 4].range.count == 2,
            let month = DutchNumbers.integer(phrase.words[cursor + 2], in: phrase.bytes),
            let day = DutchNumbers.integer(phrase.words[cursor + 4], in: phrase.bytes),
            DateReader.isValid(day: day, month: month, year: year)
        {
            return (Reading(.day, year: year, part: month, day: day, at: cursor), cursor + 5)
        }
        guard cursor + 4 < phrase.count, let day = phrase.cardinal(cursor), phrase.words[cursor].range.count <= 2,
            let separator = phrase.words[cursor + 1].kind == .sign
                ? phrase.bytes[phrase.words[cursor + 1].range.lowerBound] : nil,
            separator == Bytes.hyphen || separator == Bytes.slash,
            let month = DutchNumbers.integer(phrase.words[cursor + 2], in: phrase.bytes),
            phrase.words[cursor + 2].range.count <= 2,
            phrase.isSign(cursor + 3, separator), let year = phrase.year(cursor + 4)
        else { return qualified ? dayMonthWithoutYear(at: cursor) : nil }
        guard DateReader.isValid(day: day, month: month, year: year) else {
            diagnostics.append(
                .impossibleTime(phrase.string(cursor..<(cursor + 5)), phrase.span(cursor..<(cursor + 5))))
            return (nil, cursor + 5)
        }
        return (Reading(.day, year: year, part: month, day: day, at: cursor), cursor + 5)
    }

    /// "31-12", "01-07": day and month glued by a hyphen or slash, two digits each, the year inferred.
    private func dayMonthWithoutYear(at cursor: Int) -> (Reading?, Int)? {
        guard cursor + 2 < phrase.count, phrase.words[cursor].range.count == 2,
            phrase.words[cursor + 2].range.count == 2, phrase.words[cursor + 2].kind == .number,
            phrase.isSign(cursor + 1, Bytes.hyphen) || phrase.isSign(cursor + 1, Bytes.slash),
            phrase.words[cursor + 1].range.lowerBound == phrase.words[cursor].range.upperBound,
            phrase.words[cursor + 2].range.lowerBound == phrase.words[cursor + 1].range.upperBound,
            !phrase.isSign(cursor + 3, Bytes.hyphen), !phrase.isSign(cursor + 3, Bytes.slash),
            !CountReader.isUnit(at: cursor + 3, in: phrase), !isPluralNoun(cursor + 3),
            let day = DutchNumbers.integer(phrase.words[cursor], in: phrase.bytes),
            let month = DutchNumbers.integer(phrase.words[cursor + 2], in: phrase.bytes),
            DateReader.isValid(day: day, month: month, year: 2000)
        else { return nil }
        return (Reading(.day, year: nil, part: month, day: day, at: cursor), cursor + 3)
    }

    /// A word in lower case ending as Dutch plurals do ("personen", "kamers"): what a range of numbers counts.
    private func isPluralNoun(_ index: Int) -> Bool {
        guard index < phrase.count, phrase.words[index].kind == .word else { return false }
        let bytes = phrase.bytes[phrase.words[index].range]
        return Bytes.isASCIILower(bytes.first ?? 0) && (bytes.last == 0x73 || bytes.suffix(2).elementsEqual("en".utf8))
    }

    /// "11 december 2026", "1 januari" (year inferred when qualified).
    private mutating func dayMonth(at cursor: Int, qualified: Bool) -> (Reading?, Int)? {
        guard phrase.words[cursor].kind == .number, phrase.words[cursor].range.count <= 2,
            let day = DutchNumbers.integer(phrase.words[cursor], in: phrase.bytes),
            let (month, afterMonth) = month(named: cursor + 1)
        else { return nil }
        let year = phrase.year(afterMonth)
        guard year != nil || qualified else { return nil }
        let next = year == nil ? afterMonth : afterMonth + 1
        guard DateReader.isValid(day: day, month: month, year: year ?? 2000) else {
            diagnostics.append(.impossibleTime(phrase.string(cursor..<next), phrase.span(cursor..<next)))
            return (nil, next)
        }
        return (Reading(.day, year: year, part: month, day: day, at: cursor), next)
    }

    /// The month named at word `index`, and the word after it (past the period of a short form: "1 jan. 2027").
    private func month(named index: Int) -> (month: Int, next: Int)? {
        guard index < phrase.count, let month = Self.months[phrase.words[index].key] else { return nil }
        let isShort = phrase.isWord(index, in: Self.shortMonthKeys)
        return (month, isShort && phrase.isSign(index + 1, Bytes.dot) ? index + 2 : index + 1)
    }

    /// "december 2021", "medio december 2021", "in december" (year inferred).
    private func month(at cursor: Int, qualified: Bool) -> (Reading?, Int)? {
        guard let (month, afterMonth) = month(named: cursor) else { return nil }
        // "mei" is also a word; a month name needs a year or a qualifier.
        if let short = shortYear(at: afterMonth) {
            return (Reading(.month, year: short, part: month, at: cursor), afterMonth + 2)  // "juli '27"
        }
        let year = phrase.year(afterMonth)
        guard year != nil || qualified else { return nil }
        return (Reading(.month, year: year, part: month, at: cursor), year == nil ? afterMonth : afterMonth + 1)
    }

    /// "2026" where context makes it a year, and periods "2022-2026", "2020 t/m 2025", "2019 - 2024".
    private func year(at cursor: Int, qualified: Bool, index: Int) -> (Reading?, Int)? {
        // "uiterlijk eind '27", "in '28": a short year after a qualifier.
        if qualified, let short = shortYear(at: cursor) { return (Reading(.year, year: short, at: cursor), cursor + 2) }
        guard let year = phrase.year(cursor) else { return nil }
        if let next = rangeLink(after: cursor + 1), let last = phrase.year(next), last > year, last - year <= 30 {
            return (Reading(.period, year: year, part: last, at: cursor), next + 1)
        }
        // "2026 woningen" is a count; "in 2026" and "jaarschijf 2026" are years.
        if CountReader.isUnit(at: cursor + 1, in: phrase) { return nil }
        // "in 2027 en 2028": a year joined to a year is one too.
        let afterYear =
            index > 1 && (phrase.isWord(index - 1, Keys.en) || phrase.isWord(index - 1, Keys.of))
            && phrase.year(index - 2) != nil
        // A year alone is one: a table's "Gereed" cell, a line of its own, "(2027)" after a project.
        let alone =
            phrase.count == 1 || (phrase.count == 2 && phrase.isSign(1, Bytes.dot))
            || (index > 0 && phrase.isSign(index - 1, 0x28) && phrase.isSign(cursor + 1, 0x29))
        guard qualified || (index > 0 && phrase.isWord(index - 1, in: Self.yearWords)) || afterYear || alone else {
            return nil
        }
        return (Reading(.year, year: year, at: cursor), cursor + 1)
    }

    /// The word after a link between the two ends of a range at `index` ("-", "–", "/", "t/m", "tot en met").
    private func rangeLink(after index: Int) -> Int? {
        if phrase.isSign(index, Bytes.hyphen) || phrase.isEnDash(index) || phrase.isSign(index, Bytes.slash) {
            return index + 1
        }
        if phrase.isWord(index, Keys.t), phrase.isSign(index + 1, Bytes.slash), phrase.isWord(index + 2, Keys.m) {
            return index + 3
        }
        if phrase.isWord(index, Keys.tot), phrase.isWord(index + 1, Keys.en), phrase.isWord(index + 2, Keys.met) {
            return index + 3
        }
        return nil
    }

    /// "uiterlijk twee weken voorafgaand aan het eerstvolgende Bestuurlijk Overleg": recognised, not dated; so are
    /// "uiterlijk na twee maanden", "binnen twee weken": counted from what the sentence is about, with no event named.
    private func relative(from index: Int, at start: Int, qualifier: Qualifier) -> (TimeExpression?, Int)? {
        // "uiterlijk na": the deadline's own "na".
        let cursor = qualifier == .uiterlijk && phrase.isWord(start, Keys.na) ? start + 1 : start
        guard phrase.cardinal(cursor, allowingEen: true) != nil, phrase.isWord(cursor + 1, in: Self.relativeUnits)
        else { return nil }
        if phrase.isWord(cursor + 2, in: Self.relativeLinks) {
            let next = endOfEvent(from: cursor + 3)
            return (relativeExpression(index..<next), next)
        }
        // "voor drie jaar" and "in twee jaar" say how long, not by when.
        guard [.uiterlijk, .binnen, .na].contains(qualifier) else { return nil }
        return (relativeExpression(index..<(cursor + 2)), cursor + 2)
    }

    /// The event a relative time counts from, a noun phrase: "ondertekening", "de vaststelling van de begroting",
    /// "het eerstvolgende Bestuurlijk Overleg Bouwen & Wonen". What follows it ("na ondertekening zonnepanelen op
    /// 120 woningen") is the rest of the sentence.
    private func endOfEvent(from start: Int) -> Int {
        var next = start
        if phrase.isWord(next, Keys.aan) { next += 1 }
        while true {
            while phrase.isWord(next, in: Self.eventDeterminers) { next += 1 }
            // "eerstvolgende", "nieuwe": lower-case adjectives before the noun; a noun ending in "e" ("woonvisie")
            // before the sentence's object ("een plan") is none.
            while next + 1 < phrase.count, isLowerWord(next), phrase.words[next + 1].kind == .word,
                phrase.bytes[phrase.words[next].range.upperBound - 1] == 0x65,
                !phrase.isWord(next + 1, in: Self.eventDeterminers)
            {
                next += 1
            }
            guard next < phrase.count, phrase.words[next].kind == .word else { return next }
            if isLowerWord(next) {
                next += 1
            } else {
                // A name: capitalised words, with "&" or "en" between them.
                while next < phrase.count, !isLowerWord(next),
                    phrase.words[next].kind == .word
                        || (phrase.isSign(next, 0x26) || phrase.isWord(next, Keys.en)) && next + 1 < phrase.count
                            && !isLowerWord(next + 1)
                {
                    next += 1
                }
            }
            // "van de begroting": the noun's complement.
            guard phrase.isWord(next, Keys.van) else { return next }
            next += 1
        }
    }

    private func isLowerWord(_ index: Int) -> Bool {
        index < phrase.count && phrase.words[index].kind == .word
            && Bytes.isLowerLetter(in: phrase.bytes, at: phrase.words[index].range.lowerBound)
    }

    /// A relative time: its words, and the mod of the qualifier it opens with. No value: "na ondertekening" and
    /// "volgend jaar" depend on a date the text does not give.
    private func relativeExpression(_ range: Range<Int>) -> TimeExpression {
        var found = TimeExpression(
            text: phrase.string(range), span: phrase.span(range), granularity: .relative, value: nil,
            mod: nil, qualifier: nil, start: nil, end: nil, isYearInferred: false, isRepaired: false, location: nil)
        if let qualifier = Self.singleQualifiers[phrase.words[range.lowerBound].key] {
            found.qualifier = qualifier
            found.mod = Self.mod(qualifier, isBefore: false, granularity: .relative)
        }
        return found
    }

    // MARK: Values

    /// What a core form found, before it becomes a `TimeExpression`: plain values, so that trying form after form
    /// at every word copies a few bytes, not an expression with its strings.
    private struct Reading {
        var granularity: TimeExpression.Granularity
        var year: Int?
        var part: Int
        /// The last quarter of a range of quarters.
        var lastPart: Int?
        var day: Int
        var repaired: Bool
        var cursor: Int

        init(
            _ granularity: TimeExpression.Granularity, year: Int?, part: Int = 0, lastPart: Int? = nil, day: Int = 0,
            repaired: Bool = false, at cursor: Int
        ) {
            (self.granularity, self.year, self.part, self.lastPart) = (granularity, year, part, lastPart)
            (self.day, self.repaired, self.cursor) = (day, repaired, cursor)
        }
    }

    /// The expression that words `range` (its qualifier included) make.
    private func expression(_ reading: Reading, words range: Range<Int>) -> TimeExpression {
        var found = TimeExpression(
            text: phrase.string(range), span: phrase.span(range), granularity: reading.granularity,
            value: nil, mod: nil, qualifier: nil, start: nil, end: nil, isYearInferred: reading.year == nil,
            isRepaired: reading.repaired, location: nil)
        found.resolve(
            year: reading.year ?? yearInSentence(around: reading.cursor), part: reading.part, day: reading.day,
            lastPart: reading.lastPart)
        return found
    }

    /// A year written elsewhere in the same sentence, for "in Q1" and "per 1 januari".
    /// A sentence is looked at no further than 40 words either way, so a text without periods stays linear.
    private func yearInSentence(around cursor: Int) -> Int? {
        var start = cursor
        while start > max(0, cursor - 40), !phrase.isSign(start - 1, Bytes.dot) { start -= 1 }
        var end = cursor
        while end < min(phrase.count, cursor + 40), !phrase.isSign(end, Bytes.dot) { end += 1 }
        return (start..<end).lazy.compactMap { phrase.year($0) }.first
    }
}

extension TimeExpression {
    /// TIMEX3's spring, summer and autumn, for season 1, 2 and 3.
    static let seasonCodes = ["SP", "SU", "FA"]

    /// Sets value, start and end from the year and the part (quarter, half, month, or a period's last year);
    /// without a year the value has "XXXX" for it, as TIMEX3 writes, and no dates. A range of quarters, which
    /// TIMEX3 has no value for, is written as an interval of two: "2027-Q1/2027-Q2".
    mutating func resolve(year: Int?, part: Int, day: Int, lastPart: Int? = nil) {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        func lastDay(_ month: Int, _ year: Int) -> Int {
            (28...31).last { DateReader.isValid(day: $0, month: month, year: year) } ?? 28
        }
        let written = year.map(String.init) ?? "XXXX"
        switch granularity {
        case .quarter: value = "\(written)-Q\(part)" + (lastPart.map { "/\(written)-Q\($0)" } ?? "")
        case .halfYear: value = "\(written)-H\(part)"
        case .week: value = "\(written)-W\(two(part))"
        case .season: value = "\(written)-\(Self.seasonCodes[part - 1])"
        case .month: value = "\(written)-\(two(part))"
        case .day: value = "\(written)-\(two(part))-\(two(day))"
        case .year: value = written
        case .period: value = "\(written)/\(part)"
        case .relative: value = nil
        }
        guard let year else { return }
        if granularity == .week {
            let monday = Self.isoWeekMonday(part, of: year)
            (start, end) = (Self.isoDate(days: monday), Self.isoDate(days: monday + 6))
            return
        }
        let (firstMonth, lastMonth): (Int, Int) =
            switch granularity {
            case .quarter: (3 * part - 2, 3 * (lastPart ?? part))
            case .halfYear: (6 * part - 5, 6 * part)
            case .season: (3 * part, 3 * part + 2)
            case .month, .day: (part, part)
            default: (1, 12)
            }
        let lastYear = granularity == .period ? part : year
        start = "\(year)-\(two(firstMonth))-\(two(granularity == .day ? day : 1))"
        end = "\(lastYear)-\(two(lastMonth))-\(two(granularity == .day ? day : lastDay(lastMonth, lastYear)))"
    }
}

extension TimeExpression {
    /// The Monday of ISO week `week` of `year`, in days since 1970-01-01: week 1 is the one with 4 January in it.
    static func isoWeekMonday(_ week: Int, of year: Int) -> Int {
        let january4 = days(year: year, month: 1, day: 4)
        let weekday = ((january4 % 7) + 10) % 7  // 0 for Monday: 1970-01-01 was a Thursday
        return january4 - weekday + 7 * (week - 1)
    }

    /// Days since 1970-01-01 of a date of the Gregorian calendar (Howard Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// "2027-04-05" for days since 1970-01-01 (`civil_from_days`).
    static func isoDate(days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

extension Diagnostic {
    static func impossibleTime(_ text: String, _ span: SourceSpan) -> Diagnostic {
        Diagnostic(.warning, "impossible-date", "\"\(text)\" is not a date that exists; not read as a time", span: span)
    }

    static func repairedQuarter(_ text: String, _ span: SourceSpan) -> Diagnostic {
        Diagnostic(
            .warning, "repaired-quarter", "\"\(text)\" read as a quarter; the text looks damaged by OCR", span: span)
    }
}
