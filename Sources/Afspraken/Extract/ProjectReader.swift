/// Reads building projects and planned sales from lists such as "Start bouw" and "Verkoop woningen": an item
/// that names a housing association ("Noord:") with sub-items per project, an item "Noord: maximaal 10 …", or
/// items under a lead-in that names one association ("Noord start in 2026 met de bouw van:").
/// Counts break down by tenure and type; totals are checked against their parts.
struct ProjectReader {
    let document: Document
    /// The decoded text, where a table's columns are read.
    let source: SourceText
    private(set) var projects: [Project] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Each housing association's names in lower case, with its id and where it is mentioned (offsets, in order):
    /// made once, not for every item with a colon.
    private let associations: [Association]
    private typealias Association = (names: [String], id: String, mentions: [Int])
    /// The parties' names and the municipality's, which name no place a project is built at.
    private let partyNames: Set<String>

    private static let saleWords = ["verkoop", "verkocht", "verkopen", "verkooplijst"]
    private static let buildWords = [
        "bouw", "nieuwbouw", "realisatie", "realiseren", "oplever", "levert", "plannen", "projecten",
    ]

    init(document: Document, source: SourceText) {
        self.document = document
        self.source = source
        associations = document.parties.filter { $0.role == .housingAssociation }.map { party in
            (([party.name] + party.aliases).map { $0.lowercased() }, party.id, party.mentions.map(\.start.offset))
        }
        partyNames = Set(
            document.parties.flatMap { [$0.name] + $0.aliases } + [document.municipality?.text].compactMap { $0 })
        // Lists stand in articles, in chapters without articles, and in annexes ("Bijlage 1: Woningbouwprojecten").
        if document.chapters.isEmpty { read(document.frontMatter, title: nil) }
        for chapter in document.chapters {
            read(chapter.blocks, title: chapter.title)
            read(chapter.articles)
        }
        for annex in document.annexes { read(annex.blocks, title: annex.title) }
        readSentences()
        linkCommitments()
    }

    /// Each project's commitment: the first that starts inside the project's text, else the one it stands in. By
    /// halving over the commitments in text order, so that many projects cost no more than sorting.
    private mutating func linkCommitments() {
        let commitments = document.commitments
        let order = commitments.indices.sorted { commitments[$0].span.start.offset < commitments[$1].span.start.offset }
        for index in projects.indices {
            let span = projects[index].span
            let first = order.firstIndex(startingAtOrAfter: span.start.offset) { commitments[$0].span.start.offset }
            if first < order.count, commitments[order[first]].span.start.offset < span.end.offset {
                projects[index].commitment = commitments[order[first]].eId
            } else if first > 0, commitments[order[first - 1]].span.end.offset > span.start.offset {
                projects[index].commitment = commitments[order[first - 1]].eId
            }
        }
    }

    /// Cues by which a sentence says its one association sells or builds homes.
    static let sentenceKinds: [String: Project.Kind] = [
        "verkoopt": .sale, "verkopen": .sale, "bouwt": .construction, "bouwen": .construction,
        "start met": .construction, "starten met": .construction, "realiseert": .construction,
        "realiseren": .construction, "levert op": .construction, "leveren op": .construction,
        "voegt toe": .construction, "voegen toe": .construction, "transformeert": .construction,
        "transformeren": .construction,
    ]

    /// "Wij verwachten in 2028 30 woningen op te leveren", "Noord spant zich in om 40 woningen te bouwen": what a
    /// party intends or strives to build or sell, by the infinitive its cue governs.
    private static func infinitiveKind(_ commitment: Commitment) -> Project.Kind? {
        guard commitment.modality == .intention || commitment.modality == .effort else { return nil }
        let text = commitment.text.lowercased()
        if infinitives.sale.contains(where: text.includes) { return .sale }
        return infinitives.construction.contains(where: text.includes) ? .construction : nil
    }
    private static let infinitives = (
        sale: [" te verkopen"],
        construction: [" te bouwen", " te realiseren", " op te leveren", " toe te voegen"]
    )

    /// "Vestia verkoopt in 2027 maximaal 6 sociale huurwoningen", "Noord start in 2027 met de bouw van 48
    /// woningen": a commitment of one association that sells or builds counted homes, outside the lists read above.
    private mutating func readSentences() {
        let listed = projects.map { $0.span.start.offset..<$0.span.end.offset }
        for commitment in document.commitments where commitment.actors.count == 1 && !commitment.counts.isEmpty {
            var counts = commitment.counts.map { document.entities.counts[$0] }
            let rebuilt = Self.rebuilt(counts, in: commitment)
            guard
                let kind = commitment.cue.flatMap({ Self.sentenceKinds[$0] }) ?? Self.infinitiveKind(commitment)
                    ?? rebuilt.map({ _ in .construction }),
                associations.contains(where: { $0.id == commitment.actors[0] }),
                case let range = commitment.span.start.offset..<commitment.span.end.offset,
                !listed.contains(where: { $0.overlaps(range) })
            else { continue }
            counts = rebuilt ?? counts
            for part in parts(of: commitment.action, counts: counts) {
                add(
                    kind, commitment.actors[0], name: Self.place(in: String(part.text), excluding: partyNames),
                    text: commitment.text, span: commitment.span, counts: part.counts, breakingDown: part.text)
            }
        }
        projects.sort { $0.span.start.offset < $1.span.start.offset }
    }

    /// "Noord bouwt 40 woningen in De Akkers en 25 woningen in Het Veld": a sentence that builds in two places is two
    /// projects, parted at an "en" with counted homes and a place on either side. Parts of a whole ("waarvan 15
    /// sociale huur en 10 middenhuur") are not parted.
    private func parts(of action: String, counts: [Count]) -> [(text: Substring, counts: [Count])] {
        var located: [(offset: Int, count: Count)] = []
        var from = 0
        for count in counts {
            guard let offset = action.utf8Offset(of: count.text, from: from) else { continue }
            located.append((offset, count))
            from = offset + count.text.utf8.count
        }
        func text(_ range: Range<Int>) -> Substring {
            action[action.index(atUTF8Offset: range.lowerBound)..<action.index(atUTF8Offset: range.upperBound)]
        }
        func isProject(_ range: Range<Int>) -> Bool {
            located.contains { range.contains($0.offset) }
                && Self.place(in: String(text(range)), excluding: partyNames) != nil
        }
        let end = action.utf8.count
        var starts = [0]
        var search = 0
        // A few "en" at most: each looks through the rest of the sentence, and a list of places is short.
        var tried = 0
        while located.count > 1, tried < 12, let en = action.utf8Offset(of: " en ", from: search) {
            search = en + 4
            tried += 1
            let left = text(starts.last!..<en)
            if left.includes("waarvan") || left.includes("waaronder") { break }
            // The "en" goes on with homes or a place, not with another verb ("en onderzoekt de bouw van 8 woningen").
            let next = action.utf8.dropFirst(en + 4).prefix { $0 != Bytes.space }
            let goesOn =
                located.contains { $0.offset == en + 4 }
                || Self.placeWords.contains(String(decoding: next, as: UTF8.self))
            if goesOn, isProject(starts.last!..<en), isProject(en..<end) { starts.append(en + 1) }
        }
        guard starts.count > 1 else { return [(action[...], counts)] }
        return zip(starts, starts.dropFirst() + [end]).map { start, stop in
            (text(start..<stop), located.filter { (start..<stop).contains($0.offset) }.map(\.count))
        }
    }

    /// "Noord sloopt 48 woningen aan de Meidoornlaan en bouwt er 60 voor terug": what is built after demolition is a
    /// project of the homes counted after the building word; the demolished homes are not in it. Nil for a sentence
    /// that demolishes without building.
    private static func rebuilt(_ counts: [Count], in commitment: Commitment) -> [Count]? {
        guard commitment.cue == "sloopt" || commitment.cue == "slopen" else { return nil }
        let text = commitment.text.lowercased()
        guard let building = ["bouw", "realiseer", "realiseren", "terug"].compactMap({ text.utf8Offset(of: $0) }).min()
        else { return nil }
        let after = counts.filter { count in
            commitment.text.utf8Offset(of: count.text).map { $0 > building } ?? false
        }
        return after.isEmpty ? nil : after
    }

    /// Where a sentence builds: the capitalised words after "aan de", "in", "op" or "project" ("aan de Havenkade",
    /// "in De Akkers", "in 't Loo", "project Kloostertuin fase 2"); not a party's name nor the municipality's ("in Waterland").
    /// A name after "project" goes before a street ("aan de Dorpsweg (project Dorpshart)").
    private static func place(in text: String, excluding excluded: Set<String>) -> String? {
        var found: String?
        // "honderd woningen, waarvan zestig in Drunen": a place after "waarvan" is a part's, not the project's; a
        // project named after it is the whole's ("…, waarvan 15 sociale huur (project Tulpenveld)").
        // Split on the bytes: a String splits by characters, and finding each character's end costs.
        let words = text.utf8.split(separator: Bytes.space).map { text[$0.startIndex..<$0.endIndex] }
        let partsFrom = words.firstIndex { $0 == "waarvan" || $0 == "waaronder" } ?? words.count
        var index = 1
        while index < words.count {
            defer { index += 1 }
            // "in 't Loo": the article goes with the name. A capital first: most words have none, and lower-casing
            // the word before costs.
            let lead = words[index].utf8.first ?? 0
            let opensWithT =
                (lead == 0x27 || lead == 0xE2) && (words[index] == "'t" || words[index] == "’t")
                && index + 1 < words.count
                && words[index + 1].first?.isUppercase == true
            guard Bytes.isASCIIUpper(lead) || (lead >= 0xC0 && words[index].first?.isUppercase == true) || opensWithT
            else { continue }
            // Trimmed without Foundation, whose punctuation set costs microseconds a call here.
            var before = words[index - 1].lowercased()
            while before.last?.isPunctuation == true { before.removeLast() }
            while before.first?.isPunctuation == true { before.removeFirst() }
            if ["de", "het"].contains(before), index >= 2 { before = words[index - 2].lowercased() }
            if index > partsFrom, before != "project" { continue }
            guard Self.placeWords.contains(before) else { continue }
            var end = index + 1
            while end < words.count, words[end - 1].last.map({ $0.isLetter || $0.isNumber }) == true {
                let word = words[end]
                let joins =
                    Self.placeJoiners.contains(String(word)) && end + 1 < words.count
                    && words[end + 1].first?.isUppercase == true
                let isNumberAfterFase = words[end - 1].lowercased() == "fase" && word.first?.isNumber == true
                guard word.first?.isUppercase == true || joins || isNumberAfterFase || word == "fase" else { break }
                end += joins ? 2 : 1
            }
            // Punctuation after the name goes; before it there is none but the apostrophe of "'t".
            var name = words[index..<end].joined(separator: " ")
            while name.last?.isPunctuation == true { name.removeLast() }
            if name.count >= 3, !name.contains(where: \.isNumber) || name.includes("fase"),
                !excluded.contains(name), TimeReader.months[Word.key(name.lowercased())] == nil
            {
                if before == "project" { return name }
                found = found ?? name
            }
        }
        return found
    }
    private static let placeWords: Set = ["aan", "in", "op", "project", "locatie", "plan", "wijk"]
    private static let placeJoiners: Set = ["de", "van", "der", "den", "het", "aan"]

    private mutating func read(_ articles: [Article]) {
        for article in articles {
            read(article.blocks, title: article.title)
            read(article.articles)
        }
    }

    /// The lists in these blocks; what a list is about is the paragraph before it, else the title over them.
    private mutating func read(_ blocks: [Block], title: String?) {
        // The lead-in's text only: a copy of the whole block costs a retain and release of each of its parts.
        var leadIn: String?
        var leadInAssociation: String?
        var table: ProjectTable?
        let associations = self.associations  // read in a closure while self changes
        for block in blocks {
            // The kind is looked for only where a row is found: lower-casing every lead-in costs.
            if block.kind == .paragraph,
                readTable(
                    block, &table, kind: { leadIn.flatMap(Self.kind(of:)) ?? Self.kind(of: title ?? "") },
                    association: {
                        leadInAssociation ?? title.flatMap { Self.association(namedIn: $0, among: associations) }
                    })
            {
                continue
            }
            if block.kind == .paragraph {
                leadIn = block.text
                leadInAssociation = association(leading: block)
                continue
            }
            // The kind is looked for only where an association is found: lower-casing every lead-in costs.
            func kind() -> Project.Kind? {
                leadIn.flatMap(Self.kind(of:)) ?? Self.kind(of: title ?? "")
            }
            guard let (association, rest) = association(of: block.text) else {
                // "De Horst: 24 sociale huurwoningen", "40 woningen in Zilverackers;" under "Noord start met de bouw
                // van:".
                if let leadInAssociation, let kind = kind() {
                    let place = Self.place(in: block.text, excluding: partyNames)
                    add(kind, leadInAssociation, name: Self.name(of: block.text) ?? place, block)
                }
                continue
            }
            guard let kind = kind() else { continue }
            if block.items.isEmpty {
                // "Bergwonen: 18 woningen aan de Beekweg": where it builds names it.
                if !rest.isEmpty, block.entities?.counts.isEmpty == false {
                    add(kind, association, name: Self.place(in: String(rest), excluding: partyNames), block)
                }
            } else {
                for item in block.items { add(kind, association, name: Self.name(of: item.text), item) }
            }
        }
    }

    /// Takes a paragraph whose first line is a table's header or row: each row with its number of homes is a
    /// project, of the association in its own column or else the one the lead-in or the title names. Any other
    /// paragraph ends the table and is not taken.
    private mutating func readTable(
        _ block: Block, _ table: inout ProjectTable?, kind: () -> Project.Kind?,
        association leadInAssociation: () -> String?
    ) -> Bool {
        let bytes = source.bytes
        // Spans hold the file's offsets; the columns are read in the decoded text.
        func range(_ line: SourceSpan) -> (Range<Int>, lineStart: Int) {
            (
                source.offset(of: line.start)..<source.offset(of: line.end),
                source.lineRange(line.start.line - 1).lowerBound
            )
        }
        let (first, firstStart) = range(block.lines[0])
        if table?.row(first, lineStart: firstStart, in: bytes) == nil {
            table = ProjectTable(header: first, lineStart: firstStart, in: bytes)
            guard table != nil else { return false }
        }
        for line in block.lines {
            let (line, lineStart) = range(line)
            guard let row = table?.row(line, lineStart: lineStart, in: bytes) else {
                // A header again (on the next page) goes on with the same table; a wrapped name is passed over.
                if let header = ProjectTable(header: line, lineStart: lineStart, in: bytes) { table = header }
                continue
            }
            let named = row.association.map { String(decoding: bytes[$0], as: UTF8.self).lowercased() }
            guard
                let association = associations.first(where: { named.map($0.names.contains) == true })?.id
                    ?? leadInAssociation()
            else { continue }
            let kindCell = row.kinds.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
            var project = Project(
                kind: kind() ?? .construction, association: association,
                name: row.name.map { String(decoding: bytes[$0], as: UTF8.self) }, totalHomes: row.homes,
                minimumHomes: row.minimumHomes, bound: row.bound, tenure: [:], types: [:], text: source.string(line),
                span: source.span(line))
            if let tenure = Self.tenure(of: kindCell, after: "") { project.tenure[tenure] = row.homes }
            if let type = Self.type(of: kindCell) { project.types[type] = row.homes }
            projects.append(project)
        }
        return true
    }

    /// Selling when the text speaks of it, else building; nil when it speaks of neither.
    private static func kind(of text: String) -> Project.Kind? {
        let lower = text.lowercased()
        if saleWords.contains(where: lower.includes) { return .sale }
        if buildWords.contains(where: lower.includes) { return .construction }
        return nil
    }

    /// "Noord: …" → the party and the text after the colon; "Noord" alone (over its projects) → the party.
    private func association(of text: String) -> (String, Substring)? {
        let colon = text.utf8.firstIndex(of: Bytes.colon)
        guard colon != nil || text.utf8.count <= 60 else { return nil }
        let head = text[..<(colon ?? text.endIndex)].lowercased()
        let association = associations.first { $0.names.contains(head) }
        return association.map { ($0.id, colon.map { text[text.index(after: $0)...] } ?? "") }
    }

    /// The one association a title names ("Bijlage 1: Nieuwbouwplanning Woonkracht").
    private static func association(namedIn title: String, among associations: [Association]) -> String? {
        let lower = title.lowercased()
        let named = associations.filter { $0.names.contains(where: lower.includes) }
        return named.count == 1 ? named[0].id : nil
    }

    /// The one association a lead-in ending in ":" names ("Noord start … met de bouw van:"), or a line that is
    /// only its name ("Accolade" over its projects in an annex): the register's mentions, found by halving, say
    /// which.
    private func association(leading block: Block) -> String? {
        // Lower-cased only where some name has its length: most one-line paragraphs are titles, not names.
        let length = block.text.utf8.count
        if block.lines.count == 1, length <= 60,
            associations.contains(where: { $0.names.contains { $0.utf8.count == length } }),
            case let name = block.text.lowercased(),
            let named = associations.first(where: { $0.names.contains(name) })
        {
            return named.id
        }
        guard block.text.utf8.last == Bytes.colon else { return nil }
        let range = block.span.start.offset..<block.span.end.offset
        let named = associations.filter { !$0.mentions.indices(startingIn: range) { $0 }.isEmpty }
        return named.count == 1 ? named[0].id : nil
    }

    /// "Dorpshart: 17 appartementen …", "Stationsstraat, 40 appartementen", "Snellerpoort (48 woningen)" → the name
    /// before the first count.
    private static func name(of text: String) -> String? {
        let utf8 = text.utf8
        // "De Horst – 24 woningen": a dash between blanks ends the name too.
        guard
            let mark = utf8.indices.first(where: {
                let byte = utf8[$0]
                return byte == Bytes.colon || byte == 0x2C || byte == 0x28
                    || (byte == Bytes.space && isDash(after: $0, in: text))
            })
        else { return nil }
        var head = text[..<mark]
        while head.last == " " { head.removeLast() }
        return head.first.map { !$0.isNumber } == true ? String(head) : nil
    }

    /// Whether " - " or " – " starts at the blank `space`.
    private static func isDash(after space: String.Index, in text: String) -> Bool {
        var rest = text.utf8[text.utf8.index(after: space)...].makeIterator()
        switch rest.next() {
        case Bytes.hyphen: return rest.next() == Bytes.space
        case 0xE2: return rest.next() == 0x80 && rest.next() == 0x93 && rest.next() == Bytes.space
        default: return false
        }
    }

    private mutating func add(_ kind: Project.Kind, _ association: String, name: String?, _ block: Block) {
        add(kind, association, name: name, text: block.text, span: block.span, counts: block.entities?.counts ?? [])
    }

    /// `part` is where the counts stand when the text holds more than one project.
    private mutating func add(
        _ kind: Project.Kind, _ association: String, name: String?, text: String, span: SourceSpan, counts: [Count],
        breakingDown part: Substring? = nil
    ) {
        guard !counts.isEmpty else { return }
        let counted = part.map(String.init) ?? text
        var project = Project(
            kind: kind, association: association, name: name, totalHomes: 0, minimumHomes: nil, bound: .exact,
            tenure: [:], types: [:], text: text, span: span)
        if kind == .sale {
            // The count that is sold, not the one on the list: "5 woningen op de verkooplijst, … 0 of 1 woning verkocht".
            let sold =
                counts.first { count in
                    guard let offset = counted.utf8Offset(of: count.text) else { return false }
                    let after = counted[counted.index(atUTF8Offset: offset + count.text.utf8.count)...]
                    return after.prefix(12).includes("verkoch")
                } ?? counts[0]
            project.totalHomes = sold.upperValue ?? sold.value
            project.minimumHomes = sold.upperValue == nil ? nil : sold.value
            project.bound = sold.bound
            if let tenure = Self.tenure(of: sold.unit, after: "") { project.tenure[tenure] = project.totalHomes }
            if let type = Self.type(of: sold.unit) { project.types[type] = project.totalHomes }
        } else {
            breakDown(counts, in: counted, into: &project)
        }
        projects.append(project)
    }

    /// The first count without a tenure is the total; the others add to tenure and type.
    private mutating func breakDown(_ counts: [Count], in text: String, into project: inout Project) {
        var total: Int?
        var searchFrom = 0
        for (index, count) in counts.enumerated() {
            var next = ""
            if let offset = text.utf8Offset(of: count.text, from: searchFrom) {
                searchFrom = offset + count.text.utf8.count
                next = Self.twoWords(in: text, after: searchFrom)
            }
            let tenure = Self.tenure(of: count.unit, after: next)
            let type = Self.type(of: count.unit)
            // "ca. 30 eengezinswoningen", "ten minste 85 woningen": the total's bound is the project's; so is the
            // bound of a count that stands alone ("ten minste 80 sociale huurwoningen").
            if index == 0, tenure == nil || counts.count == 1 {
                total = count.upperValue ?? count.value
                project.minimumHomes = count.upperValue == nil ? nil : count.value
                project.bound = count.bound
            }
            // A count alone is all of the project's homes: "20 tot 30 appartementen" are 30 at most, all apartments.
            let homes = counts.count == 1 ? count.upperValue ?? count.value : count.value
            if let tenure { project.tenure[tenure, default: 0] += homes }
            if let type { project.types[type, default: 0] += homes }
        }
        let byTenure = project.tenure.filter { $0.key != "socialSale" }.values.reduce(0, +)
        let byType = project.types.values.reduce(0, +)
        // "Kloosterhof: 12 EGW en 20 appartementen": homes of kinds side by side, no total written, add up.
        if let first = counts.first, let written = total, byType > written, Self.type(of: first.unit) != nil,
            !["waarvan", "waaronder", "bestaande uit"].contains(where: text.includes)
        {
            total = byType
        }
        project.totalHomes = total ?? byTenure
        // A total as written must be what its parts make; one made of the tenures only types beyond it can break
        // ("12 EGW sociale huur en 6 middenhuurwoningen": 18 homes, 12 of a known type).
        // A total that is not exact ("ten minste 85 woningen, waarvan 60 sociale huurwoningen") may be more than
        // its parts, never less.
        func breaks(_ parts: Int) -> Bool {
            parts > project.totalHomes || (project.bound == .exact && parts > 0 && parts != project.totalHomes)
        }
        let contradicts = total == nil ? byType > project.totalHomes : breaks(byTenure) || breaks(byType)
        if contradicts {
            diagnostics.append(.projectTotalMismatch(project, byTenure: byTenure, byType: byType))
        }
    }

    /// The two words after UTF-8 offset `offset`, in lower case: "koop" of "9 EGW koop", "sociale huur" of "12 EGW
    /// sociale huur" and of "48 appartementen (sociale huur)". Letters beyond ASCII end a word; the tenure words have
    /// none.
    private static func twoWords(in text: String, after offset: Int) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var index = offset
            var words: [UInt8] = []
            for _ in 0..<2 {
                while index < bytes.count, bytes[index] == Bytes.space || (words.isEmpty && bytes[index] == 0x28) {
                    index += 1
                }
                let start = index
                while index < bytes.count, Bytes.isASCIILetter(bytes[index]) { index += 1 }
                guard index > start else { break }
                if !words.isEmpty { words.append(Bytes.space) }
                words += bytes[start..<index].lazy.map(Bytes.lowered)
            }
            return String(decoding: words, as: UTF8.self)
        }
    }

    /// socialRent, midRent, freeSector, rent, sale or socialSale, from the unit and the word after it ("9 EGW koop").
    private static func tenure(of unit: String, after next: String) -> String? {
        // One buffer, compared without regard to case: lower-casing and joining strings cost three allocations.
        var words = Array(unit.utf8)
        words.append(Bytes.space)
        words += next.utf8
        func has(_ text: StaticString) -> Bool { Self.contains(words, text) }
        if has("sociale koop") { return "socialSale" }
        if has("sociale huur") { return "socialRent" }
        if has("middenhuur") || has("middeldure huur") { return "midRent" }
        if has("vrije sector") { return "freeSector" }
        if has("koop") { return "sale" }
        if has("huur") { return "rent" }
        return nil
    }

    /// EGW, Bebo or appartement.
    private static func type(of unit: String) -> String? {
        let bytes = Array(unit.utf8)
        func has(_ text: StaticString) -> Bool { Self.contains(bytes, text) }
        if has("egw") || has("eengezins") { return "EGW" }
        if has("bebo") { return "Bebo" }
        if has("appartement") { return "appartement" }
        return nil
    }

    /// Whether `text` (lower case) stands in `bytes`, in any case.
    private static func contains(_ bytes: [UInt8], _ text: StaticString) -> Bool {
        bytes.indices.contains { Bytes.matches(bytes, at: $0, text) }
    }
}

extension Diagnostic {
    static func projectTotalMismatch(_ project: Project, byTenure: Int, byType: Int) -> Diagnostic {
        Diagnostic(
            .warning, "project-total-mismatch",
            "\(project.name ?? project.association): \(project.totalHomes) homes, but tenures add up to \(byTenure) "
                + "and types to \(byType)", span: project.span)
    }
}
