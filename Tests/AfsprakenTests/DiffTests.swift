import Foundation
import Testing

@testable import Afspraken

@Suite struct DiffTests {
    /// The changes a policy officer made by hand, as golden report and JSON, read by eye.
    @Test(arguments: DiffFixture.all)
    func diffReportsExactlyTheGoldenChanges(_ fixture: DiffFixture) throws {
        let diff = try fixture.diff()
        assertGolden(DiffReport.text(diff), "diff/\(fixture.name)/expected.txt")
        let json = JSONWriter().bytes(try ValueEncoder.encode(diff))
        assertGolden(String(decoding: json, as: UTF8.self), "diff/\(fixture.name)/expected.json")
        let violations = ModelValidator(schema: .diff).violations(in: try JSONReader.read(json))
        #expect(violations.isEmpty, "\(violations.prefix(3))")
    }

    @Test func theFixturesCoverEveryKindOfChangeAtLeastTwice() throws {
        var seen: [Change.Kind: Int] = [:]
        for fixture in DiffFixture.all {
            for change in try fixture.diff().changes { seen[change.kind, default: 0] += 1 }
        }
        for kind in Change.Kind.allCases { #expect(seen[kind, default: 0] >= 2, "\(kind)") }
    }

    @Test func anAgreementAgainstItselfHasNoChanges() throws {
        for fixture in Fixture.all {
            let document = try fixture.parse().document
            let diff = AgreementDiffer.diff(old: document, new: document)
            #expect(diff.isEmpty, "\(fixture.name): \(diff.changes.prefix(2).map(\.summary))")
        }
    }

    /// Line endings, encodings, re-wrapping, page furniture and hyphenation are not changes.
    @Test(arguments: Variant.all)
    func aVariantOfTheSameTextHasNoChanges(_ variant: Variant) throws {
        let base = try AgreementParser.parse(
            [UInt8](Data(contentsOf: fixturesURL.appendingPathComponent("\(variant.base)/input.txt"))), fileName: "base"
        ).document
        let other = try AgreementParser.parse([UInt8](Data(contentsOf: variant.url)), fileName: variant.file).document
        let diff = AgreementDiffer.diff(old: base, new: other)
        #expect(diff.isEmpty, "\(diff.changes.prefix(3).map(\.summary))")
        // Items of project lists are compared as projects; sentences that made a project as commitments too.
        let projectItems = base.commitments.filter { commitment in
            commitment.cue.flatMap { ProjectReader.sentenceKinds[$0] } == nil
                && base.projects.contains {
                    $0.span.start.offset <= commitment.span.start.offset
                        && commitment.span.end.offset <= $0.span.end.offset
                }
        }
        #expect(diff.unchanged.commitments == base.commitments.count - projectItems.count)
    }

    @Test func theSamePairAsJSONGivesTheSameChanges() throws {
        for fixture in DiffFixture.all {
            let old = try JSONOutput.decode(JSONOutput.encode(fixture.document("old")))
            let new = try JSONOutput.decode(JSONOutput.encode(fixture.document("new")))
            #expect(AgreementDiffer.diff(old: old, new: new) == (try fixture.diff()))
        }
    }

    /// An article without a title is named by its number and its first words, so a reader knows which it was.
    @Test func anArticleWithoutATitleIsNamedByItsNumberAndFirstWords() throws {
        let old = try document(
            "1. Wonen\n1.1 Partijen bouwen 20 woningen.\n1.2 Partijen verkopen 5 woningen.\n"
                + "1.3 De gemeente stelt in 2027 samen met de corporaties een nieuwe woonvisie op.\n")
        let new = try document("1. Wonen\n1.1 Partijen bouwen 20 woningen.\n")
        #expect(
            AgreementDiffer.diff(old: old, new: new).changes.map(\.summary) == [
                "article 1.2 \"Partijen verkopen 5 woningen.\" removed",
                "article 1.3 \"De gemeente stelt in 2027 samen met de …\" removed",
            ])
    }

    /// Untitled articles match by their text alone: one dropped and one added are not one renumbered.
    @Test func untitledArticlesMatchByTheirTextAndASentenceProjectKeepsItsDeadline() throws {
        let head =
            "Prestatieafspraken 2027\nWONEN\n1. Woningstichting Noord start in Q2 2027 met de bouw van 18 woningen.\n"
        let tail = "\nLEVEN\n1. Partijen organiseren een bewonersavond.\n2. De gemeente maakt een wijkvisie.\n"
        let old = try document(head + tail + "Ondertekening\nGemeente Voorbeeld     Woningstichting Noord\n")
        let new = try document(
            head.replacingOccurrences(of: "Q2 2027 met de bouw van 18", with: "Q4 2027 met de bouw van 22")
                + "\nLEVEN\n2. De gemeente maakt een wijkvisie.\n3. Noord plaatst zonnepanelen op 300 woningen.\n"
                + "Ondertekening\nGemeente Voorbeeld     Woningstichting Noord\n")
        let summaries = AgreementDiffer.diff(old: old, new: new).changes.map(\.summary)
        #expect(summaries.contains("article 1 \"Partijen organiseren een bewonersavond.\" removed"))
        #expect(summaries.contains { $0.hasPrefix("article 3 \"Noord plaatst") && $0.hasSuffix("added") })
        #expect(!summaries.contains { $0.contains("is now") })
        #expect(summaries.contains("in Q2 2027 → in Q4 2027, 184 days later"))
        #expect(summaries.contains { $0.hasPrefix("noord construction: total 18 → 22") })
    }

    /// A table row whose "Gereed" cell moved is one postponed deadline (the wrapped "Afspraak" cell spans the cells
    /// beside it, which are not its own twice); a "Trekker" cell naming others changes the actors by their ids.
    @Test func aTableRowsCellsChangeItsDeadlineAndActors() throws {
        let table = """
            Prestatieafspraken 2027
            1. Wonen
             Nr.   Afspraak                                   Trekker        Gereed
             1.1   De gemeente stelt een plan op met          Gemeente       Q3 2027
                   aandacht voor ouderen.
             1.2   Partijen evalueren de huismeester.         Partijen       2027
            Ondertekening
            Gemeente Voorbeeld     Woningstichting Noord
            """
        let old = try document(table)
        let new = try document(
            table.replacingOccurrences(of: "Q3 2027", with: "Q1 2028").replacingOccurrences(
                of: "Partijen       2027", with: "Noord          2027"))
        let summaries = AgreementDiffer.diff(old: old, new: new).changes.map(\.summary)
        #expect(
            summaries == [
                "Q3 2027 → Q1 2028, 183 days later",
                "actors: gemeente-voorbeeld, noord → noord; left gemeente-voorbeeld",
            ])
    }

    /// Another alderman signs: the signing changed, by who signs.
    @Test func aNewSignerChangesTheSigning() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            Woningstichting Noord bouwt 20 woningen.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord
            P. de Boer, wethouder       A. Visser, directeur
            """
        let diff = AgreementDiffer.diff(
            old: try document(text), new: try document(text.replacingOccurrences(of: "P. de Boer", with: "K. de Jong")))
        #expect(
            diff.changes.map(\.summary) == ["signing changed: signers +K. de Jong (wethouder) -P. de Boer (wethouder)"])
    }

    /// A document of articles without chapters is reported by article, a removal at the end of its article.
    @Test func changesInADocumentOfArticlesOnlyAreGroupedByArticle() throws {
        let text = """
            Prestatieafspraken 2027
            1 Betaalbaarheid
            Woningstichting Noord verhoogt de huren per 1 juli 2027 met de inflatie.
            De gemeente organiseert twee keer per jaar een bewonersavond.
            2 Leefbaarheid
            Partijen investeren € 150.000 in leefbaarheid.
            Ondertekening
            Gemeente Voorbeeld     Woningstichting Noord
            """
        let new = text.replacingOccurrences(
            of: "De gemeente organiseert twee keer per jaar een bewonersavond.\n", with: ""
        )
        .replacingOccurrences(of: "€ 150.000", with: "€ 175.000")
        let diff = AgreementDiffer.diff(old: try document(text), new: try document(new))
        #expect(diff.changes.map(\.kind) == [.commitmentRemoved, .amountChanged])
        #expect(diff.changes.map(\.chapter) == ["1 Betaalbaarheid", "2 Leefbaarheid"])
        #expect(!DiffReport.markdown(diff).contains("Outside the chapters"))
    }

    @Test func aPostponedDeadlineCountsTheDaysAndAFirmerCommitmentSaysSo() throws {
        let changes = try DiffFixture(name: "noordwijk-2026-2027-revised").diff().changes
        let brought = try #require(changes.first { $0.kind == .deadlineChanged && $0.direction == .broughtForward })
        #expect(brought.days == -90 && brought.oldValue == "2026-Q1" && brought.newValue == "2025-Q4")
        let firmer = try #require(changes.first { $0.kind == .modalityChanged && $0.direction == .firmer })
        #expect(firmer.oldValue == "option" && firmer.newValue == "effort")
        let actors = try #require(changes.first { $0.kind == .actorsChanged })
        #expect(actors.old?.place == firmer.old?.place && actors.left == ["gemeente-noordwijk"])
        #expect(!changes.contains { $0.kind == .commitmentTextChanged && $0.old?.place == firmer.old?.place })
        let amount = try #require(changes.first { $0.kind == .amountChanged })
        #expect(amount.difference == "14.11" && amount.direction == .increased)
    }

    /// A change in the jaarschijf an annex holds is grouped under the annex, after the chapters.
    @Test func changesInAnAnnexAreGroupedUnderIt() throws {
        let text = """
            Prestatieafspraken 2025-2029
            1. Algemeen
            De gemeente organiseert twee keer per jaar een bewonersavond.
            Ondertekening
            Gemeente Voorbeeld     Woningstichting Noord
            Bijlage 1 Jaarschijf 2027
            De gemeente stelt in 2027 een woonzorgvisie op.
            """
        let new = text.replacingOccurrences(of: "twee keer", with: "drie keer")
            .replacingOccurrences(of: "in 2027 een", with: "in 2028 een")
        let diff = AgreementDiffer.diff(old: try document(text), new: try document(new))
        #expect(diff.changes.map(\.kind) == [.frequencyChanged, .deadlineChanged])
        #expect(diff.changes.map(\.chapter) == ["1 Algemeen", "Bijlage 1 Jaarschijf 2027"])
    }

    /// The same sum, now a year's: a change of what it is for each of.
    @Test func anAmountThatBecomesOnePerYearChanges() throws {
        let text = "Prestatieafspraken 2027\n1. Geld\nDe gemeente stelt € 50.000 beschikbaar voor maatwerk.\n"
        let new = text.replacingOccurrences(of: "€ 50.000", with: "€ 50.000 per jaar")
        let diff = AgreementDiffer.diff(old: try document(text), new: try document(new))
        let amount = try #require(diff.changes.first { $0.kind == .amountChanged })
        #expect(amount.summary == "€ 50.000 → € 50.000 per jaar (0)")
    }
}

/// The document of an agreement's text.
private func document(_ text: String) throws -> Document {
    try AgreementParser.parse(Array(text.utf8), fileName: "t.txt").document
}
