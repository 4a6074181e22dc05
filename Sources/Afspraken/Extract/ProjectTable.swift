/// A table of building projects laid out in columns, as an annex gives them: a header ("Project   Corporatie
/// Aantal   Type   Start bouw"), then a line per project with its number of homes under "Aantal". Columns are
/// found by where the header's cells start, as for a table of agreements (`TableLayout`).
struct ProjectTable {
    /// What a column holds, by its header.
    enum Role {
        case name, association, homes, kind, other
    }

    private let columns: [(start: Int, role: Role)]

    /// A line of the table: its cells by what they hold.
    struct Row {
        var name: Range<Int>?
        var association: Range<Int>?
        var homes: Int
        /// "ca. 40" is about, "max. 12" at most, "min. 20" at least; "40-50" is 40 at least and 50 at most.
        var bound = Count.Bound.exact
        var minimumHomes: Int?
        /// "Segment" and "Type" cells both: "sociale huur", "appartementen".
        var kinds: [Range<Int>] = []
    }

    /// Header words and what their column holds; a header cell takes the role of its first word found here.
    private static let roles: [String: Role] = [
        "project": .name, "projecten": .name, "projectnaam": .name, "locatie": .name, "plan": .name,
        "plannaam": .name, "complex": .name,
        "corporatie": .association, "woningcorporatie": .association, "eigenaar": .association,
        "opdrachtgever": .association,
        "aantal": .homes, "aantallen": .homes, "woningen": .homes,
        "type": .kind, "woningtype": .kind, "segment": .kind, "categorie": .kind, "prijsklasse": .kind,
        "huur": .kind,
    ]

    /// The table a header line opens: three cells or more, short, one naming the project and one the number of
    /// homes. Any other line opens none.
    init?(header line: Range<Int>, lineStart: Int, in bytes: [UInt8]) {
        guard TableLayout.mayBeHeader(line, bytes) else { return nil }
        let cells = TableLayout.cells(in: line, lineStart: lineStart, bytes)
        guard cells.count >= 3, cells.allSatisfy({ $0.range.count <= 30 }) else { return nil }
        columns = cells.map { ($0.start, Self.role(of: String(decoding: bytes[$0.range], as: UTF8.self))) }
        let roles = columns.map(\.role)
        guard roles.contains(.name), roles.contains(.homes) else { return nil }
    }

    private static func role(of header: String) -> Role {
        for word in header.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" || $0 == ":" }) {
            if let role = roles[String(word)] { return role }
        }
        return .other
    }

    /// The line as a row: a number of homes under the homes column, in a cell of its own ("40", "ca. 40", "40-50");
    /// else nil.
    func row(_ line: Range<Int>, lineStart: Int, in bytes: [UInt8]) -> Row? {
        var row = Row(homes: -1)
        for cell in TableLayout.cells(in: line, lineStart: lineStart, bytes, splittingAt: columns.map(\.start)) {
            // A little to the left counts: text may shift by a scalar or two.
            guard let column = columns.lastIndex(where: { $0.start <= cell.start + 2 }) else { continue }
            switch columns[column].role {
            case .name: row.name = row.name ?? cell.range
            case .association: row.association = row.association ?? cell.range
            case .kind: row.kinds.append(cell.range)
            case .homes:
                guard let (homes, bound, minimum) = Self.homes(bytes[cell.range]) else { return nil }
                (row.homes, row.bound, row.minimumHomes) = (homes, bound, minimum)
            case .other: break
            }
        }
        return row.homes >= 0 && row.name != nil ? row : nil
    }

    /// "40"; "ca. 40", "± 40", "max. 12", "min. 20"; "40-50", "40 – 50", "40 à 50" (50 homes, 40 at least).
    private static func homes(_ cell: ArraySlice<UInt8>) -> (Int, Count.Bound, minimum: Int?)? {
        var rest = cell[...]
        var bound = Count.Bound.exact
        for (prefix, meaning) in boundPrefixes where rest.starts(with: prefix.utf8) {
            bound = meaning
            rest = rest.dropFirst(prefix.utf8.count).drop { $0 == Bytes.space }
            break
        }
        func number(_ bytes: inout ArraySlice<UInt8>) -> Int? {
            let digits = bytes.prefix(while: Bytes.isDigit)
            guard (1...5).contains(digits.count) else { return nil }
            bytes = bytes.dropFirst(digits.count)
            return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let first = number(&rest) else { return nil }
        if rest.isEmpty { return (first, bound, nil) }
        // A range: a dash, an en dash or "à" between two numbers, blanks around it or not.
        rest = rest.drop { $0 == Bytes.space }
        guard bound == .exact, let link = rangeLinks.first(where: { rest.starts(with: $0.utf8) }) else { return nil }
        rest = rest.dropFirst(link.utf8.count).drop { $0 == Bytes.space }
        guard let second = number(&rest), rest.isEmpty, second > first else { return nil }
        return (second, .exact, first)
    }
    private static let boundPrefixes: [(String, Count.Bound)] = [
        ("ca.", .approximately), ("ca", .approximately), ("circa", .approximately), ("±", .approximately),
        ("max.", .atMost), ("max", .atMost), ("min.", .atLeast), ("min", .atLeast),
    ]
    private static let rangeLinks = ["-", "–", "à", "tot"]
}
