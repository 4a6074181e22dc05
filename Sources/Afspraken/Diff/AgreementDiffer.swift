/// Aligns two years' agreements and lists what changed in substance. Chapters match by title, articles by title
/// and body across renumbering, moves and retitling, commitments within matched articles and then across the
/// document, projects by association and name. Layout, wrapping and spans never count as change.
public struct AgreementDiffer {
    let old: Document
    let new: Document

    /// The changes from `old` to `new`.
    public static func diff(old: Document, new: Document) -> AgreementDiff {
        AgreementDiffer(old: old, new: new).run()
    }

    private func run() -> AgreementDiff {
        let oldSide = ArticleIndex(old)
        let newSide = ArticleIndex(new)
        var changes: [Ordered] = []
        var unchanged = Unchanged(articles: 0, commitments: 0, projects: 0)

        let chapterMatch = matchChapters()
        let articlePairs = GreedyMatcher.match(
            old: oldSide.articles.count, new: newSide.articles.count, threshold: 0.5
        ) { articleScore(oldSide.articles[$0], newSide.articles[$1]) }
        var oldArticleMatched = Array(repeating: false, count: oldSide.articles.count)
        var newArticleMatched = Array(repeating: false, count: newSide.articles.count)
        for pair in articlePairs {
            oldArticleMatched[pair.old] = true
            newArticleMatched[pair.new] = true
            let found = articleChanges(
                oldSide.articles[pair.old], newSide.articles[pair.new], chapterMatch: chapterMatch)
            if found.isEmpty { unchanged.articles += 1 }
            changes += found
        }
        for (index, article) in oldSide.articles.enumerated() where !oldArticleMatched[index] {
            let group = chapterMatch[article.chapter].map { newGroup($0) } ?? removedGroup(article.chapter)
            changes.append(
                Ordered(group: group, offset: Int.max, change: article.change(.articleRemoved, old: true, in: old)))
        }
        for (index, article) in newSide.articles.enumerated() where !newArticleMatched[index] {
            changes.append(
                Ordered(
                    group: newGroup(article.chapter), offset: article.span.start.offset,
                    change: article.change(.articleAdded, old: false, in: new)))
        }

        let commitments = CommitmentAligner(
            old: old, new: new, oldSide: oldSide, newSide: newSide, articlePairs: articlePairs
        ).align()
        for pair in commitments.pairs {
            let found = CommitmentComparer(old: old, new: new).changes(
                old.commitments[pair.old], new.commitments[pair.new])
            if found.isEmpty { unchanged.commitments += 1 }
            let commitment = new.commitments[pair.new]
            let group = newGroup(newSide.chapterIndex(of: commitment.location))
            changes += found.map {
                var change = $0
                change.chapter = chapterLabel(new, newSide.chapterIndex(of: commitment.location))
                return Ordered(group: group, offset: commitment.span.start.offset, change: change)
            }
        }
        // Commitments of an added or removed article are part of that change, not listed one by one.
        for index in commitments.removed where oldSide.isListed(old.commitments[index], oldArticleMatched) {
            let commitment = old.commitments[index]
            let chapter = oldSide.chapterIndex(of: commitment.location)
            let group = chapter.flatMap { chapterMatch[$0] }.map { newGroup($0) } ?? removedGroup(chapter)
            var change = Change(
                kind: .commitmentRemoved, chapter: chapterLabel(old, chapter), old: commitment.side, new: nil,
                summary: "removed: \(commitment.text.clipped)")
            change.direction = .removed
            changes.append(Ordered(group: group, offset: Int.max, change: change))
        }
        for index in commitments.added where newSide.isListed(new.commitments[index], newArticleMatched) {
            let commitment = new.commitments[index]
            let chapter = newSide.chapterIndex(of: commitment.location)
            var change = Change(
                kind: .commitmentAdded, chapter: chapterLabel(new, chapter), old: nil, new: commitment.side,
                summary: "added: \(commitment.text.clipped)")
            change.direction = .added
            changes.append(Ordered(group: newGroup(chapter), offset: commitment.span.start.offset, change: change))
        }

        // Facts stated outside any commitment ("€ 477,20 in 2026") are compared per matched article.
        let oldLoose = EntityLists.loose(in: old, oldSide)
        let newLoose = EntityLists.loose(in: new, newSide)
        for pair in articlePairs {
            let oldEntry = oldSide.articles[pair.old]
            let newEntry = newSide.articles[pair.new]
            let found = CommitmentComparer.entityChanges(
                oldLoose[pair.old] ?? EntityLists(), newLoose[pair.new] ?? EntityLists()
            ) { kind, summary, from, to in
                Change(
                    kind: kind, chapter: chapterLabel(new, newEntry.chapter),
                    old: from.map {
                        Side(place: oldEntry.label, text: oldEntry.blockText($0.location) ?? $0.text, span: $0.span)
                    },
                    new: to.map {
                        Side(place: newEntry.label, text: newEntry.blockText($0.location) ?? $0.text, span: $0.span)
                    },
                    summary: summary)
            }
            changes += found.map {
                Ordered(
                    group: newGroup(newEntry.chapter), offset: $0.new?.span.start.offset ?? newEntry.span.start.offset,
                    change: $0)
            }
        }

        let projects = ProjectComparer(old: old, new: new).changes()
        unchanged.projects = projects.unchanged
        changes += projects.changes.map { change in
            var change = change
            let oldChapter = change.old.flatMap { oldSide.chapterIndex(containing: $0.span) }
            let chapter =
                change.new.flatMap { newSide.chapterIndex(containing: $0.span) }
                ?? oldChapter.flatMap { chapterMatch[$0] }
            change.chapter = chapterLabel(new, chapter) ?? chapterLabel(old, oldChapter)
            return Ordered(group: newGroup(chapter), offset: change.new?.span.start.offset ?? Int.max, change: change)
        }
        if let signing = signingChange() {
            changes.append(Ordered(group: Int.max, offset: 0, change: signing))
        }

        let sorted = changes.enumerated().sorted {
            ($0.element.group, $0.element.offset, $0.offset) < ($1.element.group, $1.element.offset, $1.offset)
        }
        return AgreementDiff(
            oldSource: old.source.fileName, newSource: new.source.fileName, changes: sorted.map(\.element.change),
            unchanged: unchanged)
    }

    /// A change with its place in the report: chapter group, then position in the new text.
    private struct Ordered {
        var group: Int
        var offset: Int
        var change: Change
    }

    private func newGroup(_ chapter: Int?) -> Int { chapter.map { $0 + 1 } ?? 0 }
    private func removedGroup(_ chapter: Int?) -> Int { new.chapters.count + 1 + (chapter ?? 0) }

    /// Old chapter index → new chapter index, by title (or number when untitled).
    private func matchChapters() -> [Int: Int] {
        let oldTitles = old.chapters.map { WordSet($0.title ?? "") }
        let newTitles = new.chapters.map { WordSet($0.title ?? "") }
        let pairs = GreedyMatcher.match(old: old.chapters.count, new: new.chapters.count, threshold: 0.5) { o, n in
            let bonus = old.chapters[o].number != nil && old.chapters[o].number == new.chapters[n].number ? 0.2 : 0
            return min(1, oldTitles[o].similarity(to: newTitles[n]) + bonus)
        }
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.old, $0.new) })
    }

    private func articleScore(_ old: ArticleIndex.Entry, _ new: ArticleIndex.Entry) -> Double {
        let title: Double =
            switch (old.article.title, new.article.title) {
            case (nil, nil): 1
            case (nil, _), (_, nil): 0
            default: old.titleWords.similarity(to: new.titleWords)
            }
        if old.bodyWords.isEmpty && new.bodyWords.isEmpty { return title }
        let body = old.bodyWords.similarity(to: new.bodyWords)
        return max(body, (title + body) / 2)
    }

    private func articleChanges(
        _ oldEntry: ArticleIndex.Entry, _ newEntry: ArticleIndex.Entry, chapterMatch: [Int: Int]
    ) -> [Ordered] {
        var found: [Change] = []
        let chapter = chapterLabel(new, newEntry.chapter)
        let oldSide = oldEntry.side
        let newSide = newEntry.side
        if chapterMatch[oldEntry.chapter] != newEntry.chapter {
            found.append(
                Change(
                    kind: .articleMoved, chapter: chapter, old: oldSide, new: newSide,
                    summary:
                        "article \(oldEntry.label) \(oldEntry.article.title ?? "") moved from chapter "
                        + "\(chapterLabel(old, oldEntry.chapter) ?? "-") to \(chapter ?? "-") as \(newEntry.label)"))
        } else if oldEntry.article.number != newEntry.article.number {
            var change = Change(
                kind: .articleRenumbered, chapter: chapter, old: oldSide, new: newSide,
                summary: "article \(oldEntry.label) is now \(newEntry.label) (\(newEntry.article.title ?? ""))")
            change.oldValue = oldEntry.label
            change.newValue = newEntry.label
            found.append(change)
        }
        if oldEntry.titleKey != newEntry.titleKey {
            var change = Change(
                kind: .articleRetitled, chapter: chapter, old: oldSide, new: newSide,
                summary:
                    "article \(newEntry.label) retitled: \"\(oldEntry.article.title ?? "")\" → "
                    + "\"\(newEntry.article.title ?? "")\"")
            change.oldValue = oldEntry.article.title
            change.newValue = newEntry.article.title
            found.append(change)
        }
        return found.map { Ordered(group: newGroup(newEntry.chapter), offset: newEntry.span.start.offset, change: $0) }
    }

    private func signingChange() -> Change? {
        var parts: [String] = []
        let oldDate = old.signing?.date.map { $0.iso ?? $0.written }
        let newDate = new.signing?.date.map { $0.iso ?? $0.written }
        if oldDate != newDate { parts.append("date \(oldDate ?? "-") → \(newDate ?? "-")") }
        let oldPlace = old.signing?.place?.text
        let newPlace = new.signing?.place?.text
        if oldPlace != newPlace { parts.append("place \(oldPlace ?? "-") → \(newPlace ?? "-")") }
        let oldSignatories = old.signing?.signatories.map(\.text) ?? []
        let newSignatories = new.signing?.signatories.map(\.text) ?? []
        if oldSignatories != newSignatories {
            let joined = newSignatories.filter { !oldSignatories.contains($0) }
            let left = oldSignatories.filter { !newSignatories.contains($0) }
            parts.append(
                "signatories" + (joined.isEmpty ? "" : " +\(joined.joined(separator: ", +"))")
                    + (left.isEmpty ? "" : " -\(left.joined(separator: ", -"))"))
        }
        guard !parts.isEmpty else { return nil }
        var change = Change(
            kind: .signingChanged, chapter: nil, old: old.signing.map(\.side), new: new.signing.map(\.side),
            summary: "signing changed: " + parts.joined(separator: "; "))
        change.oldValue = oldDate
        change.newValue = newDate
        return change
    }

    private func chapterLabel(_ document: Document, _ index: Int?) -> String? {
        guard let index, document.chapters.indices.contains(index) else { return nil }
        let chapter = document.chapters[index]
        let label = [chapter.number, chapter.title].compactMap { $0 }.joined(separator: " ")
        return label.isEmpty ? nil : label
    }
}

extension Signing {
    var side: Side {
        Side(place: "signing", text: blocks.map(\.text).joined(separator: " "), span: span)
    }
}

extension Commitment {
    var side: Side { Side(place: eId, text: text, span: span) }
}

extension String {
    /// At most 80 characters, for one-line summaries.
    var clipped: String { count > 80 ? String(prefix(79)) + "…" : self }
}
