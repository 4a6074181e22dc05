import Foundation

/// What changed between two matched commitments: actors, firmness, the dates, amounts, percentages, frequencies
/// and counts in them, and, apart from those, the wording.
struct CommitmentComparer {
    let old: Document
    let new: Document

    func changes(_ before: Commitment, _ after: Commitment) -> [Change] {
        var found: [Change] = []
        func change(_ kind: Change.Kind, _ summary: String) -> Change {
            Change(kind: kind, chapter: nil, old: before.side, new: after.side, summary: summary)
        }

        let joined = after.actors.filter { !before.actors.contains($0) }
        let left = before.actors.filter { !after.actors.contains($0) }
        if !joined.isEmpty || !left.isEmpty {
            // The same words may name other parties (a table's "Trekker" cell changed): then the ids say it.
            let (from, to) =
                before.actorPhrase == after.actorPhrase
                ? (before.actors.joined(separator: ", "), after.actors.joined(separator: ", "))
                : (before.actorPhrase ?? "-", after.actorPhrase ?? "-")
            var actors = change(
                .actorsChanged,
                "actors: \(from.isEmpty ? "-" : from) → \(to.isEmpty ? "-" : to)"
                    + (joined.isEmpty ? "" : "; joined \(joined.joined(separator: ", "))")
                    + (left.isEmpty ? "" : "; left \(left.joined(separator: ", "))"))
            actors.joined = joined
            actors.left = left
            found.append(actors)
        }
        if before.modality != after.modality {
            var modality = change(
                .modalityChanged,
                "\(before.modality.rawValue) (\(before.cue ?? "-")) → \(after.modality.rawValue) (\(after.cue ?? "-"))")
            modality.direction = after.modality.firmness > before.modality.firmness ? .firmer : .softer
            modality.oldValue = before.modality.rawValue
            modality.newValue = after.modality.rawValue
            found.append(modality)
        }
        found += Self.entityChanges(EntityLists(before, in: old), EntityLists(after, in: new)) { kind, summary, _, _ in
            change(kind, summary)
        }
        // Actor phrases and cues of both sides are masked in both: a change of party or firmness is not a rewording.
        let shared = [before.actorPhrase, before.cue, after.actorPhrase, after.cue].compactMap { $0 }
        if wording(before, in: old, masking: shared) != wording(after, in: new, masking: shared) {
            found.append(change(.commitmentTextChanged, "text: \(after.text.clipped)"))
        }
        return found
    }

    /// Changes in the dates, amounts, percentages, frequencies and counts of two matched texts, paired in order;
    /// `make` builds a change from its kind, summary and the two items (nil where a side lacks one).
    static func entityChanges(
        _ before: EntityLists, _ after: EntityLists,
        make: (Change.Kind, String, (any Located)?, (any Located)?) -> Change
    ) -> [Change] {
        func change(_ kind: Change.Kind, _ from: (any Located)?, _ to: (any Located)?) -> Change {
            make(kind, "\(from?.text ?? "-") → \(to?.text ?? "-")", from, to)
        }
        var changes: [Change] = []
        for (from, to) in pairwise(before.times, after.times, key: \.comparable) {
            var deadline = change(.deadlineChanged, from, to)
            deadline.oldValue = from.map { $0.value ?? $0.text }
            deadline.newValue = to.map { $0.value ?? $0.text }
            if let start = from?.end.flatMap(ISODay.init), let finish = to?.end.flatMap(ISODay.init) {
                let days = finish.number - start.number
                deadline.days = days
                deadline.direction = days > 0 ? .postponed : days < 0 ? .broughtForward : nil
                if days != 0 { deadline.summary += ", \(abs(days)) days \(days > 0 ? "later" : "earlier")" }
            } else {
                deadline.direction = from == nil ? .added : to == nil ? .removed : nil
            }
            changes.append(deadline)
        }
        for (from, to) in pairwise(
            before.amounts, after.amounts,
            key: {
                "\($0.amount) \($0.upperAmount ?? 0)" + ($0.bound.map { " \($0.rawValue)" } ?? "")
                    + ($0.per.map { " per \($0)" } ?? "")
            })
        {
            var amount = change(.amountChanged, from, to)
            // "€ 50.000 → € 50.000 per jaar": what it is for each of says the change.
            if from?.per != nil || to?.per != nil {
                func written(_ money: Money?) -> String {
                    money.map { $0.text + ($0.per.map { " per \($0)" } ?? "") } ?? "-"
                }
                amount.summary = "\(written(from)) → \(written(to))"
            }
            amount.oldValue = from.map { "\($0.amount)" }
            amount.newValue = to.map { "\($0.amount)" }
            if let start = from?.amount, let finish = to?.amount {
                let difference = finish - start
                amount.difference = "\(difference)"
                amount.summary += " (\(difference > 0 ? "+" : "")\(difference))"
            }
            amount.direction = direction(from.map { "\($0.amount)" }, to.map { "\($0.amount)" })
            changes.append(amount)
        }
        for (from, to) in pairwise(
            before.percentages, after.percentages,
            key: {
                $0.value + "-" + ($0.upperValue ?? "") + ($0.bound.map { " \($0.rawValue)" } ?? "")
                    + ($0.points == true ? " points" : "")
            })
        {
            var percentage = change(.percentageChanged, from, to)
            percentage.oldValue = from?.value
            percentage.newValue = to?.value
            percentage.direction = direction(from?.value, to?.value)
            changes.append(percentage)
        }
        for (from, to) in pairwise(before.frequencies, after.frequencies, key: { $0.value + ($0.freq ?? "") }) {
            var frequency = change(.frequencyChanged, from, to)
            frequency.oldValue = from.map { $0.value + ($0.freq.map { " \($0)" } ?? "") }
            frequency.newValue = to.map { $0.value + ($0.freq.map { " \($0)" } ?? "") }
            changes.append(frequency)
        }
        for (from, to) in pairwise(
            before.counts, after.counts, key: { "\($0.value)-\($0.upperValue ?? -1) \($0.unit.lowercased())" })
        {
            var count = change(.countChanged, from, to)
            count.oldValue = from.map { "\($0.value)" }
            count.newValue = to.map { "\($0.value)" }
            count.direction = direction(from.map { "\($0.value)" }, to.map { "\($0.value)" })
            changes.append(count)
        }
        return changes
    }

    /// Items paired in order; the pairs whose keys differ, with nil for an item one side lacks.
    private static func pairwise<Item>(_ before: [Item], _ after: [Item], key: (Item) -> String) -> [(Item?, Item?)] {
        (0..<max(before.count, after.count)).compactMap { index in
            let from = index < before.count ? before[index] : nil
            let to = index < after.count ? after[index] : nil
            return from.map(key) == to.map(key) ? nil : (from, to)
        }
    }

    /// Up or down for two decimal strings; added or removed when one is missing.
    private static func direction(_ before: String?, _ after: String?) -> Change.Direction? {
        guard let before, let after else { return before == nil ? .added : .removed }
        guard let from = Decimal(string: before), let to = Decimal(string: after) else { return nil }
        return to > from ? .increased : to < from ? .decreased : nil
    }

    /// The words that are not an actor phrase, a cue or an entity: what is left to tell a change of wording.
    private func wording(_ commitment: Commitment, in document: Document, masking shared: [String]) -> [UInt64] {
        var words = WordSet.words(of: commitment.text).filter { !Self.modalAuxiliaries.contains($0) }
        let entities = EntityLists(commitment, in: document)
        var masked = shared
        masked += entities.times.map(\.text) + entities.amounts.map(\.text) + entities.percentages.map(\.text)
        masked += entities.frequencies.map(\.text) + entities.counts.map(\.text)
        for word in masked.flatMap(WordSet.words(of:)) {
            if let index = words.firstIndex(of: word) { words.remove(at: index) }
        }
        return words
    }

    /// Modal auxiliaries carry firmness, which the modality reports.
    private static let modalAuxiliaries = Set(
        ["zal", "zullen", "kan", "kunnen", "wil", "willen"].flatMap(WordSet.words(of:)))
}

/// An entity with its words and place: what a change's side is built from.
protocol Located {
    var text: String { get }
    var span: SourceSpan { get }
    var location: Location? { get }
}

extension TimeExpression: Located {
    /// What a date means for the diff. A year taken from the agreement ("In Q1" in next year's jaarschijf) moves
    /// with the agreement; the same words are the same date.
    var comparable: String {
        isYearInferred ? text.lowercased() : (value ?? text) + (mod?.rawValue ?? "")
    }
}
extension Money: Located {}
extension Percentage: Located {}
extension Frequency: Located {}
extension Count: Located {}

/// The entities of one text, resolved from the document's index.
struct EntityLists {
    var times: [TimeExpression] = []
    var amounts: [Money] = []
    var percentages: [Percentage] = []
    var frequencies: [Frequency] = []
    var counts: [Count] = []

    init() {}

    init(_ commitment: Commitment, in document: Document) {
        times = commitment.times.map { document.entities.times[$0] }
        amounts = commitment.amounts.map { document.entities.amounts[$0] }
        percentages = commitment.percentages.map { document.entities.percentages[$0] }
        frequencies = commitment.frequencies.map { document.entities.frequencies[$0] }
        counts = commitment.counts.map { document.entities.counts[$0] }
    }

    /// Per article, the entities no commitment refers to: facts stated outside any commitment ("€ 477,20").
    static func loose(in document: Document, _ index: ArticleIndex) -> [Int: EntityLists] {
        let commitments = document.commitments
        var lists: [Int: EntityLists] = [:]
        func add<Item>(
            _ items: [Item], referenced: Set<Int>, location: (Item) -> Location?,
            _ append: (inout EntityLists, Item) -> Void
        ) {
            for (offset, item) in items.enumerated() where !referenced.contains(offset) {
                guard let location = location(item), let article = index.articleIndex(of: location) else { continue }
                append(&lists[article, default: EntityLists()], item)
            }
        }
        let entities = document.entities
        // A time before a commitment is its lead-in's ("… met de bouw in 2026:" over "Kerkplein: 17 woningen"),
        // reported where it stands: the items under it may be a project list's, which the projects report.
        let ownTimes = commitments.flatMap { commitment in
            commitment.times.filter { entities.times[$0].span.start.offset >= commitment.span.start.offset }
        }
        add(entities.times, referenced: Set(ownTimes), location: \.location) { $0.times.append($1) }
        add(entities.amounts, referenced: Set(commitments.flatMap(\.amounts)), location: \.location) {
            $0.amounts.append($1)
        }
        add(entities.percentages, referenced: Set(commitments.flatMap(\.percentages)), location: \.location) {
            $0.percentages.append($1)
        }
        add(entities.frequencies, referenced: Set(commitments.flatMap(\.frequencies)), location: \.location) {
            $0.frequencies.append($1)
        }
        add(entities.counts, referenced: Set(commitments.flatMap(\.counts)), location: \.location) {
            $0.counts.append($1)
        }
        return lists
    }
}

extension Commitment.Modality {
    /// How firmly it binds, for "firmer" and "softer": a result binds most, a statement least.
    var firmness: Int {
        switch self {
        case .result: 5
        case .continuation: 4
        case .effort: 3
        case .intention: 2
        case .option: 1
        case .statement: 0
        }
    }
}

/// An ISO date as a day number, for the days between two deadlines.
struct ISODay {
    let number: Int

    init?(_ iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let year = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let month = parts[1]
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146097 + dayOfEra
    }
}
