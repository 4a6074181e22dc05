import Foundation

/// Dutch numbers in words: "een" … "twintig", tens, "honderd", "duizend", compounds ("vijfentwintig",
/// "tweehonderd") and ordinals ("eerste", "1e", "2de"). "een" is read as 1 only where a caller asks for it.
enum DutchNumbers {
    private static let units = [
        "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
        "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
        "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    ]
    private static let tens = [
        "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
        "negentig": 90,
    ]
    private static let ordinals = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
        "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
    ]

    /// Cardinals by key: built once, so that a word is looked up without decoding it.
    private static let cardinalKeys: KeywordTable<Int> = {
        var table: [UInt64: Int] = [:]
        for word in ["nul"] + Array(units.keys) + Array(tens.keys) + ["honderd", "duizend"] {
            if let value = value(of: word) { table[Word.key(word)] = value }
        }
        for unit in 1...9 {
            for ten in 20...90 where ten % 10 == 0 {
                let name =
                    units.first { $0.value == unit && $0.key != "één" }!.key
                    + (unit == 2 || unit == 3 ? "ën" : "en") + tens.first { $0.value == ten }!.key
                table[Word.key(name)] = ten + unit
                table[Word.key(name.replacingOccurrences(of: "ën", with: "en"))] = ten + unit
            }
        }
        // "tweehonderd", "drieduizend": round hundreds and thousands, as agreements write targets.
        for (name, unit) in units where unit > 1 && unit < 10 && name != "één" {
            table[Word.key(name + "honderd")] = unit * 100
            table[Word.key(name + "duizend")] = unit * 1000
        }
        return KeywordTable(table.map { ($0.key, $0.value) })
    }()

    private static let ordinalKeys = KeywordTable(ordinals.map { (Word.key($0.key), $0.value) })

    /// The value of a cardinal written out ("zes", "vijfentwintig", "tweehonderd"); "een"/"één" gives 1.
    static func value(of word: String) -> Int? {
        let word = word.lowercased()
        if let unit = units[word] { return unit }
        if let ten = tens[word] { return ten }
        for (name, multiplier) in [("duizend", 1000), ("honderd", 100)] {
            guard let range = word.range(of: name) else { continue }
            let head = String(word[..<range.lowerBound])
            let tail = String(word[range.upperBound...])
            let factor = head.isEmpty ? 1 : value(of: head)
            let rest = tail.isEmpty ? 0 : value(of: tail.hasPrefix("en") ? String(tail.dropFirst(2)) : tail)
            guard let factor, let rest, factor < multiplier || multiplier == 1000 else { return nil }
            return factor * multiplier + rest
        }
        for joiner in ["ën", "en"] {
            guard let range = word.range(of: joiner), let unit = units[String(word[..<range.lowerBound])],
                unit < 10, let ten = tens[String(word[range.upperBound...])]
            else { continue }
            return ten + unit
        }
        return nil
    }

    /// The cardinal a word spells (common forms from a table) or its digits write ("1.200" grouped by thousands
    /// too), or nil.
    static func cardinal(_ word: Word, in bytes: [UInt8]) -> Int? {
        if word.kind == .number { return integer(word, in: bytes) ?? grouped(word, in: bytes) }
        guard word.kind == .word else { return nil }
        return cardinalKeys[word.key]
    }

    /// Keys of the cardinals and ordinals written as words, for the readers' first look at a word.
    static var cardinalWordKeys: [UInt64] { cardinalKeys.allKeys }
    static var ordinalWordKeys: [UInt64] { ordinalKeys.allKeys }

    private static let ordinalSuffixes = KeywordSet(words: ["e", "de", "ste"])

    /// "eerste", "1e", "2de", "3ste".
    static func ordinal(_ word: Word, in bytes: [UInt8]) -> Int? {
        guard word.kind == .word else { return nil }
        if let value = ordinalKeys[word.key] { return value }
        var index = word.range.lowerBound
        var value = 0
        // At most two digits ("21ste"): a longer run is no ordinal, and would overflow.
        while index < word.range.upperBound, Bytes.isDigit(bytes[index]) {
            guard index - word.range.lowerBound < 2 else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > word.range.lowerBound else { return nil }
        let suffix = Word.key(of: bytes[index..<word.range.upperBound])
        return ordinalSuffixes.contains(suffix) ? value : nil
    }

    /// "1.200", "12.500", "1.250.000": digits in groups of three after the first, points between them.
    private static func grouped(_ word: Word, in bytes: [UInt8]) -> Int? {
        guard word.range.count <= 11 else { return nil }
        var value = 0
        var digitsInGroup = 0
        var groups = 0
        for byte in bytes[word.range] {
            if byte == Bytes.dot {
                guard digitsInGroup == 3 || (groups == 0 && (1...3).contains(digitsInGroup)) else { return nil }
                groups += 1
                digitsInGroup = 0
            } else {
                guard Bytes.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digitsInGroup += 1
            }
        }
        return groups > 0 && digitsInGroup == 3 ? value : nil
    }

    /// A number of plain digits (no separators), such as a year or a count.
    static func integer(_ word: Word, in bytes: [UInt8]) -> Int? {
        guard word.kind == .number, word.range.count <= 9 else { return nil }
        var value = 0
        for byte in bytes[word.range] {
            guard Bytes.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
