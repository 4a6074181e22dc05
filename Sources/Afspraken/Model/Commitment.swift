/// What a party has promised, agreed, continues, intends or may do, in one sentence or list item.
public struct Commitment: Hashable, Sendable, Codable {
    /// How firmly it binds (LegalRuleML and eFLINT: obligation or permission, with a bearer).
    public enum Modality: String, Hashable, Sendable, Codable {
        /// "spannen zich in", "zetten in op", "streven": best effort.
        case effort
        /// "stelt op", "vindt plaats", "wordt vastgelegd", "zal … worden": a firm result.
        case result
        /// "hebben het voornemen", "willen", "beogen", "verwachten".
        case intention
        /// "continueren", "blijven", "zetten voort".
        case continuation
        /// "kunnen": may, not must.
        case option
        /// A fact about a party's activities that assigns no action.
        case statement
    }

    /// Where it stands, as Akoma Ntoso names it: "hfst_1__art_6__item_2".
    public var eId: String
    /// From its words, so that it survives renumbering and moves: "c_3f9a…".
    public var wId: String
    /// Where it stands in the outline.
    public var location: Location
    /// The sentence or list item as written.
    public var text: String
    /// The parties that act, after resolving collective words; empty when the text names none.
    public var actors: [String]
    /// The words that name the actors, as written.
    public var actorPhrase: String?
    /// What they do: the text after the actor phrase.
    public var action: String
    /// How firmly.
    public var modality: Modality
    /// The words that decided the modality ("spannen zich in"); nil for a statement.
    public var cue: String?
    /// Indices into the document's `entities.times`.
    public var times: [Int]
    /// Indices into `entities.frequencies`.
    public var frequencies: [Int]
    /// Indices into `entities.amounts`.
    public var amounts: [Int]
    /// Indices into `entities.percentages`.
    public var percentages: [Int]
    /// Indices into `entities.counts`.
    public var counts: [Int]
    /// Where it stands in the source.
    public var span: SourceSpan
}

/// A building project or a planned sale, read from a list such as "Start bouw".
public struct Project: Hashable, Sendable, Codable {
    /// Building or selling.
    public enum Kind: String, Hashable, Sendable, Codable {
        case construction, sale
    }

    /// Building or selling.
    public var kind: Kind
    /// The housing association's party id.
    public var association: String
    /// The project's name ("Dorpshart"); nil for a sale.
    public var name: String?
    /// Homes in all (the upper end for "0 of 1").
    public var totalHomes: Int
    /// The lower end when the text gives a range ("0 of 1 woning").
    public var minimumHomes: Int?
    /// Whether the total is a bound ("maximaal 10") or an estimate rather than exact.
    public var bound: Count.Bound
    /// Homes by tenure: socialRent, midRent, freeSector, rent (unspecified), sale, socialSale.
    public var tenure: [String: Int]
    /// Homes by type: EGW, Bebo, appartement.
    public var types: [String: Int]
    /// The list item as written.
    public var text: String
    /// Where it stands.
    public var span: SourceSpan
    /// The eId of the commitment it is read from, whose times, actors and firmness it shares; nil when it is read
    /// from no commitment (a table's row).
    public var commitment: String?
}

/// How concrete the agreements are, per chapter and in all: the share of commitments that name an actor,
/// a deadline and a measurable quantity.
public struct Concreteness: Hashable, Sendable, Codable {
    /// The three tiers of the national map of prestatieafspraken.
    public enum Tier: String, Hashable, Sendable, Codable {
        case concreet
        case deelsConcreet = "deels concreet"
        case nietConcreet = "niet concreet"
    }

    /// The chapter's number, nil for the whole agreement.
    public var chapter: String?
    /// The chapter's title.
    public var title: String?
    /// How many commitments.
    public var commitments: Int
    /// Share naming an actor.
    public var withActor: Double
    /// Share naming a deadline or date.
    public var withDeadline: Double
    /// Share naming a count, amount, percentage or frequency.
    public var withQuantity: Double
    /// The tier (see the README for the rule).
    public var tier: Tier
}
