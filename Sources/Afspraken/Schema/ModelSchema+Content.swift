/// Entities, parties, commitments and projects in the published description.
extension SchemaDescription {
    static let entityTypes: [SchemaType] = [
        .object(
            "Entities", "Dates, frequencies, amounts, percentages and counts, each with its exact text and span.",
            [
                .required("times", .array(item: "time", of: .named("TimeExpression")), "Dates, deadlines and periods."),
                .required(
                    "frequencies", .array(item: "frequency", of: .named("Frequency")), "How often something happens."),
                .required("amounts", .array(item: "amount", of: .named("Money")), "Sums of money."),
                .required("percentages", .array(item: "percentage", of: .named("Percentage")), "Percentages."),
                .required("counts", .array(item: "count", of: .named("Count")), "Counts of homes and similar units."),
            ]),
        .object(
            "Location", "Where an item stands: chapter, article and the block's place among the article's blocks.",
            [
                .required("part", .named("Part"), "The part of the document."),
                .optional(
                    "chapter", .text,
                    "The chapter's number, or an unnumbered chapter's title; in an annex, the annex's number."),
                .optional("article", .token(.plain), "The article's number, when in an article."),
                .required(
                    "block", .token(.plain),
                    "The block's position, 1-based, with sub-items after a point: \"3\", \"3.2\"."),
            ]),
        .enumeration(
            "Part", "The parts of a document.",
            [
                EnumValue("frontMatter", "Before the first chapter or article."), EnumValue("chapter", "In a chapter."),
                EnumValue("signing", "In the signing block."), EnumValue("annex", "In an annex."),
            ]),
        .object(
            "TimeExpression", "A date, deadline or period, in TimeML's TIMEX3 terms plus the dates it resolves to.",
            [
                .required("text", .text, "The words as written."),
                .required("span", .span, "Where they stand."),
                .required("granularity", .named("Granularity"), "How precise the expression is."),
                .optional(
                    "value", .token(.plain),
                    "TIMEX3 value: \"2026-12-11\", \"2026-Q1\", \"2026-H2\", \"2026-SU\", \"2027\", \"2022/2026\"; a range of quarters as \"2027-Q1/2027-Q2\"; absent when relative."
                ),
                .optional("mod", .named("Modifier"), "TIMEX3 mod, from the qualifier."),
                .optional("qualifier", .named("Qualifier"), "The qualifying word, if any."),
                .optional(
                    "start", .token(.date),
                    "First day of the time referred to; absent when relative or the year is unknown."),
                .optional("end", .token(.date), "Last day of the time referred to."),
                .required(
                    "isYearInferred", .boolean, "The year was not written but taken from the sentence or the agreement."
                ),
                .required("isRepaired", .boolean, "The quarter was read through OCR damage (\"Ql 2026\")."),
                .optional("location", .named("Location"), "Where it stands in the document (in the document's index)."),
            ]),
        .enumeration(
            "Granularity", "How precise a time expression is.",
            [
                EnumValue("day", "A date."), EnumValue("week", "An ISO week (TIMEX3 2027-W14)."),
                EnumValue("month", "A month."),
                EnumValue("quarter", "A quarter, or quarters of one year."),
                EnumValue("halfYear", "A half-year."),
                EnumValue("season", "Spring, summer or autumn (TIMEX3 SP, SU, FA)."), EnumValue("year", "A year."),
                EnumValue("period", "Several years."), EnumValue("relative", "Relative to another time."),
            ]),
        .enumeration(
            "Modifier", "TIMEX3 modifiers.",
            [
                EnumValue("BEFORE", "Before."), EnumValue("ON_OR_BEFORE", "At the latest."),
                EnumValue("AFTER", "After."), EnumValue("ON_OR_AFTER", "From."), EnumValue("START", "At the start."),
                EnumValue("MID", "In the middle."), EnumValue("END", "At the end."),
                EnumValue("APPROX", "Around."),
            ]),
        .enumeration(
            "Qualifier", "The Dutch word that qualifies a time.",
            [
                "uiterlijk", "voor", "vanaf", "met ingang van", "tot", "tot en met", "in", "per", "na", "medio",
                "begin",
                "eind", "ultimo", "rond", "binnen", "tussen",
            ].map { EnumValue($0, "\"\($0)\".") }),
        .object(
            "Frequency", "How often: a count per period (\"vier keer per jaar\") or an interval (\"elke zes weken\").",
            [
                .required("text", .text, "The words as written."),
                .required("span", .span, "Where they stand."),
                .required(
                    "period", .named("FrequencyPeriod"), "The period the count is per, or the unit of the interval."),
                .optional("minimum", .integer(minimum: 0), "Fewest times per period."),
                .optional("maximum", .integer(minimum: 0), "Most times per period."),
                .optional("every", .integer(minimum: 1), "For an interval: every this many periods."),
                .required("value", .token(.plain), "TIMEX3 set value: \"P6W\", \"P1Y\"."),
                .optional("freq", .token(.plain), "TIMEX3 freq for a count per period: \"4X\", \"2X-6X\"."),
                .optional("location", .named("Location"), "Where it stands in the document (in the document's index)."),
            ]),
        .enumeration(
            "FrequencyPeriod", "Units of a frequency's period.",
            [
                EnumValue("week", "Week."), EnumValue("month", "Month."), EnumValue("quarter", "Quarter."),
                EnumValue("year", "Year."),
            ]),
        .object(
            "Money", "A sum of money, exact: a decimal written as a string.",
            [
                .required("text", .text, "The words as written: \"€ 477,20\"."),
                .required("span", .span, "Where they stand."),
                .required("amount", .token(.decimal), "The amount (the lower end of a range): \"477.2\"."),
                .optional("upperAmount", .token(.decimal), "The upper end of a range."),
                .optional(
                    "bound", .named("Bound"),
                    "At most (\"maximaal € 40.000\"), at least (\"minimaal € 1.000\") or about; absent when exact."),
                .optional(
                    "per", .text,
                    "What the amount is for each of, as written after \"per\": \"maand\", \"woning\"; absent for a sum."
                ),
                .required("currency", .token(.currency), "ISO 4217 code."),
                .optional("location", .named("Location"), "Where it stands in the document (in the document's index)."),
            ]),
        .object(
            "Percentage", "A percentage, with a few words around it for context.",
            [
                .required("text", .text, "The words as written: \"30%\", \"2,5 procent\"."),
                .required("span", .span, "Where they stand."),
                .required("value", .token(.decimal), "The percentage (lower end of a range): \"2.5\"."),
                .optional("upperValue", .token(.decimal), "The upper end of a range."),
                .optional(
                    "bound", .named("Bound"),
                    "At most (\"maximaal 4,4%\"), at least (\"minimaal 80%\") or about; absent when exact."),
                .optional(
                    "points", .boolean,
                    "True for percentage points (\"2 procentpunt\", \"1%-punt\"), a difference between percentages; absent for a share."
                ),
                .required("context", .text, "A few words before and after."),
                .optional("location", .named("Location"), "Where it stands in the document (in the document's index)."),
            ]),
        .object(
            "Count",
            "A count of homes or similar units, places or people: \"39 sociale huurwoningen\", \"maximaal 10\", \"0 of 1 woning\", \"35 statushouders\".",
            [
                .required("text", .text, "The words as written."),
                .required("span", .span, "Where they stand."),
                .required("value", .integer(minimum: 0), "The number (the lower end of a range)."),
                .optional("upperValue", .integer(minimum: 0), "The upper end of a range."),
                .required("unit", .text, "What is counted, as written."),
                .required("bound", .named("Bound"), "How the number is meant."),
                .optional("location", .named("Location"), "Where it stands in the document (in the document's index)."),
            ]),
        .enumeration(
            "Bound", "How a number is meant.",
            [
                EnumValue("exact", "Exactly."), EnumValue("approximately", "About (\"ca\", \"ongeveer\")."),
                EnumValue("atMost", "At most (\"maximaal\")."), EnumValue("atLeast", "At least (\"ten minste\")."),
            ]),
    ]

    static let partyTypes: [SchemaType] = [
        .object(
            "Party", "An organisation the agreement binds or names, from the register built out of the document.",
            [
                .required("id", .token(.plain), "A stable id from the name."),
                .required("name", .text, "The fullest name found."),
                .required("role", .named("Role"), "What kind of organisation."),
                .required("isSignatory", .boolean, "Whether it signs the agreement."),
                .required("aliases", .array(item: "alias", of: .text), "Other names: short, defined or damaged forms."),
                .required("mentions", .array(item: "mention", of: .span), "Where the name or an alias is written."),
            ]),
        .enumeration(
            "Role", "Kinds of organisation.",
            [
                EnumValue("municipality", "The gemeente."), EnumValue("housingAssociation", "A woningcorporatie."),
                EnumValue("tenantsOrganisation", "A huurdersorganisatie."), EnumValue("other", "Anything else."),
            ]),
        .object(
            "PartyReference", "A word that stands for a set of parties: \"corporaties\", \"partijen\".",
            [
                .required("text", .text, "The words as written."),
                .required("span", .span, "Where they stand."),
                .required("parties", .array(item: "party", of: .token(.plain)), "The ids of the parties meant."),
            ]),
    ]

    static let commitmentTypes: [SchemaType] = [
        .object(
            "Commitment",
            "What a party has promised, agreed, continues, intends or may do, in one sentence or list item.",
            [
                .required(
                    "eId", .token(.plain), "Where it stands, as Akoma Ntoso names it: \"hfst_1__art_6__item_2\"."),
                .required("wId", .token(.plain), "From its words, so that it survives renumbering and moves."),
                .required("location", .named("Location"), "Where it stands in the outline."),
                .required("text", .text, "The sentence or list item as written."),
                .required(
                    "actors", .array(item: "actor", of: .token(.plain)),
                    "The ids of the parties that act; empty when the text names none."),
                .optional("actorPhrase", .text, "The words that name the actors, as written."),
                .required("action", .text, "What they do: the text after the actor phrase."),
                .required("modality", .named("Modality"), "How firmly it binds."),
                .optional("cue", .text, "The words that decided the modality; absent for a statement."),
                .required(
                    "times", .array(item: "time", of: .integer(minimum: 0)),
                    "Indices into the document's entities' times."),
                .required(
                    "frequencies", .array(item: "frequency", of: .integer(minimum: 0)), "Indices into the frequencies."),
                .required("amounts", .array(item: "amount", of: .integer(minimum: 0)), "Indices into the amounts."),
                .required(
                    "percentages", .array(item: "percentage", of: .integer(minimum: 0)), "Indices into the percentages."
                ),
                .required("counts", .array(item: "count", of: .integer(minimum: 0)), "Indices into the counts."),
                .required("span", .span, "Where it stands in the source."),
            ]),
        .enumeration(
            "Modality", "How firmly a commitment binds.",
            [
                EnumValue("effort", "Best effort: \"spannen zich in\", \"streven\"."),
                EnumValue("result", "A firm result: \"stelt op\", \"vindt plaats\", \"zal … worden\"."),
                EnumValue("intention", "\"hebben het voornemen\", \"willen\", \"beogen\"."),
                EnumValue("continuation", "\"continueren\", \"blijven\", \"zetten voort\"."),
                EnumValue("option", "\"kunnen\": may, not must."),
                EnumValue("statement", "A fact about a party's activities that assigns no action."),
            ]),
        .object(
            "Project", "A building project or a planned sale, read from a list such as \"Start bouw\".",
            [
                .required("kind", .named("ProjectKind"), "Building or selling."),
                .required("association", .token(.plain), "The housing association's party id."),
                .optional("name", .text, "The project's name; absent for a sale."),
                .required("totalHomes", .integer(minimum: 0), "Homes in all (the upper end of a range)."),
                .optional("minimumHomes", .integer(minimum: 0), "The lower end when the text gives a range."),
                .required("bound", .named("Bound"), "Whether the total is exact, a bound or an estimate."),
                .required("tenure", .counts(keys: "Tenure"), "Homes by tenure."),
                .required("types", .counts(keys: "HomeType"), "Homes by type."),
                .required("text", .text, "The list item as written."),
                .required("span", .span, "Where it stands."),
                .optional(
                    "commitment", .token(.plain),
                    "The eId of the commitment it is read from, whose times, actors and firmness it shares."),
            ]),
        .enumeration(
            "ProjectKind", "Building or selling.",
            [EnumValue("construction", "New homes built."), EnumValue("sale", "Homes sold from the stock.")]),
        .enumeration(
            "Tenure", "Tenures of homes.",
            [
                EnumValue("socialRent", "Sociale huur."), EnumValue("midRent", "Middenhuur."),
                EnumValue("freeSector", "Vrije sector."), EnumValue("rent", "Huur, not specified further."),
                EnumValue("sale", "Koop."), EnumValue("socialSale", "Sociale koop."),
            ]),
        .enumeration(
            "HomeType", "Types of homes.",
            [
                EnumValue("EGW", "Eengezinswoning: a single-family house."),
                EnumValue("Bebo", "Beneden-bovenwoning: a ground-floor and upper-floor pair."),
                EnumValue("appartement", "An apartment."),
            ]),
        .object(
            "Concreteness",
            "How concrete the agreements are: the share of commitments naming an actor, a deadline and a quantity.",
            [
                .optional("chapter", .text, "The chapter's number; absent for the whole agreement."),
                .optional("title", .text, "The chapter's title."),
                .required("commitments", .integer(minimum: 0), "How many commitments."),
                .required("withActor", .share, "Share naming an actor."),
                .required("withDeadline", .share, "Share naming a deadline or date."),
                .required("withQuantity", .share, "Share naming a count, amount, percentage or frequency."),
                .required("tier", .named("Tier"), "The tier; the README gives the rule."),
            ]),
        .enumeration(
            "Tier", "The three tiers of the national map of prestatieafspraken.",
            [
                EnumValue("concreet", "Concrete."), EnumValue("deels concreet", "Partly concrete."),
                EnumValue("niet concreet", "Not concrete."),
            ]),
    ]
}
