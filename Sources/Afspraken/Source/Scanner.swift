/// A cursor over decoded UTF-8 bytes. Readers take it `inout`, consume what they recognise and return a
/// value, or leave it where it was; copying it is how to backtrack.
struct Scanner {
    let bytes: [UInt8]
    var offset: Int
    let end: Int

    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.offset = range.lowerBound
        self.end = range.upperBound
    }

    var isAtEnd: Bool { offset >= end }
    var current: UInt8? { offset < end ? bytes[offset] : nil }

    /// Blanks and line breaks: a phrase may be wrapped.
    mutating func skipSpace() {
        while offset < end, Bytes.isBlank(bytes[offset]) || bytes[offset] == Bytes.newline { offset += 1 }
    }

    /// A run of digits, at most `limit` of them; the number and how many digits it had.
    mutating func readNumber(limit: Int) -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while offset + digits < end, Bytes.isDigit(bytes[offset + digits]) {
            value = value * 10 + Int(bytes[offset + digits] - 0x30)
            digits += 1
            if digits > limit { return nil }
        }
        guard digits > 0 else { return nil }
        offset += digits
        return (value, digits)
    }

    /// Consumes `keyword` (lower-case ASCII) when it stands here, any case, as a whole word.
    mutating func skip(word keyword: StaticString) -> Bool {
        guard Bytes.matches(bytes, at: offset, keyword) else { return false }
        let after = offset + keyword.utf8CodeUnitCount
        if keyword.withUTF8Buffer({ Bytes.isASCIILetter($0[$0.count - 1]) }), after < end,
            Bytes.isAlphanumeric(in: bytes, at: after)
        {
            return false
        }
        offset = after
        return true
    }

    /// Consumes one byte if it is `byte`.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        offset += 1
        return true
    }

    /// A run of letters (any script).
    mutating func readWord() -> Range<Int>? {
        let start = offset
        while offset < end, Bytes.isAlphanumeric(in: bytes, at: offset), !Bytes.isDigit(bytes[offset]) {
            offset += 1
            while offset < end, Bytes.isContinuation(bytes[offset]) { offset += 1 }
        }
        return offset > start ? start..<offset : nil
    }

    /// Whether the byte before `offset` ends a word, so a word may start here.
    var isAtWordStart: Bool {
        guard offset > 0 else { return true }
        var previous = offset - 1
        while previous > 0, Bytes.isContinuation(bytes[previous]) { previous -= 1 }
        return !Bytes.isAlphanumeric(in: bytes, at: previous)
    }
}
