/// How concrete the agreements are, per chapter and in all. Each commitment scores a third for naming an actor,
/// a third for a deadline or date, and a third for a measurable quantity (count, amount, percentage or
/// frequency). The mean score gives the tier: at least 2/3 concreet, at least 1/3 deels concreet, else niet
/// concreet.
enum ConcretenessScorer {
    static func score(_ document: Document) -> [Concreteness] {
        var rows: [Concreteness] = []
        // A chapter without a number (articles before any chapter heading) counts in the total only.
        for chapter in document.chapters where chapter.reference != nil {
            let own = document.commitments.filter {
                $0.location.part == .chapter && $0.location.chapter == chapter.reference
            }
            guard !own.isEmpty else { continue }
            rows.append(score(own, chapter: chapter.number, title: chapter.title))
        }
        if !document.commitments.isEmpty { rows.append(score(document.commitments, chapter: nil, title: nil)) }
        return rows
    }

    private static func score(_ commitments: [Commitment], chapter: String?, title: String?) -> Concreteness {
        let count = Double(commitments.count)
        let actor = Double(commitments.filter { !$0.actors.isEmpty }.count) / count
        let deadline = Double(commitments.filter { !$0.times.isEmpty }.count) / count
        let quantity =
            Double(
                commitments.filter {
                    !$0.counts.isEmpty || !$0.amounts.isEmpty || !$0.percentages.isEmpty || !$0.frequencies.isEmpty
                }.count) / count
        let mean = (actor + deadline + quantity) / 3
        let tier: Concreteness.Tier = mean >= 2.0 / 3 ? .concreet : mean >= 1.0 / 3 ? .deelsConcreet : .nietConcreet
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        return Concreteness(
            chapter: chapter, title: title, commitments: commitments.count, withActor: rounded(actor),
            withDeadline: rounded(deadline), withQuantity: rounded(quantity), tier: tier)
    }
}
