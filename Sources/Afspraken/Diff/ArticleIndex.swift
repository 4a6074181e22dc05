/// A document's articles in reading order, nested ones included, with what alignment compares: title and body
/// words, and where each commitment sits.
struct ArticleIndex {
    struct Entry {
        /// Index of its chapter in the document.
        var chapter: Int
        var article: Article
        /// "1.5": chapter and article number, as a reader cites it.
        var label: String
        /// The title in lower case with blanks collapsed, to tell a retitling from a rewrap.
        var titleKey: String
        var titleWords: WordSet
        var bodyWords: WordSet
        var span: SourceSpan { article.span }
        /// Its title, or for an untitled article the start of its text in quotes, so a reader knows which it is.
        var description: String? {
            if let title = article.title { return title }
            guard let text = article.blocks.first?.text else { return nil }
            let words = text.split(separator: " ")
            return "\"" + words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …\"" : "\"")
        }
        /// "1.5 Huurbeleid", "1.3 \"Iedere partij wijst een contactpersoon aan.\"".
        var name: String { [label, description].compactMap { $0 }.joined(separator: " ") }

        var side: Side {
            Side(
                place: label, text: [article.number, article.title].compactMap { $0 }.joined(separator: " "),
                span: article.headingSpan ?? article.span)
        }

        /// The text of the block at a location's path ("3", "3.2"), for the context of a fact found there.
        func blockText(_ location: Location?) -> String? {
            guard let path = location?.block.split(separator: ".").compactMap({ Int($0) }), let first = path.first,
                article.blocks.indices.contains(first - 1)
            else { return nil }
            var block = article.blocks[first - 1]
            for index in path.dropFirst() {
                guard block.items.indices.contains(index - 1) else { break }
                block = block.items[index - 1]
            }
            return block.text
        }

        /// The article added or removed as a whole; its chapter label is set where it is placed.
        func change(_ kind: Change.Kind, old: Bool) -> Change {
            var change = Change(
                kind: kind, chapter: nil, old: old ? side : nil, new: old ? nil : side,
                summary: "article \(name) \(old ? "removed" : "added")")
            change.direction = old ? .removed : .added
            return change
        }
    }

    private(set) var articles: [Entry] = []
    /// "chapter reference \u{1} article number" → entry index, as commitments' locations name them.
    private var byLocation: [String: Int] = [:]
    private var chapterByReference: [String: Int] = [:]

    init(_ document: Document) {
        for (chapterIndex, chapter) in document.chapters.enumerated() {
            if let reference = chapter.reference { chapterByReference[reference] = chapterIndex }
            add(chapter.articles, chapter: chapterIndex, reference: chapter.reference, number: chapter.number)
        }
    }

    private mutating func add(_ articles: [Article], chapter: Int, reference: String?, number: String?) {
        for article in articles {
            byLocation[(reference ?? "") + "\u{1}" + article.number] = self.articles.count
            let title = article.title ?? ""
            let body = article.blocks.flatMap(\.allTexts).joined(separator: " ")
            let label = number.map { "\($0)." } ?? ""
            self.articles.append(
                Entry(
                    chapter: chapter, article: article,
                    label: article.number.hasPrefix(label) || label.isEmpty ? article.number : label + article.number,
                    titleKey: title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    titleWords: WordSet(title), bodyWords: WordSet(body)))
            add(article.articles, chapter: chapter, reference: reference, number: number)
        }
    }

    /// The article a commitment stands in, if any.
    func articleIndex(of location: Location) -> Int? {
        guard location.part == .chapter, let article = location.article else { return nil }
        return byLocation[(location.chapter ?? "") + "\u{1}" + article]
    }

    func chapterIndex(of location: Location) -> Int? {
        guard location.part == .chapter else { return nil }
        return chapterByReference[location.chapter ?? ""] ?? (location.chapter == nil ? 0 : nil)
    }

    /// The article whose span holds `span`, for items such as projects that carry no location.
    func chapterIndex(containing span: SourceSpan) -> Int? {
        articles.first { $0.span.start.offset <= span.start.offset && span.end.offset <= $0.span.end.offset }?.chapter
    }

    /// The outermost article that holds `offset`: the first one, since an article comes before those inside it.
    func articleIndex(holding offset: Int) -> Int? {
        articles.firstIndex { $0.span.start.offset <= offset && offset <= $0.span.end.offset }
    }

    /// Whether a commitment is reported on its own: not when its article was added or removed as a whole.
    func isListed(_ commitment: Commitment, matched: Set<Int>) -> Bool {
        articleIndex(of: commitment.location).map { matched.contains($0) } ?? true
    }
}

extension Block {
    /// Its text and its sub-items' texts, in order.
    var allTexts: [String] { [text] + items.flatMap(\.allTexts) }
}
