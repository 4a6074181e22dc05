/// Reads how often something happens: "elke zes weken", "om de twee maanden", "vier keer per jaar",
/// "minimaal twee en maximaal zes keer per jaar", "drie à vier keer per jaar", "twee keer per jaar of vaker",
/// "één keer in de twee jaar", "2x per jaar", "jaarlijks", "twee-maandelijks", "per kwartaal".
struct FrequencyReader {
    let phrase: Phrase

    private typealias Period = Frequency.Period
    private typealias Adverb = (period: Period, times: Int, every: Int)
    private enum Bound { case minimum, maximum }

    private static let units: KeywordTable<Period> = [
        Word.key("week"): .week, Word.key("weken"): .week, Word.key("maand"): .month, Word.key("maanden"): .month,
        Word.key("kwartaal"): .quarter, Word.key("kwartalen"): .quarter, Word.key("jaar"): .year,
        Word.key("jaren"): .year,
    ]
    /// One-word frequencies: times per period, or every so many periods.
    private static let adverbs: KeywordTable<Adverb> = [
        Word.key("jaarlijks"): (.year, 1, 1), Word.key("jaarlijkse"): (.year, 1, 1),
        Word.key("halfjaarlijks"): (.year, 2, 1), Word.key("halfjaarlijkse"): (.year, 2, 1),
        Word.key("tweejaarlijks"): (.year, 1, 2), Word.key("tweejaarlijkse"): (.year, 1, 2),
        Word.key("driemaandelijks"): (.quarter, 1, 1), Word.key("driemaandelijkse"): (.quarter, 1, 1),
        Word.key("maandelijks"): (.month, 1, 1), Word.key("maandelijkse"): (.month, 1, 1),
        Word.key("wekelijks"): (.week, 1, 1), Word.key("wekelijkse"): (.week, 1, 1),
        Word.key("tweewekelijks"): (.week, 1, 2), Word.key("tweewekelijkse"): (.week, 1, 2),
        Word.key("tweemaandelijks"): (.month, 1, 2), Word.key("tweemaandelijkse"): (.month, 1, 2),
    ]
    private static let every = Keys.set(["elke", "iedere", "ieder", "elk"])
    /// "tweemaal per jaar": the count and "maal" in one word.
    private static let multiples: KeywordTable<Int> = [
        Word.key("eenmaal"): 1, Word.key("tweemaal"): 2, Word.key("driemaal"): 3, Word.key("viermaal"): 4,
        Word.key("zesmaal"): 6, Word.key("twaalfmaal"): 12,
    ]
    private static let times = Keys.set(["keer", "maal", "x"])
    private static let minimum = Keys.set(["minimaal", "minstens", "tenminste"])
    /// "drie à vier keer", "drie tot vier keer", "3-4 keer".
    private static let rangeWords = Keys.set(["à", "a", "tot", "of"])
    private static let more = Keys.set(["vaker", "meer"])
    private static let maximum = Keys.set(["maximaal", "hooguit", "hoogstens"])

    /// Words a frequency can start with (besides numbers).
    static var startKeys: [UInt64] {
        adverbs.allKeys + every.allKeys + minimum.allKeys + maximum.allKeys + multiples.allKeys + [
            Keys.om, Keys.eens, Keys.per, Keys.ten,
        ]
            + DutchNumbers.cardinalWordKeys
    }

    /// Reads a frequency at word `index`; returns it and the index after it.
    func read(at index: Int) -> (Frequency, Int)? {
        guard index < phrase.count else { return nil }
        let key = phrase.words[index].key
        if let adverb = Self.adverbs[key] {
            return make(
                index, index + 1, adverb.period, minimum: adverb.times, maximum: adverb.times, every: adverb.every)
        }
        // "twee-maandelijks", "drie-wekelijks": every so many of the adverb's periods.
        if phrase.isSign(index + 1, Bytes.hyphen), let every = phrase.cardinal(index), every > 1,
            index + 2 < phrase.count, let adverb = Self.adverbs[phrase.words[index + 2].key], adverb.every == 1,
            adverb.times == 1, phrase.words[index + 1].range.lowerBound == phrase.words[index].range.upperBound
        {
            return make(index, index + 3, adverb.period, minimum: 1, maximum: 1, every: every)
        }
        if let found = once(at: index) { return found }
        // "elke zes weken", "ieder jaar", "om de twee maanden"
        var cursor = index
        if Self.every.contains(key) {
            cursor += 1
        } else if key == Keys.om, phrase.isWord(index + 1, Keys.de) {
            cursor += 2
        }
        if cursor > index {
            // "elk half jaar", "ieder halfjaar": every six months.
            if phrase.isWord(cursor, Keys.half), phrase.isWord(cursor + 1, Keys.jaar) {
                return make(index, cursor + 2, .month, minimum: nil, maximum: nil, every: 6)
            }
            if phrase.isWord(cursor, Keys.halfjaar) {
                return make(index, cursor + 1, .month, minimum: nil, maximum: nil, every: 6)
            }
            let count = phrase.cardinal(cursor) ?? 1
            if phrase.cardinal(cursor) != nil { cursor += 1 }
            guard cursor < phrase.count, let period = Self.units[phrase.words[cursor].key] else { return nil }
            return make(index, cursor + 1, period, minimum: nil, maximum: nil, every: count)
        }
        // "per kwartaal" and "per half jaar" on their own
        if key == Keys.per, index == 0 || phrase.cardinal(index - 1) == nil {
            if phrase.isWord(index + 1, Keys.kwartaal) {
                return make(index, index + 2, .quarter, minimum: 1, maximum: 1, every: 1)
            }
            if phrase.isWord(index + 1, Keys.half), phrase.isWord(index + 2, Keys.jaar) {
                return make(index, index + 3, .month, minimum: 1, maximum: 1, every: 6)
            }
        }
        return timesPer(at: index)
    }

    /// "eens per jaar", "eens per twee jaar", "eens in de vier jaar", "minimaal eens per jaar": once a period (at
    /// least or at most once, after a bound), or once every so many.
    private func once(at index: Int) -> (Frequency, Int)? {
        var cursor = index
        var bounded: Bound?
        if phrase.isWord(cursor, in: Self.minimum) {
            (bounded, cursor) = (.minimum, cursor + 1)
        } else if phrase.isWord(cursor, Keys.ten), phrase.isWord(cursor + 1, Keys.minste) {
            (bounded, cursor) = (.minimum, cursor + 2)
        } else if phrase.isWord(cursor, in: Self.maximum) {
            (bounded, cursor) = (.maximum, cursor + 1)
        }
        guard phrase.isWord(cursor, Keys.eens) else { return nil }
        var unit = cursor + 1
        if phrase.isWord(unit, Keys.per) {
            unit += 1
        } else if phrase.isWord(unit, Keys.in), phrase.isWord(unit + 1, Keys.de) {
            unit += 2
        } else {
            return nil
        }
        let every = phrase.cardinal(unit)
        if every != nil { unit += 1 }
        guard unit < phrase.count, let period = Self.units[phrase.words[unit].key] else { return nil }
        switch bounded {
        case .minimum?: return make(index, unit + 1, period, minimum: 1, maximum: nil, every: every ?? 1)
        case .maximum?: return make(index, unit + 1, period, minimum: nil, maximum: 1, every: every ?? 1)
        case nil:
            guard let every else { return make(index, unit + 1, period, minimum: 1, maximum: 1, every: 1) }
            return make(index, unit + 1, period, minimum: nil, maximum: nil, every: every)
        }
    }

    /// "[minimaal] N [en maximaal M] keer|maal|x per jaar", "2x per jaar", "een keer per jaar".
    private func timesPer(at index: Int) -> (Frequency, Int)? {
        var cursor = index
        var low: Int?
        var high: Int?
        func bound(_ at: inout Int) -> Bound? {
            if phrase.isWord(at, in: Self.minimum) {
                at += 1
                return .minimum
            }
            if phrase.isWord(at, Keys.ten), phrase.isWord(at + 1, Keys.minste) {
                at += 2
                return .minimum
            }
            if phrase.isWord(at, in: Self.maximum) {
                at += 1
                return .maximum
            }
            return nil
        }
        let firstBound = bound(&cursor)
        guard let (first, afterFirst) = count(at: cursor) else { return nil }
        cursor = afterFirst
        if firstBound == .maximum { high = first } else { low = first }
        // "minimaal twee en maximaal zes keer"
        if firstBound == .minimum, phrase.isWord(cursor, Keys.en) {
            var probe = cursor + 1
            if bound(&probe) == .maximum, let (second, afterSecond) = count(at: probe) {
                high = second
                cursor = afterSecond
            }
        }
        if firstBound == nil { high = first }
        // "drie à vier keer", "3-4 keer"
        var countEnd = afterFirst
        if firstBound == nil, phrase.isWord(cursor, in: Self.rangeWords) || phrase.isSign(cursor, Bytes.hyphen),
            let (second, afterSecond) = count(at: cursor + 1), second > first
        {
            high = second
            cursor = afterSecond
            countEnd = afterSecond
        }
        // "per" as often as "in de": "één keer in de twee jaar".
        guard var timesWordEnd = timesWord(at: cursor, after: countEnd) else { return nil }
        if phrase.isWord(timesWordEnd, Keys.in), phrase.isWord(timesWordEnd + 1, Keys.de) {
            timesWordEnd += 1
        } else if !phrase.isWord(timesWordEnd, Keys.per) {
            return nil
        }
        // "twee keer per half jaar"; "een keer per twee jaar": once in every so many.
        if phrase.isWord(timesWordEnd + 1, Keys.half), phrase.isWord(timesWordEnd + 2, Keys.jaar) {
            return make(index, timesWordEnd + 3, .month, minimum: low, maximum: high, every: 6)
        }
        var unit = timesWordEnd + 1
        let every = phrase.cardinal(unit).flatMap { $0 > 1 ? $0 : nil }
        if every != nil { unit += 1 }
        guard unit < phrase.count, let period = Self.units[phrase.words[unit].key] else { return nil }
        // "twee keer per jaar of vaker": at least.
        if phrase.isWord(unit + 1, Keys.of), phrase.isWord(unit + 2, in: Self.more) {
            return make(index, unit + 3, period, minimum: low, maximum: nil, every: every)
        }
        return make(index, unit + 1, period, minimum: low, maximum: high, every: every)
    }

    /// A count, with "een" allowed ("een keer per jaar"), or "2x" as one word.
    private func count(at index: Int) -> (Int, Int)? {
        if let value = phrase.cardinal(index, allowingEen: true) { return (value, index + 1) }
        if index < phrase.count, let value = Self.multiples[phrase.words[index].key] { return (value, index + 1) }
        guard index < phrase.count, phrase.words[index].kind == .word else { return nil }
        let range = phrase.words[index].range
        guard Bytes.lowered(phrase.bytes[range.upperBound - 1]) == 0x78 else { return nil }  // "2x"
        let digits = Word(kind: .number, range: range.lowerBound..<(range.upperBound - 1), key: 0)
        return DutchNumbers.integer(digits, in: phrase.bytes).map { ($0, index + 1) }
    }

    /// Where "per" stands: after "keer"/"maal"/"x", or right after a glued "2x" or "tweemaal".
    private func timesWord(at cursor: Int, after countEnd: Int) -> Int? {
        if phrase.isWord(cursor, in: Self.times) { return cursor + 1 }
        if Self.multiples.contains(phrase.words[countEnd - 1].key) { return cursor }
        let previous = phrase.words[countEnd - 1]
        if previous.kind == .word, Bytes.lowered(phrase.bytes[previous.range.upperBound - 1]) == 0x78 { return cursor }
        return nil
    }

    private func make(_ start: Int, _ end: Int, _ period: Period, minimum: Int?, maximum: Int?, every: Int?)
        -> (Frequency, Int)
    {
        let letter = period == .week ? "W" : period == .year ? "Y" : "M"
        let span = period == .quarter ? 3 * (every ?? 1) : (every ?? 1)
        // "4X"; a range "2X-6X"; a bound alone ("minimaal een keer") gives its number, with minimum or maximum set.
        var freq: String?
        switch (minimum, maximum) {
        case (let low?, let high?) where low != high: freq = "\(low)X-\(high)X"
        case (let low?, _): freq = "\(low)X"
        case (nil, let high?): freq = "\(high)X"
        case (nil, nil): freq = nil
        }
        let isInterval = minimum == nil && maximum == nil
        let frequency = Frequency(
            text: phrase.string(start..<end), span: phrase.span(start..<end), period: period, minimum: minimum,
            maximum: maximum, every: isInterval || (every ?? 1) > 1 ? every : nil, value: "P\(span)\(letter)",
            freq: freq, location: nil)
        return (frequency, end)
    }
}
