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
    /// A hash of the lower-cased bytes (see `WordKey`).
    var key: UInt64

    /// The key of a lower-case keyword, as `Word.key` computes it.
    static func key(_ text: String) -> UInt64 { key(of: Array(text.utf8)[...]) }

    static func key(of bytes: ArraySlice<UInt8>) -> UInt64 {
        var key = WordKey()
        for byte in bytes { key.add(Bytes.lowered(byte)) }
        return key.value
    }
}

/// The key of a word: its lower-cased bytes taken eight at a time, each eight mixed in with one multiply, the last
/// with its length. A word of up to eight bytes costs one multiply, where a byte-at-a-time hash costs one per byte.
struct WordKey {
    private var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var count = 0

    @inline(__always) static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let product = (hash ^ chunk) &* 0x9FB2_1C65_1E98_DF25
        return product ^ (product >> 29)
    }

    mutating func add(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(count & 7))
        count += 1
        if count & 7 == 0 {
            hash = Self.mix(hash, pending)
            pending = 0
        }
    }

    /// Up to eight bytes at once (little-endian, the rest zero), when the bytes so far are a multiple of eight.
    @inline(__always) mutating func add(chunk: UInt64, count added: Int) {
        if added == 8 { hash = Self.mix(hash, chunk) } else { pending = chunk }
        count += added
    }

    var value: UInt64 {
        // The length goes in with the last bytes, in the top byte that they leave free: one multiply, not two.
        let key = Self.mix(hash ^ UInt64(truncatingIfNeeded: count) << 56, pending)
        return key == 0 ? 1 : key  // 0 marks an empty slot in KeywordTable
    }
}

/// Splits joined text into words, numbers and signs in one pass, computing each key as it goes.
enum WordScanner {
    static func words(in bytes: [UInt8]) -> [Word] {
        bytes.withUnsafeBufferPointer(words(in:))
    }

    /// How many of the eight bytes, from the lowest, are ASCII letters or digits: range checks on all eight at
    /// once, so the end of a word costs no mispredicted branch.
    @inline(__always) private static func alphanumericPrefix(_ chunk: UInt64) -> Int {
        let letters = EightBytes.within(EightBytes.folded(chunk), 0x61..<0x7B)
        let digits = EightBytes.within(chunk, 0x30..<0x3A)
        return EightBytes.firstMarked(~(letters | digits) & EightBytes.highBits)
    }

    /// The key of ASCII letters, digits, "." and "," in `range`: every such byte lower-cases by setting 0x20.
    @inline(__always) private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var key = WordKey()
        var at = range.lowerBound
        while range.upperBound - at >= 8 {
            key.add(chunk: EightBytes.folded(EightBytes.load(bytes, at)), count: 8)
            at += 8
        }
        if at + 8 <= bytes.count, at < range.upperBound {
            let kept = UInt64.max >> (64 - 8 * UInt64(range.upperBound - at))
            key.add(chunk: EightBytes.folded(EightBytes.load(bytes, at)) & kept, count: range.upperBound - at)
        } else {
            for index in at..<range.upperBound { key.add(bytes[index] | 0x20) }
        }
        return key.value
    }

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
        /// Any bytes, lower-cased one at a time: words with other scalars, and signs.
        func key(_ start: Int, _ end: Int) -> UInt64 {
            var key = WordKey()
            for at in start..<end { key.add(Bytes.lowered(bytes[at])) }
            return key.value
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
                    words.append(Word(kind: .word, range: start..<index, key: key(start, index)))
                } else {
                    words.append(Word(kind: .number, range: start..<index, key: asciiKey(bytes, start..<index)))
                }
            } else if isAlphanumeric(index) {
                // The common case, a word: its ASCII letters and digits found eight bytes at a time.
                var isASCII = true
                while index < count {
                    if index + 8 <= count {
                        let run = alphanumericPrefix(EightBytes.load(bytes, index))
                        index += run
                        if run == 8 { continue }
                    } else {
                        while index < count, Bytes.isASCIILetter(bytes[index]) || Bytes.isDigit(bytes[index]) {
                            index += 1
                        }
                    }
                    // "één", "coöperatie": a letter beyond ASCII goes on with the word.
                    guard index < count, bytes[index] >= 0xC0, Bytes.isAlphanumeric(in: bytes, at: index) else { break }
                    isASCII = false
                    index = min(count, index + scalarLength(bytes[index]))
                }
                let key = isASCII ? asciiKey(bytes, start..<index) : key(start, index)
                words.append(Word(kind: .word, range: start..<index, key: key))
            } else {
                index = min(count, index + scalarLength(byte))
                words.append(Word(kind: .sign, range: start..<index, key: key(start, index)))
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
