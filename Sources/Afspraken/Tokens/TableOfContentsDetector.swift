/// Finds a table of contents: a line "Inhoudsopgave" (or "Inhoud") followed by entries that end in a page
/// number, and anywhere, lines with dot leaders. Its entries must not be read as the outline.
struct TableOfContentsDetector {
    let source: SourceText
    let tokens: [LineToken]
    /// Lines already known to be page furniture; skipped over.
    let furniture: [Int: PageFurniture.Kind]

    struct Found {
        var heading: Int?
        /// Each entry's token indices: a title broken over two lines is one entry.
        var entries: [[Int]]
    }

    private static let titles = ["inhoudsopgave", "inhoud", "inhoudstafel", "table of contents"]

    func find() -> Found? {
        var found = Found(heading: nil, entries: [])
        var index = 0
        while index < tokens.count {
            if found.heading == nil, furniture[index] == nil, isContentsTitle(index) {
                found.heading = index
                index = collectEntries(after: index, into: &found)
            } else {
                if furniture[index] == nil, !tokens[index].isBlank, hasDotLeader(tokens[index].content) {
                    found.entries.append([index])
                }
                index += 1
            }
        }
        return found.heading == nil && found.entries.isEmpty ? nil : found
    }

    private func isContentsTitle(_ index: Int) -> Bool {
        let content = tokens[index].content
        // Every title starts with "i" or "t": other lines need no string.
        guard !content.isEmpty, content.count <= 24,
            Bytes.lowered(source.bytes[content.lowerBound]) == 0x69
                || Bytes.lowered(source.bytes[content.lowerBound]) == 0x74
        else { return false }
        var text = source.string(content).lowercased()
        if text.hasSuffix(":") { text.removeLast() }
        return Self.titles.contains(text)
    }

    /// Takes entries while lines end in a page number; one line without a number may precede its numbered rest.
    private func collectEntries(after title: Int, into found: inout Found) -> Int {
        var index = title + 1
        var pending: [Int] = []
        while index < tokens.count {
            let token = tokens[index]
            if token.isBlank || furniture[index] != nil {
                // An entry's two lines never straddle a page break: its span would take in the furniture.
                if furniture[index] != nil, !pending.isEmpty { break }
                index += 1
                continue
            }
            if pageNumber(of: token.content) != nil {
                found.entries.append(pending + [index])
                pending = []
            } else if pending.isEmpty, token.content.count <= 100 {
                pending = [index]
            } else {
                break
            }
            index += 1
        }
        return pending.first ?? index
    }

    /// The page number a contents line ends with: up to three digits after a blank or a dot leader.
    func pageNumber(of content: Range<Int>) -> Int? {
        let bytes = source.bytes
        var start = content.upperBound
        while start > content.lowerBound, Bytes.isDigit(bytes[start - 1]) { start -= 1 }
        let digits = content.upperBound - start
        guard digits > 0, digits <= 3, start > content.lowerBound + 1 else { return nil }
        let before = bytes[start - 1]
        // A leader's dot, not the point of "Afspraak 1.1".
        let isLeaderDot = before == Bytes.dot && !Bytes.isDigit(bytes[start - 2])
        guard Bytes.isBlank(before) || isLeaderDot || before == 0xA6 else { return nil }
        return Int(source.string(start..<content.upperBound))
    }

    /// Splits a contents line into its title, the dots of its leader and its page: "2. Wonen ........ 7".
    func split(_ content: Range<Int>) -> (title: Range<Int>, dots: Int, page: Int)? {
        guard let page = pageNumber(of: content) else { return nil }
        let bytes = source.bytes
        var end = content.upperBound
        while end > content.lowerBound, Bytes.isDigit(bytes[end - 1]) { end -= 1 }
        var dots = 0
        while end > content.lowerBound {
            if Bytes.isBlank(bytes[end - 1]) {
                end -= 1
            } else if bytes[end - 1] == Bytes.dot {
                dots += 1
                end -= 1
            } else if end - content.lowerBound >= 3, bytes[(end - 3)..<end].elementsEqual([0xE2, 0x80, 0xA6]) {
                dots += 3  // "…"
                end -= 3
            } else {
                break
            }
        }
        return (content.lowerBound..<end, dots, page)
    }

    /// Four or more dots (an ellipsis counts three) between the title and the page number.
    private func hasDotLeader(_ content: Range<Int>) -> Bool { (split(content)?.dots ?? 0) >= 4 }
}
