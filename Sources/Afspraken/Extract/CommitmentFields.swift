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

    /// Whether the paragraph at `index` is an agreement's "Wat" field: labelled so, a table's cell under
    /// "Afspraak", or followed by a "Wie" or "Wanneer" field (under "Afspraak 1.1:", whose label the outline took
    /// as the article's heading).
    func isWhatField(_ index: Int, _ phrase: Phrase, in blocks: [Block]) -> Bool {
        if !cellRoles.isEmpty, let role = cellRoles[blocks[index].span.start.offset] { return role == .what }
        if let field = Self.field(of: phrase) { return field == .what }
        guard index + 1 < blocks.count, blocks[index + 1].kind == .paragraph else { return false }
        return Self.field(of: self.phrase(of: blocks[index + 1])).map { $0 != .what } ?? false
    }

    /// The "Wie" and "Wanneer" paragraphs right after the "Wat" paragraph at `index`, up to the next "Wat", and
    /// the index after them; a table's other cells in between ("Status") are passed over.
    func fields(after index: Int, in blocks: [Block]) -> (who: [Int], when: [Int], end: Int) {
        var found: (who: [Int], when: [Int]) = ([], [])
        var next = index + 1
        while next < blocks.count, blocks[next].kind == .paragraph {
            let field: Field?
            switch cellRoles.isEmpty ? nil : cellRoles[blocks[next].span.start.offset] {
            case .who?: field = .who
            case .when?: field = .when
            case .other?, .number?: field = nil
            case .what?: return (found.who, found.when, next)
            case nil:
                field = Self.field(of: phrase(of: blocks[next]))
                if field == nil || field == .what { return (found.who, found.when, next) }
            }
            if field == .who { found.who.append(next) }
            if field == .when { found.when.append(next) }
            next += 1
        }
        return (found.who, found.when, next)
    }

    /// A table's cell that wraps spans the cells beside it in the text: of the entities within its span, only
    /// those of its own block are its commitment's.
    static func keepOwnEntities(_ commitment: inout Commitment, block: String, of entities: Entities) {
        func own(_ indices: [Int], _ location: (Int) -> Location?) -> [Int] {
            indices.filter { location($0)?.block == block }
        }
        commitment.times = own(commitment.times) { entities.times[$0].location }
        commitment.frequencies = own(commitment.frequencies) { entities.frequencies[$0].location }
        commitment.amounts = own(commitment.amounts) { entities.amounts[$0].location }
        commitment.percentages = own(commitment.percentages) { entities.percentages[$0].location }
        commitment.counts = own(commitment.counts) { entities.counts[$0].location }
    }

    /// The parties the references in `block` point at, each once, in text order.
    func parties(in block: Block) -> [String] {
        // References are in decoded offsets, a block's span in the file's (they differ after a BOM, in UTF-16).
        let range = source.offset(of: block.span.start)..<source.offset(of: block.span.end)
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
