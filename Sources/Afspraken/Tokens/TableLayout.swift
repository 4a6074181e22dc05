/// A table of agreements laid out in columns, as a PDF's text keeps it: a header ("Nr.   Afspraak   Trekker
/// Gereed"), then a row per agreement whose cells may wrap onto the lines below, each cell under its column.
/// Columns are found by where the header's cells start; a line's cells by gaps of two blanks or a tab.
struct TableLayout: Sendable {
    /// What a column holds, by its header.
    enum Role: Sendable {
        case number, what, who, when, other
    }

    struct Column: Sendable {
        /// Where it starts, in scalars from the start of the line.
        var start: Int
        var role: Role
    }

    /// A part of a line between gaps, and the column it stands in.
    struct Cell {
        var range: Range<Int>
        var column: Int
    }

    let columns: [Column]
    /// Cells parted by tabs, as a table copied from a word processor has them: they stand in no column by where
    /// they start (a tab's width is unknown), but in order.
    let isTabbed: Bool

    /// Header words and what their column holds; a header cell takes the role of its first word found here.
    private static let roles: [String: Role] = [
        "nr": .number, "nummer": .number, "no": .number, "#": .number,
        "afspraak": .what, "afspraken": .what, "wat": .what, "actie": .what, "acties": .what, "omschrijving": .what,
        "activiteit": .what, "activiteiten": .what, "maatregel": .what, "maatregelen": .what, "inzet": .what,
        "trekker": .who, "kartrekker": .who, "wie": .who, "verantwoordelijk": .who, "verantwoordelijke": .who,
        "eigenaar": .who, "partij": .who, "partijen": .who, "uitvoerder": .who, "uitvoering": .who,
        "gereed": .when, "wanneer": .when, "planning": .when, "termijn": .when, "deadline": .when, "datum": .when,
        "tijdpad": .when, "periode": .when, "jaar": .when,
    ]

    /// The table a header line opens: three cells or more, short, one of them what is agreed and another who or
    /// when. Any other line opens none.
    init?(header line: Range<Int>, lineStart: Int, in bytes: [UInt8]) {
        guard Self.hasTwoGaps(line, bytes) else { return nil }
        let cells = Self.cells(in: line, lineStart: lineStart, bytes)
        guard cells.count >= 3, cells.allSatisfy({ $0.range.count <= 30 }) else { return nil }
        let columns = cells.map { cell in
            Column(start: cell.start, role: Self.role(of: String(decoding: bytes[cell.range], as: UTF8.self)))
        }
        let roles = columns.map(\.role)
        guard roles.contains(.what), roles.contains(.who) || roles.contains(.when) else { return nil }
        self.columns = columns
        isTabbed = bytes[line].contains(Bytes.tab)
    }

    /// A header starts with a capital ("Nr.", "Afspraak") or "#": most lines need no further look.
    static func mayOpen(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
        !line.isEmpty && (Bytes.isASCIIUpper(bytes[line.lowerBound]) || bytes[line.lowerBound] == 0x23)
    }

    /// Whether a line may be a header of columns: it starts as one and has gaps between cells.
    static func mayBeHeader(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
        mayOpen(line, bytes) && hasTwoGaps(line, bytes)
    }

    /// Two gaps at least, the first within a header cell's length, found without making cells: every line of the
    /// text is looked at, and most have none. Eight bytes at a time (a chunk's last byte pairs with the next
    /// chunk's first: chunks overlap by one).
    private static func hasTwoGaps(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard line.count >= 10, line.count <= 200 else { return false }
        let firstGapBefore = line.lowerBound + 32
        return bytes.withUnsafeBufferPointer { buffer in
            var gaps = 0
            var index = line.lowerBound
            while index + 1 < line.upperBound {
                let at: Int
                if index + 8 <= line.upperBound {
                    let chunk = EightBytes.load(buffer, index)
                    let spaces = EightBytes.equal(chunk, Bytes.space)
                    let marks = (spaces & (spaces >> 8)) | EightBytes.equal(chunk, Bytes.tab)
                    guard marks != 0 else {
                        index += 7
                        if gaps == 0, index >= firstGapBefore { return false }
                        continue
                    }
                    at = index + EightBytes.firstMarked(marks)
                } else {
                    let isGap =
                        buffer[index] == Bytes.tab || (buffer[index] == Bytes.space && buffer[index + 1] == Bytes.space)
                    guard isGap else {
                        index += 1
                        continue
                    }
                    at = index
                }
                gaps += 1
                if gaps == 2 { return true }
                index = at
                while index < line.upperBound, Bytes.isBlank(buffer[index]) { index += 1 }
            }
            return false
        }
    }

    static func role(of header: String) -> Role {
        for word in header.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" || $0 == "/" }) {
            if let role = roles[String(word)] { return role }
        }
        return .other
    }

    /// The cells of a line, each in the column it starts under (a little to the left counts: text may shift by a
    /// scalar or two); cells under one column, split by a wide blank inside a sentence, are one.
    func cells(of line: Range<Int>, lineStart: Int, in bytes: [UInt8]) -> [Cell] {
        var found: [Cell] = []
        let inOrder = isTabbed && bytes[line].contains(Bytes.tab)
        let parts = Self.cells(in: line, lineStart: lineStart, bytes, splittingAt: inOrder ? [] : columns.map(\.start))
        for (index, cell) in parts.enumerated() {
            let column = inOrder ? min(index, columns.count - 1) : columns.lastIndex { $0.start <= cell.start + 2 } ?? 0
            if let last = found.last, last.column >= column {
                found[found.count - 1].range = last.range.lowerBound..<cell.range.upperBound
            } else {
                found.append(Cell(range: cell.range, column: column))
            }
        }
        return found
    }

    /// The parts of a line between gaps of two blanks or a tab, with where each starts in scalars; a part that
    /// runs into one of `columns` is split there.
    static func cells(in line: Range<Int>, lineStart: Int, _ bytes: [UInt8], splittingAt columns: [Int] = []) -> [(
        range: Range<Int>, start: Int
    )] {
        var cells: [(range: Range<Int>, start: Int)] = []
        var scalar = (lineStart..<line.lowerBound).reduce(0) { $0 + (Bytes.isContinuation(bytes[$1]) ? 0 : 1) }
        var index = line.lowerBound
        var cellStart: (offset: Int, scalar: Int)?
        var lastNonBlank = index
        while index < line.upperBound {
            let byte = bytes[index]
            let isGap =
                byte == Bytes.tab
                || (byte == Bytes.space && index + 1 < line.upperBound && Bytes.isBlank(bytes[index + 1]))
            if isGap, let start = cellStart {
                cells.append((start.offset..<(lastNonBlank + 1), start.scalar))
                cellStart = nil
            } else if !Bytes.isBlank(byte) {
                if cellStart == nil { cellStart = (index, scalar) }
                lastNonBlank = index
            }
            if !Bytes.isContinuation(byte) { scalar += 1 }
            index += 1
        }
        if let start = cellStart { cells.append((start.offset..<(lastNonBlank + 1), start.scalar)) }
        return columns.isEmpty ? cells : cells.flatMap { split($0, at: columns, bytes) }
    }

    /// A cell that runs into the next column with one blank between ("Stationsgebied fase 1 KleurrijkWonen"), split
    /// where a word starts at that column's start (or a scalar beside it).
    private static func split(_ cell: (range: Range<Int>, start: Int), at columns: [Int], _ bytes: [UInt8]) -> [(
        range: Range<Int>, start: Int
    )] {
        guard let column = columns.first(where: { $0 > cell.start + 1 && $0 <= cell.start + cell.range.count }) else {
            return [cell]
        }
        var scalar = cell.start
        var index = cell.range.lowerBound
        while index < cell.range.upperBound {
            if abs(scalar - column) <= 1, index > cell.range.lowerBound + 1, bytes[index - 1] == Bytes.space,
                !Bytes.isBlank(bytes[index - 2]), !Bytes.isBlank(bytes[index])
            {
                let head = (range: cell.range.lowerBound..<(index - 1), start: cell.start)
                return [head] + split((index..<cell.range.upperBound, scalar), at: columns, bytes)
            }
            if scalar > column + 1 { break }
            if !Bytes.isContinuation(bytes[index]) { scalar += 1 }
            index += 1
        }
        return [cell]
    }
}
