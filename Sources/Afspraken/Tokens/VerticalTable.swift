/// A table of agreements whose cells a PDF's text puts on lines of their own, as text taken without the layout
/// has it: a header of one column name a line ("Nr.", "Afspraak", "Wie", "Wanneer"), then the rows, each cell on a
/// line in the header's order. Where the table numbers its rows ("1.1"), a row runs to the next number and its
/// last lines are the columns after "Afspraak"; without numbers, the "Afspraak" cell runs to the line that ends a
/// sentence and each column after it takes the next line.
struct VerticalTable {
    struct Row {
        /// The token of the row's number.
        var number: Int?
        /// Each column's tokens, in the header's order; empty where the row has no such cell.
        var cells: [[Int]]
    }

    let roles: [TableLayout.Role]
    /// The header's tokens.
    let header: Range<Int>
    private(set) var rows: [Row] = []
    /// The token after the table.
    private(set) var end: Int

    /// Header words of columns that hold something else than what, who and when.
    private static let otherColumns: Set = [
        "status", "toelichting", "opmerking", "opmerkingen", "thema", "resultaat", "budget", "kosten", "voortgang",
        "prioriteit", "stand van zaken",
    ]
    /// The longest header line and the longest line of a column after "Afspraak".
    private static let headerLength = 24
    private static let cellLength = 60

    /// Three short lines of text in a row, as a header is: most lines start no such table, and need no more look.
    /// Callers ask this first.
    static func mayOpen(at start: Int, _ tokens: [LineToken]) -> Bool {
        guard start + 2 < tokens.count else { return false }
        return (start..<(start + 3)).allSatisfy { index in
            if case .text = tokens[index].kind { return tokens[index].content.count <= headerLength }
            return false
        }
    }

    /// The table whose header starts at token `start`; nil when none does. A line `ends` says is no cell
    /// ("Ondertekening").
    init?(
        at start: Int, _ tokens: [LineToken], _ source: SourceText, furniture: Set<Int>, ends: (LineToken) -> Bool
    ) {
        var roles: [TableLayout.Role] = []
        var index = start
        while index < tokens.count, case .text = tokens[index].kind, tokens[index].content.count <= Self.headerLength {
            let text = source.string(tokens[index].content)
            let role = TableLayout.role(of: text)
            guard role != .other || Self.otherColumns.contains(text.lowercased()) else { break }
            roles.append(role)
            index += 1
        }
        guard roles.count >= 3, roles.filter({ $0 == .what }).count == 1,
            roles.contains(.who) || roles.contains(.when), let what = roles.firstIndex(of: .what),
            roles[..<what].allSatisfy({ $0 == .number }), what <= 1
        else { return nil }
        self.roles = roles
        header = start..<index
        end = index
        let numbered = what == 1
        let after = roles.count - what - 1
        var next = index
        func skipBlanks() {
            while next < tokens.count, tokens[next].isBlank || furniture.contains(next) { next += 1 }
        }
        func isRowNumber(_ index: Int) -> Bool {
            guard index < tokens.count, case .heading(let mark) = tokens[index].kind else { return false }
            return mark.keyword == .none && mark.rest.isEmpty && mark.components.count >= 2
        }
        func isCellLine(_ index: Int) -> Bool {
            guard index < tokens.count, !ends(tokens[index]) else { return false }
            if case .text = tokens[index].kind { return true }
            if case .heading(let mark) = tokens[index].kind { return !mark.rest.isEmpty && !mark.restIsTitle }
            return false
        }
        func endsSentence(_ index: Int) -> Bool {
            let last = source.bytes[tokens[index].content.upperBound - 1]
            return last == Bytes.dot || last == 0x3B || last == 0x21 || last == 0x3F
        }
        while true {
            skipBlanks()
            var row = Row(number: nil, cells: Array(repeating: [], count: roles.count))
            if numbered {
                guard isRowNumber(next) else { break }
                row.number = next
                next += 1
                var lines: [Int] = []
                while next < tokens.count, !isRowNumber(next) {
                    if tokens[next].isBlank || furniture.contains(next) {
                        // A blank line ends the table unless the next row's number follows it.
                        let blank = next
                        skipBlanks()
                        if !isRowNumber(next) { next = blank }
                        break
                    }
                    guard isCellLine(next) else { break }
                    lines.append(next)
                    next += 1
                }
                guard !lines.isEmpty else { break }
                let taken = min(after, lines.count - 1)
                row.cells[what] = Array(lines.dropLast(taken))
                for (offset, line) in lines.suffix(taken).enumerated() { row.cells[what + 1 + offset] = [line] }
            } else {
                // The "Afspraak" cell: capitalised, up to the line that ends its sentence.
                guard isCellLine(next), Bytes.isUpperLetter(in: source.bytes, at: tokens[next].content.lowerBound)
                else { break }
                var whatLines: [Int] = []
                while isCellLine(next), whatLines.count < 6 {
                    whatLines.append(next)
                    next += 1
                    if endsSentence(next - 1) { break }
                }
                guard let last = whatLines.last, endsSentence(last) else { break }
                var others: [Int] = []
                while others.count < after, isCellLine(next), tokens[next].content.count <= Self.cellLength,
                    !endsSentence(next)
                {
                    others.append(next)
                    next += 1
                }
                // A row is whole: "Afspraak" with every cell after it.
                guard others.count == after else { break }
                row.cells[what] = whatLines
                for (offset, line) in others.enumerated() { row.cells[what + 1 + offset] = [line] }
            }
            rows.append(row)
            end = next
        }
        guard !rows.isEmpty else { return nil }
    }
}
