/// Joins the lines of a paragraph into one string in a single pass: runs of blanks become one space, and a
/// hyphen at a line end is undone where it split a word ("woning-" + "zoekenden").
enum TextJoiner {
    /// Joined text with, for each of its bytes, the decoded offset it came from; readers that work on joined
    /// text ("11 dece-" + "mber 2026") map what they find back to the source through `offsets`.
    struct Mapped {
        var bytes: [UInt8] = []
        var offsets: [Int] = []

        /// The decoded range that joined bytes `range` came from.
        func sourceRange(_ range: Range<Int>) -> Range<Int> {
            offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
        }
    }

    static func join(_ pieces: [Range<Int>], in bytes: [UInt8]) -> String {
        String(decoding: joinMapped(pieces, in: bytes).bytes, as: UTF8.self)
    }

    static func joinMapped(_ pieces: [Range<Int>], in bytes: [UInt8]) -> Mapped {
        var out = Mapped()
        let capacity = pieces.reduce(0) { $0 + $1.count + 1 }
        out.bytes.reserveCapacity(capacity)
        out.offsets.reserveCapacity(capacity)
        bytes.withUnsafeBufferPointer { bytes in
            for piece in pieces {
                if !out.bytes.isEmpty { joinLine(&out, next: piece, bytes) }
                var blank = false
                var index = piece.lowerBound
                while index < piece.upperBound {
                    let byte = bytes[index]
                    let isNoBreakSpace = byte == 0xC2 && index + 1 < piece.upperBound && bytes[index + 1] == 0xA0
                    if Bytes.isBlank(byte) || byte == Bytes.newline || isNoBreakSpace {
                        blank = true
                        index += isNoBreakSpace ? 2 : 1
                        continue
                    }
                    if blank {
                        out.bytes.append(Bytes.space)
                        out.offsets.append(index - 1)
                    }
                    blank = false
                    // Copy the run up to the next blank at once.
                    var end = index + 1
                    while end < piece.upperBound, !Bytes.isBlank(bytes[end]), bytes[end] != Bytes.newline,
                        bytes[end] != 0xC2
                    {
                        end += 1
                    }
                    out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    out.offsets.append(contentsOf: index..<end)
                    index = end
                }
            }
        }
        return out
    }

    /// What goes between two lines: nothing after a word split by a hyphen, else one space.
    private static func joinLine(_ out: inout Mapped, next: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        func space() {
            out.bytes.append(Bytes.space)
            out.offsets.append(next.lowerBound - 1)
        }
        guard out.bytes.last == Bytes.hyphen, out.bytes.count >= 2 else { return space() }
        let before = out.bytes[out.bytes.count - 2]
        let isWordBefore = Bytes.isASCIILetter(before) || Bytes.isDigit(before) || before >= 0x80
        // "sociale- en middenhuur", "een- of tweepersoons": the hyphen stands for a word part; keep the space.
        if !isWordBefore || startsWithConjunction(next, bytes) { return space() }
        // "woning-" + "zoekenden" → "woningzoekenden"; "CO2-" + "neutraal" and "Noord-" + "Holland" keep the hyphen.
        if Bytes.isASCIILower(before) || before >= 0x80, Bytes.isLowerLetter(in: bytes, at: next.lowerBound) {
            out.bytes.removeLast()
            out.offsets.removeLast()
        }
    }

    private static func startsWithConjunction(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for word: StaticString in ["en ", "of ", "tot ", "t/m ", "en/of "]
        where Bytes.matches(bytes, at: range.lowerBound, word) {
            return true
        }
        return false
    }
}
