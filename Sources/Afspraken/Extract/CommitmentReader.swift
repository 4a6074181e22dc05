/// Reads commitments: each sentence of a paragraph and each list item is a unit; a unit that names a modality
/// cue or a party as its subject is a commitment. Actors come from the party register and its collective
/// words; a subject left out ("Zij doen …", a list item under "Partijen spreken af:") is carried over from the
/// sentence before or the lead-in. Nothing is invented: without a subject the actors stay empty, with a warning.
struct CommitmentReader {
    let source: SourceText
    let document: Document
    private(set) var commitments: [Commitment] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// A party reference in decoded offsets.
    struct Reference {
        var range: Range<Int>
        var parties: [String]
    }

    /// Sorted by where they start.
    let references: [Reference]
    /// How often each wId hash was given, so that a repeated sentence gets "_2", "_3".
    private var usedWIds: [UInt64: Int] = [:]
    /// The references found in a unit, kept between units so that one buffer serves them all.
    private var foundBuffer: [FoundReference] = []
    private typealias FoundReference = (word: Int, end: Int, parties: [String])

    private static let prepositions = KeywordSet(words: [
        "met", "door", "bij", "aan", "van", "voor", "tussen", "namens", "over", "op", "in", "tot", "naar", "onder",
        "binnen", "via", "zoals", "uit", "om", "per", "ten", "tegen", "dan", "waaronder", "naast", "behalve",
        "zonder",
    ])
    private static let determiners = KeywordSet(words: [
        "de", "het", "een", "beide", "alle", "elk", "elke", "hun", "haar", "zijn", "eigen", "andere", "betrokken",
    ])
    private static let joiners = KeywordSet(words: ["en", "de", "het", "beide", "alle", "&", ",", "/", "samen", "met"])
    private static let passive = KeywordSet(words: ["wordt", "worden", "werd", "werden"])
    private static let pronouns = KeywordSet(words: ["zij", "ze", "we", "wij", "hij"])
    /// Those the register does not resolve ("wij" it does: the signatories).
    private static let thirdPersons = KeywordSet(words: ["zij", "ze", "hij"])
    /// A lead-in that is only a label for the agreements below it.
    private static let agreementLabels = KeywordSet(words: [
        "afspraken", "afspraak", "acties", "actiepunten", "maatregelen", "prestaties",
    ])
    private static let demonstratives = KeywordSet(words: ["de", "het", "een", "dit", "dat", "deze", "die"])
    private static let lawWords = KeywordSet(words: [
        "woningwet", "wet", "huurwet", "wetgeving", "regelgeving", "rijk", "minister", "kabinet", "wetgever",
    ])

    /// The block builder's joined text and words of each block, by the block's original start offset.
    private let texts: [Int: Phrase]
    /// What each cell of a table holds, by its block's original start offset.
    let cellRoles: [Int: TableLayout.Role]

    /// Where each indexed entity starts (original offsets), per kind: what a commitment's references are found by.
    let entityStarts: (times: [Int], frequencies: [Int], amounts: [Int], percentages: [Int], counts: [Int])

    init(
        source: SourceText, document: Document, texts: [Int: Phrase] = [:], cellRoles: [Int: TableLayout.Role] = [:]
    ) {
        self.source = source
        self.document = document
        self.texts = texts
        self.cellRoles = cellRoles
        let entities = document.entities
        entityStarts = (
            entities.times.map(\.span.start.offset), entities.frequencies.map(\.span.start.offset),
            entities.amounts.map(\.span.start.offset), entities.percentages.map(\.span.start.offset),
            entities.counts.map(\.span.start.offset)
        )
        var references: [Reference] = []
        for party in document.parties {
            for span in party.mentions {
                references.append(
                    Reference(range: source.offset(of: span.start)..<source.offset(of: span.end), parties: [party.id]))
            }
        }
        for reference in document.partyReferences {
            references.append(
                Reference(
                    range: source.offset(of: reference.span.start)..<source.offset(of: reference.span.end),
                    parties: reference.parties))
        }
        self.references = references.sorted { $0.range.lowerBound < $1.range.lowerBound }

        // The front matter (cover, preamble) describes; the agreements are in the chapters. A text without
        // numbered chapters has all of them in its front matter.
        if document.chapters.isEmpty {
            read(document.frontMatter, Location(part: .frontMatter, block: ""), prefix: "tekst")
        }
        // Beside numbered chapters, an unnumbered one ("Inleiding") is named by its title: its place would be a
        // number another chapter has.
        let isNumbered = document.chapters.contains { $0.number != nil }
        for (position, chapter) in document.chapters.enumerated() {
            // An unnumbered chapter with a title is named by its place; articles before any chapter by none.
            let unnumbered = isNumbered ? chapter.title?.lowercased() : String(position + 1)
            let chapterId = (chapter.number ?? (chapter.title == nil ? nil : unnumbered)).map {
                "hfst_\(Self.idPart($0))"
            }
            read(
                chapter.blocks, Location(part: .chapter, chapter: chapter.reference, block: ""),
                prefix: chapterId ?? "tekst", heading: chapter.headingSpan)
            read(chapter.articles, chapter: chapter.reference, prefix: chapterId)
        }
        // "Bijlage 1: Jaarschijf 2027": an annex that names the genre or agreements holds them too; others hold
        // project lists, definitions and maps.
        for annex in document.annexes
        where annex.title.map({ MetadataReader.namesGenre($0) || $0.lowercased().includes("afspraken") }) == true {
            read(
                annex.blocks, Location(part: .annex, chapter: annex.number, block: ""),
                prefix: "bijlage_" + Self.idPart(annex.number ?? "-"), heading: annex.headingSpan)
        }
    }

    private mutating func read(_ articles: [Article], chapter: String?, prefix: String?) {
        for article in articles {
            let part = "art_" + Self.idPart(article.number)
            let id = prefix.map { $0 + "__" + part } ?? part
            read(
                article.blocks, Location(part: .chapter, chapter: chapter, article: article.number, block: ""),
                prefix: id, heading: article.headingSpan)
            read(article.articles, chapter: chapter, prefix: prefix)
        }
    }

    private static func idPart(_ number: String) -> String {
        // Numbers are ASCII nearly always: bytes then, for Character's properties cost a lookup each.
        if number.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(
                decoding: number.utf8.map { Bytes.isASCIILetter($0) || Bytes.isDigit($0) ? $0 : 0x2D }, as: UTF8.self)
        }
        return String(number.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    // MARK: Units

    private struct Unit {
        /// The block's joined text and words; the unit is `range` of it.
        var phrase: Phrase
        var range: Range<Int>
        /// The unit's words, their ranges in `text`.
        var words: WordRun
        var location: Location
        var isListItem: Bool
    }

    /// What a lead-in ending in ":" ("Partijen spreken af:") hands down to the list items under it: its actors
    /// for an item that names none, its cue for an item that goes on with its sentence.
    private struct LeadIn {
        var actors: [String]
        var cue: (Commitment.Modality, String)?
        /// The times it states ("In 2027 starten de volgende projecten:"), for the items that complete it: indices
        /// into the document's times, which stand in text order (a range, so that a lead-in copies no array).
        var times: Range<Int> = 0..<0
        /// A "Wat" field or a table's "Afspraak" cell with its "Wie": an agreement, sentence or not
        /// ("Opstellen woonzorgvisie", owned by the municipality).
        var ownsWhatField = false
    }

    /// Where the reading of one run of blocks stands: units are read as they are found, in text order.
    private struct Progress {
        let prefix: String
        /// Commitments numbered so far, for the eId.
        var item = 0
        /// The actors of the last unit that named any, for "Zij …".
        var previous: [String] = []
    }

    /// Reads the units of these blocks in order; `prefix` names their place for the eId. A heading that names a
    /// party ("2. Afspraken van Woonkracht") leads the list items right under it.
    private mutating func read(_ blocks: [Block], _ location: Location, prefix: String, heading: SourceSpan? = nil) {
        var progress = Progress(prefix: prefix)
        // A closure, not the method itself: `partiesNamed(in:)` as a value copied the whole reader for each list.
        var leadIn = heading.flatMap { partiesNamed(in: $0) }.map { LeadIn(actors: $0, cue: nil) }
        /// "Wie:" and "Wanneer:" paragraphs already taken into the "Wat:" paragraph before them.
        var fieldsTaken = 0..<0
        var definitions = false
        // Blocks are read in place, by index: a copy of each retained and released all its arrays.
        for index in blocks.indices where !fieldsTaken.contains(index) {
            var here = location
            here.block = String(index + 1)
            let phrase = self.phrase(of: blocks[index])
            let text = phrase.text
            if blocks[index].kind == .paragraph, isWhatField(index, phrase, in: blocks) {
                // The "Wie" field's parties are the actors (named or not in the "Wat" field), and the "Wanneer"
                // field's times are the commitment's too.
                let (who, when, end) = fields(after: index, in: blocks)
                let actors = who.flatMap { parties(in: blocks[$0]) }.reduce(into: [String]()) { unique, id in
                    if !unique.contains(id) { unique.append(id) }
                }
                let times = when.flatMap { self.times(in: blocks[$0]) }
                let first = commitments.count
                _ = read(paragraph: phrase, here, fieldActors: actors, isWhatField: true, &progress)
                let isCell = !cellRoles.isEmpty && cellRoles[blocks[index].span.start.offset] != nil
                for item in first..<commitments.count {
                    if !actors.isEmpty { commitments[item].actors = actors }
                    // An agreement given an owner in its own field is one to deliver, whatever verb it has.
                    if !who.isEmpty, commitments[item].cue == nil {
                        (commitments[item].modality, commitments[item].cue) = (.result, "wie")
                    }
                    if isCell { Self.keepOwnEntities(&commitments[item], block: here.block, of: document.entities) }
                    commitments[item].times = (commitments[item].times + times).sorted()
                }
                fieldsTaken = (index + 1)..<end
                leadIn = nil
            } else if blocks[index].kind == .paragraph {
                // "Evaluatie van de regeling. Trekker: Mitros. Gereed: 1 oktober 2027.", "… (trekker: gemeente;
                // gereed: Q2 2027)": fields written inside the paragraph.
                let inline = inlineFields(in: phrase)
                let first = commitments.count
                let last = read(
                    paragraph: phrase, here, fieldActors: inline?.actors ?? [], skipping: inline?.starts ?? [],
                    &progress)
                if let inline {
                    for item in first..<commitments.count {
                        if !inline.actors.isEmpty, commitments[item].cue == nil {
                            (commitments[item].modality, commitments[item].cue) = (.result, "wie")
                        }
                        let times = Set(commitments[item].times).union(inline.times)
                        commitments[item].times = times.sorted()
                    }
                }
                // "Partijen spreken af:" governs the list below it; so does "Afspraken:", which says its items are.
                // "Wat doet de gemeente?" hands on who does what the list says, not how firmly.
                if text.bytes.last == Bytes.colon {
                    leadIn = last
                } else if phrase.count <= 5, index + 1 < blocks.count, blocks[index + 1].kind != .paragraph,
                    let actors = last?.actors, !actors.isEmpty, Self.isOnlyANamedParty(phrase)
                {
                    // "'t Heem" alone over its list: the items are that party's.
                    leadIn = LeadIn(actors: actors, cue: nil)
                } else {
                    leadIn = Self.asksWhatAPartyDoes(phrase) ? last.map { LeadIn(actors: $0.actors, cue: nil) } : nil
                }
                if leadIn?.cue == nil, phrase.count == 2, Self.agreementLabels.contains(phrase.words[0].key) {
                    leadIn?.cue = (.result, "afspraken")
                }
                // "In deze overeenkomst wordt verstaan onder:" lists definitions, which commit no one.
                definitions = leadIn != nil && phrase.words.contains { $0.key == Keys.verstaan }
            } else if definitions {
                continue
            } else {
                readItem(blocks[index], phrase, here, leadIn: leadIn, &progress)
            }
        }
    }

    /// The parties a heading names as its subject ("Afspraken van de gemeente", "3. Huurdersvereniging Epe"), not
    /// those it names after a preposition ("Overleg met de huurders"); nil when it names none.
    private func partiesNamed(in heading: SourceSpan) -> [String]? {
        let range = source.offset(of: heading.start)..<source.offset(of: heading.end)
        let inHeading = references[references.indices(startingIn: range) { $0.range.lowerBound }]
        var parties: [String] = []
        for reference in inHeading where !Self.followsPreposition(reference.range.lowerBound, in: source.bytes) {
            for party in reference.parties where !parties.contains(party) { parties.append(party) }
        }
        return parties.isEmpty ? nil : parties
    }

    /// Right after "Het is aan" or "Het is de verantwoordelijkheid van" (or "taak", "opdracht"), past an article.
    private static func isOwner(_ word: Int, _ words: WordRun) -> Bool {
        var before = word - 1
        while before >= 2, Self.determiners.contains(words[before].key) { before -= 1 }
        if before == 2 { return words[2].key == Keys.aan }
        guard before >= 3, words[before].key == Keys.van else { return false }
        var noun = before - 1
        guard Self.tasks.contains(words[noun].key) else { return false }
        noun -= 1
        while noun >= 2, Self.determiners.contains(words[noun].key) { noun -= 1 }
        return noun == 1
    }
    private static let tasks = KeywordSet(words: ["verantwoordelijkheid", "taak", "opdracht", "rol"])

    /// After "met uitzondering van" or "behalve", past an article.
    private static func isExcepted(_ word: Int, _ words: WordRun) -> Bool {
        var before = word - 1
        while before >= 0, Self.determiners.contains(words[before].key) { before -= 1 }
        guard before >= 0 else { return false }
        return words[before].key == Keys.behalve
            || (words[before].key == Keys.van && before > 0 && words[before - 1].key == Keys.uitzondering)
    }

    /// Whether the word before `offset`, past an article, is a preposition that makes what follows an object.
    private static func followsPreposition(_ offset: Int, in bytes: [UInt8]) -> Bool {
        var end = offset
        func previousWord() -> UInt64? {
            while end > 0, bytes[end - 1] == Bytes.space { end -= 1 }
            let wordEnd = end
            while end > 0, Bytes.isASCIILetter(bytes[end - 1]) { end -= 1 }
            return end < wordEnd ? Word.key(of: bytes[end..<wordEnd]) : nil
        }
        var word = previousWord()
        if let key = word, determiners.contains(key) { word = previousWord() }
        return word.map { $0 != Keys.van && prepositions.contains($0) } ?? false
    }

    /// "Wat doet de gemeente?", "Wat gaan de corporaties doen?": a question that heads a party's list; not one
    /// asked by "we" ("Wat willen we bereiken?").
    private static func asksWhatAPartyDoes(_ phrase: Phrase) -> Bool {
        phrase.bytes.last == 0x3F && phrase.count <= 10
            && phrase.words.contains { $0.key == Keys.doet || $0.key == Keys.doen }
            && !phrase.words.contains { pronouns.contains($0.key) }
    }
    /// A short line of capitalised words or words for a kind of party ("De gemeente", "De corporaties") and no
    /// sentence's end: a name, not a statement.
    private static func isOnlyANamedParty(_ phrase: Phrase) -> Bool {
        let last = phrase.bytes.last ?? 0
        return last != Bytes.dot && last != 0x3B && last != 0x3F
            && phrase.words.allSatisfy { word in
                word.kind != .word || Bytes.isUpperLetter(in: phrase.bytes, at: word.range.lowerBound)
                    || determiners.contains(word.key) || partyKinds.contains(word.key) || word.range.count <= 2
            }
    }
    private static let partyKinds = KeywordSet(words: [
        "gemeente", "corporatie", "corporaties", "woningcorporatie", "woningcorporaties", "huurdersvereniging",
        "huurdersorganisatie", "huurdersorganisaties", "huurdersraad", "partijen",
    ])

    /// Reads a paragraph sentence by sentence; returns what its last sentence would hand to a list under it.
    /// `fieldActors` stand in for a subject a sentence does not name, as a lead-in's do for a list item.
    private mutating func read(
        paragraph phrase: Phrase, _ location: Location, fieldActors: [String], isWhatField: Bool = false,
        skipping fields: [Int] = [], _ progress: inout Progress
    ) -> LeadIn? {
        let fieldLeadIn =
            fieldActors.isEmpty ? nil : LeadIn(actors: fieldActors, cue: nil, ownsWhatField: isWhatField)
        var last: LeadIn?
        for sentence in SentenceSplitter.sentences(in: phrase.text) where !fields.contains(sentence.lowerBound) {
            // A sentence's words are found by halving: a paragraph of thousands of sentences stays linear.
            let words = WordRun(phrase.words, phrase.words.indices(startingIn: sentence) { $0.range.lowerBound })
            last = read(
                Unit(phrase: phrase, range: sentence, words: words, location: location, isListItem: false),
                leadIn: fieldLeadIn, &progress)
        }
        return last
    }

    /// A list item and the items under it; an item ending in ":" is the lead-in of its own items, and so is one that
    /// only names a party ("• Bergwonen" over its projects).
    private mutating func readItem(
        _ block: borrowing Block, _ phrase: Phrase, _ location: Location, leadIn: LeadIn?, _ progress: inout Progress
    ) {
        let text = phrase.text
        let unit = Unit(
            phrase: phrase, range: 0..<text.bytes.count, words: WordRun(phrase.words, phrase.words.indices),
            location: location, isListItem: true)
        let before = commitments.count
        let handed = read(unit, leadIn: leadIn, &progress)
        let namesParty = commitments.count == before && !handed.actors.isEmpty
        let itemLeadIn = text.bytes.last == Bytes.colon || namesParty ? handed : leadIn
        for index in block.items.indices {
            var here = location
            here.block += ".\(index + 1)"
            readItem(block.items[index], self.phrase(of: block.items[index]), here, leadIn: itemLeadIn, &progress)
        }
    }

    /// Reads one unit: its commitment, if any, is added. Returns what it would hand to a list under it.
    private mutating func read(_ unit: borrowing Unit, leadIn: LeadIn?, _ progress: inout Progress) -> LeadIn {
        let before = commitments.count
        let actors = readCommitment(
            unit, previous: progress.previous, leadIn: leadIn, item: progress.item + 1, prefix: progress.prefix)
        let isCommitment = commitments.count > before
        if isCommitment { progress.item += 1 }
        if !actors.isEmpty { progress.previous = actors }
        let cue = isCommitment ? commitments[before].cue.map { (commitments[before].modality, $0) } : nil
        // "Noord:" between a lead-in and its projects is no commitment: it hands the lead-in's cue and times on.
        if !isCommitment, unit.isListItem {
            return LeadIn(actors: actors, cue: leadIn?.cue, times: leadIn?.times ?? 0..<0)
        }
        // Only a lead-in hands its times on: other units' are not looked up or copied.
        guard unit.words.endIndex > 0, unit.words[unit.words.endIndex - 1].key == Keys.colon else {
            return LeadIn(actors: actors, cue: cue)
        }
        return LeadIn(actors: actors, cue: cue, times: times(in: unit))
    }

    /// An item that is no sentence ("Wilderszijde: 60 woningen") completes its lead-in's ("De plannen starten met de
    /// bouw:"), also as the list's last item, which ends with a period ("Molenweg: 24 woningen."); so does a name with
    /// its homes, however many sentences they take ("Kloosterhof: 30 woningen waarvan 20 EGW. En 10 EGW koop").
    private static func isFragment(_ joined: [UInt8], _ range: Range<Int>) -> Bool {
        func namesACount() -> Bool {
            guard let colon = joined[range].prefix(40).firstIndex(of: Bytes.colon) else { return false }
            let next = joined[(colon + 1)..<range.upperBound].firstIndex { $0 != Bytes.space }
            return next.map { Bytes.isDigit(joined[$0]) } ?? false
        }
        if namesACount() { return true }
        return joined[range.upperBound - 1] != Bytes.dot
            && !joined[range].indices.contains {
                joined[$0] == Bytes.dot && $0 + 1 < range.upperBound && joined[$0 + 1] == Bytes.space
            }
    }

    /// The indices of the times in a unit.
    private func times(in unit: borrowing Unit) -> Range<Int> {
        let span = source.span(unit.phrase.text.sourceRange(unit.range))
        return entityStarts.times.indices(startingIn: span.start.offset..<span.end.offset) { $0 }
    }

    // MARK: One unit

    /// Appends the unit's commitment, if it is one, and gives its actors (which a list under it inherits even when
    /// the unit is only a heading such as "Woningstichting Noord:").
    private mutating func readCommitment(
        _ unit: borrowing Unit, previous: [String], leadIn: LeadIn?, item: Int, prefix: String
    ) -> [String] {
        // The unit's bytes stay in its block's joined text, where its words' ranges point.
        let mapped = unit.phrase.text
        let joined = mapped.bytes
        let range = unit.range
        guard !range.isEmpty else { return [] }
        let lastByte = joined[range.upperBound - 1]
        let words = unit.words
        // A list item that goes on with its lead-in's sentence ("Corporaties spannen zich in om:" + "de huren te
        // matigen;", "Noord realiseert in 2027:" + "8 tijdelijke woningen.") says as firmly as the lead-in, unless it
        // says otherwise.
        let continuesLeadIn =
            unit.isListItem
            && (Bytes.isLowerLetter(in: joined, at: range.lowerBound) || Bytes.isDigit(joined[range.lowerBound]))
        // References in the unit, with the index of the word each starts at.
        let unitRange = mapped.sourceOffset(words[0].range.lowerBound)..<(mapped.sourceOffset(range.upperBound - 1) + 1)
        // References are sorted by where they start: the unit's are one run, found by halving.
        let inUnit = references.indices(startingIn: unitRange) { $0.range.lowerBound }
        var found = take(&foundBuffer, leaving: [])
        defer {
            found.removeAll(keepingCapacity: true)
            foundBuffer = found
        }
        for reference in references[inUnit] {
            // Words are in text order: the first at or after the reference, and the last before its end.
            func firstWord(from offset: Int) -> Int {
                words.firstIndex(startingAtOrAfter: offset) { mapped.sourceOffset($0.range.lowerBound) }
            }
            let start = firstWord(from: reference.range.lowerBound)
            guard start < words.count else { continue }
            let end = max(start, firstWord(from: reference.range.upperBound) - 1)
            found.append((start, end, reference.parties))
        }
        found.sort { $0.word < $1.word }
        // "Bouwen: dit onderdeel …", "Informeren over …": a list item that opens with an infinitive names a topic;
        // one that opens with a name ending in "en" ("Heuvelwonen beperkt …") does not.
        let opensWithInfinitive =
            unit.isListItem && range.count > 2 && Bytes.isUpperLetter(in: joined, at: range.lowerBound)
            && words.first.map { joined[$0.range].suffix(2).elementsEqual("en".utf8) } == true
            && found.first?.word != 0
        var actors: [String] = []
        var phrase: Range<Int>?
        // "De gemeente:" + "- betaalt de huurdersraad een subsidie": an item that opens with its verb under a lead-in
        // that names who has its subject there; a party after the verb is its object.
        let opensWithVerb = unit.isListItem && leadIn?.actors.isEmpty == false && ModalityCues.opensWithCue(words)
        // "De Woningwet schrijft voor dat corporaties …": what the law asks of a party is no party's commitment.
        let lawClause = lawClauseStart(words)
        // "Zij nodigen de huurdersvereniging uit": after a pronoun that opens the sentence, a party is an object; the
        // subject is carried over (below). "Wij (gemeente en corporaties) …" says in brackets who.
        let pronounSubject =
            words.count > 2 && Self.thirdPersons.contains(words[0].key) && !Self.isSign(1, words, joined, 0x28)
            && !Self.isSign(1, words, joined, 0x2C)
        // "Als de gemeente de grond levert, bouwt Vivare …": a clause of condition or time sets when; the main
        // clause after its comma says who acts and how, where it names a party ("Als onderdeel van de wijkaanpak
        // organiseert Vivare een schouw, samen met de gemeente" opens with no such clause). Where neither names one,
        // the main clause still says how firmly ("Waar niets is afgesproken, blijven de afspraken gelden").
        let afterClause = Self.mainClauseStart(words, joined)
        let main =
            afterClause > 0
                && (found.contains { $0.word >= afterClause && !Self.isAfterPreposition($0.word, words) }
                    || !found.contains { $0.word < afterClause })
            ? afterClause : 0
        // The subject: the first group of references not after a preposition, within the first words.
        if !pronounSubject, !opensWithVerb,
            let first = found.firstIndex(where: {
                $0.word >= main && $0.word - main < 16 && $0.word < lawClause
                    && !Self.isAfterPreposition($0.word, words)
            })
        {
            // The group runs on while the next reference joins it (see `joins`).
            var stop = first + 1
            while stop < found.count, Self.joins(found[stop - 1], found[stop], words) { stop += 1 }
            let group = found[first..<stop]
            let groupEnd = group.reduce(found[first].end) { max($0, $1.end) }
            // "De corporaties worden betrokken bij …": the subject of a passive is not who acts.
            let isPassive = (groupEnd + 1...groupEnd + 2).contains {
                $0 < words.count && Self.passive.contains(words[$0].key)
            }
            if !isPassive {
                // One reference's parties are shared as they are, not copied.
                actors = group.count == 1 ? group[first].parties : group.flatMap(\.parties)
                phrase = found[first].word..<(groupEnd + 1)
                // "gemeente inventariseert …, corporaties inventariseren …", "…; de corporaties werken hieraan mee": a
                // clause after a comma or semicolon with its own subject and verb adds its actors.
                for clause in found where clause.word > groupEnd && Self.startsClause(clause.word, words, joined) {
                    var clauseEnd = clause.end + 1
                    while clauseEnd < words.count, !Self.isCommaOrSemicolon(clauseEnd, words, joined) {
                        clauseEnd += 1
                    }
                    let verbs = words.run((clause.end + 1)..<clauseEnd)
                    if ModalityCues.cue(in: verbs, afterSubject: 0) != nil { actors += clause.parties }
                }
            }
        }
        // An item that opens with its verb ("houdt elk kwartaal overleg;", "Houdt de huur onder € 650.") has its
        // subject in the lead-in or the heading.
        let verbFirst = unit.isListItem && phrase == nil ? 0 : nil
        let ownCue =
            opensWithInfinitive
            ? nil
            : main == 0
                ? ModalityCues.cue(in: words, afterSubject: phrase?.upperBound ?? verbFirst)
                : ModalityCues.cue(in: words.run(main..<words.count), afterSubject: phrase.map { $0.upperBound - main })
        let isListItem = unit.isListItem
        var cue =
            ownCue
            ?? leadIn?.cue.flatMap { inherited in
                // Under "Partijen spreken het volgende af:" each item is agreed, whole sentence or not.
                continuesLeadIn || (isListItem && Self.isFragment(joined, range))
                    || ModalityCues.agreementCues.contains(inherited.1) ? inherited : nil
            }
        // "Partijen spreken af dat Vivare in 2027 40 woningen bouwt", "Afgesproken is dat de gemeente …": what all
        // agree, the party named right after "dat" does, as firmly as its clause says.
        // "dat" first: a key compared costs less than a cue's string hashed.
        if let agreed = ownCue, let dat = (0..<min(words.count, 12)).first(where: { words[$0].key == Keys.dat }),
            ModalityCues.agreementCues.contains(agreed.1),
            let first = found.firstIndex(where: {
                $0.word == dat + 1
                    || ($0.word == dat + 2 && (words[dat + 1].key == Keys.de || words[dat + 1].key == Keys.het))
            })
        {
            var stop = first + 1
            while stop < found.count, Self.joins(found[stop - 1], found[stop], words) { stop += 1 }
            actors = stop == first + 1 ? found[first].parties : found[first..<stop].flatMap(\.parties)
            let subject = found[first].word..<(found[first..<stop].map(\.end).max()! + 1)
            phrase = subject
            // How firmly is the clause's to say: "… dat Vivare zich inspant" is agreed effort.
            let clause = words.run((dat + 1)..<words.count)
            if let own = ModalityCues.cue(in: clause, afterSubject: subject.upperBound - dat - 1) { cue = own }
        }
        // "De huurdersorganisaties ontvangen van de corporaties uiterlijk 1 mei het concept-bod": who gives delivers.
        if cue == nil, let subject = phrase, subject.upperBound < words.count,
            Self.receives.contains(words[subject.upperBound].key),
            let giver = found.first(where: { $0.word > subject.upperBound && Self.isAfterVan($0.word, words) })
        {
            actors = giver.parties
            phrase = giver.word..<(giver.end + 1)
            let verb = String(decoding: joined[words[subject.upperBound].range], as: UTF8.self)
            cue = (.result, verb.lowercased() + " van")
        }
        // "Voor de corporaties geldt dat zij …": the party the rule is for.
        if actors.isEmpty, words.count > 3, words[0].key == Keys.voor,
            let first = found.first, first.word <= 2, first.end + 1 < words.count,
            words[first.end + 1].key == Keys.geldt
        {
            actors = first.parties
        }
        // "Het is de verantwoordelijkheid van de gemeente om …", "Het is aan de corporaties om …": whose task it is.
        if actors.isEmpty, words.count > 4, words[0].key == Keys.het, words[1].key == Keys.`is`,
            let owner = found.first(where: { Self.isOwner($0.word, words) })
        {
            actors = owner.parties
            if cue == nil { cue = (.result, "het is aan") }
        }
        // "… worden door corporaties toegerust", "Er wordt door de gemeente … opgesteld": the agent.
        if actors.isEmpty, let agent = found.first(where: { $0.word < lawClause && Self.isAfterDoor($0.word, words) }) {
            actors = agent.parties
            // "In 2027 worden door Woonbron 30 woningen opgeleverd": what a party is said to get done, it delivers.
            if cue == nil, words[..<agent.word].contains(where: { Self.passive.contains($0.key) }) {
                cue = (.result, "worden door")
            }
        }
        if actors.isEmpty, (0..<min(6, words.count)).contains(where: { Self.pronouns.contains(words[$0].key) }) {
            actors = previous
        }
        if actors.isEmpty, let leadIn { actors = leadIn.actors }
        // "De corporaties, met uitzondering van Zuid, …", "alle partijen behalve de gemeente": those do not act.
        if actors.count > 1 {
            for reference in found where Self.isExcepted(reference.word, words) {
                actors.removeAll(where: reference.parties.contains)
            }
        }
        if actors.count > 16 {
            // A set, where comparing each with those before it would grow with the square.
            var seen = Set<String>()
            actors = actors.filter { seen.insert($0).inserted }
        } else if actors.count > 1, actors.indices.contains(where: { actors[..<$0].contains(actors[$0]) }) {
            actors = actors.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } }
        }

        // "De jaarschijf 2028 wordt uiterlijk 15 december 2027 ondertekend": what is to be done by a time, no one named.
        if cue == nil, found.isEmpty, let passive = passiveWithTime(unit, words, joined) { cue = (.result, passive) }
        guard cue != nil || !actors.isEmpty else { return actors }
        // "Stichting Triada, vertegenwoordigd door …, hierna te noemen: Triada;": who a party is, not what it does.
        if ownCue == nil,
            words.indices.dropLast().prefix(25).contains(where: { index in
                let next = words[index + 1]
                return words[index].key == Keys.hierna
                    && (next.key == Keys.te || next.key == Keys.genoemd || joined[next.range.lowerBound] == Bytes.colon)
            })
        {
            return actors
        }
        // "Wat willen we bereiken?": a question heads what follows; it commits no one.
        if lastByte == 0x3F { return actors }
        // "Noord:" heads a list; the items under it say what it does. So does "Noord" alone.
        if ownCue == nil, let last = found.last,
            (words.count == last.end + 2 && lastByte == Bytes.colon)
                || (unit.isListItem && found[0].word <= 1 && words.count == last.end + 1)
        {
            return actors
        }
        // "Hierdoor kunnen wijzigingen optreden": a possibility with no one to take it is no commitment; nor is
        // what the law decides ("De Woningwet bepaalt dat …").
        if actors.isEmpty, cue?.0 == .option || lawClause < words.count { return actors }
        // "Het kabinet wil 900.000 woningen bouwen": what the state does, when no party is named, commits no party.
        if actors.isEmpty, (0..<min(2, words.count)).contains(where: { Self.lawWords.contains(words[$0].key) }) {
            return actors
        }
        // A statement is a sentence, not a name or a heading: four words or more, ending as a sentence or listed.
        if cue == nil, leadIn?.ownsWhatField != true,
            words.count < 4 || !(unit.isListItem || [Bytes.dot, Bytes.colon, 0x3B].contains(lastByte))
        {
            return actors
        }
        let text = String(decoding: joined[range], as: UTF8.self)
        let sourceRange = mapped.sourceRange(unit.range)
        let span = source.span(sourceRange)
        if actors.isEmpty { diagnostics.append(.commitmentWithoutActor(text, span)) }

        var actorPhrase: String?
        var action = text
        if let phrase {
            let start = words[phrase.lowerBound].range.lowerBound
            let end = words[phrase.upperBound - 1].range.upperBound
            actorPhrase = String(decoding: joined[start..<end], as: UTF8.self)
            if start == range.lowerBound {
                action = String(decoding: joined[end..<range.upperBound].drop { $0 == Bytes.space }, as: UTF8.self)
            }
        }
        let original = span.start.offset..<span.end.offset
        // The index is in text order (see `indexEntities`): the items inside are one run, found by halving.
        func inside(_ starts: [Int]) -> [Int] { Array(starts.indices(startingIn: original) { $0 }) }
        var times = inside(entityStarts.times)
        // "In 2027 starten de volgende projecten:" + "Kloosterhof: 24 appartementen": an item that says nothing of
        // its own but completes its lead-in takes the lead-in's time.
        if times.isEmpty, ownCue == nil, let inherited = leadIn?.times, !inherited.isEmpty,
            continuesLeadIn || (isListItem && Self.isFragment(joined, range))
        {
            times = Array(inherited)
        }
        let amounts = inside(entityStarts.amounts)
        // "De gemeente draagt € 25.000 bij aan het fonds": a sum contributed is delivered, not strived for.
        if let found = cue, found.0 == .effort, !amounts.isEmpty, Self.contributions.contains(found.1) {
            cue = (.result, found.1)
        }
        let wId = wId(for: joined[range])
        commitments.append(
            Commitment(
                eId: "\(prefix)__item_\(item)", wId: wId, location: unit.location, text: text,
                actors: actors,
                actorPhrase: actorPhrase, action: action, modality: cue?.0 ?? .statement, cue: cue?.1,
                times: times, frequencies: inside(entityStarts.frequencies),
                amounts: amounts, percentages: inside(entityStarts.percentages),
                counts: inside(entityStarts.counts), span: span)
        )
        return actors
    }

    /// The block's text and words from the block builder, or made again for a block it did not build.
    func phrase(of block: borrowing Block) -> Phrase {
        texts[block.span.start.offset] ?? Phrase(source.joinedText(of: block), source: source)
    }

    /// "wordt … ondertekend", for a present passive whose participle ends the sentence and that names a time: the
    /// cue as written, or nil.
    private func passiveWithTime(_ unit: borrowing Unit, _ words: WordRun, _ bytes: [UInt8]) -> String? {
        guard var last = words.indices.last else { return nil }
        if words[last].kind == .sign { last -= 1 }
        guard last > 1, words[last].kind == .word, let participle = words[last].range.last,
            Bytes.isLowerLetter(in: bytes, at: words[last].range.lowerBound),
            [0x64, 0x74, 0x6E].contains(bytes[participle]),  // d, t, n: "ondertekend", "opgesteld", "gezien"
            let auxiliary = (0..<last).first(where: { Self.presentPassive.contains(words[$0].key) }),
            !times(in: unit).isEmpty
        else { return nil }
        let written = { (word: Int) in String(decoding: bytes[words[word].range], as: UTF8.self).lowercased() }
        return written(auxiliary) + " " + written(last)
    }
    private static let presentPassive = KeywordSet(words: ["wordt", "worden"])

    /// Where the main clause starts after an opening clause of condition or time ("Als …, ", "Nadat …, "): the
    /// word after its comma; 0 when the sentence opens with its main clause.
    private static func mainClauseStart(_ words: WordRun, _ bytes: [UInt8]) -> Int {
        guard words.count > 3, Self.subordinators.contains(words[0].key),
            words[0].key != Keys.waar || !Self.adverbsAfterWaar.contains(words[1].key),
            let comma = (1..<min(words.count - 1, 30)).first(where: { Self.isSign($0, words, bytes, 0x2C) })
        else { return 0 }
        return comma + 1
    }
    private static let subordinators = KeywordSet(words: [
        "als", "indien", "wanneer", "nadat", "zodra", "voordat", "zolang", "mits", "tenzij", "omdat", "doordat",
        "hoewel", "terwijl", "mocht", "mochten", "waar", "aangezien", "ingeval", "totdat",
    ])
    /// "Waar nodig ondersteunt de gemeente …": an adverb, no clause.
    private static let adverbsAfterWaar = KeywordSet(words: ["nodig", "mogelijk", "gewenst", "wenselijk", "relevant"])

    private static func isSign(_ word: Int, _ words: WordRun, _ bytes: [UInt8], _ sign: UInt8) -> Bool {
        word < words.count && words[word].range.count == 1 && bytes[words[word].range.lowerBound] == sign
    }

    /// Whether the word opens a clause: right after a comma or semicolon (the scanner keeps them as words), an
    /// article between them or not ("…; de corporaties").
    private static func startsClause(_ word: Int, _ words: WordRun, _ bytes: [UInt8]) -> Bool {
        guard word > 0 else { return false }
        if word > 1, words[word - 1].key == Keys.de || words[word - 1].key == Keys.het {
            return Self.isCommaOrSemicolon(word - 2, words, bytes)
        }
        return Self.isCommaOrSemicolon(word - 1, words, bytes)
    }

    private static func isCommaOrSemicolon(_ word: Int, _ words: WordRun, _ bytes: [UInt8]) -> Bool {
        Self.isSign(word, words, bytes, 0x2C) || Self.isSign(word, words, bytes, 0x3B)
    }

    /// Whether a reference goes on with the subject before it: over the same words, after joiners only
    /// ("gemeente en corporaties"), or right after a collective word that includes its party ("de
    /// huurdersorganisatie Huurdersvereniging Stad"); not "de gemeente Triada", a subject and its object.
    private static func joins(_ previous: FoundReference, _ next: FoundReference, _ words: WordRun) -> Bool {
        if next.word <= previous.end { return true }
        if next.word == previous.end + 1 { return next.parties.contains(where: previous.parties.contains) }
        // "Zowel de gemeente als de corporaties", "Niet alleen de corporaties, maar ook de gemeente".
        let opensPair = (max(0, previous.word - 2)..<previous.word).contains { pairOpeners.contains(words[$0].key) }
        return ((previous.end + 1)..<next.word).allSatisfy {
            joiners.contains(words[$0].key) || (opensPair && pairClosers.contains(words[$0].key))
        }
    }
    private static let contributions: Set = ["draagt bij", "dragen bij"]
    private static let pairOpeners = KeywordSet(words: ["zowel", "alleen"])
    private static let pairClosers = KeywordSet(words: ["als", "maar", "ook"])

    /// "door (de) gemeente", not "de door de corporaties genoemde bedragen" or "dit door de gemeente op te stellen
    /// plan", where the party describes a thing and acts in no clause of its own.
    private static func isAfterDoor(_ word: Int, _ words: WordRun) -> Bool {
        var before = word - 1
        while before >= 0, Self.determiners.contains(words[before].key) { before -= 1 }
        guard before >= 0, words[before].key == Keys.door else { return false }
        let describes = before > 0 && Self.demonstratives.contains(words[before - 1].key)
        let toInfinitive = (word + 1..<min(word + 4, words.count)).contains { words[$0].key == Keys.te }
        return !describes && !toInfinitive
    }

    /// Where "dat" opens a clause governed by the law or the state ("De Woningwet schrijft voor dat …", "Het Rijk
    /// verwacht dat …"), when no party is named before it; else past the end.
    private func lawClauseStart(_ words: WordRun) -> Int {
        guard let dat = words.prefix(12).firstIndex(where: { $0.key == Keys.dat }),
            words[..<dat].contains(where: { Self.lawWords.contains($0.key) })
        else { return words.count }
        return dat
    }

    private static func isAfterVan(_ word: Int, _ words: WordRun) -> Bool {
        var before = word - 1
        while before >= 0, Self.determiners.contains(words[before].key) { before -= 1 }
        return before >= 0 && words[before].key == Keys.van
    }
    private static let receives = KeywordSet(words: ["ontvangt", "ontvangen", "krijgt", "krijgen"])

    private static func isAfterPreposition(_ word: Int, _ words: WordRun) -> Bool {
        var before = word - 1
        while before >= 0, Self.determiners.contains(words[before].key) { before -= 1 }
        return before >= 0 && Self.prepositions.contains(words[before].key)
    }

    /// "c_" and the FNV-1a of the letters and digits, lower case: the same words give the same id anywhere.
    private mutating func wId(for text: ArraySlice<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        text.withUnsafeBufferPointer { text in
            // Letters and digits are gathered first, without a branch, then hashed: a blank or sign every few
            // letters made a branch on each byte mispredict often.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { kept in
                var count = 0
                for byte in text {
                    let isLetter = (byte | 0x20) &- 0x61 < 26
                    kept[count] = isLetter ? byte | 0x20 : byte
                    count += isLetter || byte &- 0x30 < 10 || byte >= 0x80 ? 1 : 0
                }
                for byte in kept[..<count] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
        }
        // Counted in place: one lookup, where reading and then writing hashed the key twice.
        func increment(_ count: inout Int) -> Int {
            count += 1
            return count
        }
        return Self.wIdText(hash, uses: increment(&usedWIds[hash, default: 0]))
    }

    /// "c_" and the hash in lower-case hex, "_2" on a repeat: written into the string at once, one allocation.
    private static func wIdText(_ hash: UInt64, uses: Int) -> String {
        let digits = max(1, (64 - hash.leadingZeroBitCount + 3) / 4)
        let suffix = uses == 1 ? "" : "_\(uses)"
        return String(unsafeUninitializedCapacity: 2 + digits + suffix.utf8.count) { out in
            out[0] = 0x63  // c
            out[1] = 0x5F  // _
            for digit in 0..<digits {
                let nibble = UInt8(truncatingIfNeeded: hash >> (4 * (digits - 1 - digit))) & 0x0F
                out[2 + digit] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            var end = 2 + digits
            for byte in suffix.utf8 {
                out[end] = byte
                end += 1
            }
            return end
        }
    }
}

extension Diagnostic {
    static func commitmentWithoutActor(_ text: String, _ span: SourceSpan) -> Diagnostic {
        // Sixty characters at most, counted no further than that: counting a long text's characters is slow.
        let cut = text.index(text.startIndex, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
        let shown = cut == text.endIndex ? text : String(text[..<cut]) + "…"
        return Diagnostic(
            .warning, "commitment-without-actor", "no party named or carried over for \"\(shown)\"", span: span)
    }
}
