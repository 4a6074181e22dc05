/// A fixed table keyed by `Word.key`. The key is already a well-mixed hash (`WordKey`), so a lookup is a mask and a
/// compare or two, where `Dictionary` would hash the key again: the readers look up every word of the text.
struct KeywordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    /// A bit for each key's top twelve bits: most words of a text are in no table, and this says so with one load
    /// and a branch that is nearly always predicted, where probing `keys` mispredicts whenever a slot is taken.
    private var filter = [UInt64](repeating: 0, count: 64)

    init(_ pairs: [(UInt64, Value)]) {
        var size = 8
        while size < pairs.count * 3 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (key, value) in pairs {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
            filter[Int(key >> 58)] |= 1 << (key >> 52 & 63)
        }
    }

    init(dictionaryLiteral elements: (UInt64, Value)...) { self.init(elements) }

    subscript(key: UInt64) -> Value? {
        guard filter[Int(key >> 58)] & (1 << (key >> 52 & 63)) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Every key in the table.
    var allKeys: [UInt64] { keys.filter { $0 != 0 } }
}

/// A set of keywords.
typealias KeywordSet = KeywordTable<Bool>

extension KeywordTable where Value == Bool {
    /// The set of these lower-case words.
    init(words: [String]) { self.init(words.map { (Word.key($0), true) }) }
}
