import Foundation

/// Appends original lines to a `SourceText`, normalising to NFC and recording the anchors that keep
/// re-encoded or normalised lines traceable.
struct SourceTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var lines: [SourceText.Line] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity + capacity / 16) }

    /// A line of valid UTF-8 taken from the original file as it is, unless it needs normalising.
    mutating func appendUTF8Line(_ original: [UInt8], _ range: Range<Int>) {
        let (isASCII, mayNeedNormalisation) = original.withUnsafeBufferPointer { buffer in
            let line = UnsafeBufferPointer(rebasing: buffer[range])
            var bits: UInt8 = 0
            for byte in line { bits |= byte }  // no early exit, so the compiler can vectorise it
            return bits < 0x80 ? (true, false) : (false, Self.mayNeedNormalisation(line))
        }
        if isASCII || !mayNeedNormalisation
            || !Self.needsNormalisation(String(decoding: original[range], as: UTF8.self).unicodeScalars)
        {
            let start = bytes.count
            original.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
            lines.append(
                .init(
                    start: start, end: bytes.count, originalStart: range.lowerBound,
                    originalEnd: range.upperBound, anchors: nil, isASCII: isASCII,
                    checkpoints: isASCII ? nil : Self.checkpoints(bytes[start...])))
            bytes.append(Bytes.newline)
            return
        }
        var scalars: [(Unicode.Scalar, Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = Bytes.scalar(in: original, at: index)
            scalars.append((scalar, index))
            index += length
        }
        appendLine(scalars, originalStart: range.lowerBound, originalEnd: range.upperBound)
    }

    /// A line given as scalars with their original byte offsets (re-encoded input, or UTF-8 to normalise).
    mutating func appendLine(_ scalars: [(Unicode.Scalar, Int)], originalStart: Int, originalEnd: Int) {
        let start = bytes.count
        var anchors: [SourceText.Anchor] = []
        anchors.reserveCapacity(scalars.count + 1)
        if Self.needsNormalisation(scalars.lazy.map(\.0)) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars.lazy.map(\.0))
            var position = 0
            // Composition never crosses a grapheme boundary, so each character maps to where it started.
            for character in String(text) {
                let (offset, column) = (scalars[position].1, position + 1)
                for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
                    anchors.append(.init(offset: bytes.count, originalOffset: offset, column: column))
                    bytes.append(contentsOf: Array(String(scalar).utf8))
                }
                position += character.unicodeScalars.count
            }
        } else {
            for (column, (scalar, offset)) in scalars.enumerated() {
                anchors.append(.init(offset: bytes.count, originalOffset: offset, column: column + 1))
                Self.appendUTF8(scalar, to: &bytes)
            }
        }
        anchors.append(.init(offset: bytes.count, originalOffset: originalEnd, column: scalars.count + 1))
        lines.append(
            .init(
                start: start, end: bytes.count, originalStart: originalStart, originalEnd: originalEnd,
                anchors: anchors))
        bytes.append(Bytes.newline)
    }

    /// Scalars before every stride of a long line; nil for a line shorter than one stride.
    static func checkpoints(_ line: ArraySlice<UInt8>) -> [Int]? {
        let stride = SourceText.checkpointStride
        guard line.count > stride else { return nil }
        var counts: [Int] = [0]
        var scalars = 0
        for (index, byte) in zip(line.indices, line) {
            if index > line.startIndex, (index - line.startIndex) % stride == 0 { counts.append(scalars) }
            if !Bytes.isContinuation(byte) { scalars += 1 }
        }
        return counts
    }

    /// Whether valid UTF-8 holds a scalar that `needsNormalisation` looks at: U+0300 and up (lead byte CC and up),
    /// leaving out U+2000 to U+20BF (E2 80 to E2 82: typographic quotes, dashes, "€"), which Dutch text is full of.
    static func mayNeedNormalisation(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count {
            if line[index] >= 0xCC {
                guard line[index] == 0xE2, index + 1 < line.count, (0x80...0x82).contains(line[index + 1]) else {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// Only combining marks and Hangul jamo can change under NFC; most lines skip Foundation entirely.
    /// Latin letters (below U+0300) and typographic marks (U+2000–U+20CF: € • — ‘ ’) are passed over unasked.
    static func needsNormalisation<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        scalars.contains { scalar in
            let value = scalar.value
            guard value >= 0x300, !(0x2000..<0x20D0).contains(value) else { return false }
            return scalar.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains(value)
        }
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
