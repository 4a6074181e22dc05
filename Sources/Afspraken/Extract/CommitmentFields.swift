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

    /// Fields inside a paragraph, after a period, semicolon, comma or bracket: "Trekker: Mitros.", "(trekker:
    /// gemeente; gereed: Q2 2027)". The parties of the "Wie" fields, the times of the "Wanneer" fields, and where the
    /// fields that are sentences of their own start (those are no commitments); nil when there are none.
    func inlineFields(in phrase: Phrase) -> (actors: [String], times: [Int], starts: [Int])? {
        let words = phrase.words
        let bytes = phrase.bytes
        var found: (actors: [String], times: [Int], starts: [Int])?
        var index = 1
        while index + 1 < words.count {
            defer { index += 1 }
            // Cheapest first: most words follow no sign, and most signs no label.
            guard words[index - 1].kind == .sign, phrase.isSign(index + 1, Bytes.colon) else { continue }
            let before = bytes[words[index - 1].range.lowerBound]
            guard before == Bytes.dot || before == 0x3B || before == 0x2C || before == 0x28,
                let field = Self.fieldLabels[words[index].key], field != .what
            else { continue }
            // The field runs to the next period, semicolon, comma or closing bracket.
            var end = index + 2
            while end < words.count,
                !(words[end].kind == .sign
                    && [Bytes.dot, 0x3B, 0x2C, 0x29].contains(bytes[words[end].range.lowerBound]))
            {
                end += 1
            }
            let text = words[index].range.lowerBound..<(end < words.count ? words[end].range.lowerBound : bytes.count)
            var fields = found ?? ([], [], [])
            if before == Bytes.dot { fields.starts.append(text.lowerBound) }
            let decoded = phrase.text.sourceRange(text)
            if field == .who {
                for reference in references[references.indices(startingIn: decoded) { $0.range.lowerBound }] {
                    for party in reference.parties where !fields.actors.contains(party) { fields.actors.append(party) }
                }
            } else {
                let span = source.span(decoded)
                fields.times += entityStarts.times.indices(startingIn: span.start.offset..<span.end.offset) { $0 }
            }
            found = fields
            index = end
        }
        return found
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
