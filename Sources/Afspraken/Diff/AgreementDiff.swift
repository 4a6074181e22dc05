/// What changed in substance between two years' agreements: typed changes with both sides, and a count of what
/// stayed the same.
public struct AgreementDiff: Hashable, Sendable, Codable {
    /// The two inputs' file names.
    public var oldSource: String
    public var newSource: String
    /// Every change, grouped by chapter in the new document's order.
    public var changes: [Change]
    /// What was matched and found the same.
    public var unchanged: Unchanged

    /// Whether the two agreements say the same.
    public var isEmpty: Bool { changes.isEmpty }
}

/// Counts of what was matched across the years and did not change.
public struct Unchanged: Hashable, Sendable, Codable {
    public var articles: Int
    public var commitments: Int
    public var projects: Int
}

/// One change, with the text and span of each side it has.
public struct Change: Hashable, Sendable, Codable {
    /// What kind of change.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case articleAdded, articleRemoved, articleMoved, articleRenumbered, articleRetitled
        case commitmentAdded, commitmentRemoved, commitmentTextChanged
        case deadlineChanged, amountChanged, percentageChanged, frequencyChanged, countChanged
        case actorsChanged, modalityChanged
        case projectAdded, projectRemoved, projectHomesChanged
        case signingChanged
    }

    /// Which way a value moved, where that has a direction.
    public enum Direction: String, Hashable, Sendable, Codable {
        case postponed, broughtForward, firmer, softer, increased, decreased, added, removed
    }

    /// What kind of change.
    public var kind: Kind
    /// The chapter it is grouped under ("1 Beschikbaarheid"), in a document without chapters the article; nil for
    /// the signing and text outside chapters and articles.
    public var chapter: String?
    /// The old side; nil for an addition.
    public var old: Side?
    /// The new side; nil for a removal.
    public var new: Side?
    /// One line for people: "uiterlijk Q1 2026 → uiterlijk Q3 2027".
    public var summary: String
    /// Which way the value moved.
    public var direction: Direction?
    /// For a deadline: how many days later (negative: earlier).
    public var days: Int?
    /// The value before and after, as written or as a number ("477.2").
    public var oldValue: String?
    public var newValue: String?
    /// For an amount: new minus old.
    public var difference: String?
    /// For actors: party ids that joined and that left.
    public var joined: [String]?
    public var left: [String]?
    /// For a project: homes by tenure or type, before and after.
    public var homes: [HomesChange]?

    init(kind: Kind, chapter: String?, old: Side?, new: Side?, summary: String) {
        self.kind = kind
        self.chapter = chapter
        self.old = old
        self.new = new
        self.summary = summary
    }
}

/// One side of a change: where it stands and its text.
public struct Side: Hashable, Sendable, Codable {
    /// Its place: an article's "2.5", a commitment's eId, a project's association and name.
    public var place: String
    /// The text as written: an article's heading, a commitment's sentence, a project's list item.
    public var text: String
    /// Where it stands in that side's source.
    public var span: SourceSpan
}

/// Homes of one tenure or type in a project, before and after.
public struct HomesChange: Hashable, Sendable, Codable {
    /// "total", a tenure ("socialRent") or a type ("EGW").
    public var key: String
    public var old: Int
    public var new: Int
}
