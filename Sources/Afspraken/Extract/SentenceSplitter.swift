/// Splits a paragraph's joined text into sentences: a sentence ends at ".", "!" or "?" before a capital, a
/// digit or a quote, but not after an abbreviation ("o.a.", "i.v.m.", "bijv.", "ca.", "t/m", "nr.") or an initial.
enum SentenceSplitter {
    private static let abbreviations = KeywordSet(words: [
        // Lower-case letters of "o.a.", "z.s.m.", "n.a.v.", "t.z.t.".
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "v", "w",
        "z", "bijv", "bv", "ca", "enz", "nr", "dhr", "mevr", "mw", "drs", "ir", "ing", "mr", "dr", "prof", "art", "jl",
        "resp", "evt", "incl", "excl", "max", "min", "etc", "vs", "zgn", "blz", "pag", "tel", "ong", "gem", "jr", "st",
        "ed", "nl", "vnl", "mln", "mld", "mio",
        // Months written short: "1 jan. 2027".
        "jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    ])

    /// The byte ranges of the sentences in `text`, each without the blank after it, found as they are read: no
    /// array is made for them.
    static func sentences(in text: TextJoiner.Mapped) -> Sentences { Sentences(bytes: text.bytes) }

    struct Sentences: Sequence, IteratorProtocol {
        let bytes: [UInt8]
        private var start = 0
        private var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> Range<Int>? {
            while index < bytes.count {
                index = nextMark(in: bytes, from: index)
                guard index < bytes.count else { break }
                let byte = bytes[index]
                var end = index + 1
                // ".)" and ".'" close the sentence too
                while end < bytes.count, bytes[end] == 0x29 || bytes[end] == 0x27 || bytes[end] == 0x22 { end += 1 }
                // "huurwoningen.1 De gemeente …": a footnote's number after a word's period (not "2.1 De").
                if end == index + 1, index > 0, Bytes.isASCIILetter(bytes[index - 1]) {
                    var digits = end
                    while digits < bytes.count, digits - end < 2, Bytes.isDigit(bytes[digits]) { digits += 1 }
                    if digits > end, digits < bytes.count, bytes[digits] == Bytes.space { end = digits }
                }
                guard end < bytes.count, bytes[end] == Bytes.space, end + 1 < bytes.count else {
                    index = end
                    continue
                }
                let next = end + 1
                let startsSentence =
                    Bytes.isUpperLetter(in: bytes, at: next) || Bytes.isDigit(bytes[next])
                    || bytes[next] == 0x27 || bytes[next] == 0x22 || bytes[next] == 0xE2
                    || Bytes.startsLowerCaseName(in: bytes, at: next)
                if !startsSentence || (byte == Bytes.dot && isAbbreviation(before: index, in: bytes)) {
                    index = end
                    continue
                }
                defer { (start, index) = (next, next) }
                return start..<end
            }
            guard start < bytes.count else { return nil }
            defer { (start, index) = (bytes.count, bytes.count) }
            return start..<bytes.count
        }
    }

    /// The first ".", "!" or "?" at or after `start` (`bytes.count` if none): eight bytes are passed over at once
    /// where none of them is one.
    private static func nextMark(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            while index + 8 <= bytes.count {
                let chunk = EightBytes.load(bytes, index)
                let marks =
                    EightBytes.equal(chunk, Bytes.dot) | EightBytes.equal(chunk, 0x21) | EightBytes.equal(chunk, 0x3F)
                if marks != 0 { return index + EightBytes.firstMarked(marks) }
                index += 8
            }
            while index < bytes.count, bytes[index] != Bytes.dot, bytes[index] != 0x21, bytes[index] != 0x3F {
                index += 1
            }
            return index
        }
    }

    /// The word before a period is an abbreviation or a single letter ("A. de Jong", "o.a."); not a letter that
    /// names a label or class ("naar label A. De gemeente …").
    private static func isAbbreviation(before dot: Int, in bytes: [UInt8]) -> Bool {
        var start = dot
        while start > 0, Bytes.isASCIILetter(bytes[start - 1]) { start -= 1 }
        guard start < dot else { return false }
        if dot - start == 1, start >= 2, bytes[start - 1] == Bytes.space {
            var before = start - 1
            while before > 0, Bytes.isASCIILetter(bytes[before - 1]) { before -= 1 }
            if namesOfClasses.contains(Word.key(of: bytes[before..<(start - 1)])) { return false }
        }
        // "B&W." and "t/m." are never the end of a sentence in these texts either
        return abbreviations.contains(Word.key(of: bytes[start..<dot]))
    }

    /// Words a single letter names something after: "label A", "klasse B", "fase C".
    private static let namesOfClasses = KeywordSet(words: [
        "label", "labels", "energielabel", "klasse", "fase", "categorie", "type", "variant", "niveau",
    ])
}
