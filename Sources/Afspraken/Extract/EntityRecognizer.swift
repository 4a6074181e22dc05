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
        while index < phrase.count {
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
}
