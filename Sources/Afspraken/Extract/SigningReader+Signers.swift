/// Who signs for each organisation: the person under its name in the same column ("Gemeente Bergdal" over "P. Jansen,
/// wethouder"), after its name on the same line ("Huurdersbelangenvereniging Bollenstreek mevrouw I. Tijsen"), or
/// under "namens …,"; a role alone on the line under the person is theirs ("J. Pietersen" over "voorzitter").
extension SigningReader {
    /// Lines looked at under a name for its person: a date or a blank cell may stand between.
    private static let reach = 4

    /// Words a person's name opens with, before or instead of initials.
    private static let titles: [StaticString] = [
        "de heer", "mevrouw", "meneer", "dhr", "mevr", "mw", "drs", "mr", "ing", "ir", "dr", "prof",
    ]
    /// Words a function opens with: "wethouder Wonen", "directeur-bestuurder", "Voorzitter".
    private static let roles: [StaticString] = [
        "wethouder", "burgemeester", "directeur", "bestuurder", "voorzitters", "voorzitter", "secretaris",
        "penningmeester",
        "gedeputeerde", "portefeuillehouder", "manager", "lid", "algemeen", "statutair", "interim",
    ]

    /// The person who signs for each signatory, where the blocks name one.
    func signers(for signatories: [TextValue], in blocks: [Block]) -> [Signer] {
        let rows = Set(blocks.flatMap { $0.lines.map { $0.start.line - 1 } }).sorted().map {
            columns(of: trimmedLine($0))
        }
        let starts = signatories.map { source.offset(of: $0.span.start) }
        var signers: [Signer] = []
        for (index, (signatory, start)) in zip(signatories, starts).enumerated() {
            guard let row = rows.firstIndex(where: { $0.contains { $0.contains(start) } }),
                let cell = rows[row].first(where: { $0.contains(start) })
            else { continue }
            // "namens Huurdersvereniging Oost en Huurdersraad HLL" over "A. Bakker en K. Visser": the second
            // organisation of the cell takes the second person.
            let place = starts[..<index].count(where: cell.contains)
            var person = rest(of: cell, after: source.offset(of: signatory.span.end)).flatMap {
                isPerson($0) ? $0 : nil
            }
            var next = row + 1
            // "Voor de gemeente Dalum," + "de wethouder Wonen," over the person: the function stands above.
            var roleAbove: Range<Int>?
            while person == nil, next < min(rows.count, row + 1 + Self.reach) {
                defer { next += 1 }
                guard let below = cellBelow(cell, of: rows[row], in: rows[next]) else { continue }
                if starts.contains(where: below.contains) { break }  // the next organisation in this column
                if isPerson(below) { person = below } else { roleAbove = roleAbove ?? role(over: below) }
            }
            // One organisation in the cell: everyone on the person's line signs for it ("J. Peters en A. Smits").
            let isAlone = starts.count(where: cell.contains) == 1
            // Each person, with a role alone on the line under them; more people right below sign too ("J. de
            // Vries, burgemeester" over "P. Jansen, wethouder").
            while let whole = person {
                person = nil
                let people = self.people(in: whole)
                let found = (isAlone ? people : [people[min(place, people.count - 1)]]).map(nameAndRole)
                var roleBelow: Range<Int>?
                if found.contains(where: { $0.role == nil }), next < rows.count,
                    let below = cellBelow(cell, of: rows[row], in: rows[next]), isRole(below)
                {
                    roleBelow = below
                    next += 1
                }
                for (name, role) in found {
                    signers.append(
                        Signer(
                            name: source.string(name), role: (role ?? roleBelow ?? roleAbove).map(source.string),
                            signatory: signatory.text, span: source.span(name)))
                }
                if next < rows.count, let below = cellBelow(cell, of: rows[row], in: rows[next]),
                    opensWithPerson(below),
                    !starts.contains(where: below.contains)
                {
                    person = below
                    next += 1
                }
            }
        }
        return signers
    }

    /// "A. Bakker en K. Visser": the people of a line, parted at an "en" before a person.
    private func people(in line: Range<Int>) -> [Range<Int>] {
        var people: [Range<Int>] = []
        var start = line.lowerBound
        var scanner = Scanner(source.bytes, range: line)
        while !scanner.isAtEnd {
            let en = scanner.offset
            // A person opens within a few words ("K. Visser", "mevrouw drs. K. Visser"): only those are looked at,
            // so that a long line is read once.
            if source.bytes[en] == Bytes.space, scanner.skip(Bytes.space), scanner.skip(word: "en"),
                scanner.skip(Bytes.space), opensWithPerson(scanner.offset..<min(line.upperBound, scanner.offset + 40))
            {
                people.append(start..<en)
                start = scanner.offset
                continue
            }
            scanner.offset = en + 1
        }
        return people + [start..<line.upperBound]
    }

    /// What follows the name in its cell, past blanks and a comma.
    private func rest(of cell: Range<Int>, after end: Int) -> Range<Int>? {
        var start = end
        while start < cell.upperBound, Bytes.isBlank(source.bytes[start]) || source.bytes[start] == 0x2C {
            start += 1
        }
        return start < cell.upperBound ? start..<cell.upperBound : nil
    }

    /// The cell of `row` that stands under `cell` of the row `above`: their columns overlap, the nearest start
    /// first. Cells parted by tabs stand in no column by where they start (a tab's width is unknown), but in order.
    private func cellBelow(_ cell: Range<Int>, of above: [Range<Int>], in row: [Range<Int>]) -> Range<Int>? {
        if isTabbed(above), isTabbed(row), let index = above.firstIndex(of: cell) {
            return index < row.count ? row[index] : nil
        }
        let columns = self.columns(cell)
        return row.filter {
            let other = self.columns($0)
            return other.lowerBound < columns.upperBound && columns.lowerBound < other.upperBound
        }.min {
            abs(self.columns($0).lowerBound - columns.lowerBound)
                < abs(self.columns($1).lowerBound - columns.lowerBound)
        }
    }

    /// Whether a tab parts the row's cells.
    private func isTabbed(_ row: [Range<Int>]) -> Bool {
        row.count > 1 && source.bytes[row[0].upperBound..<row[1].lowerBound].contains(Bytes.tab)
    }

    /// The columns a cell takes on its line.
    private func columns(_ cell: Range<Int>) -> Range<Int> {
        source.position(at: cell.lowerBound).column..<(source.position(at: cell.upperBound - 1).column + 1)
    }

    /// A name with initials or a title, without digits: "P. Jansen, wethouder", "mevrouw I. Tijsen".
    private func isPerson(_ cell: Range<Int>) -> Bool {
        !source.bytes[cell].contains(where: Bytes.isDigit) && nameStart(in: cell) != nil
    }

    /// A person's name or function first: "P. Jansen, wethouder", "wethouder J. de Vries"; not a line that names
    /// someone further on ("• Vivare, vertegenwoordigd door … X. Jansen").
    private func opensWithPerson(_ cell: Range<Int>) -> Bool {
        guard isPerson(cell) else { return false }
        var scanner = Scanner(source.bytes, range: cell)
        return nameStart(in: cell) == cell.lowerBound || Self.roles.contains { scanner.skip(word: $0) }
    }

    /// "de wethouder Wonen,": a function on the line over the person, without its article and comma.
    private func role(over cell: Range<Int>) -> Range<Int>? {
        var scanner = Scanner(source.bytes, range: cell)
        if scanner.skip(word: "de") || scanner.skip(word: "het") { scanner.skipSpace() }
        var range = scanner.offset..<cell.upperBound
        while let last = range.last, source.bytes[last] == 0x2C || Bytes.isBlank(source.bytes[last]) {
            range = range.dropLast()
        }
        return !range.isEmpty && isRole(range) ? range : nil
    }

    /// A function alone: "voorzitter", "wethouder Wonen"; no name, no date.
    private func isRole(_ cell: Range<Int>) -> Bool {
        var scanner = Scanner(source.bytes, range: cell)
        return nameStart(in: cell) == nil && !source.bytes[cell].contains(where: Bytes.isDigit)
            && Self.roles.contains { scanner.skip(word: $0) }
    }

    /// Where the name starts: the first title ("dhr.") or initial ("P.") at a word start.
    private func nameStart(in cell: Range<Int>) -> Int? {
        let bytes = source.bytes
        for index in cell where index == cell.lowerBound || bytes[index - 1] == Bytes.space {
            var scanner = Scanner(bytes, range: index..<cell.upperBound)
            if Self.titles.contains(where: { scanner.skip(word: $0) }) { return index }
            if Bytes.isASCIIUpper(bytes[index]), index + 1 < cell.upperBound, bytes[index + 1] == Bytes.dot {
                return index
            }
        }
        return nil
    }

    /// "P. Jansen, wethouder": the name, then a role after the comma; "wethouder J. de Vries": the role before the
    /// name; "vertegenwoordigd door haar voorzitter J. Jansen, hierna …": what stands between "door" and the name.
    private func nameAndRole(_ cell: Range<Int>) -> (name: Range<Int>, role: Range<Int>?) {
        guard let start = nameStart(in: cell) else { return (cell, nil) }
        let name = start..<nameEnd(from: start, in: cell)
        var before = trimmed(cell.lowerBound..<start)
        // "wethouder Wonen, mevrouw L. Hendriks": the comma parts the role from the name.
        if before.last.map({ source.bytes[$0] == 0x2C }) == true { before = trimmed(before.dropLast()) }
        var scanner = Scanner(source.bytes, range: before)
        while !scanner.isAtEnd {
            if scanner.isAtWordStart, scanner.skip(word: "door") || scanner.skip(word: "haar") {
                before = trimmed(scanner.offset..<before.upperBound)
            }
            scanner.offset += 1
        }
        // "w.g. J. Jansen": "was getekend" on a copy, no function.
        let marks = source.bytes[before].filter { Bytes.isASCIILetter($0) }.map(Bytes.lowered)
        if !before.isEmpty, marks != [0x77, 0x67] { return (name, before) }
        // After the name: ", wethouder", not ", hierna te noemen …".
        var after = name.upperBound
        while after < cell.upperBound, Bytes.isBlank(source.bytes[after]) || source.bytes[after] == 0x2C { after += 1 }
        let role = trimmed(after..<(source.bytes[after..<cell.upperBound].firstIndex(of: 0x2C) ?? cell.upperBound))
        return (name, !role.isEmpty && isRole(role) ? role : nil)
    }

    /// Where a name ends: after its titles ("de heer", "mevr. drs."), initials, particles and capitalised words;
    /// before a comma or a word in lower case ("X. Jansen gemachtigd door …").
    private func nameEnd(from start: Int, in cell: Range<Int>) -> Int {
        let bytes = source.bytes
        var scanner = Scanner(bytes, range: start..<cell.upperBound)
        var end = start
        while Self.titles.contains(where: { scanner.skip(word: $0) }) {
            _ = scanner.skip(Bytes.dot)
            end = scanner.offset
            scanner.skipSpace()
        }
        while !scanner.isAtEnd, let word = scanner.readWordWithMarks() {
            if Bytes.isUpperLetter(in: bytes, at: word.lowerBound) || bytes[word].contains(Bytes.dot) {
                end = word.upperBound
            } else if !Self.particles.contains(where: {
                var probe = Scanner(bytes, range: word)
                return probe.skip(word: $0) && probe.isAtEnd
            }) {
                break
            }
            guard scanner.skip(Bytes.space) else { break }
        }
        return end
    }
    private static let particles: [StaticString] = ["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t"]

    /// The signing with the signatories no kind word gave away ("Area Wonen, directeur-bestuurder K. de Vries"): a
    /// signing party of the register whose name opens a line or a column of the signing blocks, and who signs for it.
    func completing(_ signing: Signing, with parties: [Party]) -> Signing {
        var lines: Set<Int>?
        var added: [TextValue] = []
        // Most signing parties are signatories by their name as written: those cost no further look.
        for party in parties where party.isSignatory && !signing.signatories.contains(where: { $0.text == party.name })
        {
            let names = Set(([party.name] + party.aliases).map { $0.lowercased() })
            if lines == nil { lines = Set(signing.blocks.flatMap { $0.lines.map { $0.start.line - 1 } }) }
            let mentions = party.mentions.filter { lines!.contains($0.start.line - 1) }
            let ranges = mentions.map { source.offset(of: $0.start)..<source.offset(of: $0.end) }
            guard
                !signing.signatories.contains(where: { signatory in
                    let range = source.offset(of: signatory.span.start)..<source.offset(of: signatory.span.end)
                    return names.contains(signatory.text.lowercased()) || ranges.contains(where: range.overlaps)
                }),
                let opening = ranges.first(where: { opensCell(at: $0.lowerBound) })
            else { continue }
            added.append(TextValue(text: source.string(opening), span: source.span(opening)))
        }
        guard !added.isEmpty else { return signing }
        var signing = signing
        signing.signatories = (signing.signatories + added).sorted { $0.span.start.offset < $1.span.start.offset }
        let signers = self.signers(for: signing.signatories, in: signing.blocks)
        signing.signers = signers.isEmpty ? nil : signers
        return signing
    }

    /// Only blanks before `offset` on its line, or two of them (a column's gap).
    private func opensCell(at offset: Int) -> Bool {
        let bytes = source.bytes
        var index = offset
        while index > 0, bytes[index - 1] == Bytes.space || bytes[index - 1] == Bytes.tab {
            index -= 1
            if offset - index >= 2 || bytes[index] == Bytes.tab { return true }
        }
        return index == 0 || bytes[index - 1] == Bytes.newline
    }
}

extension Signing {
    /// Gives each signer the party id of the organisation they sign for: the party mentioned where the signatory
    /// stands, else the one of that name in any case.
    mutating func identifySigners(among parties: [Party]) {
        guard var signers else { return }
        for index in signers.indices {
            let written = signers[index].signatory
            let key = written.lowercased()
            let start = signatories.first { $0.text == written }?.span.start.offset ?? -1
            signers[index].party =
                parties.first { $0.mentions.contains { $0.start.offset <= start && start < $0.end.offset } }?.id
                ?? parties.first { ([$0.name] + $0.aliases).contains { $0.lowercased() == key } }?.id
        }
        self.signers = signers
    }
}
