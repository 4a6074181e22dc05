/// The words that say how firmly a party commits, in one table. The cue that starts earliest in the sentence
/// decides (the table's order breaks ties); "zal" and "zullen" decide only when nothing else does, since they
/// carry other verbs ("zullen de corporaties zich inspannen"). Cue words must appear in this order, not
/// necessarily side by side ("spannen zich … in"). Extend it here.
enum ModalityCues {
    typealias Modality = Commitment.Modality

    static let table: [(Modality, [String])] = [
        // May: weaker than anything else in the sentence.
        (.option, ["kunnen"]), (.option, ["kan"]),
        // Intends or expects.
        (.intention, ["hebben", "het", "voornemen"]), (.intention, ["heeft", "het", "voornemen"]),
        (.intention, ["voornemen"]), (.intention, ["willen"]), (.intention, ["wil"]), (.intention, ["beogen"]),
        (.intention, ["beoogt"]), (.intention, ["verwachten"]), (.intention, ["verwacht"]), (.intention, ["wensen"]),
        // Goes on with what already runs.
        (.continuation, ["continueren"]), (.continuation, ["continueert"]), (.continuation, ["gecontinueerd"]),
        (.continuation, ["blijven"]), (.continuation, ["blijft"]), (.continuation, ["zetten", "voort"]),
        (.continuation, ["zet", "voort"]), (.continuation, ["voortzetten"]), (.continuation, ["gaan", "door"]),
        (.continuation, ["gaat", "door"]),
        // Best effort.
        (.effort, ["spannen", "zich", "in"]), (.effort, ["spant", "zich", "in"]), (.effort, ["inspannen"]),
        (.effort, ["zetten", "zich", "in"]), (.effort, ["zet", "zich", "in"]), (.effort, ["inzetten"]),
        (.effort, ["zetten", "in", "op"]), (.effort, ["zet", "in", "op"]), (.effort, ["streven"]),
        (.effort, ["streeft"]), (.effort, ["dragen", "bij"]), (.effort, ["draagt", "bij"]),
        // A firm result.
        (.result, ["stelt", "op"]), (.result, ["stellen", "op"]), (.result, ["neemt", "op"]),
        (.result, ["nemen", "op"]),
        (.result, ["vindt", "plaats"]), (.result, ["plaatsvindt"]), (.result, ["wordt", "vastgelegd"]),
        (.result, ["zal"]), (.result, ["zullen"]), (.result, ["voert", "uit"]), (.result, ["voeren", "uit"]),
        (.result, ["zorgen", "ervoor"]), (.result, ["zorgt", "ervoor"]), (.result, ["stelt", "beschikbaar"]),
        (.result, ["spreken", "af"]), (.result, ["besluiten"]), (.result, ["organiseert"]), (.result, ["organiseren"]),
        (.result, ["inventariseert"]), (.result, ["inventariseren"]), (.result, ["nemen", "deel"]),
        (.result, ["participeren"]), (.result, ["verzorgen"]), (.result, ["investeren"]), (.result, ["leveren"]),
        (.result, ["hebben", "afspraken", "gemaakt"]), (.result, ["maken", "afspraken"]), (.result, ["betrekt"]),
        (.result, ["voeren", "overleg"]), (.result, ["hebben", "overleg"]), (.result, ["voeren", "gesprek"]),
        (.result, ["treden", "overleg"]), (.result, ["evalueren"]), (.result, ["evalueert"]),
    ]

    private static let keyed: [(Modality, [UInt64], String)] = table.map {
        ($0.0, $0.1.map(Word.key), $0.1.joined(separator: " "))
    }
    private static let auxiliaries = KeywordSet(words: ["zal", "zullen"])
    private static let te = Word.key("te")
    private static let worden = Word.key("worden")
    private static let kunnen = KeywordSet(words: ["kunnen", "kan"])

    /// The cue that starts earliest; "te kunnen" (an infinitive) and "kunnen worden" (a possibility, not a
    /// permission) are no cues.
    static func cue(in words: [Word], bytes: [UInt8]) -> (Modality, String)? {
        var best: (start: Int, modality: Modality, written: String)?
        var fallback: (Modality, String)?
        for (modality, keys, written) in keyed {
            guard let start = match(keys, in: words) else { continue }
            if keys.count == 1, auxiliaries.contains(keys[0]) {
                if fallback == nil { fallback = (modality, written) }
            } else if start < best?.start ?? Int.max {
                best = (start, modality, written)
            }
        }
        return best.map { ($0.modality, $0.written) } ?? fallback
    }

    /// Where the first word of `keys` stands when all of them follow in order.
    private static func match(_ keys: [UInt64], in words: [Word]) -> Int? {
        var position = 0
        var matched = 0
        var start: Int?
        while position < words.count, matched < keys.count {
            if words[position].key == keys[matched], matched > 0 || isCue(at: position, in: words) {
                if matched == 0 { start = position }
                matched += 1
            }
            position += 1
        }
        return matched == keys.count ? start : nil
    }

    private static func isCue(at position: Int, in words: [Word]) -> Bool {
        guard kunnen.contains(words[position].key) else { return true }
        if position > 0, words[position - 1].key == te { return false }
        return position + 1 >= words.count || words[position + 1].key != worden
    }
}
