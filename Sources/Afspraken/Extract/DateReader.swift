/// Reads a calendar date as Dutch agreements write it: "11 december 2026", "6 december", "16-12-2024".
struct DateReader {
    struct Found {
        var range: Range<Int>
        var day: Int
        var month: Int
        var year: Int?

        /// `2026-12-11`, or nil without a year or for a day the month does not have.
        var iso: String? {
            guard let year, DateReader.isValid(day: day, month: month, year: year) else { return nil }
            func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        }
    }

    /// Years an agreement can name; "0026" or "9999" is a typo or noise, not a date.
    static let plausibleYears = 1900...2099

    static let months: [StaticString] = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]

    /// Reads a date at the scanner, or leaves it untouched.
    static func read(_ scanner: inout Scanner) -> Found? {
        var probe = scanner
        let start = probe.offset
        guard let (day, _) = probe.readNumber(limit: 2), (1...31).contains(day) else { return nil }
        // 16-12-2024 and 16/12/2024
        if let separator = probe.current, separator == Bytes.hyphen || separator == Bytes.slash {
            probe.offset += 1
            guard let (month, _) = probe.readNumber(limit: 2), (1...12).contains(month), probe.skip(separator),
                let (year, digits) = probe.readNumber(limit: 4), digits == 4, plausibleYears.contains(year)
            else { return nil }
            scanner = probe
            return Found(range: start..<probe.offset, day: day, month: month, year: year)
        }
        probe.skipSpace()
        guard let month = months.firstIndex(where: { probe.skip(word: $0) }) else { return nil }
        var found = Found(range: start..<probe.offset, day: day, month: month + 1, year: nil)
        var afterMonth = probe
        afterMonth.skipSpace()
        if let (year, digits) = afterMonth.readNumber(limit: 4), digits == 4, plausibleYears.contains(year) {
            found.year = year
            found.range = start..<afterMonth.offset
            probe = afterMonth
        }
        scanner = probe
        return found
    }

    static func isValid(day: Int, month: Int, year: Int) -> Bool {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && (1...lengths[month - 1]).contains(day)
    }
}
