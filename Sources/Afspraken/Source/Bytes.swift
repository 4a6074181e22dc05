/// Byte classes for scanning decoded UTF-8; everything above ASCII is judged by the scalar it starts.
enum Bytes {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let formFeed: UInt8 = 0x0C
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let hyphen: UInt8 = 0x2D
    static let slash: UInt8 = 0x2F

    /// Spaces, tabs, form feeds and the no-break space's lead byte are all "blank" to the tokeniser.
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == formFeed || byte == 0x0B
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isASCIIUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isASCIILower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIIUpper(byte) || isASCIILower(byte) }
    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// ASCII lower-casing, enough for matching Dutch keywords.
    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 { isASCIIUpper(byte) ? byte | 0x20 : byte }

    /// The scalar that starts at `index`, and its length in bytes; invalid input yields U+FFFD.
    static func scalar<C: RandomAccessCollection<UInt8>>(in bytes: C, at index: Int) -> (Unicode.Scalar, Int)
    where C.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in (index + 1)..<(index + length) { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether a letter, Latin or not, starts at `index` and is upper case.
    static func isUpperLetter<C: RandomAccessCollection<UInt8>>(in bytes: C, at index: Int) -> Bool
    where C.Index == Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIUpper(byte) }
        let properties = scalar(in: bytes, at: index).0.properties
        return properties.isUppercase && properties.isAlphabetic
    }

    /// Whether a lower-case letter starts at `index`.
    static func isLowerLetter<C: RandomAccessCollection<UInt8>>(in bytes: C, at index: Int) -> Bool
    where C.Index == Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILower(byte) }
        let properties = scalar(in: bytes, at: index).0.properties
        return properties.isLowercase && properties.isAlphabetic
    }

    /// "ieder1", "deltaWonen": a word in lower case with a digit or a capital after its first letter, as brand names
    /// are written. It starts a sentence as a capital does.
    static func startsLowerCaseName<C: RandomAccessCollection<UInt8>>(in bytes: C, at index: Int) -> Bool
    where C.Index == Int {
        guard index < bytes.endIndex, isASCIILower(bytes[index]) else { return false }
        var at = index + 1
        while at < bytes.endIndex, at - index < 24, isASCIILetter(bytes[at]) || isDigit(bytes[at]) {
            if isDigit(bytes[at]) || isASCIIUpper(bytes[at]) { return true }
            at += 1
        }
        return false
    }

    /// Whether any letter or digit starts at `index`.
    static func isAlphanumeric<C: RandomAccessCollection<UInt8>>(in bytes: C, at index: Int) -> Bool
    where C.Index == Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) }
        // À to ÿ (C3 80 to C3 BF) are letters but for × and ÷: Dutch text is full of them.
        if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
            return bytes[index + 1] != 0x97 && bytes[index + 1] != 0xB7
        }
        let properties = scalar(in: bytes, at: index).0.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Case-insensitive ASCII comparison of `bytes[range]` with a lower-case keyword.
    static func matches<C: RandomAccessCollection<UInt8>>(_ bytes: C, at index: Int, _ keyword: StaticString) -> Bool
    where C.Index == Int {
        let count = keyword.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return keyword.withUTF8Buffer { word in
            for offset in 0..<count where lowered(bytes[index + offset]) != word[offset] { return false }
            return true
        }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs, compared byte by byte: `contains` with a string argument goes through
    /// Foundation's NSString on Linux and costs a hundred times more.
    func includes(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// The UTF-8 offset of the first `needle` at or after `start`.
    func utf8Offset(of needle: String, from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let first = pattern.first else { return start }
            var index = start
            while index + pattern.count <= haystack.count {
                if haystack[index] == first, pattern.indices.allSatisfy({ haystack[index + $0] == pattern[$0] }) {
                    return index
                }
                index += 1
            }
            return nil
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }

    /// The index of UTF-8 offset `offset`.
    func index(atUTF8Offset offset: Int) -> Index { utf8.index(utf8.startIndex, offsetBy: offset) }
}
