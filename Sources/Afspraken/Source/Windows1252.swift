/// Windows-1252, the encoding of Dutch text that is not UTF-8: Latin-1 plus typographic marks and `€` at 0x80.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The scalar for one byte; the five unassigned bytes map to the C1 controls of the same value, as WHATWG does.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(byte) ? Unicode.Scalar(high[Int(byte - 0x80)])! : Unicode.Scalar(byte)
    }
}

/// Finds where bytes stop being well-formed UTF-8 (overlong forms and surrogates included).
enum UTF8Validation {
    static func firstInvalidOffset(in data: [UInt8], from start: Int) -> Int? {
        data.withUnsafeBufferPointer { firstInvalidOffset(in: $0, from: start) }
    }

    private static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            // Eight ASCII bytes at a time: most of a Dutch text is ASCII.
            if index + 8 <= bytes.count, EightBytes.load(bytes, index) & EightBytes.highBits == 0 {
                index += 8
                continue
            }
            guard let length = sequenceLength(in: bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or nil when the byte there starts none.
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, lowest) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, highest) = (3, 0x9F)
        case 0xF0: (length, lowest) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, highest) = (4, 0x8F)
        default: return nil
        }
        guard index + length <= bytes.count, (lowest...highest).contains(bytes[index + 1]) else { return nil }
        for next in (index + 2)..<(index + length) where !Bytes.isContinuation(bytes[next]) { return nil }
        return length
    }
}
