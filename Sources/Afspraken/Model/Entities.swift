import Foundation

/// What a block states in so many words: dates and deadlines, frequencies, amounts, percentages and counts.
/// Each item keeps its exact text and span; in the document's index it also says where it stands.
public struct Entities: Hashable, Sendable, Codable {
    /// Dates, deadlines and periods.
    public var times: [TimeExpression] = []
    /// How often something happens.
    public var frequencies: [Frequency] = []
    /// Sums of money.
    public var amounts: [Money] = []
    /// Percentages.
    public var percentages: [Percentage] = []
    /// Counts of homes and similar units.
    public var counts: [Count] = []

    /// Creates an empty set.
    public init() {}

    /// Whether nothing was found.
    public var isEmpty: Bool {
        times.isEmpty && frequencies.isEmpty && amounts.isEmpty && percentages.isEmpty && counts.isEmpty
    }
}

/// Where an item stands: chapter, article and the block's place among the article's blocks ("1", "2.1").
public struct Location: Hashable, Sendable, Codable {
    /// The part of the document: front matter, a chapter, the signing, or an annex.
    public enum Part: String, Hashable, Sendable, Codable {
        case frontMatter, chapter, signing, annex
    }

    /// The part of the document.
    public var part: Part
    /// The chapter's number, or an unnumbered chapter's title; in an annex, the annex's number.
    public var chapter: String?
    /// The article's number, when in an article.
    public var article: String?
    /// The block's position, 1-based, with sub-items after a point: "3", "3.2".
    public var block: String
}

/// A date, deadline or period, in TimeML's TIMEX3 terms plus the dates it resolves to.
public struct TimeExpression: Hashable, Sendable, Codable {
    /// How precise the expression is.
    public enum Granularity: String, Hashable, Sendable, Codable {
        case day, week, month, quarter, halfYear, season, year, period, relative
    }

    /// TIMEX3's modifiers; `ON_OR_AFTER` is TIMEX3's too.
    public enum Modifier: String, Hashable, Sendable, Codable {
        case before = "BEFORE"
        case onOrBefore = "ON_OR_BEFORE"
        case after = "AFTER"
        case onOrAfter = "ON_OR_AFTER"
        case start = "START"
        case mid = "MID"
        case end = "END"
        case approximately = "APPROX"
    }

    /// The Dutch word that qualifies the time, as the text has it.
    public enum Qualifier: String, Hashable, Sendable, Codable {
        case uiterlijk, voor, vanaf
        case metIngangVan = "met ingang van"
        case tot
        case totEnMet = "tot en met"
        case `in`, per, na
        case medio, begin, eind, ultimo, rond, binnen, tussen
    }

    /// The words as written.
    public var text: String
    /// Where they stand.
    public var span: SourceSpan
    /// Day, month, quarter, half-year, year, multi-year period, or relative.
    public var granularity: Granularity
    /// TIMEX3 value: "2026-12-11", "2021-12", "2026-Q1", "2026-H2", "2027", "2022/2026", "2027-Q1/2027-Q2"; nil when relative.
    public var value: String?
    /// TIMEX3 mod, from the qualifier.
    public var mod: Modifier?
    /// The qualifying word, if any.
    public var qualifier: Qualifier?
    /// First day of the time referred to (ISO); nil when relative or the year is unknown.
    public var start: String?
    /// Last day of the time referred to (ISO).
    public var end: String?
    /// The year was not written but taken from the sentence or the agreement ("in Q1").
    public var isYearInferred: Bool
    /// The quarter was read through OCR damage ("01 2026", "Ql 2026").
    public var isRepaired: Bool
    /// Where it stands in the document (set in the document's index).
    public var location: Location?
}

/// How often: a count per period ("vier keer per jaar"), or an interval ("elke zes weken").
public struct Frequency: Hashable, Sendable, Codable {
    /// The unit of the period.
    public enum Period: String, Hashable, Sendable, Codable {
        case week, month, quarter, year
    }

    /// The words as written.
    public var text: String
    /// Where they stand.
    public var span: SourceSpan
    /// The period the count is per, or the unit of the interval.
    public var period: Period
    /// Fewest times per period ("minimaal twee").
    public var minimum: Int?
    /// Most times per period ("maximaal zes").
    public var maximum: Int?
    /// For an interval: every this many periods ("elke zes weken": 6).
    public var every: Int?
    /// TIMEX3 set value: "P6W", "P1Y".
    public var value: String
    /// TIMEX3 freq for a count per period: "4X"; a range "2X-6X".
    public var freq: String?
    /// Where it stands in the document (set in the document's index).
    public var location: Location?
}

/// A sum of money: exact, in a Decimal that JSON carries as a string.
public struct Money: Hashable, Sendable, Codable {
    /// The words as written: "€ 477,20".
    public var text: String
    /// Where they stand.
    public var span: SourceSpan
    /// The amount (the lower end of a range).
    public var amount: Decimal
    /// The upper end of a range ("€ 10.000 - € 15.000").
    public var upperAmount: Decimal?
    /// At most ("maximaal € 40.000", "tot € 50.000"), at least ("minimaal € 1.000") or about ("circa € 2,5
    /// miljoen"); nil when exact.
    public var bound: Count.Bound?
    /// What the amount is for each of, as written after "per": "maand" ("€ 25 per maand"), "woning", "jaar"; nil
    /// for a sum.
    public var per: String?
    /// ISO 4217 code.
    public var currency: String
    /// Where it stands in the document (set in the document's index).
    public var location: Location?

    enum CodingKeys: String, CodingKey { case text, span, amount, upperAmount, bound, per, currency, location }

    /// Creates an amount.
    public init(
        text: String, span: SourceSpan, amount: Decimal, upperAmount: Decimal?, bound: Count.Bound? = nil,
        per: String? = nil, currency: String, location: Location? = nil
    ) {
        self.text = text
        self.span = span
        self.amount = amount
        self.upperAmount = upperAmount
        self.bound = bound
        self.per = per
        self.currency = currency
        self.location = location
    }

    /// Decodes amounts from strings, so no amount passes through a binary float.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        span = try container.decode(SourceSpan.self, forKey: .span)
        amount = try Money.decimal(container.decode(String.self, forKey: .amount), container, .amount)
        upperAmount = try container.decodeIfPresent(String.self, forKey: .upperAmount).map {
            try Money.decimal($0, container, .upperAmount)
        }
        bound = try container.decodeIfPresent(Count.Bound.self, forKey: .bound)
        per = try container.decodeIfPresent(String.self, forKey: .per)
        currency = try container.decode(String.self, forKey: .currency)
        location = try container.decodeIfPresent(Location.self, forKey: .location)
    }

    /// Encodes amounts as strings ("477.2").
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
        try container.encode(amount.description, forKey: .amount)
        try container.encodeIfPresent(upperAmount?.description, forKey: .upperAmount)
        try container.encodeIfPresent(bound, forKey: .bound)
        try container.encodeIfPresent(per, forKey: .per)
        try container.encode(currency, forKey: .currency)
        try container.encodeIfPresent(location, forKey: .location)
    }

    private static func decimal(_ string: String, _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys)
        throws -> Decimal
    {
        guard let value = Decimal(string: string, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "not a decimal: \(string)")
        }
        return value
    }
}

/// A percentage, with a few words around it for context.
public struct Percentage: Hashable, Sendable, Codable {
    /// The words as written: "30%", "2,5 procent", "25-30%".
    public var text: String
    /// Where they stand.
    public var span: SourceSpan
    /// The percentage (lower end of a range), as a decimal string: "2.5".
    public var value: String
    /// The upper end of a range.
    public var upperValue: String?
    /// At most ("maximaal 4,4%"), at least ("minimaal 80%") or about ("ca. 30%"); nil when exact.
    public var bound: Count.Bound?
    /// True for percentage points ("2 procentpunt", "1%-punt"), a difference between percentages; nil for a share.
    public var points: Bool?
    /// A few words before and after.
    public var context: String
    /// Where it stands in the document (set in the document's index).
    public var location: Location?
}

/// A count of homes or similar units, places or people: "39 sociale huurwoningen", "maximaal 10 …", "0 of 1 woning",
/// "35 statushouders".
public struct Count: Hashable, Sendable, Codable {
    /// How the number is meant.
    public enum Bound: String, Hashable, Sendable, Codable {
        case exact, approximately, atMost, atLeast
    }

    /// The words as written.
    public var text: String
    /// Where they stand.
    public var span: SourceSpan
    /// The number (the lower end of a range).
    public var value: Int
    /// The upper end of a range ("0 of 1").
    public var upperValue: Int?
    /// What is counted, as written: "sociale huurwoningen", "EGW".
    public var unit: String
    /// Exact, approximately ("ca", "ongeveer"), at most ("maximaal"), at least ("ten minste").
    public var bound: Bound
    /// Where it stands in the document (set in the document's index).
    public var location: Location?
}
