/// Turns a file's bytes into a `SourceText`: finds the encoding (BOM, valid UTF-8, else Windows-1252),
/// splits lines at LF, CRLF and CR, normalises to NFC and refuses what is not text.
public enum SourceDecoder {
    /// Decodes `data`; throws a `Diagnostic` for empty or binary input.
    public static func decode(_ data: [UInt8]) throws -> (SourceText, [Diagnostic]) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(data, from: 3, encoding: .utf8WithBOM)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(data, bigEndian: data[0] == 0xFE, from: 2)
        }
        if let bigEndian = utf16WithoutBOM(data) { return try decodeUTF16(data, bigEndian: bigEndian, from: 0) }
        try refuseBinary(data)
        return try decodeUTF8(data, from: 0, encoding: .utf8)
    }

    /// NUL bytes, a known binary signature or many control bytes mean the file is no text.
    private static func refuseBinary(_ data: [UInt8]) throws {
        let signatures: [(String, [UInt8])] = [
            ("a PNG image", [0x89, 0x50, 0x4E, 0x47]), ("a PDF (convert it to text first)", Array("%PDF".utf8)),
            ("a ZIP or Office file", [0x50, 0x4B, 0x03, 0x04]), ("a GIF image", Array("GIF8".utf8)),
            ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ]
        let at0 = SourceSpan(start: .init(line: 1, column: 1, offset: 0), end: .init(line: 1, column: 1, offset: 0))
        for (name, signature) in signatures where data.starts(with: signature) {
            throw Diagnostic.binaryInput(at: at0, what: "it starts like \(name)")
        }
        // Control bytes counted and the first NUL found in one pass.
        var firstNUL: Int?
        let controls = data.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = 0
            while index < buffer.count {
                // Eight bytes without a control byte, nearly all of a text, are passed over at once.
                if index + 8 <= buffer.count, EightBytes.below(EightBytes.load(buffer, index), 0x20) == 0 {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x20 {
                    // Tab, line feed, vertical tab, form feed, carriage return and DOS end-of-file are text.
                    if !(0x09...0x0D).contains(byte) && byte != 0x1A { count += 1 }
                    if byte == 0, firstNUL == nil { firstNUL = index }
                }
                index += 1
            }
            return count
        }
        // Only when there is a NUL byte is its line and column worth counting out.
        if let nul = firstNUL {
            let lineStart = data[..<nul].lastIndex(of: Bytes.newline).map { $0 + 1 } ?? 0
            let line = data[..<nul].reduce(1) { $1 == Bytes.newline ? $0 + 1 : $0 }
            let place = SourcePosition(line: line, column: nul - lineStart + 1, offset: nul)
            throw Diagnostic.binaryInput(
                at: SourceSpan(start: place, end: place), what: "it holds a NUL byte")
        }
        if controls > 8 && controls * 50 > data.count {
            throw Diagnostic.binaryInput(at: at0, what: "\(controls) of its \(data.count) bytes are control characters")
        }
    }

    private static func decodeUTF8(_ data: [UInt8], from start: Int, encoding: SourceText.Encoding) throws -> (
        SourceText, [Diagnostic]
    ) {
        if let invalid = UTF8Validation.firstInvalidOffset(in: data, from: start) {
            return try decodeWindows1252(data, firstInvalid: invalid)
        }
        var builder = SourceTextBuilder(capacity: data.count)
        let ending = splitLines(data, from: start) { builder.appendUTF8Line(data, $0) }
        return (try finish(builder, encoding: encoding, ending: ending, size: data.count), [])
    }

    /// Not valid UTF-8: each well-formed UTF-8 sequence is still read as UTF-8 (a file that is UTF-8 but for a stray
    /// byte keeps its "€" and "ë"), each other byte as Windows-1252. The encoding is named after what dominates.
    private static func decodeWindows1252(_ data: [UInt8], firstInvalid: Int) throws -> (SourceText, [Diagnostic]) {
        var builder = SourceTextBuilder(capacity: data.count)
        var utf8Sequences = 0
        var invalidBytes = 0
        let ending = data.withUnsafeBufferPointer { bytes in
            splitLines(data, from: 0) { range in
                var scalars: [(Unicode.Scalar, Int)] = []
                scalars.reserveCapacity(range.count)
                var index = range.lowerBound
                while index < range.upperBound {
                    if let length = UTF8Validation.sequenceLength(in: bytes, at: index),
                        index + length <= range.upperBound
                    {
                        if length > 1 { utf8Sequences += 1 }
                        var iterator = bytes[index..<(index + length)].makeIterator()
                        var decoder = UTF8()
                        if case .scalarValue(let scalar) = decoder.decode(&iterator) { scalars.append((scalar, index)) }
                        index += length
                    } else {
                        invalidBytes += 1
                        scalars.append((Windows1252.scalar(for: bytes[index]), index))
                        index += 1
                    }
                }
                builder.appendLine(scalars, originalStart: range.lowerBound, originalEnd: range.upperBound)
            }
        }
        let encoding: SourceText.Encoding = utf8Sequences > 0 && utf8Sequences >= invalidBytes ? .utf8 : .windows1252
        let text = try finish(builder, encoding: encoding, ending: ending, size: data.count)
        let place = text.position(
            at: text.lines.first { $0.originalEnd >= firstInvalid }.map { line in
                line.anchors?.first { $0.originalOffset >= firstInvalid }?.offset ?? line.start
            } ?? 0)
        let span = SourceSpan(start: place, end: place)
        return (
            text,
            [encoding == .utf8 ? .invalidUTF8Bytes(invalidBytes, at: span) : .decodedAsWindows1252(at: span)]
        )
    }

    /// UTF-16 that a tool wrote without a BOM: in its first 512 bytes, nearly every other byte is NUL (the high
    /// byte of Latin text) and nearly none of the rest. Whether it is big-endian; nil when it is no such text.
    private static func utf16WithoutBOM(_ data: [UInt8]) -> Bool? {
        let pairs = min(data.count, 512) / 2
        guard pairs >= 2, data[0] == 0 || data[1] == 0 else { return nil }
        var zeros = (even: 0, odd: 0)
        for pair in 0..<pairs {
            if data[2 * pair] == 0 { zeros.even += 1 }
            if data[2 * pair + 1] == 0 { zeros.odd += 1 }
        }
        let most = pairs * 9 / 10
        let few = pairs / 10
        if zeros.odd >= most, zeros.even <= few { return false }
        if zeros.even >= most, zeros.odd <= few { return true }
        return nil
    }

    private static func decodeUTF16(_ data: [UInt8], bigEndian: Bool, from start: Int) throws -> (
        SourceText, [Diagnostic]
    ) {
        var scalars: [(Unicode.Scalar, Int)] = []
        scalars.reserveCapacity(data.count / 2)
        var invalidAt: Int?
        var index = start
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(data[at]) << 8 | UInt16(data[at + 1]) : UInt16(data[at + 1]) << 8 | UInt16(data[at])
        }
        while index + 1 < data.count {
            let first = unit(index)
            if (0xD800..<0xDC00).contains(first), index + 3 < data.count, case let second = unit(index + 2),
                (0xDC00..<0xE000).contains(second)
            {
                let value = 0x10000 + (UInt32(first - 0xD800) << 10 | UInt32(second - 0xDC00))
                scalars.append((Unicode.Scalar(value)!, index))
                index += 4
            } else {
                if Unicode.Scalar(first) == nil, invalidAt == nil { invalidAt = index }
                scalars.append((Unicode.Scalar(first) ?? "\u{FFFD}", index))
                index += 2
            }
        }
        if let nul = scalars.firstIndex(where: { $0.0 == "\0" }) {
            let place = SourcePosition(line: 1, column: 1, offset: scalars[nul].1)
            throw Diagnostic.binaryInput(at: SourceSpan(start: place, end: place), what: "it holds a NUL character")
        }
        var builder = SourceTextBuilder(capacity: data.count)
        var counts = LineEndingCounts()
        var lineStart = 0
        var position = 0
        while position <= scalars.count {
            let scalar = position < scalars.count ? scalars[position].0 : nil
            if scalar == nil, lineStart == scalars.count, !builder.lines.isEmpty { break }
            if scalar == nil || scalar == "\n" || scalar == "\r" {
                let originalEnd = position < scalars.count ? scalars[position].1 : data.count - data.count % 2
                builder.appendLine(
                    Array(scalars[lineStart..<position]),
                    originalStart: lineStart < scalars.count ? scalars[lineStart].1 : originalEnd,
                    originalEnd: originalEnd)
                if scalar == "\r", position + 1 < scalars.count, scalars[position + 1].0 == "\n" {
                    counts.crlf += 1
                    position += 1
                } else if scalar == "\r" {
                    counts.cr += 1
                } else if scalar == "\n" {
                    counts.lf += 1
                }
                lineStart = position + 1
            }
            position += 1
        }
        let text = try finish(
            builder, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
            ending: counts.ending, size: data.count)
        guard let invalidAt else { return (text, []) }
        let place = SourcePosition(line: 1, column: 1, offset: invalidAt)
        return (text, [.invalidUTF16(at: SourceSpan(start: place, end: place))])
    }

    /// Calls `line` with each line's byte range, breaking at LF, CRLF and CR; a final break opens no line.
    private static func splitLines(_ data: [UInt8], from start: Int, line: (Range<Int>) -> Void)
        -> SourceText.LineEnding
    {
        var counts = LineEndingCounts()
        var lineStart = start
        var index = start
        while index < data.count {
            let byte = data[index]
            if byte == Bytes.newline || byte == Bytes.carriageReturn {
                line(lineStart..<index)
                if byte == Bytes.carriageReturn, index + 1 < data.count, data[index + 1] == Bytes.newline {
                    counts.crlf += 1
                    index += 1
                } else if byte == Bytes.carriageReturn {
                    counts.cr += 1
                } else {
                    counts.lf += 1
                }
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < data.count || lineStart == start { line(lineStart..<data.count) }
        return counts.ending
    }

    private static func finish(
        _ builder: SourceTextBuilder, encoding: SourceText.Encoding,
        ending: SourceText.LineEnding, size: Int
    ) throws -> SourceText {
        guard builder.bytes.contains(where: { !Bytes.isBlank($0) && $0 != Bytes.newline }) else {
            throw Diagnostic.emptyInput()
        }
        return SourceText(
            bytes: builder.bytes, lines: builder.lines, encoding: encoding, lineEnding: ending,
            originalByteCount: size)
    }
}

/// Tallies line breaks to name the file's line ending.
private struct LineEndingCounts {
    var lf = 0
    var crlf = 0
    var cr = 0

    var ending: SourceText.LineEnding {
        switch (lf > 0, crlf > 0, cr > 0) {
        case (false, false, false): .none
        case (true, false, false): .lf
        case (false, true, false): .crlf
        case (false, false, true): .cr
        default: .mixed
        }
    }
}
