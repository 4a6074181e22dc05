import Foundation

/// Reads money ("€ 477,20", "€ 1.250.000", "€ 2,5 miljoen", "€ 1.000,-", "EUR 500", "477 euro", "€ 25k", "een
/// half miljoen euro", ranges) and
/// percentages ("30%", "30 procent", "2,5%", "25-30%"). Comma is the decimal mark; a point groups thousands.
struct AmountReader {
    let phrase: Phrase

    private static let euroWords = Keys.set(["eur", "euro"])
    private static let scales: KeywordTable<Decimal> = [
        Word.key("duizend"): 1000, Word.key("miljoen"): 1_000_000, Word.key("mln"): 1_000_000,
        Word.key("mio"): 1_000_000, Word.key("miljard"): 1_000_000_000, Word.key("mld"): 1_000_000_000,
    ]
    private static let rangeWords = Keys.set(["tot", "à"])
    private static let euroSign: [UInt8] = [0xE2, 0x82, 0xAC]

    /// Words an amount can start with (besides numbers and "€").
    static var startKeys: [UInt64] { euroWords.allKeys + DutchNumbers.cardinalWordKeys + [Keys.half, Keys.anderhalf] }

    // MARK: Money

    /// Reads an amount at word `index`; returns it and the index after it.
    func money(at index: Int) -> (Money, Int)? {
        guard let (amount, next) = euro(at: index) else { return nil }
        var end = next
        var upper: Decimal?
        // "€ 10.000 - € 15.000", "€ 10.000 tot € 15.000", "tussen € 10.000 en € 15.000"
        let between = index > 0 && phrase.isWord(index - 1, Keys.tussen) && phrase.isWord(end, Keys.en)
        if phrase.isSign(end, Bytes.hyphen) || phrase.isEnDash(end) || phrase.isWord(end, in: Self.rangeWords)
            || between
        {
            if let (high, afterHigh) = euro(at: end + 1) ?? bareAmount(at: end + 1), high > amount {
                upper = high
                end = afterHigh
            }
        }
        // "maximaal € 40.000", "circa € 2,5 miljoen": the bound stands before the amount, as for a count; "tot €
        // 50.000" is at most.
        var (bound, start) = upper == nil ? CountReader.bound(before: index, in: phrase) ?? (nil, index) : (nil, index)
        if bound == nil, upper == nil, index > 0, phrase.isWord(index - 1, Keys.tot) {
            (bound, start) = (.atMost, index - 1)
        }
        // "€ 25 per maand", "€ 750 per woning": what it is for each of.
        let per =
            phrase.isWord(end, Keys.per) && end + 1 < phrase.count && phrase.words[end + 1].kind == .word
            ? phrase.string(end + 1..<end + 2).lowercased() : nil
        let money = Money(
            text: phrase.string(start..<end), span: phrase.span(start..<end), amount: amount, upperAmount: upper,
            bound: bound, per: per, currency: "EUR")
        return (money, end)
    }

    /// "€ 477,20", "EUR 500" or "477 euro", with a scale word and a ",-" tail.
    private func euro(at index: Int) -> (Decimal, Int)? {
        if isEuroSign(index) || phrase.isWord(index, in: Self.euroWords) {
            return bareAmount(at: index + 1) ?? inWords(at: index + 1)
        }
        if phrase.words[index].kind == .word {
            // A scale word one or two on, before anything is read: "een" and "twee" are common words.
            guard index + 1 < phrase.count,
                Self.scales.contains(phrase.words[index + 1].key)
                    || (index + 2 < phrase.count && Self.scales.contains(phrase.words[index + 2].key)),
                let (amount, next) = inWords(at: index), phrase.isWord(next, in: Self.euroWords)
            else { return nil }
            return (amount, next + 1)
        }
        // "477 euro", "2,5 miljoen euro": look for the word before parsing the number.
        let scaled = index + 1 < phrase.count && Self.scales.contains(phrase.words[index + 1].key)
        guard phrase.isWord(index + (scaled ? 2 : 1), in: Self.euroWords) || phrase.isSign(index + 1, 0x2C),
            let (amount, next) = bareAmount(at: index), phrase.isWord(next, in: Self.euroWords)
        else { return nil }
        return (amount, next + 1)
    }

    /// "twee miljoen", "een half miljoen", "anderhalf miljoen": a number in words and its scale.
    private func inWords(at index: Int) -> (Decimal, Int)? {
        var start = index
        if phrase.isWord(start, Keys.een), phrase.isWord(start + 1, Keys.half) { start += 1 }
        let value: Decimal
        if phrase.isWord(start, Keys.half) {
            value = 0.5
        } else if phrase.isWord(start, Keys.anderhalf) {
            value = 1.5
        } else if let cardinal = phrase.cardinal(start, allowingEen: true) {
            value = Decimal(cardinal)
        } else {
            return nil
        }
        guard start + 1 < phrase.count, let scale = Self.scales[phrase.words[start + 1].key] else { return nil }
        return (value * scale, start + 2)
    }

    /// A number with an optional scale word ("2,5 miljoen") and ",-", ",--" or ",–" after it; "25k" is thousands.
    private func bareAmount(at index: Int) -> (Decimal, Int)? {
        guard index < phrase.count else { return nil }
        let bytes = phrase.bytes[phrase.words[index].range]
        let thousands = phrase.words[index].kind == .word && bytes.count > 1 && bytes.last.map(Bytes.lowered) == 0x6B
        guard phrase.words[index].kind == .number || thousands,
            var amount = Self.decimal(thousands ? bytes.dropLast() : bytes)
        else { return nil }
        if thousands { amount *= 1000 }
        var next = index + 1
        if next < phrase.count, let scale = Self.scales[phrase.words[next].key] {
            amount *= scale
            next += 1
        }
        if phrase.isSign(next, 0x2C), phrase.isSign(next + 1, Bytes.hyphen) {
            next += phrase.isSign(next + 2, Bytes.hyphen) ? 3 : 2
        } else if phrase.isSign(next, 0x2C), phrase.isEnDash(next + 1) {
            next += 2
        }
        return (amount, next)
    }

    // MARK: Percentages

    /// Reads a percentage at word `index`; returns it and the index after it.
    func percentage(at index: Int) -> (Percentage, Int)? {
        guard index < phrase.count else { return nil }
        // "vijf procent", "twee procent": a number in words.
        if phrase.words[index].kind == .word, phrase.isWord(index + 1, Keys.procent),
            let value = phrase.cardinal(index)
        {
            let end = index + 2
            let (bound, start) = CountReader.bound(before: index, in: phrase) ?? (nil, index)
            let context = phrase.string(max(0, start - 4)..<min(phrase.count, end + 4))
            let percentage = Percentage(
                text: phrase.string(start..<end), span: phrase.span(start..<end), value: String(value),
                upperValue: nil, bound: bound, context: context, location: nil)
            return (percentage, end)
        }
        // A percent sign or "procent" one word on, or three for a range, before any number is parsed.
        guard phrase.words[index].kind == .number,
            isPercentSign(index + 1) || isPercentSign(index + 3),
            let value = Self.decimal(phrase.bytes[phrase.words[index].range])
        else { return nil }
        var upper: Decimal?
        var cursor = index + 1
        // "25-30%", "25 tot 30 procent", "2 à 3 procent"
        if phrase.isSign(cursor, Bytes.hyphen) || phrase.isEnDash(cursor) || phrase.isWord(cursor, Keys.tot)
            || phrase.isWord(cursor, Keys.aGrave),
            cursor + 1 < phrase.count, phrase.words[cursor + 1].kind == .number,
            let high = Self.decimal(phrase.bytes[phrase.words[cursor + 1].range]), isPercentSign(cursor + 2)
        {
            upper = high
            cursor += 2
        }
        guard isPercentSign(cursor) else { return nil }
        var end = cursor + 1
        // "2 procentpunt", "1%-punt": points, not a share.
        var points = phrase.isWord(cursor, in: Self.procentpunten)
        if phrase.isSign(cursor, 0x25), phrase.isSign(end, Bytes.hyphen), phrase.isWord(end + 1, in: Self.punten) {
            points = true
            end += 2
        }
        let (bound, start) = CountReader.bound(before: index, in: phrase) ?? (nil, index)
        let context = phrase.string(max(0, start - 4)..<min(phrase.count, end + 4))
        let percentage = Percentage(
            text: phrase.string(start..<end), span: phrase.span(start..<end), value: value.description,
            upperValue: upper?.description, bound: bound, points: points ? true : nil, context: context, location: nil)
        return (percentage, end)
    }

    private func isPercentSign(_ index: Int) -> Bool {
        phrase.isSign(index, 0x25) || phrase.isWord(index, Keys.procent) || phrase.isWord(index, in: Self.procentpunten)
    }
    private static let procentpunten = Keys.set(["procentpunt", "procentpunten"])
    private static let punten = Keys.set(["punt", "punten"])

    private func isEuroSign(_ index: Int) -> Bool {
        index < phrase.count && phrase.words[index].kind == .sign
            && phrase.bytes[phrase.words[index].range].elementsEqual(Self.euroSign)
    }

    /// "1.250.000" → 1250000, "477,20" → 477.20, "2,5" → 2.5; a point before other than three digits is a decimal mark.
    static func decimal(_ bytes: ArraySlice<UInt8>) -> Decimal? {
        // Decimal holds 38 digits; a longer run of digits is no amount.
        guard bytes.count <= 30 else { return nil }
        let digitsAfter = { (index: Int) -> Int in
            var count = 0
            var cursor = index + 1
            while cursor < bytes.endIndex, Bytes.isDigit(bytes[cursor]) {
                count += 1
                cursor += 1
            }
            return count
        }
        // The digits as one integer and the number of them after the decimal mark.
        var significand: UInt64 = 0
        var digits = 0
        var decimals: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            if Bytes.isDigit(byte) {
                significand = significand &* 10 &+ UInt64(byte - 0x30)
                digits += 1
                decimals? += 1
            } else if byte == 0x2C || (byte == Bytes.dot && digitsAfter(index) != 3) {
                guard decimals == nil else { return nil }
                decimals = 0
            } else if byte != Bytes.dot {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        // Up to 19 digits fit the integer; more go through Decimal's own reading of the digits.
        guard digits > 19 else {
            return Decimal(sign: .plus, exponent: -(decimals ?? 0), significand: Decimal(significand))
        }
        var normalised: [UInt8] = []
        for byte in bytes where Bytes.isDigit(byte) { normalised.append(byte) }
        if let decimals { normalised.insert(Bytes.dot, at: normalised.count - decimals) }
        return Decimal(string: String(decoding: normalised, as: UTF8.self), locale: Locale(identifier: "en_US_POSIX"))
    }
}
