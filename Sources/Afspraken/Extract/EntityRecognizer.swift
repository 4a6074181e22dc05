/// Runs the readers over a block's words in one pass: at each word the first reader that recognises
/// something takes it, and the pass goes on after it. Money and percentages come first so that their
/// numbers are not read as counts or years.
struct EntityRecognizer {
    private(set) var entities = Entities()
    private(set) var diagnostics: [Diagnostic] = []

    /// The readers, as bits: which of them a word may start.
    private struct Readers: OptionSet {
        let rawValue: UInt8
        static let money = Readers(rawValue: 1)
        static let percentage = Readers(rawValue: 2)
        static let frequency = Readers(rawValue: 4)
        static let time = Readers(rawValue: 8)
        static let count = Readers(rawValue: 16)
        static let all = Readers(rawValue: 31)
    }

    init(_ phrase: Phrase) {
        let amounts = AmountReader(phrase: phrase)
        let frequencies = FrequencyReader(phrase: phrase)
        var times = TimeReader(phrase)
        let counts = CountReader(phrase: phrase)
        var index = 0
        let starters = Self.starters  // once, not behind a lazy global's check at every word
        while index < phrase.count {
            let readers = Self.readers(startingAt: index, phrase, starters)
            guard !readers.isEmpty else {
                index += 1
                continue
            }
            if readers.contains(.money), let (money, next) = amounts.money(at: index) {
                entities.amounts.append(money)
                index = next
            } else if readers.contains(.percentage), let (percentage, next) = amounts.percentage(at: index) {
                entities.percentages.append(percentage)
                index = next
            } else if readers.contains(.frequency), let (frequency, next) = frequencies.read(at: index) {
                entities.frequencies.append(frequency)
                index = next
            } else if readers.contains(.time), let (time, next) = times.read(at: index) {
                if let time { entities.times.append(time) }
                index = next
            } else if readers.contains(.count), let (count, next) = counts.read(at: index) {
                entities.counts.append(count)
                index = next
            } else {
                index += 1
            }
        }
        diagnostics = times.diagnostics
    }

    /// The readers each keyword can start: "een" a count or a frequency but no date, "in" a date only. Frequent
    /// words such as these then cost one reader, not five.
    private static let starters: KeywordTable<Readers> = {
        var readers: [UInt64: Readers] = [:]
        for (keys, reader) in [
            (AmountReader.startKeys, Readers.money), (FrequencyReader.startKeys, .frequency),
            (TimeReader.startKeys, .time), (CountReader.startKeys, .count),
            (DutchNumbers.cardinalWordKeys, .percentage),
        ] {
            for key in keys { readers[key, default: []].insert(reader) }
        }
        return KeywordTable(readers.map { ($0.key, $0.value) })
    }()

    /// Every reader for a number, "€", or a word like "Q1", "O1", "H2", "1e", "2x"; a keyword's own readers; else
    /// none.
    private static func readers(startingAt index: Int, _ phrase: Phrase, _ starters: KeywordTable<Readers>) -> Readers {
        let word = phrase.words[index]
        switch word.kind {
        case .number: return .all
        case .sign: return phrase.bytes[word.range.lowerBound] == 0xE2 ? .all : []
        case .word:
            let first = phrase.bytes[word.range.lowerBound]
            if Bytes.isDigit(first) { return .all }
            if let readers = starters[word.key] { return readers }
            // "Q1", "O1" (a Q read as O), "H2" (a half year).
            let lowered = Bytes.lowered(first)
            return word.range.count == 2 && (lowered == 0x71 || lowered == 0x6F || lowered == 0x68) ? .all : []
        }
    }
}
