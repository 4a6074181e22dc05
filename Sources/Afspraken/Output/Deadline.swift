extension Document {
    /// The time that the CSV and the report show as a commitment's deadline: the first that sets one ("uiterlijk
    /// Q1 2026", "voor 1 juli 2026") and has dates, else the first with dates, else the first. "In 2026 gaan
    /// corporaties door met verduurzaming, om deze uiterlijk 2028 te hebben weggewerkt" is due in 2028. A time
    /// between an article and its noun dates that thing, not the commitment: "een in Q4 2025 uit te voeren
    /// evaluatie", "het in 2024 vastgestelde parkeerbeleid".
    public func deadline(of commitment: Commitment) -> TimeExpression? {
        let times = commitment.times.map { entities.times[$0] }.filter { !Self.isAttributive($0, in: commitment.text) }
        return times.first { $0.end != nil && ($0.mod == .onOrBefore || $0.mod == .before) }
            ?? times.first { $0.end != nil } ?? times.first
    }

    /// Whether the word before the time's first appearance in `text` is an article.
    private static func isAttributive(_ time: TimeExpression, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        let written = Array(time.text.utf8)
        guard !written.isEmpty, bytes.count > written.count,
            let start = (0...(bytes.count - written.count)).first(where: {
                bytes[$0..<($0 + written.count)].elementsEqual(written)
            })
        else { return false }
        var end = start
        while end > 0, bytes[end - 1] == Bytes.space { end -= 1 }
        var wordStart = end
        while wordStart > 0, Bytes.isASCIILetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = bytes[wordStart..<end].map(Bytes.lowered)
        return ["een", "de", "het"].contains { Array($0.utf8) == word }
    }
}
