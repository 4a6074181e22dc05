/// Joins the lines of a paragraph into one string in a single pass: runs of blanks become one space, and a
/// hyphen at a line end is undone where it split a word ("woning-" + "zoekenden").
enum TextJoiner {
    /// Joined text with the way back to the decoded source: readers that work on joined text ("11 dece-" +
    /// "mber 2026") map what they find back through `sourceOffset(_:)`. Bytes copied as they stand form runs that
    /// map one to one; only where the text was joined or blanks were squeezed does a new run start, so the map
    /// costs a few entries a line instead of one per byte.
    struct Mapped {
        private(set) var bytes: [UInt8] = []
        /// Where each run starts, in the joined text and in the source; in joined order.
        private var runs: [(joined: Int, source: Int)] = []

        /// The decoded offset that joined byte `offset` came from.
        func sourceOffset(_ offset: Int) -> Int {
            let run = runs[runs.lastIndex(startingAtOrBefore: offset) { $0.joined }]
            return run.source + offset - run.joined
        }

        /// The decoded range that joined bytes `range` came from.
        func sourceRange(_ range: Range<Int>) -> Range<Int> {
            sourceOffset(range.lowerBound)..<(sourceOffset(range.upperBound - 1) + 1)
        }

        /// Appends bytes that stand at `source` in the decoded text.
        mutating func append(_ slice: UnsafeBufferPointer<UInt8>, from source: Int) {
            if let last = runs.last, last.source + bytes.count - last.joined == source {
                // Goes on where the last run ends.
            } else {
                runs.append((bytes.count, source))
            }
            bytes.append(contentsOf: slice)
        }

        /// Appends one byte that stands for decoded offset `source` (a blank, or a line break between blocks).
        mutating func append(_ byte: UInt8, from source: Int) {
            withUnsafeBytes(of: byte) { append($0.assumingMemoryBound(to: UInt8.self), from: source) }
        }

        /// Appends another joined text.
        mutating func append(_ other: Mapped) {
            let shift = bytes.count
            for run in other.runs {
                if let last = runs.last, last.source + shift + run.joined - last.joined == run.source { continue }
                runs.append((shift + run.joined, run.source))
            }
            bytes += other.bytes
        }

        mutating func removeLast() {
            bytes.removeLast()
            if runs.last?.joined == bytes.count { runs.removeLast() }
        }

        mutating func reserveCapacity(_ count: Int, runs runCount: Int) {
            bytes.reserveCapacity(count)
            runs.reserveCapacity(runCount)
        }
    }

    static func join(_ pieces: [Range<Int>], in bytes: [UInt8]) -> String {
        String(decoding: joinMapped(pieces, in: bytes).bytes, as: UTF8.self)
    }

    static func joinMapped(_ pieces: [Range<Int>], in bytes: [UInt8]) -> Mapped {
        var out = Mapped()
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count + 1 }, runs: 2 * pieces.count + 2)
        bytes.withUnsafeBufferPointer { bytes in
            /// A soft hyphen (C2 AD) starts at `index`: a place where a word may break, invisible otherwise.
            func isSoftHyphen(_ index: Int) -> Bool {
                bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAD
            }
            var brokeAtSoftHyphen = false
            for piece in pieces {
                // "woning\u{AD}" + "zoekenden": the word goes on without a blank.
                if !out.bytes.isEmpty, !brokeAtSoftHyphen { joinLine(&out, next: piece, bytes) }
                brokeAtSoftHyphen = piece.count >= 2 && isSoftHyphen(piece.upperBound - 2)
                let end = piece.upperBound
                /// A blank, a line break or a no-break space (C2 A0) starts at `index`.
                func isBlank(_ index: Int) -> Bool {
                    let byte = bytes[index]
                    return Bytes.isBlank(byte) || byte == Bytes.newline
                        || (byte == 0xC2 && index + 1 < end && bytes[index + 1] == 0xA0)
                }
                var index = piece.lowerBound
                while index < end {
                    // Copied as it stands, at once: everything up to a blank that is more than one lone space.
                    var stretch = index
                    while stretch < end {
                        // Eight bytes with no blank but lone spaces go at once; else up to the first that may end.
                        if stretch + 9 <= end {
                            let mayEnd = mayEndStretch(
                                EightBytes.load(bytes, stretch), EightBytes.load(bytes, stretch + 1))
                            if mayEnd == 0 {
                                stretch += 8
                                continue
                            }
                            stretch += EightBytes.firstMarked(mayEnd)
                        }
                        if bytes[stretch] == Bytes.space, stretch + 1 < end, !isBlank(stretch + 1) {
                            stretch += 1
                        } else if isBlank(stretch) || isSoftHyphen(stretch) || ligature(at: stretch, bytes) != nil {
                            break
                        } else {
                            stretch += 1
                        }
                    }
                    if stretch > index {
                        out.append(UnsafeBufferPointer(rebasing: bytes[index..<stretch]), from: index)
                    }
                    // A soft hyphen is left out: "huur\u{AD}woningen" is one word.
                    if stretch < end, isSoftHyphen(stretch) {
                        index = stretch + 2
                        continue
                    }
                    // "ﬁnanciert" is "financiert": the letters, the last standing for the ligature's last byte.
                    if stretch < end, let letters = ligature(at: stretch, bytes) {
                        letters.withUTF8Buffer { letters in
                            for (offset, letter) in letters.enumerated() {
                                out.append(letter, from: stretch + (offset == letters.count - 1 ? 2 : offset))
                            }
                        }
                        index = stretch + 3
                        continue
                    }
                    // Other blanks become one space, standing for the last of them; none at the piece's end.
                    var after = stretch
                    while after < end, isBlank(after) { after += bytes[after] == 0xC2 ? 2 : 1 }
                    if after < end, after > stretch { out.append(Bytes.space, from: after - 1) }
                    index = after
                }
            }
        }
        return out
    }

    /// A high bit in each byte of `chunk` that may end a stretch: a control byte (tab, line break), the no-break
    /// space's lead C2, a ligature's lead EF, or a space before a byte that may be blank (`next` is the chunk one
    /// byte on).
    @inline(__always) private static func mayEndStretch(_ chunk: UInt64, _ next: UInt64) -> UInt64 {
        let nextMayBeBlank = EightBytes.below(next, 0x21) | EightBytes.equal(next, 0xC2)
        return EightBytes.below(chunk, 0x20) | EightBytes.equal(chunk, 0xC2) | EightBytes.equal(chunk, 0xEF)
            | EightBytes.equal(chunk, Bytes.space) & nextMayBeBlank
    }

    /// The letters of a Latin ligature (U+FB00 to U+FB04, EF AC 80 to 84) at `index`: PDFs keep "ﬁ" and "ﬂ" where a
    /// font drew them as one glyph, and a word read with one would match no keyword.
    private static func ligature(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> StaticString? {
        guard bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xAC else { return nil }
        switch bytes[index + 2] {
        case 0x80: return "ff"
        case 0x81: return "fi"
        case 0x82: return "fl"
        case 0x83: return "ffi"
        case 0x84: return "ffl"
        default: return nil
        }
    }

    /// What goes between two lines: nothing after a word split by a hyphen, else one space.
    private static func joinLine(_ out: inout Mapped, next: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        func space() { out.append(Bytes.space, from: next.lowerBound - 1) }
        guard out.bytes.last == Bytes.hyphen, out.bytes.count >= 2 else { return space() }
        let before = out.bytes[out.bytes.count - 2]
        let isWordBefore = Bytes.isASCIILetter(before) || Bytes.isDigit(before) || before >= 0x80
        // "sociale- en middenhuur", "een- of tweepersoons": the hyphen stands for a word part; keep the space.
        if !isWordBefore || startsWithConjunction(next, bytes) { return space() }
        // "woning-" + "zoekenden" → "woningzoekenden"; "CO2-" + "neutraal" and "Noord-" + "Holland" keep the hyphen.
        if Bytes.isASCIILower(before) || before >= 0x80, Bytes.isLowerLetter(in: bytes, at: next.lowerBound) {
            out.removeLast()
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
