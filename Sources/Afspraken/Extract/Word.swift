/// A word, number or sign in a block's joined text, for the readers of dates, amounts and counts.
/// Words are compared by a hash of their lower-cased bytes, so keyword tables cost no allocation.
struct Word: Sendable {
    enum Kind: Sendable {
        /// Letters, possibly with digits: "woningen", "Q1", "1e" (a digit first makes it `.number` only if all digits).
        case word
        /// Digits with "." and "," between them: "2026", "477,20", "1.250.000".
        case number
        /// Any other single character: "€", "%", "-", "/", "'".
        case sign
    }

    var kind: Kind
    /// Bytes in the joined text.
    var range: Range<Int>
    /// FNV-1a of the lower-cased bytes.
    var key: UInt64

    /// The key of a lower-case keyword, as `Word.key` computes it.
    static func key(_ text: String) -> UInt64 { key(of: Array(text.utf8)[...]) }

    static func key(of bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(Bytes.lowered(byte))) &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash  // 0 marks an empty slot in KeywordTable
    }
}

/// Splits joined text into words, numbers and signs in one pass, computing each key as it goes.
enum WordScanner {
    static func words(in bytes: [UInt8]) -> [Word] {
        bytes.withUnsafeBufferPointer(words(in:))
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        var index = 0
        // Letters and digits of any script: ASCII by table, other scalars by their properties.
        func isAlphanumeric(_ at: Int) -> Bool {
            let byte = bytes[at]
            if byte < 0x80 { return Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) }
            return byte >= 0xC0 && Bytes.isAlphanumeric(in: bytes, at: at)
        }
        func scalarLength(_ lead: UInt8) -> Int {
            lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        }
        func append(_ kind: Word.Kind, _ start: Int, _ end: Int) {
            var hash = offsetBasis
            for at in start..<end { hash = (hash ^ UInt64(Bytes.lowered(bytes[at]))) &* prime }
            words.append(Word(kind: kind, range: start..<end, key: hash == 0 ? 1 : hash))
        }
        while index < count {
            let byte = bytes[index]
            if Bytes.isBlank(byte) || byte == Bytes.newline {
                index += 1
                continue
            }
            let start = index
            if Bytes.isDigit(byte) {
                // 477,20 and 1.250.000: a point or comma between digits stays inside the number.
                while index < count,
                    Bytes.isDigit(bytes[index])
                        || ((bytes[index] == Bytes.dot || bytes[index] == 0x2C) && index + 1 < count
                            && Bytes.isDigit(bytes[index + 1]))
                {
                    index += 1
                }
                // "1e", "2de", "3x": letters glued to a number make an ordinal or a multiplier word.
                if index < count, Bytes.isASCIILetter(bytes[index]) {
                    while index < count, isAlphanumeric(index) { index += scalarLength(bytes[index]) }
                    append(.word, start, index)
                } else {
                    append(.number, start, index)
                }
            } else if isAlphanumeric(index) {
                // The common case, a word, hashed as it is scanned: one pass over its bytes, not two.
                var hash = offsetBasis
                while index < count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        guard Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) else { break }
                        hash = (hash ^ UInt64(Bytes.lowered(byte))) &* prime
                        index += 1
                    } else {
                        guard byte >= 0xC0, Bytes.isAlphanumeric(in: bytes, at: index) else { break }
                        for _ in 0..<min(scalarLength(byte), count - index) {
                            hash = (hash ^ UInt64(bytes[index])) &* prime
                            index += 1
                        }
                    }
                }
                words.append(Word(kind: .word, range: start..<index, key: hash == 0 ? 1 : hash))
            } else {
                index += scalarLength(byte)
                append(.sign, start, min(index, count))
            }
        }
        return words
    }
}

/// Some of a phrase's words, numbered from 0: a sentence's words without a copy of them.
struct WordRun: RandomAccessCollection {
    private let words: [Word]
    private let offset: Int
    let endIndex: Int
    var startIndex: Int { 0 }

    init(_ words: [Word], _ range: Range<Int>) {
        self.words = words
        offset = range.lowerBound
        endIndex = range.count
    }

    subscript(position: Int) -> Word { words[offset + position] }

    /// Words `range` of this run, numbered from 0 again.
    func run(_ range: Range<Int>) -> WordRun {
        WordRun(words, (offset + range.lowerBound)..<(offset + range.upperBound))
    }
}
