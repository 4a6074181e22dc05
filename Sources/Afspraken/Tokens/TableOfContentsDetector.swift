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
            if found.heading == nil, isContentsTitle(index) {
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
        guard !content.isEmpty, content.count <= 24 else { return false }
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
        guard Bytes.isBlank(before) || before == Bytes.dot || before == 0xA6 else { return nil }
        return Int(source.string(start..<content.upperBound))
    }

    /// Four or more dots, or two ellipses, then the page number.
    private func hasDotLeader(_ content: Range<Int>) -> Bool {
        guard pageNumber(of: content) != nil else { return false }
        var run = 0
        for byte in source.bytes[content] {
            if byte == Bytes.dot {
                run += 1
            } else if byte == 0xA6 {
                run += 2
            } else if !Bytes.isBlank(byte), byte != 0xE2,
                byte != 0x80
            {
                if run >= 4 { return true }
                run = 0
            }
        }
        return run >= 4
    }
}
