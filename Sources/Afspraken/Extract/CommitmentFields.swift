/// "Wat: … / Wie: … / Wanneer: …": agreements written as fields, a paragraph each, as a table of agreements reads
/// once it is text. The commitment is in the "Wat" field; the "Wie" field names its actors and the "Wanneer" field
/// its time, in paragraphs of their own that are no commitments themselves.
extension CommitmentReader {
    enum Field {
        case what, who, when
    }

    private static let fieldLabels: KeywordTable<Field> = [
        Word.key("wat"): .what, Word.key("afspraak"): .what, Word.key("actie"): .what, Word.key("wie"): .who,
        Word.key("trekker"): .who, Word.key("uitvoering"): .who, Word.key("verantwoordelijk"): .who,
        Word.key("verantwoordelijke"): .who, Word.key("eigenaar"): .who, Word.key("wanneer"): .when,
        Word.key("planning"): .when, Word.key("termijn"): .when, Word.key("deadline"): .when,
        Word.key("gereed"): .when, Word.key("tijdpad"): .when,
    ]

    /// The field a paragraph opens with: a label and a colon ("Wie:").
    static func field(of phrase: Phrase) -> Field? {
        guard phrase.count > 2, phrase.isSign(1, Bytes.colon) else { return nil }
        return fieldLabels[phrase.words[0].key]
    }

    /// Whether the paragraph at `index` is an agreement's "Wat" field: labelled so, or followed by a "Wie" or
    /// "Wanneer" field (under "Afspraak 1.1:", whose label the outline took as the article's heading).
    func isWhatField(_ index: Int, _ phrase: Phrase, in blocks: [Block]) -> Bool {
        if let field = Self.field(of: phrase) { return field == .what }
        guard index + 1 < blocks.count, blocks[index + 1].kind == .paragraph else { return false }
        return Self.field(of: self.phrase(of: blocks[index + 1])).map { $0 != .what } ?? false
    }

    /// The "Wie" and "Wanneer" paragraphs right after the "Wat" paragraph at `index`, up to the next "Wat".
    func fields(after index: Int, in blocks: [Block]) -> (who: [Int], when: [Int]) {
        var found: (who: [Int], when: [Int]) = ([], [])
        var next = index + 1
        while next < blocks.count, blocks[next].kind == .paragraph {
            switch Self.field(of: phrase(of: blocks[next])) {
            case .who: found.who.append(next)
            case .when: found.when.append(next)
            case .what, nil: return found
            }
            next += 1
        }
        return found
    }

    /// The parties the references in `block` point at, each once, in text order.
    func parties(in block: Block) -> [String] {
        let range = block.span.start.offset..<block.span.end.offset
        var parties: [String] = []
        for reference in references[references.indices(startingIn: range) { $0.range.lowerBound }] {
            for party in reference.parties where !parties.contains(party) { parties.append(party) }
        }
        return parties
    }

    /// The indices of the times in `block`, in the document's index.
    func times(in block: Block) -> [Int] {
        let range = block.span.start.offset..<block.span.end.offset
        return Array(entityStarts.times.indices(startingIn: range) { $0 })
    }
}
