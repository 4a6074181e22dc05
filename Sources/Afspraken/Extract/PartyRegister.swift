import Foundation

/// Builds the register of parties from the document: the signatories, the list of parties with its
/// "hierna te noemen" names, the municipality, and organisations the text names by a known kind of name.
/// Then finds where each is mentioned, and which collective words ("corporaties", "partijen") point at whom.
struct PartyRegister {
    let source: SourceText
    /// The whole text's words, read once for every search below.
    private let words: [Word]
    private(set) var parties: [Party] = []
    private(set) var references: [PartyReference] = []
    /// "Rivierdal" of "Gemeente Rivierdal": a place, so no short name of "Woonstichting Rivierdal".
    private let municipalityName: String?
    /// Names that go on after "en", by their words' keys, as found (see `nameGoingOnWithEn`).
    private var namesGoingOnWithEn: [[UInt64]: Bool] = [:]
    /// Where sentences and lines start, and names after a kind of organisation ("de woningcorporatie Seyster
    /// Veste"), by their first word's key (see `isUnknownSignatory`); made when needed.
    private var nameStarts: [UInt64: [Int]]?

    init(source: SourceText, document: Document) {
        self.source = source
        self.words = WordScanner.words(in: source.bytes)
        municipalityName = document.municipality?.text
        for signatory in document.signing?.signatories ?? [] { add(signatory.text, signs: true) }
        // "Inleiding" before chapter 1 (see `OutlineBuilder.introductions`) may say who the parties are, as a cover
        // does.
        let isIntroduction =
            document.chapters.first?.number == nil && document.chapters.dropFirst().contains { $0.number != nil }
        let introduction = isIntroduction ? document.chapters[0].blocks : []
        for block in document.frontMatter + introduction + (document.signing?.blocks ?? []) {
            addDefinitions(in: block)
        }
        takeOtherSignatoriesAsAssociations()
        if let municipality = document.municipality { add("Gemeente " + municipality.text, signs: false) }
        addNamedOrganisations()
        addListedOrganisations()
        for block in document.frontMatter + introduction where block.text.utf8.count <= 300 {
            addPartiesListed(in: block)
        }
        addPartiesInColumns(document.frontMatter)
        takeNamesInSigningAsSignatories(document.signing?.blocks ?? [])
        // "Woonstichting Noordkade (WNK)": an abbreviation after a name is a name too, found in a second pass.
        if findMentions() { findMentions() }
        for index in parties.indices { parties[index].mentions.sort { $0.start.offset < $1.start.offset } }
        findReferences()
    }

    // MARK: Names

    private static let blanksAndPunctuation = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    /// The name without blanks and punctuation around it; most names have none, and Foundation's trimming costs
    /// microseconds even then.
    private static func trimmed(_ written: String) -> String {
        let utf8 = written.utf8
        if let first = utf8.first, let last = utf8.last, Bytes.isASCIILetter(first) || Bytes.isDigit(first),
            Bytes.isASCIILetter(last) || Bytes.isDigit(last)
        {
            return written
        }
        return written.trimmingCharacters(in: blanksAndPunctuation)
    }

    /// Past this many parties, only equal names are one (see `add`).
    private static let closeMatchLimit = 64

    /// Adds a name, or merges it into the party it is a damaged or shorter form of.
    private mutating func add(_ written: String, signs: Bool, alias: String? = nil, role known: Party.Role? = nil) {
        // A name found again, the common case, needs none of the work below; with a role, when the party has it.
        if alias == nil,
            parties.contains(where: {
                ($0.name == written || $0.aliases.contains(written)) && (known == nil || $0.role == known)
                    && (!signs || $0.isSignatory)
            })
        {
            return
        }
        var name = Self.trimmed(written)
        guard name.count >= 2 else { return }
        // "namens de gemeente Zandvoort": the kind of organisation opens its name with a capital ("deltaWonen" stays).
        if let first = name.utf8.first, Bytes.isASCIILower(first),
            case let bytes = Array(name.utf8),
            SigningReader.organisationWords.contains(where: { Bytes.matches(bytes, at: 0, $0) })
        {
            name = name.prefix(1).uppercased() + name.dropFirst()
        }
        let role = known ?? Self.role(of: name)
        // "namens Woonpartners," signs; "Stichting Woonpartners Midden-Holland, hierna te noemen: Woonpartners"
        // gives its full name.
        let defined = alias.flatMap { alias in parties.firstIndex { $0.name == alias || $0.aliases.contains(alias) } }
        // An agreement has a handful of parties. Past `closeMatchLimit` names (a list of organisations, a table
        // misread as signatures), only equal names are one: comparing every pair's letters grew with their square.
        let same =
            parties.count <= Self.closeMatchLimit
            ? parties.firstIndex { Self.isSameOrganisation($0, name, role: role) }
            : parties.firstIndex { $0.name == name || $0.aliases.contains(name) }
        if let index = defined ?? same {
            // "Stichting Bo-Ex" signs; "de woningcorporaties Bo-Ex, …" says what it is; so does a full name.
            if parties[index].role == .other, case let named = known ?? role, named != .other {
                parties[index].role = named
                parties[index].id = Self.id(for: parties[index].name, role: named)
            }
            // OCR loses letters more often than it adds them: the longer form is the better name.
            if name.count > parties[index].name.count {
                parties[index].aliases.append(parties[index].name)
                parties[index].name = name
                parties[index].id = Self.id(for: name, role: parties[index].role)
                if parties[index].role == .housingAssociation {
                    for short in associationAliases(name) where !parties[index].aliases.contains(short) {
                        parties[index].aliases.append(short)
                    }
                }
            } else if name != parties[index].name, !parties[index].aliases.contains(name) {
                parties[index].aliases.append(name)
            }
            parties[index].isSignatory = parties[index].isSignatory || signs
            if let alias, !parties[index].aliases.contains(alias) { parties[index].aliases.append(alias) }
            return
        }
        let id = Self.id(for: name, role: role)
        // Ids name parties in commitments: a name that differs from a party's only as its id does ("Gemeente
        // HEERDE") is that party's.
        if let index = parties.firstIndex(where: { $0.id == id }) {
            for other in [name, alias].compactMap({ $0 }) where other != parties[index].name {
                if !parties[index].aliases.contains(other) { parties[index].aliases.append(other) }
            }
            parties[index].isSignatory = parties[index].isSignatory || signs
            return
        }
        var aliases = role == .housingAssociation ? associationAliases(name) : []
        if let alias, alias != name, !aliases.contains(alias) { aliases.append(alias) }
        parties.append(
            Party(id: id, name: name, role: role, isSignatory: signs, aliases: aliases, mentions: []))
    }

    /// Prestatieafspraken are made by the municipality, housing associations and tenants' organisations (Woningwet,
    /// article 44): a signatory that is neither of the other two, and whose name names no other kind of
    /// organisation, is a housing association ("Vivare", "Stichting Thuisbaken").
    private mutating func takeOtherSignatoriesAsAssociations() {
        for index in parties.indices where parties[index].isSignatory && parties[index].role == .other {
            guard Self.roleOfParty(parties[index].name) == .housingAssociation else { continue }
            parties[index].role = .housingAssociation
            parties[index].id = Self.id(for: parties[index].name, role: .housingAssociation)
            for alias in associationAliases(parties[index].name) where !parties[index].aliases.contains(alias) {
                parties[index].aliases.append(alias)
            }
        }
    }

    /// The role of a party to the agreement: by its name, and else a housing association unless the name names
    /// another kind of organisation. ("Woonzorg Nederland" is an association by its name: it has "woon" in it.)
    private static func roleOfParty(_ name: String) -> Party.Role {
        let role = role(of: name)
        guard role == .other else { return role }
        let lower = name.lowercased()
        return otherKinds.contains(where: lower.includes) ? .other : .housingAssociation
    }

    /// "Rentree" alone on a line of the signing block, or over the one who signs ("Vecht en Omstreken" over "ing. P.
    /// de Groot"): a party the text names elsewhere signs, though its name has no kind word for the signing reader
    /// to know it by.
    private mutating func takeNamesInSigningAsSignatories(_ blocks: [Block]) {
        for block in blocks {
            for (line, span) in block.lines.enumerated()
            where block.lines.count == 1 || (line + 1 < block.lines.count && opensWithPerson(block.lines[line + 1])) {
                let range = source.offset(of: span.start)..<source.offset(of: span.end)
                let name = Self.trimmed(source.string(range))
                if let index = parties.firstIndex(where: { $0.name == name || $0.aliases.contains(name) }) {
                    parties[index].isSignatory = true
                } else if isUnknownSignatory(range) {
                    add(name, signs: true, role: Self.roleOfParty(name))
                }
            }
        }
    }

    /// "Wooncompagnie" alone on a line of the signing, a name of capitalised words that the text has not met as a
    /// party: one by its name ("woon", "huurder"), or one that opens a sentence before the signing ("Wooncompagnie
    /// bouwt 20 woningen.") or follows a kind of organisation there ("de woningcorporatie Seyster Veste"). Not
    /// "Handtekening", "Voor akkoord", a place, or a person without initials.
    private mutating func isUnknownSignatory(_ line: Range<Int>) -> Bool {
        let inLine = words.indices(startingIn: line) { $0.range.lowerBound }
        guard (1...5).contains(inLine.count), isNameWord(inLine.lowerBound),
            inLine.allSatisfy({ isNameWord($0) || Self.nameJoiners.contains(words[$0].key) }),
            !source.bytes[line].contains(where: Bytes.isDigit),
            // One name, not names in columns ("Gemeente Zwolle   deltaWonen   SWZ").
            TableLayout.cells(in: line, lineStart: line.lowerBound, source.bytes).count == 1,
            !SigningReader.headings.contains(source.string(line).lowercased())
        else { return false }
        if Self.role(of: source.string(line)) != .other { return true }
        let keys = inLine.map { words[$0].key }
        if nameStarts == nil {
            // Found once for all the lines of the signing: a long one would look through the text for each.
            var starts: [UInt64: [Int]] = [:]
            for start in words.indices
            where start == 0 || isSign(start - 1, Bytes.dot)
                || source.bytes[words[start].range.lowerBound - 1] == Bytes.newline
                || Self.organisationKeys.contains(words[start - 1].key) || words[start - 1].key == Keys.corporatie
            {
                starts[words[start].key, default: []].append(start)
            }
            nameStarts = starts
        }
        return (nameStarts?[keys[0]] ?? []).contains { start in
            start + keys.count <= inLine.lowerBound && keys.indices.allSatisfy { words[start + $0].key == keys[$0] }
        }
    }

    /// "P. de Groot", "ing. P. de Groot", "mevrouw I. Tijsen": initials within the first two words.
    private func opensWithPerson(_ line: SourceSpan) -> Bool {
        let bytes = source.bytes
        var index = source.offset(of: line.start)
        let end = source.offset(of: line.end)
        for _ in 0..<2 {
            while index < end, Bytes.isBlank(bytes[index]) { index += 1 }
            if index + 1 < end, Bytes.isASCIIUpper(bytes[index]), bytes[index + 1] == Bytes.dot { return true }
            while index < end, !Bytes.isBlank(bytes[index]) { index += 1 }
        }
        return false
    }

    /// Words in the name of an organisation that signs some agreements but is no housing association.
    private static let otherKinds = [
        "zorg", "welzijn", "ggz", "provincie", "waterschap", "college", "kantoor", "bouwbedrijf", "ontwikkel",
        "makelaar", "bank", "gemeenten", "regio",
    ]

    /// "Vivare, rechtsgeldig vertegenwoordigd door …, hierna te noemen: ‘Vivare’."
    private mutating func addDefinitions(in block: Block) {
        let text = block.text
        guard
            let (offset, length) = text.utf8Offset(of: "hierna te noemen").map({ ($0, 16) })
                ?? text.utf8Offset(of: "hierna:").map({ ($0, 7) })
        else { return }
        let marker = text.index(atUTF8Offset: offset)..<text.index(atUTF8Offset: offset + length)
        var head = text[..<marker.lowerBound]
        // "De gemeente Hoorn, hierna: de gemeente": the article is no part of the name.
        if head.hasPrefix("De ") || head.hasPrefix("de ") { head = head.dropFirst(3) }
        var name = head.split(separator: ",").first.map(String.init) ?? String(head)
        // "Huurdersbelangenvereniging Zuidplas (HBV)": the abbreviation is found as a name of its own later.
        if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) {
            name = String(name[..<open.lowerBound])
        }
        var defined = text[marker.upperBound...].drop { " :".contains($0) }
        let quotes: Set<Character> = ["'", "\"", "‘", "’", "“", "”", "`"]
        if let first = defined.first, quotes.contains(first) {
            defined = defined.dropFirst().prefix { !quotes.contains($0) }
        } else {
            defined = defined.prefix { !",.;".contains($0) }
        }
        let alias = defined.trimmingCharacters(in: .whitespaces)
        // A name is capitalised words ("Gemeente Rheden", "Vivare"); "Gemeente, Vivare en de HVR gezamenlijk ook
        // te noemen: ‘partijen’" and "Voor u liggen … (hierna: gemeenten)" define no single party.
        let joiners: Set<String> = ["van", "de", "der", "den", "voor", "'t", "'s"]
        let words = name.split(separator: " ")
        // "gemeente Hoorn" is capitalised as a name where it opens one (see `add`).
        let opensWithKind = name.utf8.first.map(Bytes.isASCIILower) == true && Self.role(of: name) == .municipality
        guard (1...6).contains(words.count), !alias.isEmpty, alias.lowercased() != "partijen",
            words.enumerated().allSatisfy({ index, word in
                word.first?.isUppercase == true || joiners.contains(String(word)) || (index == 0 && opensWithKind)
            })
        else { return }
        add(name, signs: true, alias: alias)
    }

    /// Organisations named by a known kind of name anywhere in the text: "Woningstichting Noord",
    /// "Huurderbelangenvereniging de Eendracht". Municipalities come from the metadata instead.
    private mutating func addNamedOrganisations() {
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.kind == .word, Bytes.isASCIIUpper(source.bytes[word.range.lowerBound]),
                Self.organisationKeys.contains(word.key), word.key != Keys.gemeente
            {
                var end = nameEnd(after: index)
                if end > index + 1, let longer = nameGoingOnWithEn(index + 1, end) { end = longer }
                if end > index + 1 { add(text(index..<end), signs: false) }
                index = end
            } else {
                index += 1
            }
        }
    }

    /// "de woningcorporaties Ons Doel, De Sleutels, Portaal en DUWO": names listed after a collective word; and
    /// "Partijen: gemeente Lansingerland, Woonpartners, Vestia en …", the parties to the agreement.
    private mutating func addListedOrganisations() {
        // Read once, not behind a lazy global's check at every word.
        let (partijen, listWords) = (Keys.partijen, Self.listWords)
        for index in words.indices {
            let isPartyList = words[index].key == partijen && isSign(index + 1, Bytes.colon)
            let role = listWords[words[index].key]
            guard isPartyList || (role != nil && !namesOthers(before: index)) else { continue }
            var cursor = index + 1
            if isSign(cursor, Bytes.colon) { cursor += 1 }
            while cursor < words.count {
                // "gemeente Lansingerland": a kind of organisation in lower case opens a name here too.
                let opensWithKind = Self.organisationKeys.contains(words[cursor].key)
                let end = nameEnd(after: opensWithKind ? cursor : cursor - 1)
                // "hanteren de corporaties de BENG-norm": a name starts with a capital, not with "de".
                guard end > cursor, opensWithKind || isNameWord(cursor) else { break }
                let name = text(cursor..<end)
                if isPartyList {
                    // The list of parties names who signs (see `Party.isSignatory`).
                    add(name, signs: true, role: Self.roleOfParty(name))
                } else if !opensWithKind {
                    // "de drie gemeenten Hillegom, Lisse en Teylingen": each the municipality of that name.
                    add(role == .municipality ? "Gemeente " + name : name, signs: false, role: role)
                }
                // ", " or " en " before the next name
                if isSign(end, 0x2C) || (end < words.count && words[end].key == Keys.en) {
                    cursor = end + 1
                } else {
                    break
                }
            }
        }
    }

    /// "stemt af met de corporaties Actium en Domesta", "de omliggende gemeenten Assen en Hoogeveen": a list after
    /// these words names organisations the parties work with, not parties.
    private func namesOthers(before index: Int) -> Bool {
        var before = index - 1
        while before >= 0, Self.listDeterminers.contains(words[before].key) || Self.others.contains(words[before].key) {
            if Self.others.contains(words[before].key) { return true }
            before -= 1
        }
        return before >= 0 && Self.othersAfter.contains(words[before].key)
    }
    private static let listDeterminers = Keys.set(["de", "het", "beide", "alle", "twee", "drie", "vier", "vijf"])
    private static let others = Keys.set(["andere", "omliggende", "overige", "naburige", "regionale", "buur"])
    private static let othersAfter = Keys.set([
        "met", "aan", "bij", "naar", "door", "via", "zonder", "tegenover", "zoals",
    ])

    /// "Partijen" over lines that each open with a party's name in a column of its own ("Gemeente Oss      vertegenwoordigd
    /// door …", "BrabantWonen      vertegenwoordigd door …"): two names or more, one with a kind word, and all sign.
    private mutating func addPartiesInColumns(_ frontMatter: [Block]) {
        lists: for index in frontMatter.indices.dropLast() where frontMatter[index].text.utf8.count <= 20 {
            let title = frontMatter[index].text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            guard ["partijen", "de partijen", "ondergetekenden", "de ondergetekenden"].contains(title) else { continue }
            var names: [String] = []
            for line in frontMatter[index + 1].lines {
                let range = source.offset(of: line.start)..<source.offset(of: line.end)
                let cells = TableLayout.cells(in: range, lineStart: range.lowerBound, source.bytes)
                // A line without a column after the name is no such list.
                guard cells.count >= 2 else { continue lists }
                names.append(source.string(cells[0].range))
            }
            guard names.count >= 2, names.contains(where: { Self.role(of: $0) != .other }) else { continue }
            for name in names { add(name, signs: true, role: Self.roleOfParty(name)) }
        }
    }

    /// "Prestatieafspraken 2027 gemeente Leusveld, Portaal, Mitros en Huurdersvereniging Leusveld", "tussen de
    /// gemeente X, Woonstichting Y en de Huurdersvereniging Z (HZ)": a line of the front matter that lists the
    /// parties, two of them at least by a kind of name, names the others too, and all of them sign.
    private mutating func addPartiesListed(in block: Block) {
        let range = source.offset(of: block.span.start)..<source.offset(of: block.span.end)
        let inBlock = words.indices(startingIn: range) { $0.range.lowerBound }
        guard var cursor = inBlock.first(where: { Self.organisationKeys.contains(words[$0].key) }) else { return }
        var names: [String] = []
        var kinds = 0
        while cursor < inBlock.upperBound {
            // "en de Huurdersvereniging …"
            if Self.nameJoiners.contains(words[cursor].key), cursor + 1 < inBlock.upperBound { cursor += 1 }
            let opensWithKind = Self.organisationKeys.contains(words[cursor].key)
            var end = min(nameEnd(after: opensWithKind ? cursor : cursor - 1), inBlock.upperBound)
            if opensWithKind, end > cursor + 1, let longer = nameGoingOnWithEn(cursor + 1, end) {
                end = min(longer, inBlock.upperBound)
            }
            guard end > cursor, opensWithKind || isNameWord(cursor) else { return }
            names.append(text(cursor..<end))
            if opensWithKind { kinds += 1 }
            cursor = end
            guard isSign(end, 0x2C) || isDash(end) || (end < inBlock.upperBound && words[end].key == Keys.en) else {
                break
            }
            cursor = end + 1
        }
        // Only the list: at most a closing sign or an abbreviation in brackets after it ("(HZ)", ".").
        guard names.count >= 3, kinds >= 2, inBlock.upperBound - cursor <= 3 else { return }
        for name in names { add(name, signs: true, role: Self.roleOfParty(name)) }
    }

    /// Where the capitalised words after word `index` end: "Ons Doel", "deltaWonen", "Bo-Ex", with "de", "van",
    /// "het" between them; words one blank apart.
    private func nameEnd(after index: Int) -> Int {
        var end = index + 1
        while end < words.count, isAdjacent(end) {
            if Self.nameJoiners.contains(words[end].key), end + 1 < words.count, isAdjacent(end + 1),
                isNameWord(end + 1)
            {
                end += 2
            } else if isNameWord(end) {
                end += 1
            } else if isSign(end, Bytes.hyphen), end + 1 < words.count, isGlued(end), isGlued(end + 1),
                words[end + 1].kind != .sign
            {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// "Woonstichting Vecht en Omstreken": a name goes on after "en" with a capitalised word that the text never
    /// writes but in this name, and writes so more than once ("Vecht en Omstreken doet …"). "Noord en Zuid" stay
    /// two where "Zuid" stands alone elsewhere. The new end, or nil.
    private mutating func nameGoingOnWithEn(_ start: Int, _ end: Int) -> Int? {
        guard end + 1 < words.count, words[end].key == Keys.en, isAdjacent(end), isAdjacent(end + 1),
            isNameWord(end + 1), !Self.organisationKeys.contains(words[end + 1].key)
        else { return nil }
        let name = (start...(end + 1)).map { words[$0].key }
        // Each name is looked for in the whole text once: a text may write it thousands of times.
        if namesGoingOnWithEn[name] == nil {
            var uses = 0
            for index in words.indices where words[index].key == name[name.count - 1] {
                let first = index - (name.count - 1)
                guard first >= 0, (0..<name.count).allSatisfy({ words[first + $0].key == name[$0] }) else {
                    uses = 0
                    break
                }
                uses += 1
            }
            namesGoingOnWithEn[name] = uses >= 2
        }
        guard namesGoingOnWithEn[name] == true else { return nil }
        let longer = nameEnd(after: end + 1)
        return nameGoingOnWithEn(start, longer) ?? longer
    }

    /// Word `index` follows the previous one after a single space, or glued to a hyphen.
    private func isAdjacent(_ index: Int) -> Bool {
        let gap = words[index].range.lowerBound - words[index - 1].range.upperBound
        return gap == 0 || (gap == 1 && source.bytes[words[index - 1].range.upperBound] == Bytes.space)
    }

    private func isGlued(_ index: Int) -> Bool { words[index].range.lowerBound == words[index - 1].range.upperBound }

    /// A capitalised word, or one with a capital or a digit inside ("deltaWonen", "ieder1").
    private func isNameWord(_ index: Int) -> Bool {
        let word = words[index]
        guard word.kind == .word else { return false }
        if Bytes.isUpperLetter(in: source.bytes, at: word.range.lowerBound) { return true }
        return Bytes.startsLowerCaseName(in: source.bytes, at: word.range.lowerBound)
    }

    private func isSign(_ index: Int, _ sign: UInt8) -> Bool {
        index < words.count && words[index].kind == .sign && source.bytes[words[index].range.lowerBound] == sign
    }

    /// "Gemeente Oss – Area Wonen – BrabantWonen": a dash, bar or bullet with blanks on both sides parts a list.
    private func isDash(_ index: Int) -> Bool {
        guard index > 0, index + 1 < words.count, words[index].kind == .sign, !isGlued(index), !isGlued(index + 1)
        else { return false }
        let sign = source.bytes[words[index].range]
        return sign.count == 1
            ? sign.first == Bytes.hyphen || sign.first == 0x7C
            : sign.elementsEqual([0xE2, 0x80, 0x93]) || sign.elementsEqual([0xE2, 0x80, 0x94])
                || sign.elementsEqual([0xE2, 0x80, 0xA2]) || sign.elementsEqual([0xC2, 0xB7])
    }

    private func text(_ range: Range<Int>) -> String {
        String(
            decoding: source.bytes[
                words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound], as: UTF8.self)
    }

    // MARK: Mentions and references

    /// Every place a party's name or alias is written, matched word by word (case aside). Returns whether it
    /// found an abbreviation in brackets after a name ("(WNK)") and added it as an alias; the mentions are then
    /// to be found again.
    @discardableResult
    private mutating func findMentions() -> Bool {
        for index in parties.indices { parties[index].mentions = [] }
        var abbreviated: [(id: String, abbreviation: String)] = []
        // A name of two letters is an abbreviation in capitals ("WR"), and found only in capitals.
        var byFirstWord: [UInt64: [(party: Int, keys: [UInt64], inCapitals: Bool)]] = [:]
        for (index, party) in parties.enumerated() {
            for name in Set([party.name] + party.aliases)
            where name.count >= 3 || (name.count == 2 && name.utf8.allSatisfy(Bytes.isASCIIUpper)) {
                let keys = WordScanner.words(in: Array(name.utf8)).map(\.key)
                if let first = keys.first { byFirstWord[first, default: []].append((index, keys, name.count == 2)) }
            }
        }
        let names = KeywordTable(byFirstWord.map { ($0.key, $0.value) })
        var position = 0
        while position < words.count {
            // The longest name written here wins: "Woningstichting Noord" is one mention, not two.
            var longest: (party: Int, length: Int)?
            for (party, keys, inCapitals) in names[words[position].key] ?? []
            where keys.count > longest?.length ?? 0 && position + keys.count <= words.count
                && keys.indices.allSatisfy({ words[position + $0].key == keys[$0] })
                && (!inCapitals || source.bytes[words[position].range].allSatisfy(Bytes.isASCIIUpper))
            {
                longest = (party, keys.count)
            }
            guard let (party, length) = longest else {
                position += 1
                continue
            }
            let range = words[position].range.lowerBound..<words[position + length - 1].range.upperBound
            parties[party].mentions.append(source.span(range))
            position += length
            if let abbreviation = abbreviation(at: position), !parties[party].aliases.contains(abbreviation),
                abbreviation != parties[party].name
            {
                parties[party].aliases.append(abbreviation)
                abbreviated.append((parties[party].id, abbreviation))
            }
        }
        for (id, abbreviation) in abbreviated { merge(named: abbreviation, into: id) }
        return !abbreviated.isEmpty
    }

    /// "namens HPW" signs, and "Huurdersvereniging Pré Wonen (HPW)" says who that is: one party, not two.
    private mutating func merge(named abbreviation: String, into id: String) {
        guard let other = parties.firstIndex(where: { $0.name == abbreviation && $0.id != id }),
            let index = parties.firstIndex(where: { $0.id == id })
        else { return }
        parties[index].isSignatory = parties[index].isSignatory || parties[other].isSignatory
        for alias in parties[other].aliases where !parties[index].aliases.contains(alias) {
            parties[index].aliases.append(alias)
        }
        parties.remove(at: other)
    }

    /// "(WNK)", "(HVR)": two to eight capitals in brackets at word `index`.
    private func abbreviation(at index: Int) -> String? {
        guard isSign(index, 0x28), isSign(index + 2, 0x29), words[index + 1].kind == .word else { return nil }
        let letters = source.bytes[words[index + 1].range]
        guard (2...8).contains(letters.count), letters.allSatisfy(Bytes.isASCIIUpper) else { return nil }
        return String(decoding: letters, as: UTF8.self)
    }

    /// Collective words and the parties they mean.
    private mutating func findReferences() {
        /// Where parties' names start (decoded offsets), made only if a collective word stands before a name.
        var mentionStarts: Set<Int>?
        let byRole = Dictionary(grouping: parties, by: \.role).mapValues { $0.map(\.id) }
        let signatories = parties.filter(\.isSignatory).map(\.id)
        let all = signatories.isEmpty ? parties.map(\.id) : signatories
        let meanings: KeywordTable<[String]> = [
            Word.key("corporaties"): byRole[.housingAssociation] ?? [],
            Word.key("woningcorporaties"): byRole[.housingAssociation] ?? [],
            Word.key("huurdersorganisaties"): byRole[.tenantsOrganisation] ?? [],
            Word.key("huurdersverenigingen"): byRole[.tenantsOrganisation] ?? [],
            Word.key("gemeenten"): byRole[.municipality] ?? [],
            Word.key("partijen"): all,
            // The parties write as "we" ("We evalueren de vorm …"): all of them, as "partijen".
            Word.key("we"): all, Word.key("wij"): all,
            Keys.gemeente: byRole[.municipality].map { Array($0.prefix(1)) } ?? [],
            // "Het college zal …", "De wethouder informeert …": the college of mayor and aldermen, and an alderman,
            // act for the municipality.
            Word.key("college"): byRole[.municipality].map { Array($0.prefix(1)) } ?? [],
            Word.key("wethouder"): byRole[.municipality].map { Array($0.prefix(1)) } ?? [],
            Word.key("gemeenteraad"): byRole[.municipality].map { Array($0.prefix(1)) } ?? [],
            // "de corporatie" and "de huurdersvereniging" name a party only where there is just one.
            Word.key("corporatie"): Self.single(byRole[.housingAssociation]),
            Word.key("woningcorporatie"): Self.single(byRole[.housingAssociation]),
            Word.key("woonstichting"): Self.single(byRole[.housingAssociation]),
            Word.key("woningstichting"): Self.single(byRole[.housingAssociation]),
            Word.key("huurdersorganisatie"): Self.single(byRole[.tenantsOrganisation]),
            Word.key("huurdersvereniging"): Self.single(byRole[.tenantsOrganisation]),
            Word.key("huurdersraad"): Self.single(byRole[.tenantsOrganisation]),
            Word.key("huurdersplatform"): Self.single(byRole[.tenantsOrganisation]),
            Word.key("huurderskoepel"): Self.single(byRole[.tenantsOrganisation]),
            // "partij" alone names no one; "iedere partij" names them all, below.
            Word.key("partij"): [],
        ]
        // "elke corporatie", "iedere huurdersorganisatie": each of them, however many there are.
        let associations = byRole[.housingAssociation] ?? []
        let tenants = byRole[.tenantsOrganisation] ?? []
        let eachMeanings: KeywordTable<[String]> = [
            Word.key("corporatie"): associations, Word.key("woningcorporatie"): associations,
            Word.key("woonstichting"): associations, Word.key("woningstichting"): associations,
            Word.key("huurdersorganisatie"): tenants, Word.key("huurdersvereniging"): tenants,
            Word.key("huurdersraad"): tenants, Word.key("huurdersplatform"): tenants,
            Word.key("huurderskoepel"): tenants, Keys.gemeente: byRole[.municipality] ?? [], Word.key("partij"): all,
        ]
        var index = 0
        while index < words.count {
            defer { index += 1 }
            // Every collective word is in `meanings`: the word before is looked at only for one of them.
            guard var ids = meanings[words[index].key] else { continue }
            // "hun (eigen) corporatie", "de eigen corporatie": each tenant's own, so every one of them.
            let own = index > 1 && words[index - 1].key == Keys.eigen && isAdjacent(index) ? 1 : 0
            let each =
                index > own && eachMeanings[words[index].key] != nil && isAdjacent(index - own)
                && (Self.each.contains(words[index - 1 - own].key)
                    || (own == 1 && Self.owners.contains(words[index - 2].key)))
            if each { ids = eachMeanings[words[index].key] ?? [] }
            guard !ids.isEmpty else { continue }
            // "Wij (gemeente en corporatie)": the words in brackets say who "we" are.
            if Self.pronouns.contains(words[index].key), isSign(index + 1, 0x28) { continue }
            // "gemeente Voorbeeld" and "Woningcorporatie Zuid" are names, found as mentions; "beide corporaties" and
            // "alle partijen" are one reference. Not "de gemeente Triada", where another party's name follows.
            if Self.singulars.contains(words[index].key), index + 1 < words.count, isAdjacent(index + 1),
                isNameWord(index + 1)
            {
                if mentionStarts == nil {
                    mentionStarts = Set(parties.flatMap { $0.mentions.map { source.offset(of: $0.start) } })
                }
                if mentionStarts?.contains(words[index + 1].range.lowerBound) != true { continue }
            }
            var start = index
            if each {
                start -= 1 + own
            } else if index > 0 && Self.quantifiers.contains(words[index - 1].key) && isAdjacent(index) {
                start -= 1
            }
            let range = words[start].range.lowerBound..<words[index].range.upperBound
            references.append(
                PartyReference(
                    text: source.bytes[range].contains(Bytes.newline)
                        ? TextJoiner.join([range], in: source.bytes)
                        : String(decoding: source.bytes[range], as: UTF8.self),
                    span: source.span(range), parties: ids))
        }
    }

    private static func single(_ ids: [String]?) -> [String] { ids?.count == 1 ? ids! : [] }

    private static let singulars = KeywordSet(words: [
        "gemeente", "corporatie", "woningcorporatie", "woonstichting", "woningstichting", "huurdersorganisatie",
        "huurdersvereniging", "huurdersraad", "huurdersplatform", "huurderskoepel",
    ])
    private static let quantifiers = Keys.set(["beide", "alle"])
    private static let pronouns = Keys.set(["we", "wij"])
    private static let each = Keys.set(["elke", "iedere", "ieder", "elk", "hun"])
    private static let owners = Keys.set(["de", "zijn", "haar"])
    private static let nameJoiners = Keys.set(["de", "van", "het", "der"])
    private static let organisationKeys = KeywordSet(words: SigningReader.organisationWords.map { "\($0)" })
    private static let listWords: KeywordTable<Party.Role> = [
        Word.key("woningcorporaties"): .housingAssociation, Word.key("corporaties"): .housingAssociation,
        Word.key("huurdersorganisaties"): .tenantsOrganisation, Word.key("gemeenten"): .municipality,
    ]

    // MARK: Kinds of names

    static func role(of name: String) -> Party.Role {
        let lower = name.lowercased()
        if lower.hasPrefix("gemeente") { return .municipality }
        if lower.includes("huurder") || lower.includes("bewoner") { return .tenantsOrganisation }
        let associationWords = [
            "woningstichting", "woonstichting", "woningcorporatie", "wooncorporatie", "woningbouwvereniging",
            "woningbouwcorporatie", "woonbedrijf",
        ]
        if associationWords.contains(where: lower.hasPrefix) { return .housingAssociation }
        // "Stichting Woonwaard", "Woonzorg Nederland", "Wonen Limburg", "deltaWonen".
        if lower.includes("woon") || lower.includes("wonen") || lower.includes("woning") { return .housingAssociation }
        return .other
    }

    /// "Woningstichting Noord" → "Noord"; a name that does not start with a kind of organisation has none.
    private static func shortName(_ name: String) -> String? {
        let words = name.split(separator: " ")
        let bytes = Array(name.utf8)
        guard words.count >= 2, SigningReader.organisationWords.contains(where: { Bytes.matches(bytes, at: 0, $0) })
        else { return nil }
        return words.dropFirst().joined(separator: " ")
    }

    /// The shorter names an association goes by: without the kind word ("Stichting Woonbron Waterland" →
    /// "Woonbron Waterland"), then by its brand ("Woonbron") or without the municipality's name ("Ymere Waterland"
    /// → "Ymere"); never the municipality's name alone, nor a word too plain to be a name ("Wonen").
    private func associationAliases(_ name: String) -> [String] {
        let short = Self.shortName(name)
        let base = short ?? name
        var place: String?
        if let municipalityName, base.hasSuffix(" " + municipalityName) {
            place = String(base.dropLast(municipalityName.count + 1))
        }
        let brand = Self.brandName(base) ?? place.flatMap { $0.count >= 4 && $0 != "Wonen" ? $0 : nil }
        return [short, brand].compactMap { $0 }.filter { $0 != name && $0 != municipalityName }
    }

    /// "Woonpartners Midden-Holland" → "Woonpartners": an association named by a word of living ("woon…") and
    /// its region is called by that word alone. Not "Wonen Limburg": "Wonen" says too little.
    private static func brandName(_ name: String) -> String? {
        guard let space = name.utf8.firstIndex(of: Bytes.space) else { return nil }
        let first = name.utf8[..<space]
        guard first.count >= 7, case let lower = first.lazy.map(Bytes.lowered),
            lower.starts(with: "woon".utf8) || lower.starts(with: "woning".utf8)
        else { return nil }
        return String(name[..<space])
    }

    static func id(for name: String, role: Party.Role) -> String {
        let base = role == .housingAssociation ? shortName(name) ?? name : name
        // Folding diacritics goes through Foundation; ASCII needs lower case only, and its letters no lookups.
        if base.utf8.allSatisfy({ $0 < 0x80 }) {
            return base.lowercased().utf8.split { !Bytes.isASCIILetter($0) && !Bytes.isDigit($0) }
                .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
        }
        let folded = base.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }

    /// The same organisation: equal names, one the start of the other ("Stichting Huurders" of "Stichting Huurders
    /// Oost en West"), or a form with letters lost ("Gemeente Voor beeld").
    private static func isSameOrganisation(_ party: Party, _ name: String, role: Party.Role) -> Bool {
        let candidates = [party.name] + party.aliases
        if candidates.contains(name) { return true }
        guard role == party.role || role == .other || party.role == .other else { return false }
        // "De Wieren" of "Woningstichting De Wieren", "Huurdersraad Elkien" of "Stichting Huurdersraad Elkien"; not
        // "Elkien" of "Huurdersraad Elkien": the tenants of Elkien are not Elkien.
        if party.role != .tenantsOrganisation || role == .tenantsOrganisation,
            candidates.contains(where: { shortName($0) == name })
        {
            return true
        }
        let letters = distinctiveLetters(name)
        return candidates.contains { known in
            if known.hasPrefix(name + " ") || name.hasPrefix(known + " ") { return true }
            let knownLetters = distinctiveLetters(known)
            return isDamaged(letters, comparedTo: knownLetters) || isDamaged(knownLetters, comparedTo: letters)
        }
    }

    /// Whether `damaged` is `name` with letters lost, as OCR leaves it ("Gemeente Voor beeld" for "Gemeente Voorbeeld"): after the
    /// kind of organisation, its letters are the name's in order, with at most a third of them missing.
    static func isDamaged(_ damaged: String, comparedTo name: String) -> Bool {
        isDamaged(distinctiveLetters(damaged), comparedTo: distinctiveLetters(name))
    }

    /// The letters of a name after the kind of organisation, lower case.
    private static func distinctiveLetters(_ text: String) -> [Character] {
        let words = text.lowercased().split(separator: " ")
        let kept = role(of: text) == .other ? words[...] : words.dropFirst()
        return Array(kept.joined().filter(\.isLetter))
    }

    private static func isDamaged(_ short: [Character], comparedTo long: [Character]) -> Bool {
        guard short.count >= 4, short.count < long.count, (long.count - short.count) * 3 <= long.count,
            short.first == long.first
        else { return false }
        var position = long.startIndex
        for letter in short {
            guard let found = long[position...].firstIndex(of: letter) else { return false }
            position = found + 1
        }
        return true
    }
}
