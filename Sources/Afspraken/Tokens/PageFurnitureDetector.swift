/// Finds the lines a PDF repeats on every page (running headers and footers) and its page numbers,
/// so that they leave the flow of the text; paragraphs broken by a page then join again.
struct PageFurnitureDetector {
    let source: SourceText
    let tokens: [LineToken]

    /// Token indices that are furniture, with what kind of furniture each is.
    func furniture() -> [Int: PageFurniture.Kind] {
        var found: [Int: PageFurniture.Kind] = [:]
        for (index, token) in tokens.enumerated() {
            if token.isPageNumber { found[index] = .pageNumber }
        }
        for occurrences in repeatedLines().values where isRunning(occurrences) {
            for index in occurrences { found[index] = .runningHeader }
        }
        return found
    }

    /// Short lines grouped by their text with digits masked, so "Pagina 3" and "Pagina 4" group together. A group's
    /// key is a 64-bit hash (FNV-1a) of that masked text: no key is built, and a chance collision of two short lines
    /// is far below anything a document could show.
    private func repeatedLines() -> [UInt64: [Int]] {
        // Counted first, grouped after: most lines occur once, and an array for each of them cost an allocation.
        var keyed: [(hash: UInt64, index: Int)] = []
        keyed.reserveCapacity(tokens.count)
        var counts: [UInt64: Int] = [:]
        counts.reserveCapacity(tokens.count)
        source.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in tokens.enumerated() where token.content.count <= 100 {
                switch token.kind {
                case .text, .heading: break
                default: continue
                }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in token.content where !Bytes.isBlank(bytes[offset]) {
                    let byte = bytes[offset]
                    hash = (hash ^ UInt64(Bytes.isDigit(byte) ? 0x23 : Bytes.lowered(byte))) &* 0x100_0000_01b3
                }
                keyed.append((hash, index))
                counts[hash, default: 0] += 1
            }
        }
        var groups: [UInt64: [Int]] = [:]
        for (hash, index) in keyed where counts[hash, default: 0] >= 2 { groups[hash, default: []].append(index) }
        return groups
    }

    /// Not a sentence nor a heading of a new number each time, and repeated next to page breaks, or three times or
    /// more and apart.
    private func isRunning(_ occurrences: [Int]) -> Bool {
        guard let first = occurrences.first else { return false }
        let content = tokens[first].content
        let last = source.bytes[content.upperBound - 1]
        if last == Bytes.dot || last == Bytes.colon || last == 0x3B || last == 0x2C || content.count > 80 {
            return false
        }
        // "Hoofdstuk 1", "Hoofdstuk 2", "Bijlage 3", each once at the top of its page, or "1.1", "1.2", "1.3" over
        // the cells of a table's rows: headings that count on, not a header repeated on every page.
        if case .heading = tokens[first].kind,
            Set(occurrences.map { source.bytes[tokens[$0].content] }).count == occurrences.count
        {
            return false
        }
        if occurrences.filter(isNextToPageBreak).count >= 2 { return true }
        return occurrences.count >= 3 && zip(occurrences, occurrences.dropFirst()).allSatisfy { $1 - $0 > 3 }
    }

    /// A page break is a form feed, a page number, or the start or end of the file, blank lines aside.
    private func isNextToPageBreak(_ index: Int) -> Bool {
        if !tokens[index].formFeeds.isEmpty { return true }
        for step in [-1, 1] {
            var neighbour = index + step
            while neighbour >= 0, neighbour < tokens.count, tokens[neighbour].isBlank,
                tokens[neighbour].formFeeds.isEmpty
            {
                neighbour += step
            }
            guard neighbour >= 0, neighbour < tokens.count else { return true }
            if !tokens[neighbour].formFeeds.isEmpty { return true }
            if tokens[neighbour].isPageNumber { return true }
        }
        return false
    }
}
