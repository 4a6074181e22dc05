/// How concrete the agreements are, per chapter and in all. Each commitment scores a third for naming an actor,
/// a third for a deadline or date, and a third for a measurable quantity (count, amount, percentage or
/// frequency). The mean score gives the tier: at least 2/3 concreet, at least 1/3 deels concreet, else niet
/// concreet.
enum ConcretenessScorer {
    static func score(_ document: Document) -> [Concreteness] {
        // One pass, tallying by chapter: filtering copies of every commitment per chapter cost more than the rest.
        var tallies: [String: Tally] = [:]
        var total = Tally()
        // Fields are read in place through the buffer: a copy of each commitment retained and released a dozen
        // strings and arrays, and cost more than the tally.
        document.commitments.withUnsafeBufferPointer { commitments in
            for index in commitments.indices {
                let marks = Marks(commitments[index])
                total.add(marks)
                if commitments[index].location.part == .chapter, let chapter = commitments[index].location.chapter {
                    tallies[chapter, default: Tally()].add(marks)
                }
            }
        }
        var rows: [Concreteness] = []
        // A chapter without a number (articles before any chapter heading) counts in the total only.
        for chapter in document.chapters {
            guard let reference = chapter.reference, let tally = tallies[reference], tally.count > 0 else { continue }
            rows.append(tally.score(chapter: chapter.number, title: chapter.title))
        }
        if total.count > 0 { rows.append(total.score(chapter: nil, title: nil)) }
        return rows
    }

    /// What a commitment scores for.
    private struct Marks {
        var hasActor: Bool
        var hasDeadline: Bool
        var hasQuantity: Bool

        init(_ commitment: borrowing Commitment) {
            hasActor = !commitment.actors.isEmpty
            hasDeadline = !commitment.times.isEmpty
            hasQuantity =
                !commitment.counts.isEmpty || !commitment.amounts.isEmpty || !commitment.percentages.isEmpty
                || !commitment.frequencies.isEmpty
        }
    }

    private struct Tally {
        var count = 0
        var withActor = 0
        var withDeadline = 0
        var withQuantity = 0

        mutating func add(_ marks: Marks) {
            count += 1
            if marks.hasActor { withActor += 1 }
            if marks.hasDeadline { withDeadline += 1 }
            if marks.hasQuantity { withQuantity += 1 }
        }

        func score(chapter: String?, title: String?) -> Concreteness {
            let total = Double(count)
            let actor = Double(withActor) / total
            let deadline = Double(withDeadline) / total
            let quantity = Double(withQuantity) / total
            let mean = (actor + deadline + quantity) / 3
            let tier: Concreteness.Tier =
                mean >= 2.0 / 3 ? .concreet : mean >= 1.0 / 3 ? .deelsConcreet : .nietConcreet
            func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
            return Concreteness(
                chapter: chapter, title: title, commitments: count, withActor: rounded(actor),
                withDeadline: rounded(deadline), withQuantity: rounded(quantity), tier: tier)
        }
    }
}
