/// Aligns two years' agreements and lists what changed in substance. Chapters match by title, articles by title
/// and body across renumbering, moves and retitling, commitments within matched articles and then across the
/// document, projects by association and name. Layout, wrapping and spans never count as change.
public struct AgreementDiffer {
    let old: Document
    let new: Document
    let oldSide: ArticleIndex
    let newSide: ArticleIndex
    /// Old chapter index → new chapter index.
    let chapterMatch: [Int: Int]
    let articlePairs: [(old: Int, new: Int)]

    /// The changes from `old` to `new`.
    public static func diff(old: Document, new: Document) -> AgreementDiff {
        AgreementDiffer(old: old, new: new).run()
    }

    private init(old: Document, new: Document) {
        self.old = old
        self.new = new
        oldSide = ArticleIndex(old)
        newSide = ArticleIndex(new)
        chapterMatch = Self.matchChapters(old, new)
        let (oldSide, newSide) = (oldSide, newSide)
        articlePairs = GreedyMatcher.match(old: oldSide.articles.count, new: newSide.articles.count, threshold: 0.5) {
            Self.articleScore(oldSide.articles[$0], newSide.articles[$1])
        }
    }

    private func run() -> AgreementDiff {
        let articles = articleChanges()
        let commitments = commitmentChanges()
        let projects = ProjectComparer(old: old, new: new).changes()
        var changes = articles.changes + commitments.changes + factChanges()
        changes += projects.changes.map { change in
            let chapter = change.new.flatMap { newSide.chapterIndex(containing: $0.span) }
            return chapter != nil || change.old == nil
                ? placed(change, inNew: chapter, at: change.new?.span.start.offset ?? 0)
                : placed(change, inOld: change.old.flatMap { oldSide.chapterIndex(containing: $0.span) })
        }
        if let signing = signingChange() {
            changes.append(Ordered(group: Int.max, offset: 0, change: signing))
        }
        let sorted = changes.enumerated().sorted {
            ($0.element.group, $0.element.offset, $0.offset) < ($1.element.group, $1.element.offset, $1.offset)
        }
        return AgreementDiff(
            oldSource: old.source.fileName, newSource: new.source.fileName, changes: sorted.map(\.element.change),
            unchanged: Unchanged(
                articles: articles.unchanged, commitments: commitments.unchanged, projects: projects.unchanged))
    }

    /// A change with its place in the report: chapter group, then position in the new text.
    private struct Ordered {
        var group: Int
        var offset: Int
        var change: Change
    }

    /// A change that has a new side, under its chapter in the new text.
    private func placed(_ change: Change, inNew chapter: Int?, at offset: Int) -> Ordered {
        var change = change
        if chapter == nil, let (index, label) = annex(of: new, at: offset) {
            change.chapter = label
            return Ordered(group: Self.annexGroups + index, offset: offset, change: change)
        }
        change.chapter = groupLabel(new, newSide, chapter, at: offset)
        return Ordered(group: chapter.map { $0 + 1 } ?? 0, offset: offset, change: change)
    }

    /// Changes in an annex ("Bijlage 1: Jaarschijf 2027") come after the chapters', under its name.
    private static let annexGroups = 1 << 40

    /// The annex holding `offset`, and its name.
    private func annex(of document: Document, at offset: Int) -> (Int, String)? {
        guard
            let index = document.annexes.firstIndex(where: {
                $0.span.start.offset <= offset && offset < $0.span.end.offset
            })
        else { return nil }
        let annex = document.annexes[index]
        return (index, (["Bijlage", annex.number, annex.title].compactMap { $0 }).joined(separator: " "))
    }

    /// A removal, under the new chapter its old chapter became (at the end of the article its old article became,
    /// else after what is there), or after all new chapters.
    private func placed(_ change: Change, inOld chapter: Int?) -> Ordered {
        if let chapter, let match = chapterMatch[chapter] {
            let oldArticle = change.old.flatMap { oldSide.articleIndex(holding: $0.span.start.offset) }
            let newArticle = articlePairs.first { $0.old == oldArticle }.map { newSide.articles[$0.new] }
            let offset = newArticle.flatMap { $0.chapter == match ? $0.span.end.offset : nil } ?? Int.max
            return placed(change, inNew: match, at: offset)
        }
        var change = change
        if chapter == nil, let (index, label) = annex(of: old, at: change.old?.span.start.offset ?? -1) {
            change.chapter = label
            return Ordered(group: Self.annexGroups + index, offset: Int.max, change: change)
        }
        change.chapter = groupLabel(old, oldSide, chapter, at: change.old?.span.start.offset ?? 0)
        return Ordered(group: new.chapters.count + 1 + (chapter ?? 0), offset: Int.max, change: change)
    }

    /// The chapter's number and title; for a chapter with neither (a document of articles only), those of the
    /// article at `offset`, so that the report groups by article instead of putting everything outside chapters.
    private func groupLabel(_ document: Document, _ side: ArticleIndex, _ chapter: Int?, at offset: Int) -> String? {
        if let label = chapterLabel(document, chapter) { return label }
        guard let chapter, let article = side.articleIndex(holding: offset), side.articles[article].chapter == chapter
        else { return nil }
        let text = side.articles[article].side.text
        return text.isEmpty ? nil : text
    }

    private func articleChanges() -> (changes: [Ordered], unchanged: Int) {
        var changes: [Ordered] = []
        var unchanged = 0
        for pair in articlePairs {
            let newEntry = newSide.articles[pair.new]
            let found = articleChanges(oldSide.articles[pair.old], newEntry)
            if found.isEmpty { unchanged += 1 }
            changes += found.map { placed($0, inNew: newEntry.chapter, at: newEntry.span.start.offset) }
        }
        let matchedOld = Set(articlePairs.map(\.old))
        let matchedNew = Set(articlePairs.map(\.new))
        for (index, article) in oldSide.articles.enumerated() where !matchedOld.contains(index) {
            changes.append(placed(article.change(.articleRemoved, old: true), inOld: article.chapter))
        }
        for (index, article) in newSide.articles.enumerated() where !matchedNew.contains(index) {
            changes.append(
                placed(article.change(.articleAdded, old: false), inNew: article.chapter, at: article.span.start.offset)
            )
        }
        return (changes, unchanged)
    }

    private func commitmentChanges() -> (changes: [Ordered], unchanged: Int) {
        let aligned = CommitmentAligner(
            old: old, new: new, oldSide: oldSide, newSide: newSide, articlePairs: articlePairs
        ).align()
        let comparer = CommitmentComparer(old: old, new: new)
        var changes: [Ordered] = []
        var unchanged = 0
        for pair in aligned.pairs {
            let commitment = new.commitments[pair.new]
            let found = comparer.changes(old.commitments[pair.old], commitment)
            if found.isEmpty { unchanged += 1 }
            let chapter = newSide.chapterIndex(of: commitment.location)
            changes += found.map { placed($0, inNew: chapter, at: commitment.span.start.offset) }
        }
        // Commitments of an added or removed article are part of that change, not listed one by one.
        let matchedOld = Set(articlePairs.map(\.old))
        let matchedNew = Set(articlePairs.map(\.new))
        for index in aligned.removed where oldSide.isListed(old.commitments[index], matched: matchedOld) {
            let commitment = old.commitments[index]
            var change = Change(
                kind: .commitmentRemoved, chapter: nil, old: commitment.side, new: nil,
                summary: "removed: \(commitment.text.clipped)")
            change.direction = .removed
            changes.append(placed(change, inOld: oldSide.chapterIndex(of: commitment.location)))
        }
        for index in aligned.added where newSide.isListed(new.commitments[index], matched: matchedNew) {
            let commitment = new.commitments[index]
            var change = Change(
                kind: .commitmentAdded, chapter: nil, old: nil, new: commitment.side,
                summary: "added: \(commitment.text.clipped)")
            change.direction = .added
            changes.append(
                placed(change, inNew: newSide.chapterIndex(of: commitment.location), at: commitment.span.start.offset))
        }
        return (changes, unchanged)
    }

    /// Facts stated outside any commitment ("€ 477,20 in 2025"), compared per matched article.
    private func factChanges() -> [Ordered] {
        let oldFacts = EntityLists.loose(in: old, oldSide)
        let newFacts = EntityLists.loose(in: new, newSide)
        return articlePairs.flatMap { pair in
            let oldEntry = oldSide.articles[pair.old]
            let newEntry = newSide.articles[pair.new]
            let found = CommitmentComparer.entityChanges(
                oldFacts[pair.old] ?? EntityLists(), newFacts[pair.new] ?? EntityLists()
            ) { kind, summary, from, to in
                Change(
                    kind: kind, chapter: nil,
                    old: from.map {
                        Side(place: oldEntry.label, text: oldEntry.blockText($0.location) ?? $0.text, span: $0.span)
                    },
                    new: to.map {
                        Side(place: newEntry.label, text: newEntry.blockText($0.location) ?? $0.text, span: $0.span)
                    },
                    summary: summary)
            }
            return found.map {
                placed($0, inNew: newEntry.chapter, at: $0.new?.span.start.offset ?? newEntry.span.start.offset)
            }
        }
    }

    /// Old chapter index → new chapter index, by title (or number when untitled).
    private static func matchChapters(_ old: Document, _ new: Document) -> [Int: Int] {
        let oldTitles = old.chapters.map { WordSet($0.title ?? "") }
        let newTitles = new.chapters.map { WordSet($0.title ?? "") }
        let pairs = GreedyMatcher.match(old: old.chapters.count, new: new.chapters.count, threshold: 0.5) { o, n in
            let bonus = old.chapters[o].number != nil && old.chapters[o].number == new.chapters[n].number ? 0.2 : 0
            return min(1, oldTitles[o].similarity(to: newTitles[n]) + bonus)
        }
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.old, $0.new) })
    }

    private static func articleScore(_ old: ArticleIndex.Entry, _ new: ArticleIndex.Entry) -> Double {
        // Two untitled articles ("1. Partijen organiseren …" as articles) are alike only by their text.
        let title: Double? =
            switch (old.article.title, new.article.title) {
            case (nil, nil): nil
            case (nil, _), (_, nil): 0
            default: old.titleWords.similarity(to: new.titleWords)
            }
        if old.bodyWords.isEmpty && new.bodyWords.isEmpty { return title ?? 1 }
        guard let title else { return old.bodyWords.similarity(to: new.bodyWords) }
        let body = old.bodyWords.similarity(to: new.bodyWords)
        return max(body, (title + body) / 2)
    }

    /// Moved, renumbered and retitled, for a matched pair; a move to another chapter carries its new number.
    private func articleChanges(_ oldEntry: ArticleIndex.Entry, _ newEntry: ArticleIndex.Entry) -> [Change] {
        var found: [Change] = []
        let chapter = chapterLabel(new, newEntry.chapter)
        let oldSide = oldEntry.side
        let newSide = newEntry.side
        if chapterMatch[oldEntry.chapter] != newEntry.chapter {
            found.append(
                Change(
                    kind: .articleMoved, chapter: chapter, old: oldSide, new: newSide,
                    summary:
                        "article \(oldEntry.name) moved from chapter "
                        + "\(chapterLabel(old, oldEntry.chapter) ?? "-") to \(chapter ?? "-") as \(newEntry.label)"))
        } else if oldEntry.article.number != newEntry.article.number {
            var change = Change(
                kind: .articleRenumbered, chapter: chapter, old: oldSide, new: newSide,
                summary: "article \(oldEntry.label) is now \(newEntry.label)"
                    + (newEntry.description.map { " (\($0))" } ?? ""))
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
        return found
    }

    private func signingChange() -> Change? {
        var parts: [String] = []
        let oldDate = old.signing?.date.map { $0.iso ?? $0.written }
        let newDate = new.signing?.date.map { $0.iso ?? $0.written }
        if oldDate != newDate { parts.append("date \(oldDate ?? "-") → \(newDate ?? "-")") }
        let oldPlace = old.signing?.place?.text
        let newPlace = new.signing?.place?.text
        if oldPlace != newPlace { parts.append("place \(oldPlace ?? "-") → \(newPlace ?? "-")") }
        /// "signatories +Portaal -Mitros": who joined and who left, where the list changed.
        func members(_ label: String, _ old: [String], _ new: [String]) {
            let joined = new.filter { !old.contains($0) }
            let left = old.filter { !new.contains($0) }
            guard !joined.isEmpty || !left.isEmpty else { return }
            parts.append(
                label + (joined.isEmpty ? "" : " +\(joined.joined(separator: ", +"))")
                    + (left.isEmpty ? "" : " -\(left.joined(separator: ", -"))"))
        }
        members("signatories", old.signing?.signatories.map(\.text) ?? [], new.signing?.signatories.map(\.text) ?? [])
        // A new alderman or director signs: "signers +K. de Jong (wethouder) -P. de Boer (wethouder)".
        func signers(_ document: Document) -> [String] {
            (document.signing?.signers ?? []).map { $0.name + ($0.role.map { " (\($0))" } ?? "") }
        }
        members("signers", signers(old), signers(new))
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
