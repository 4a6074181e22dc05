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
        (.intention, ["hebben", "ambitie"]), (.intention, ["heeft", "ambitie"]), (.intention, ["ambitie", "om"]),
        (.intention, ["hebben", "intentie"]), (.intention, ["heeft", "intentie"]),
        (.intention, ["intentie", "om"]), (.intention, ["heeft", "als", "doel"]),
        (.intention, ["hebben", "als", "doel"]), (.intention, ["is", "bereid"]), (.intention, ["zijn", "bereid"]),
        (.intention, ["stelt", "zich", "doel"]), (.intention, ["stellen", "zich", "doel"]),
        // Goes on with what already runs.
        (.continuation, ["continueren"]), (.continuation, ["continueert"]), (.continuation, ["gecontinueerd"]),
        (.continuation, ["blijven"]), (.continuation, ["blijft"]), (.continuation, ["zetten", "voort"]),
        (.continuation, ["zet", "voort"]), (.continuation, ["voortzetten"]), (.continuation, ["gaan", "door"]),
        (.continuation, ["gaat", "door"]),
        // Best effort.
        (.effort, ["spannen", "zich", "in"]), (.effort, ["spant", "zich", "in"]), (.effort, ["inspannen"]),
        (.effort, ["inspant"]),
        (.effort, ["zetten", "zich", "in"]), (.effort, ["zet", "zich", "in"]), (.effort, ["inzetten"]),
        (.effort, ["zetten", "in", "op"]), (.effort, ["zet", "in", "op"]), (.effort, ["streven"]),
        (.effort, ["streeft"]),
        // Before "dragen … bij": "dragen zorg voor … bij …" is a result.
        (.result, ["dragen", "zorg"]), (.result, ["draagt", "zorg"]),
        (.effort, ["dragen", "bij"]), (.effort, ["draagt", "bij"]),
        (.effort, ["richten", "zich", "op"]), (.effort, ["richt", "zich", "op"]),
        (.effort, ["maken", "zich", "sterk"]), (.effort, ["maakt", "zich", "sterk"]), (.effort, ["faciliteren"]),
        (.effort, ["faciliteert"]), (.effort, ["ondersteunen"]), (.effort, ["ondersteunt"]), (.effort, ["stimuleren"]),
        (.effort, ["stimuleert"]), (.effort, ["houden", "rekening"]), (.effort, ["houdt", "rekening"]),
        (.effort, ["denkt", "mee"]), (.effort, ["denken", "mee"]), (.effort, ["werkt", "mee"]),
        (.effort, ["werken", "mee"]),
        // A firm result.
        (.result, ["afgesproken"]), (.result, ["komen", "overeen"]), (.result, ["komt", "overeen"]),
        (.result, ["is", "verantwoordelijk"]), (.result, ["zijn", "verantwoordelijk"]),
        (.result, ["neemt", "initiatief"]), (.result, ["nemen", "initiatief"]), (.result, ["brengt", "uit"]),
        (.result, ["brengen", "uit"]),
        (.result, ["verplichten", "zich"]), (.result, ["verplicht", "zich"]),
        // Before "houdt" and "houden": "De corporatie houdt zich aan de passendheidsnorm".
        (.result, ["houdt", "zich", "aan"]), (.result, ["houden", "zich", "aan"]), (.result, ["garanderen"]),
        (.result, ["garandeert"]), (.result, ["committeren", "zich"]), (.result, ["committeert", "zich"]),
        // Before "stelt op": "stelt de huurders op de hoogte".
        (.result, ["stelt", "op", "hoogte"]), (.result, ["stellen", "op", "hoogte"]),
        (.result, ["houdt", "op", "hoogte"]), (.result, ["houden", "op", "hoogte"]),
        (.result, ["stelt", "op"]), (.result, ["stellen", "op"]), (.result, ["neemt", "op"]),
        (.result, ["nemen", "op"]),
        (.result, ["vindt", "plaats"]), (.result, ["plaatsvindt"]), (.result, ["wordt", "vastgelegd"]),
        (.result, ["zal"]), (.result, ["zullen"]), (.result, ["voert", "uit"]), (.result, ["voeren", "uit"]),
        (.result, ["zorgen", "ervoor"]), (.result, ["zorgt", "ervoor"]), (.result, ["zorgen", "voor"]),
        (.result, ["zorgt", "voor"]), (.result, ["stelt", "beschikbaar"]),
        (.result, ["spreken", "af"]), (.result, ["besluiten"]), (.result, ["organiseert"]), (.result, ["organiseren"]),
        (.result, ["inventariseert"]), (.result, ["inventariseren"]), (.result, ["nemen", "deel"]),
        (.result, ["participeren"]), (.result, ["verzorgen"]), (.result, ["investeren"]), (.result, ["leveren"]),
        (.result, ["hebben", "afspraken", "gemaakt"]), (.result, ["maken", "afspraken"]),
        (.result, ["maakt", "afspraken"]), (.result, ["betrekt"]),
        (.result, ["voeren", "overleg"]), (.result, ["hebben", "overleg"]), (.result, ["voeren", "gesprek"]),
        (.result, ["treden", "overleg"]), (.result, ["evalueren"]), (.result, ["evalueert"]),
        (.result, ["bespreekt"]), (.result, ["komen", "bijeen"]), (.result, ["komt", "bijeen"]),
        // Verbs of doing that agreements use for what a party delivers.
        (.result, ["realiseren"]), (.result, ["realiseert"]), (.result, ["levert", "op"]),
        (.result, ["leveren", "op"]),
        (.result, ["onderzoekt"]), (.result, ["onderzoeken"]), (.result, ["bouwt"]), (.result, ["verduurzamen"]),
        (.result, ["verduurzaamt"]), (.result, ["monitort"]), (.result, ["informeert"]), (.result, ["huisvest"]),
        (.result, ["betrekken"]), (.result, ["aankopen"]), (.result, ["kopen", "aan"]),
        // The other number of verbs above (a cue in the singular is one in the plural too), and more verbs of
        // delivering.
        (.result, ["stellen", "beschikbaar"]), (.result, ["investeert"]), (.result, ["levert"]),
        (.result, ["verzorgt"]), (.result, ["neemt", "deel"]), (.result, ["participeert"]), (.result, ["informeren"]),
        (.result, ["monitoren"]), (.result, ["huisvesten"]),
        (.result, ["wijst", "toe"]), (.result, ["wijzen", "toe"]), (.result, ["wijst", "aan"]),
        (.result, ["wijzen", "aan"]), (.result, ["hanteert"]), (.result, ["hanteren"]), (.result, ["isoleert"]),
        (.result, ["isoleren"]),
        (.result, ["renoveert"]), (.result, ["renoveren"]), (.result, ["sloopt"]), (.result, ["slopen"]),
        (.result, ["plaatst"]),
        (.result, ["verkoopt"]), (.result, ["verkopen"]), (.result, ["start", "met"]), (.result, ["starten", "met"]),
        (.result, ["start", "de", "bouw"]), (.result, ["starten", "de", "bouw"]),
        // Singular only: "overleggen" is as often an infinitive or a noun ("het voorzitten van overleggen"). Not
        // "voert": "Noord voert … een tweehurenbeleid" states a policy that runs, as a statement does.
        (.result, ["overlegt"]), (.result, ["beperkt"]), (.result, ["beperken"]), (.result, ["verhoogt"]),
        (.result, ["verhogen"]), (.result, ["verlaagt"]), (.result, ["verlagen"]), (.result, ["neemt", "maatregelen"]),
        (.result, ["nemen", "maatregelen"]), (.result, ["werkt", "samen"]), (.result, ["werken", "samen"]),
        (.result, ["stelt", "vast"]), (.result, ["stellen", "vast"]), (.result, ["biedt", "aan"]),
        (.result, ["bieden", "aan"]), (.result, ["biedt"]), (.result, ["ontwikkelt"]), (.result, ["ontwikkelen"]),
        (.result, ["verstrekt"]),
        (.result, ["verstrekken"]), (.result, ["neemt", "voor", "rekening"]), (.result, ["nemen", "voor", "rekening"]),
        (.result, ["doet", "mee"]), (.result, ["doen", "mee"]), (.result, ["matigen"]), (.result, ["matigt"]),
        (.result, ["voorkomt"]), (.result, ["voeren", "door"]), (.result, ["voert", "door"]),
        (.result, ["rondt", "af"]), (.result, ["ronden", "af"]), (.result, ["legt", "vast"]),
        (.result, ["leggen", "vast"]), (.result, ["legt", "voor"]), (.result, ["leggen", "voor"]),
        (.result, ["trekt", "uit"]), (.result, ["trekken", "uit"]),
        (.result, ["houdt", "bij"]), (.result, ["houden", "bij"]), (.result, ["brengt", "in", "beeld"]),
        (.result, ["brengen", "in", "beeld"]), (.result, ["is", "gehouden"]), (.result, ["zijn", "gehouden"]),
        (.result, ["neemt", "in", "behandeling"]), (.result, ["nemen", "in", "behandeling"]),
        (.result, ["brengt", "naar", "label"]), (.result, ["brengen", "naar", "label"]), (.result, ["subsidieert"]),
        (.result, ["subsidiëren"]), (.result, ["verleent"]), (.result, ["verlenen"]), (.result, ["adviseert"]),
        (.result, ["adviseren"]),
        (.result, ["reserveert"]), (.result, ["reserveren"]), (.result, ["neemt", "besluit"]),
        (.result, ["nemen", "besluit"]), (.result, ["zorgt", "dat"]), (.result, ["zorgen", "dat"]),
        (.result, ["geeft", "uitvoering"]), (.result, ["geven", "uitvoering"]), (.result, ["pakt", "op"]),
        (.result, ["pakken", "op"]), (.result, ["richt", "in"]), (.result, ["richten", "in"]), (.result, ["bevriest"]),
        (.result, ["treedt", "op"]), (.result, ["treden", "op"]), (.result, ["betaalt"]), (.result, ["betalen"]),
        (.result, ["stelt", "aan"]), (.result, ["stellen", "aan"]), (.result, ["brengt", "in", "kaart"]),
        (.result, ["brengen", "in", "kaart"]), (.result, ["geeft", "reactie"]), (.result, ["geven", "reactie"]),
        (.result, ["geeft", "advies"]), (.result, ["geven", "advies"]),
        (.result, ["bevriezen"]), (.result, ["bepaalt"]), (.result, ["bepalen"]),
        (.result, ["stemt", "af"]), (.result, ["stemmen", "af"]),
        (.result, ["rapporteert"]), (.result, ["rapporteren"]), (.result, ["meldt"]), (.result, ["melden"]),
        (.result, ["past", "toe"]), (.result, ["passen", "toe"]), (.result, ["verruimt"]), (.result, ["verruimen"]),
        (.result, ["actualiseert"]), (.result, ["actualiseren"]), (.result, ["past", "aan"]),
        (.result, ["passen", "aan"]), (.effort, ["zoekt"]), (.effort, ["zoeken"]),
        // The verb of a clause with "dat", whole: "… dat de gemeente jaarlijks een monitor opstelt".
        (.result, ["opstelt"]), (.result, ["uitvoert"]), (.result, ["oplevert"]), (.result, ["vaststelt"]),
        (.result, ["aanpast"]), (.result, ["toepast"]), (.effort, ["gestreefd"]), (.result, ["voegt", "toe"]),
        (.result, ["voegen", "toe"]), (.result, ["behandelt"]), (.result, ["financiert"]), (.result, ["financieren"]),
        // After "zet zich in" and "zet in op" (effort), which share their words: "De gemeente zet in 2027 een fonds
        // op", "Noord zet een community builder in".
        (.result, ["zet", "op"]), (.result, ["zetten", "op"]), (.result, ["zet", "in"]), (.result, ["zetten", "in"]),
        (.result, ["stelt", "in"]), (.result, ["stellen", "in"]),
        (.result, ["dragen", "kosten"]),
        (.result, ["draagt", "kosten"]), (.result, ["brengen", "onder", "aandacht"]),
        (.result, ["neemt", "in", "gebruik"]),
        (.result, ["nemen", "in", "gebruik"]), (.result, ["transformeert"]), (.result, ["transformeren"]),
        (.result, ["brengt", "onder", "aandacht"]),
        (.result, ["heeft", "opgave"]), (.result, ["hebben", "opgave"]), (.result, ["gaat", "in", "gesprek"]),
        (.result, ["gaan", "in", "gesprek"]), (.result, ["neemt", "voortouw"]), (.result, ["nemen", "voortouw"]),
        (.result, ["trekt", "op"]), (.result, ["trekken", "op"]), (.result, ["agendeert"]), (.result, ["agenderen"]),
        (.result, ["verkent"]), (.result, ["verkennen"]), (.result, ["borgt"]), (.result, ["borgen"]),
        (.result, ["maakt", "werk"]), (.result, ["maken", "werk"]), (.result, ["pakt", "aan"]),
        (.result, ["pakken", "aan"]), (.result, ["zegt", "toe"]), (.result, ["zeggen", "toe"]),
        (.result, ["geeft", "voorrang"]), (.result, ["geven", "voorrang"]), (.result, ["verhuurt"]),
        (.result, ["treft", "maatregelen"]), (.result, ["treffen", "maatregelen"]),
        (.result, ["handhaaft"]), (.result, ["handhaven"]), (.result, ["deelt"]), (.result, ["communiceert"]),
        (.result, ["communiceren"]), (.result, ["vraagt", "aandacht"]), (.result, ["vragen", "aandacht"]),
        (.result, ["schaft", "af"]), (.result, ["schaffen", "af"]),
        (.result, ["vergoedt"]), (.result, ["vergoeden"]), (.result, ["werft"]), (.result, ["werven"]),
        (.result, ["voorziet", "in"]), (.result, ["voorzien", "in"]), (.result, ["benadert"]), (.result, ["benaderen"]),
        (.result, ["maakt", "bouwrijp"]), (.result, ["maken", "bouwrijp"]), (.result, ["geeft", "af"]),
        (.result, ["geven", "af"]), (.result, ["herziet"]), (.result, ["herzien"]), (.result, ["koopt", "terug"]),
        (.result, ["kopen", "terug"]), (.result, ["accepteert"]), (.result, ["accepteren"]),
        (.effort, ["werkt", "toe"]),
        (.effort, ["werken", "toe"]),
        // Only right after the subject (`subjectVerbs`).
        (.result, ["overleggen"]), (.result, ["bouwen"]), (.result, ["voorkomen"]), (.result, ["verhuren"]),
        (.result, ["slopen"]), (.result, ["plaatsen"]), (.result, ["delen"]), (.result, ["bespreken"]),
        // After "houden rekening" and "houden bij": "Partijen houden twee keer per jaar een wijkschouw".
        (.result, ["houden"]), (.result, ["houdt"]), (.result, ["behandelen"]),
        (.result, ["besluit"]),
        (.result, ["beziet"]), (.result, ["bezien"]), (.result, ["maakt", "bewust"]), (.result, ["maken", "bewust"]),
        (.result, ["maakt", "zichtbaar"]), (.result, ["maken", "zichtbaar"]),
        // Meetings a party has: "Vier keer per jaar hebben gemeente en corporaties een bouwtafel".
        (.result, ["heeft", "bouwtafel"]), (.result, ["hebben", "bouwtafel"]),
        (.result, ["heeft", "bijeenkomst"]), (.result, ["hebben", "bijeenkomst"]),
        (.result, ["draagt", "verantwoordelijkheid"]),
        (.result, ["dragen", "verantwoordelijkheid"]), (.continuation, ["onderhoudt"]),
        (.continuation, ["onderhouden"]),
    ]

    /// Each cue with its words' keys, as written, how far apart its words may stand, and whether it must follow the
    /// subject.
    private static let keyed: [(Modality, [UInt64], String, reach: Int, afterSubject: Bool)] = table.map {
        let written = $0.1.joined(separator: " ")
        let reach = adjacentCues.contains(written) ? 3 : nounCues.contains(written) ? 10 : 40
        return ($0.0, $0.1.map(Word.key), written, reach, subjectVerbs.contains(written))
    }
    /// Cues by their first word, in table order, so that one pass over a sentence finds them all.
    private static let byFirstWord: KeywordTable<[Int]> = {
        var table: [UInt64: [Int]] = [:]
        for (index, cue) in keyed.enumerated() { table[cue.1[0], default: []].append(index) }
        return KeywordTable(table.map { ($0.key, $0.value) })
    }()
    private static let auxiliaries = KeywordSet(words: ["zal", "zullen"])
    /// "te realiseren", "uit te voeren", "het bouwen", "om te": an infinitive names an act, it does not commit.
    private static let beforeInfinitive = KeywordSet(words: ["te", "het", "om"])
    private static let kunnen = KeywordSet(words: ["kunnen", "kan"])

    /// The cue that starts earliest; "te kunnen" (an infinitive) and "kunnen worden" (a possibility, not a
    /// permission) are no cues. `afterSubject` is the word after the sentence's subject, if it names one.
    /// Whether the words open with a cue's first word, the cue whole: a list item that opens with its verb.
    static func opensWithCue(_ words: WordRun) -> Bool {
        guard !words.isEmpty, let candidates = byFirstWord[words[0].key], isCue(at: 0, in: words) else { return false }
        return candidates.contains { follows(keyed[$0].1, reach: keyed[$0].reach, from: 1, in: words) }
    }

    static func cue(in words: WordRun, afterSubject: Int? = nil) -> (Modality, String)? {
        var fallback: (Modality, String)?
        // Tables in locals: a static is looked up through its lazy initialiser at every use.
        let (firstWords, relatives, comma) = (byFirstWord, relativePronouns, Keys.comma)
        var position = -1
        while position + 1 < words.count {
            position += 1
            // "Corporaties die woningen verkopen, melden dit": the verb of a relative clause closed by a comma is not
            // the sentence's.
            if position > 0, relatives.contains(words[position].key),
                let end = (position + 1..<words.count).first(where: { words[$0].key == comma })
            {
                position = end
                continue
            }
            guard let candidates = firstWords[words[position].key], isCue(at: position, in: words) else { continue }
            for index in candidates
            where (!keyed[index].afterSubject || position == afterSubject)
                && follows(keyed[index].1, reach: keyed[index].reach, from: position + 1, in: words)
            {
                let (modality, keys, written, _, _) = keyed[index]
                if keys.count == 1, auxiliaries.contains(keys[0]) {
                    if fallback == nil { fallback = (modality, written) }
                } else {
                    return (modality, written)
                }
            }
        }
        return fallback
    }

    private static let relativePronouns = KeywordSet(words: ["die", "welke"])

    /// Cues whose later word is a noun ("hebben … overleg") must stand close together; a verb's particle may come
    /// much later ("spannen zich bij de toewijzing … zoveel mogelijk in").
    private static let nounCues = Set([
        "hebben afspraken gemaakt", "maken afspraken", "maakt afspraken", "voeren overleg", "hebben overleg",
        "voeren gesprek", "treden overleg", "neemt initiatief", "nemen initiatief", "ambitie om", "intentie om",
        // "zorgt uiterlijk 1 april 2027 voor": a time may stand between.
        "zorgen voor", "zorgt voor", "dragen kosten", "draagt kosten", "brengen onder aandacht",
        "brengt onder aandacht",
        // "past … aan", not "past binnen het beleid en sluit aan bij …".
        "past aan", "passen aan", "neemt besluit", "nemen besluit", "geeft uitvoering", "geven uitvoering",
        "maakt bewust", "maken bewust", "draagt verantwoordelijkheid", "dragen verantwoordelijkheid",
        "heeft bijeenkomst", "hebben bijeenkomst", "heeft opgave", "hebben opgave", "gaat in gesprek",
        "gaan in gesprek", "neemt voortouw", "nemen voortouw", "trekt op", "trekken op", "maakt werk", "maken werk",
        "geeft voorrang", "geven voorrang", "treft maatregelen", "treffen maatregelen", "vraagt aandacht",
        "vragen aandacht", "maakt bouwrijp", "maken bouwrijp", "stelt op hoogte",
        "stellen op hoogte", "houdt op hoogte", "houden op hoogte",
    ])
    /// "dragen (er) zorg voor" keeps its noun next to the verb; "draagt bij aan de zorg" is another cue.
    private static let adjacentCues = Set([
        "dragen zorg", "draagt zorg", "is verantwoordelijk", "zijn verantwoordelijk", "heeft als doel",
        "hebben als doel", "hebben ambitie", "heeft ambitie",
        "hebben intentie", "heeft intentie", "is bereid", "zijn bereid", "houden rekening",
        "houdt rekening",
        // "zorgt dat …"; "zorgt voor de bouw, zodat … dat" is "zorgt voor".
        "zorgt dat", "zorgen dat",
    ])

    /// Cues by which a lead-in says that the items under it are agreed ("Partijen spreken het volgende af:").
    static let agreementCues: Set = [
        "spreken af", "komen overeen", "komt overeen", "afgesproken", "maken afspraken", "maakt afspraken", "afspraken",
    ]

    /// Plural verbs that are as often a noun or an infinitive ("het voorzitten van overleggen", "Overleg Bouwen &
    /// Wonen", "moet voorkomen dat"): a cue only as the verb right after a subject ("Partijen overleggen …").
    private static let subjectVerbs = Set([
        "overleggen", "bouwen", "voorkomen", "verhuren", "slopen", "plaatsen", "delen", "bespreken", "houden", "houdt",
        "behandelen", "besluit",
    ])

    /// Whether the cue's other words come after `start`, in order, within reach. "in op" stands together: "zet in
    /// 2027 een fonds op" has a time's "in".
    private static func follows(_ keys: [UInt64], reach: Int, from start: Int, in words: WordRun) -> Bool {
        var matched = 1
        var position = start
        while matched < keys.count, position < min(words.count, start + reach) {
            if words[position].key == keys[matched] {
                if keys[matched] == Keys.op, keys[matched - 1] == Keys.in, words[position - 1].key != Keys.in {
                    return false
                }
                matched += 1
            }
            position += 1
        }
        return matched == keys.count
    }

    private static func isCue(at position: Int, in words: WordRun) -> Bool {
        if position > 0, beforeInfinitive.contains(words[position - 1].key) { return false }
        guard kunnen.contains(words[position].key) else { return true }
        return position + 1 >= words.count || words[position + 1].key != Keys.worden
    }
}
