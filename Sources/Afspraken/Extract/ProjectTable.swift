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

    /// The line as a row: a whole number under the homes column, in a cell of its own; else nil.
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
                guard cell.range.count <= 5, bytes[cell.range].allSatisfy(Bytes.isDigit) else { return nil }
                row.homes = bytes[cell.range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            case .other: break
            }
        }
        return row.homes >= 0 && row.name != nil ? row : nil
    }
}
