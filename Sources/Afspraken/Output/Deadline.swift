extension Document {
    /// The time that the CSV and the report show as a commitment's deadline: the first that sets one ("uiterlijk
    /// Q1 2026", "voor 1 juli 2026") and has dates, else the first with dates, else the first. "In 2026 gaan
    /// corporaties door met verduurzaming, om deze uiterlijk 2028 te hebben weggewerkt" is due in 2028.
    public func deadline(of commitment: Commitment) -> TimeExpression? {
        let times = commitment.times.map { entities.times[$0] }
        return times.first { $0.end != nil && ($0.mod == .onOrBefore || $0.mod == .before) }
            ?? times.first { $0.end != nil } ?? times.first
    }
}
