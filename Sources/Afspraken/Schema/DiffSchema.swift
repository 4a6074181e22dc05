/// The description of `AgreementDiff`, the JSON `afspraken diff --format json` writes.
extension SchemaDescription {
    /// The diff's JSON, version `Document.currentSchemaVersion`.
    public static let diff = SchemaDescription(
        version: Document.currentSchemaVersion,
        namespace: "urn:afspraken:diff:1",
        id: "urn:afspraken:diff:1:json",
        rootElement: "diff",
        rootType: "AgreementDiff",
        documentation: "What changed in substance between two years' agreements, as afspraken diff reports it.",
        types: diffTypes + sourceTypes)

    private static let diffTypes: [SchemaType] = [
        .object(
            "AgreementDiff", "Typed changes with both sides, and a count of what stayed the same.",
            [
                .required("oldSource", .text, "The old agreement's file name."),
                .required("newSource", .text, "The new agreement's file name."),
                .required("changes", .array(item: "change", of: .named("Change")), "Every change, by chapter."),
                .required("unchanged", .named("Unchanged"), "What was matched and found the same."),
            ]),
        .object(
            "Unchanged", "Counts of what was matched across the years and did not change.",
            [
                .required("articles", .integer(minimum: 0), "Articles with the same number, title and chapter."),
                .required("commitments", .integer(minimum: 0), "Commitments that say the same."),
                .required("projects", .integer(minimum: 0), "Projects with the same homes."),
            ]),
        .object(
            "Change", "One change, with the text and span of each side it has.",
            [
                .required("kind", .named("ChangeKind"), "What kind of change."),
                .optional(
                    "chapter", .text,
                    "The chapter it is grouped under (\"1 Beschikbaarheid\"); in a document without chapters, "
                        + "the article."
                ),
                .optional("old", .named("Side"), "The old side; absent for an addition."),
                .optional("new", .named("Side"), "The new side; absent for a removal."),
                .required("summary", .text, "One line for people."),
                .optional("direction", .named("Direction"), "Which way the value moved."),
                .optional("days", .integer(minimum: Int.min), "For a deadline: days later (negative: earlier)."),
                .optional("oldValue", .text, "The value before."),
                .optional("newValue", .text, "The value after."),
                .optional("difference", .token(.decimal), "For an amount: new minus old."),
                .optional("joined", .array(item: "party", of: .token(.plain)), "Party ids that joined."),
                .optional("left", .array(item: "party", of: .token(.plain)), "Party ids that left."),
                .optional(
                    "homes", .array(item: "homes", of: .named("HomesChange")), "A project's homes, before and after."),
            ]),
        .enumeration(
            "ChangeKind", "Kinds of change.",
            Change.Kind.allCases.map {
                EnumValue($0.rawValue, "\($0.label.prefix(1).uppercased())\($0.label.dropFirst()).")
            }),
        .enumeration(
            "Direction", "Which way a value moved.",
            [
                EnumValue("postponed", "A deadline moved later."),
                EnumValue("broughtForward", "A deadline moved earlier."),
                EnumValue("firmer", "The commitment binds more firmly."), EnumValue("softer", "It binds less firmly."),
                EnumValue("increased", "A number went up."), EnumValue("decreased", "A number went down."),
                EnumValue("added", "Only the new side has it."), EnumValue("removed", "Only the old side has it."),
            ]),
        .object(
            "Side", "One side of a change.",
            [
                .required("place", .text, "Its place: an article's \"2.5\", a commitment's eId, a project's name."),
                .required("text", .text, "The text as written."),
                .required("span", .span, "Where it stands in that side's source."),
            ]),
        .object(
            "HomesChange", "Homes of one tenure or type in a project, before and after.",
            [
                .required("key", .token(.plain), "\"total\", a tenure or a type."),
                .required("old", .integer(minimum: 0), "Before."),
                .required("new", .integer(minimum: 0), "After."),
            ]),
    ]
}
