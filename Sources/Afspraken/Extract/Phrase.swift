/// A block's joined text split into words, with the way back to the source: what every entity reader reads.
/// A class, because every reader and every unit of a block holds it: a copy is then one reference, not five.
final class Phrase: Sendable {
    let text: TextJoiner.Mapped
    let words: [Word]
    let source: SourceText

    init(_ text: TextJoiner.Mapped, source: SourceText) {
        self.text = text
        self.words = WordScanner.words(in: text.bytes)
        self.source = source
    }

    var bytes: [UInt8] { text.bytes }
    var count: Int { words.count }

    /// Whether word `index` exists and is `keyword` (lower case), any case.
    func isWord(_ index: Int, _ keyword: UInt64) -> Bool { index < words.count && words[index].key == keyword }

    /// Whether word `index` is one of `keywords`.
    func isWord(_ index: Int, in keywords: KeywordSet) -> Bool {
        index < words.count && keywords.contains(words[index].key)
    }

    /// Whether word `index` is the sign `sign`.
    func isSign(_ index: Int, _ sign: UInt8) -> Bool {
        index < words.count && words[index].kind == .sign && bytes[words[index].range.lowerBound] == sign
    }

    /// Whether word `index` is "–" (E2 80 93), the en dash that typesetting puts in ranges.
    func isEnDash(_ index: Int) -> Bool {
        index < words.count && words[index].kind == .sign
            && bytes[words[index].range].elementsEqual([0xE2, 0x80, 0x93])
    }

    /// The joined text of words `range`, blanks as in the text.
    func string(_ range: Range<Int>) -> String {
        String(
            decoding: bytes[words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound],
            as: UTF8.self)
    }

    /// The source span of words `range`.
    func span(_ range: Range<Int>) -> SourceSpan {
        source.span(
            text.sourceRange(words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound))
    }

    /// A four-digit year from 1900 to 2099.
    func year(_ index: Int) -> Int? {
        guard index < words.count, words[index].range.count == 4,
            let value = DutchNumbers.integer(words[index], in: bytes), DateReader.plausibleYears.contains(value)
        else { return nil }
        return value
    }

    /// A cardinal in digits or words; "een"/"één" only when `allowingEen`.
    func cardinal(_ index: Int, allowingEen: Bool = false) -> Int? {
        guard index < words.count, let value = DutchNumbers.cardinal(words[index], in: bytes) else { return nil }
        if value == 1, words[index].kind == .word, !allowingEen { return nil }
        return value
    }
}
