/// Reads counts of homes and similar units: "39 sociale huurwoningen", "4 middenhuur woningen", "24 Bebo's",
/// "12 EGW", "ca 10 middenhuurwoningen", "maximaal 10 …", "ten hoogste 10 …", "0 of 1 woning", "ten minste 50
/// nultredenwoningen"; and of places and people: "20 opvangplekken", "35 statushouders".
/// Article numbers, years and amounts are not counts: a count needs a unit noun after it.
struct CountReader {
    let phrase: Phrase

    /// "ruim 100" is more than 100 and "bijna 100" less: bounds, not approximations.
    private static let approximately = Keys.set(["ca", "circa", "ongeveer", "rond"])
    private static let atMost = Keys.set(["maximaal", "max", "hooguit", "hoogstens", "bijna"])
    private static let atLeast = Keys.set(["minimaal", "min", "minstens", "tenminste", "ruim"])
    /// What a rent or a contribution follows, and a percentage is added to or taken from.
    private static let indices = Keys.set(["inflatie", "cpi", "loonontwikkeling", "huurverhoging"])
    private static let rangeWords = Keys.set(["of", "à", "tot", "a"])
    /// Units that are not "…woning(en)".
    private static let units = Keys.set([
        "appartement", "appartementen", "egw", "egw's", "bebo", "bebos", "studio", "studio's", "studios",
        "wooneenheid", "wooneenheden", "eenheden", "units", "kamers", "woonwagens", "standplaatsen",
        "woonwagenstandplaatsen", "ligplaatsen", "huizen", "woonunits", "tiny", "flexwoningen", "woonplekken",
        "opvangplekken", "plekken",
        // People housed or helped: "35 statushouders", "40 huishoudens met urgentie".
        "statushouders", "statushouder", "vergunninghouders", "huishoudens", "huishouden", "personen", "persoon",
        "woningzoekenden", "urgenten", "arbeidsmigranten", "studenten", "jongeren", "ouderen", "gezinnen",
        "bewoners", "huurders",
    ])
    /// Words that may stand between the number and the unit: "sociale huur woningen", "vrije sector woningen".
    private static let modifiers = Keys.set([
        "sociale", "vrije", "sector", "middenhuur", "middeldure", "dure", "betaalbare", "nieuwe", "extra",
        "tijdelijke", "flexibele", "grondgebonden", "gestapelde", "huur", "koop", "bestaande", "goedkope",
        "levensloopbestendige", "toegankelijke", "geschikte", "zorggeschikte", "passende", "eengezins",
    ])

    private static let tenures = Keys.set(["koop", "huur", "middenhuur", "sector"])

    /// "een tiental", "een honderdtal": about so many.
    private static let roundNumbers: KeywordTable<Int> = KeywordTable(
        [
            ("tiental", 10), ("twintigtal", 20), ("dertigtal", 30), ("veertigtal", 40), ("vijftigtal", 50),
            ("zestigtal", 60), ("zeventigtal", 70), ("tachtigtal", 80), ("negentigtal", 90), ("honderdtal", 100),
        ].map { (Word.key($0.0), $0.1) })

    /// Words a count can start with (besides numbers).
    static var startKeys: [UInt64] {
        approximately.allKeys + atMost.allKeys + atLeast.allKeys + [
            Keys.ten, Keys.tussen, Keys.minder, Keys.meer, Keys.zo, Keys.een,
        ]
            + DutchNumbers.cardinalWordKeys
    }

    /// Reads a count at word `index`; returns it and the index after it.
    func read(at index: Int) -> (Count, Int)? {
        var cursor = index
        var bound = Count.Bound.exact
        // "tussen de 20 en 30 woningen": a range, its "en" read below.
        let isBetween = phrase.isWord(cursor, Keys.tussen)
        if isBetween {
            cursor += phrase.isWord(cursor + 1, Keys.de) ? 2 : 1
        } else if phrase.isWord(cursor, in: Self.approximately) {
            bound = .approximately
            cursor += phrase.isSign(cursor + 1, Bytes.dot) ? 2 : 1
        } else if phrase.isWord(cursor, in: Self.atMost) {
            bound = .atMost
            cursor += phrase.isSign(cursor + 1, Bytes.dot) ? 2 : 1
        } else if phrase.isWord(cursor, in: Self.atLeast) {
            bound = .atLeast
            cursor += 1
        } else if phrase.isWord(cursor, Keys.ten), phrase.isWord(cursor + 1, Keys.minste) {
            bound = .atLeast
            cursor += 2
        } else if phrase.isWord(cursor, Keys.ten), phrase.isWord(cursor + 1, Keys.hoogste) {
            bound = .atMost
            cursor += 2
        } else if phrase.isWord(cursor + 1, Keys.dan),
            phrase.isWord(cursor, Keys.minder) || phrase.isWord(cursor, Keys.meer)
        {
            // "minder dan 10", "meer dan 50"
            bound = phrase.isWord(cursor, Keys.minder) ? .atMost : .atLeast
            cursor += 2
        } else if phrase.isWord(cursor, Keys.zo), phrase.isSign(cursor + 1, 0x27) || isRightQuote(cursor + 1),
            phrase.isWord(cursor + 2, Keys.n)
        {
            // "zo'n 40"
            bound = .approximately
            cursor += 3
        }
        // "een tiental woningen": about ten.
        if phrase.isWord(cursor, Keys.een), cursor + 1 < phrase.count,
            Self.roundNumbers[phrase.words[cursor + 1].key] != nil
        {
            cursor += 1
            if bound == .exact { bound = .approximately }
        }
        guard cursor < phrase.count, let value = Self.roundNumbers[phrase.words[cursor].key] ?? phrase.cardinal(cursor)
        else { return nil }
        // A number right after "€" or "artikel" is something else.
        if index > 0, phrase.words[index - 1].kind == .sign,
            phrase.bytes[phrase.words[index - 1].range.lowerBound] >= 0x80
        {
            return nil
        }
        cursor += 1
        var upper: Int?
        let joinsRange =
            isBetween
            ? phrase.isWord(cursor, Keys.en)
            : phrase.isWord(cursor, in: Self.rangeWords) || phrase.isSign(cursor, Bytes.hyphen)
                || phrase.isEnDash(cursor)
        if joinsRange, let high = phrase.cardinal(cursor + 1), high > value {
            upper = high
            cursor += 2
        } else if isBetween {
            return nil
        }
        // "5 (vijf) woningen": the number written out again in brackets.
        if phrase.isSign(cursor, 0x28), phrase.cardinal(cursor + 1) == value, phrase.isSign(cursor + 2, 0x29) {
            cursor += 3
        }
        let unitStart = cursor
        var modifiers = 0
        // Known words, or an adjective ending in "-e" right before the unit ("60 verouderde eengezinswoningen").
        while modifiers < 3, phrase.isWord(cursor, in: Self.modifiers) || isAdjective(cursor) {
            cursor += 1
            modifiers += 1
        }
        var end = cursor + 1
        if !Self.isUnit(at: cursor, in: phrase) {
            // "1 sociale koop", "20 vrije sector huur", "12 middenhuur": the tenure is what is counted.
            guard modifiers > 0, phrase.isWord(cursor - 1, in: Self.tenures) else { return nil }
            end = cursor
        }
        // "Bebo's", "tiny houses"
        if phrase.isSign(end, 0x27) || isRightQuote(end), phrase.isWord(end + 1, Keys.s) { end += 2 }
        if phrase.isWord(end - 1, Keys.tiny), phrase.isWord(end, Keys.houses) { end += 1 }
        let count = Count(
            text: phrase.string(index..<end), span: phrase.span(index..<end), value: value, upperValue: upper,
            unit: phrase.string(unitStart..<end), bound: bound, location: nil)
        return (count, end)
    }

    /// The bound the words right before word `index` set ("maximaal", "ten minste", "ca.", "meer dan") and where
    /// they start: for a percentage, which is read from its number on.
    static func bound(before index: Int, in phrase: Phrase) -> (Count.Bound, start: Int)? {
        var word = index - 1
        if word > 0, phrase.isSign(word, Bytes.dot) { word -= 1 }  // "ca.", "max."
        guard word >= 0 else { return nil }
        if phrase.isWord(word, in: approximately) { return (.approximately, word) }
        if phrase.isWord(word, in: atMost) { return (.atMost, word) }
        guard word == index - 1 else { return nil }
        // "inflatie min 0,5 procentpunt", "CPI min 1%": minus, not a minimum.
        if phrase.isWord(word, Keys.min), word > 0,
            phrase.isWord(word - 1, in: Self.indices) || phrase.isSign(word - 1, 0x25)
        {
            return nil
        }
        if phrase.isWord(word, in: atLeast) { return (.atLeast, word) }
        guard word >= 1 else { return nil }
        if phrase.isWord(word - 1, Keys.ten), phrase.isWord(word, Keys.minste) { return (.atLeast, word - 1) }
        if phrase.isWord(word - 1, Keys.ten), phrase.isWord(word, Keys.hoogste) { return (.atMost, word - 1) }
        if phrase.isWord(word, Keys.dan), phrase.isWord(word - 1, Keys.minder) { return (.atMost, word - 1) }
        if phrase.isWord(word, Keys.dan), phrase.isWord(word - 1, Keys.meer) { return (.atLeast, word - 1) }
        return nil
    }

    /// A word in lower case ending in "e" ("verouderde", "nieuwgebouwde") with a unit of housing right after it.
    private func isAdjective(_ index: Int) -> Bool {
        guard index < phrase.count, phrase.words[index].kind == .word, Self.isUnit(at: index + 1, in: phrase) else {
            return false
        }
        let bytes = phrase.bytes[phrase.words[index].range]
        return bytes.count >= 4 && Bytes.isASCIILower(bytes.first ?? 0) && bytes.last == 0x65
    }

    /// Whether word `index` names a unit of housing: "…woning(en)", "…appartement(en)" ("huurappartementen"), or one
    /// of the listed units.
    static func isUnit(at index: Int, in phrase: Phrase) -> Bool {
        guard index < phrase.count, phrase.words[index].kind == .word else { return false }
        let word = phrase.words[index]
        if units.contains(word.key) { return true }
        let bytes = phrase.bytes[word.range]
        return endsWith(bytes, "woning") || endsWith(bytes, "woningen") || endsWith(bytes, "appartement")
            || endsWith(bytes, "appartementen")
    }

    private static func endsWith(_ bytes: ArraySlice<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return suffix.withUTF8Buffer { suffix in
            zip(bytes.suffix(count), suffix).allSatisfy { Bytes.lowered($0) == $1 }
        }
    }

    private func isRightQuote(_ index: Int) -> Bool {
        index < phrase.count && phrase.words[index].kind == .sign
            && phrase.bytes[phrase.words[index].range].elementsEqual([0xE2, 0x80, 0x99])
    }
}
