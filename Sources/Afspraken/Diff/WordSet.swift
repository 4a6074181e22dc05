/// The distinct words of a text as sorted hashes: similarity is the share of words two texts have in common
/// (Jaccard), computed by one merge of two sorted arrays.
struct WordSet: Hashable, Sendable {
    private(set) var hashes: [UInt64]

    /// Words are runs of letters and digits, compared in lower case.
    init(_ text: String) {
        var hashes = Self.words(of: text)
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        self.hashes = unique
    }

    /// The text's words in order, as hashes: one pass over the UTF-8. ASCII letters fold to lower case; a
    /// multi-byte letter (é, ë) is part of a word, while punctuation from U+2000 up (dashes, quotes, bullets, €)
    /// separates words.
    static func words(of text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        var separatorBytes = 0
        for byte in text.utf8 {
            let isWordByte: Bool
            if separatorBytes > 0 {
                separatorBytes -= 1
                isWordByte = false
            } else if byte >= 0xE2 && byte < 0xF0 {
                separatorBytes = 2
                isWordByte = false
            } else {
                switch byte {
                case 0x30...0x39, 0x61...0x7A, 0x80...0xFF: isWordByte = true
                case 0x41...0x5A: isWordByte = true
                default: isWordByte = false
                }
            }
            if isWordByte {
                let folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    var isEmpty: Bool { hashes.isEmpty }

    /// Shared words over all words, 0...1; two empty sets are alike.
    func similarity(to other: WordSet) -> Double {
        if hashes.isEmpty && other.hashes.isEmpty { return 1 }
        var shared = 0
        var left = 0
        var right = 0
        while left < hashes.count, right < other.hashes.count {
            if hashes[left] == other.hashes[right] {
                shared += 1
                left += 1
                right += 1
            } else if hashes[left] < other.hashes[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return Double(shared) / Double(hashes.count + other.hashes.count - shared)
    }
}

/// Pairs old and new items by score, best first, each item at most once: O(n·m) scores and a sort.
enum GreedyMatcher {
    static func match(
        old: Int, new: Int, threshold: Double, score: (Int, Int) -> Double
    ) -> [(old: Int, new: Int)] {
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for oldIndex in 0..<old {
            for newIndex in 0..<new {
                let value = score(oldIndex, newIndex)
                if value >= threshold { candidates.append((value, oldIndex, newIndex)) }
            }
        }
        // Ties go to the pair nearest in order, so that identical items match in sequence.
        candidates.sort {
            $0.score != $1.score ? $0.score > $1.score : abs($0.old - $0.new) < abs($1.old - $1.new)
        }
        var oldTaken = Array(repeating: false, count: old)
        var newTaken = Array(repeating: false, count: new)
        var pairs: [(old: Int, new: Int)] = []
        for candidate in candidates where !oldTaken[candidate.old] && !newTaken[candidate.new] {
            oldTaken[candidate.old] = true
            newTaken[candidate.new] = true
            pairs.append((candidate.old, candidate.new))
        }
        return pairs.sorted { $0.new < $1.new }
    }
}
