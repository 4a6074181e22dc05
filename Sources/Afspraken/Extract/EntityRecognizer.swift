/// Runs the readers over a block's words in one pass: at each word the first reader that recognises
/// something takes it, and the pass goes on after it. Money and percentages come first so that their
/// numbers are not read as counts or years.
struct EntityRecognizer {
    private(set) var entities = Entities()
    private(set) var diagnostics: [Diagnostic] = []

    init(_ phrase: Phrase) {
        let amounts = AmountReader(phrase: phrase)
        let frequencies = FrequencyReader(phrase: phrase)
        var times = TimeReader(phrase)
        let counts = CountReader(phrase: phrase)
        var index = 0
        let starters = Self.starters  // once, not behind a lazy global's check at every word
        while index < phrase.count {
            guard Self.mayStart(phrase, at: index, starters) else {
                index += 1
                continue
            }
            if let (money, next) = amounts.money(at: index) {
                entities.amounts.append(money)
                index = next
            } else if let (percentage, next) = amounts.percentage(at: index) {
                entities.percentages.append(percentage)
                index = next
            } else if let (frequency, next) = frequencies.read(at: index) {
                entities.frequencies.append(frequency)
                index = next
            } else if let (time, next) = times.read(at: index) {
                if let time { entities.times.append(time) }
                index = next
            } else if let (count, next) = counts.read(at: index) {
                entities.counts.append(count)
                index = next
            } else {
                index += 1
            }
        }
        diagnostics = times.diagnostics
    }

    /// Words any reader can start with; most words of a text are none of them and cost one lookup.
    private static let starters = KeywordSet(
        (TimeReader.startKeys + FrequencyReader.startKeys + CountReader.startKeys + AmountReader.startKeys).map {
            ($0, true)
        })

    /// A number, "€", a word from a reader's start list, or a word like "Q1", "O1", "1e", "2x".
    private static func mayStart(_ phrase: Phrase, at index: Int, _ starters: KeywordSet) -> Bool {
        let word = phrase.words[index]
        switch word.kind {
        case .number: return true
        case .sign: return phrase.bytes[word.range.lowerBound] == 0xE2
        case .word:
            let first = phrase.bytes[word.range.lowerBound]
            if Bytes.isDigit(first) || starters.contains(word.key) { return true }
            return word.range.count == 2 && (Bytes.lowered(first) == 0x71 || Bytes.lowered(first) == 0x6F)
        }
    }
}
