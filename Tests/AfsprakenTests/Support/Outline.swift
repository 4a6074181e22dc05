@testable import Afspraken

/// What a document says, without where it says it: equal for a text and its re-encoded or re-wrapped variants.
func outline(_ document: Document) -> String {
    var out: [String] = []
    out.append(
        "title=\(document.title?.text ?? "-") year=\(document.year?.year ?? 0) "
            + "period=\(document.period.map { "\($0.startYear)-\($0.endYear)" } ?? "-") "
            + "municipality=\(document.municipality?.text ?? "-")")
    func add(_ block: Block, _ depth: Int) {
        out.append(String(repeating: " ", count: depth) + "\(block.kind.rawValue) \(block.marker ?? "") \(block.text)")
        for item in block.items { add(item, depth + 1) }
    }
    func add(_ article: Article, _ depth: Int) {
        out.append(String(repeating: " ", count: depth) + "article \(article.number) \(article.title ?? "-")")
        for block in article.blocks { add(block, depth + 1) }
        for child in article.articles { add(child, depth + 1) }
    }
    for block in document.frontMatter { add(block, 0) }
    for entry in document.tableOfContents?.entries ?? [] { out.append("contents \(entry.text) \(entry.page ?? 0)") }
    for chapter in document.chapters {
        out.append("chapter \(chapter.number ?? "-") \(chapter.title ?? "-")")
        for block in chapter.blocks { add(block, 1) }
        for article in chapter.articles { add(article, 1) }
    }
    for annex in document.annexes {
        out.append("annex \(annex.number ?? "-") \(annex.title ?? "-")")
        for block in annex.blocks { add(block, 1) }
    }
    if let signing = document.signing {
        out.append(
            "signing \(signing.date?.iso ?? "-") \(signing.place?.text ?? "-") "
                + signing.signatories.map(\.text).joined(separator: " | "))
        for block in signing.blocks { add(block, 1) }
    }
    return out.joined(separator: "\n")
}

/// Every span the document claims text with: headings, block lines, contents entries, furniture, signing.
func claimedSpans(_ document: Document) -> [SourceSpan] {
    var spans: [SourceSpan] = []
    func add(_ block: Block) {
        spans += block.lines
        block.items.forEach(add)
    }
    func add(_ article: Article) {
        if let heading = article.headingSpan { spans.append(heading) }
        article.blocks.forEach(add)
        article.articles.forEach(add)
    }
    document.frontMatter.forEach(add)
    if let contents = document.tableOfContents {
        if let heading = contents.heading { spans.append(heading.span) }
        spans += contents.entries.map(\.span)
    }
    for chapter in document.chapters {
        if let heading = chapter.headingSpan { spans.append(heading) }
        chapter.blocks.forEach(add)
        chapter.articles.forEach(add)
    }
    if let signing = document.signing {
        if let heading = signing.heading { spans.append(heading.span) }
        signing.blocks.forEach(add)
    }
    for annex in document.annexes {
        spans.append(annex.headingSpan)
        annex.blocks.forEach(add)
    }
    spans += document.pageFurniture.filter { $0.kind != .formFeed }.map(\.span)
    spans += document.unclassified.map(\.span)
    return spans
}

/// The original byte offsets of non-blank characters that no span, or more than one, claims.
func losslessViolations(_ result: AgreementParser.Result) -> (unclaimed: [SourcePosition], twice: [SourcePosition]) {
    let spans = claimedSpans(result.document).sorted { $0.start.offset < $1.start.offset }
    var unclaimed: [SourcePosition] = []
    var twice: [SourcePosition] = []
    let source = result.source
    var index = 0
    var spanIndex = 0
    while index < source.bytes.count {
        let byte = source.bytes[index]
        let isBlank =
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0B
            || (byte == 0xC2 && index + 1 < source.bytes.count && source.bytes[index + 1] == 0xA0)
            || (byte == 0xA0 && index > 0 && source.bytes[index - 1] == 0xC2)
        if !isBlank && byte & 0xC0 != 0x80 {
            let position = source.position(at: index)
            while spanIndex < spans.count, spans[spanIndex].end.offset <= position.offset { spanIndex += 1 }
            var covering = 0
            var probe = spanIndex
            while probe < spans.count, spans[probe].start.offset <= position.offset {
                if position.offset < spans[probe].end.offset { covering += 1 }
                probe += 1
            }
            if covering == 0 { unclaimed.append(position) } else if covering > 1 { twice.append(position) }
        }
        index += 1
    }
    return (unclaimed, twice)
}
