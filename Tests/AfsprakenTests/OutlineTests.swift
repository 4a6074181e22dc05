import Afspraken
import Foundation
import Testing

@Suite struct OutlineTests {
    private func parse(_ text: String) throws -> AgreementParser.Result {
        try AgreementParser.parse(Array(text.utf8), fileName: "t.txt")
    }

    @Test func sampleHasSixChaptersWithTheirArticles() throws {
        let document = try Fixture(name: "noordwijk-2026").parse().document
        #expect(
            document.chapters.map(\.title) == [
                "Beschikbaarheid", "Betaalbaarheid", "Duurzaamheid", "Leefbaarheid",
                "Wonen en zorg", "Samenwerking",
            ])
        #expect(document.chapters.map(\.articles.count) == [11, 5, 5, 4, 7, 5])
        // Decided by sequence, not by look: these three are articles.
        #expect(document.chapters[0].articles[4].title == "Start bouw")
        #expect(document.chapters[4].articles[6].title == "Vergrijzing")
        #expect(document.chapters[5].articles[0].title == "Bouwtafel")
    }

    @Test func sampleSigningIsOutsideTheChapters() throws {
        let document = try Fixture(name: "noordwijk-2026").parse().document
        let signing = try #require(document.signing)
        #expect(signing.date?.written == "11 december 2026" && signing.date?.iso == "2026-12-11")
        #expect(signing.place?.text == "Hillegom")
        #expect(signing.signatories.count == 4)
        #expect(document.chapters.last?.span.end.line ?? 0 < signing.span.start.line)
        #expect(document.year?.year == 2026 && document.period?.startYear == 2022 && document.period?.endYear == 2026)
        #expect(document.municipality?.text == "Noordwijk")
    }

    /// "Artikel 2" with "1. De corporatie …", "2. De gemeente …" under it: numbered paragraphs (leden) of the
    /// article, not articles 1 and 2 again.
    @Test func numberedSentencesUnderAnArtikelAreItsParagraphs() throws {
        let result = try parse(
            """
            Prestatieafspraken 2027
            Artikel 1 Huurbeleid
            1. De corporatie voert een gematigd huurbeleid.
            2. De gemeente verstrekt een bijdrage.
            Artikel 2 Nieuwbouw
            1. De corporatie bouwt 30 woningen.
            """)
        let articles = result.document.chapters.flatMap(\.articles)
        #expect(articles.map(\.number) == ["1", "2"])
        #expect(articles.map { $0.blocks.map(\.marker) } == [["1.", "2."], ["1."]])
        #expect(result.diagnostics.filter { $0.code == "numbering" }.isEmpty)
        #expect(result.document.commitments.map(\.eId) == ["art_1__item_1", "art_2__item_1"])
    }

    /// "Inleiding" before chapter 1 is a chapter without a number, named by its title in ids; the cover stays front
    /// matter.
    @Test func anIntroductionBeforeTheNumberedChaptersIsAChapter() throws {
        let document = try parse(
            """
            Jaarschijf 2027
            Gemeente Leusden en Woningstichting Noord
            Inleiding
            Afgesproken is dat de gemeente de voortgang twee keer per jaar bespreekt.
            1. Betaalbaarheid
            1.1 Grond
            De gemeente verlaagt de grondprijs.
            """
        ).document
        #expect(document.frontMatter.map(\.text) == ["Jaarschijf 2027", "Gemeente Leusden en Woningstichting Noord"])
        #expect(document.chapters.map(\.number) == [nil, "1"])
        #expect(document.chapters.map(\.title) == ["Inleiding", "Betaalbaarheid"])
        #expect(document.commitments.map(\.eId) == ["hfst_inleiding__item_1", "hfst_1__art_1-1__item_1"])
    }

    /// No numbered heading at all: short lines in capitals with text under them are the chapters; a title in
    /// capitals with a year is not one.
    @Test func linesInCapitalsAreChaptersWhereNothingIsNumbered() throws {
        let document = try parse(
            """
            PRESTATIEAFSPRAKEN 2027
            BETAALBAARHEID
            De corporatie matigt de huren.
            WONEN EN ZORG
            De gemeente bouwt 40 woningen.
            """
        ).document
        #expect(document.chapters.map(\.title) == ["BETAALBAARHEID", "WONEN EN ZORG"])
        #expect(document.frontMatter.map(\.text) == ["PRESTATIEAFSPRAKEN 2027"])
    }

    /// No numbered heading at all: short titles right over a list are the chapters, two of them at least; after a
    /// long line and a blank, such a title starts anew.
    @Test func titlesOverListsAreChaptersWhereNothingIsNumbered() throws {
        let text = """
            Prestatieafspraken 2027 gemeente Dalfsen, Vechthorst en Huurdersvereniging Dalfsen

            Betaalbaarheid
            - Vechthorst voert in 2027 een huurverhoging door.

            Leefbaarheid en zorg
            - Partijen organiseren een wijkschouw.
            """
        let document = try parse(text).document
        #expect(document.chapters.map(\.title) == ["Betaalbaarheid", "Leefbaarheid en zorg"])
        #expect(document.frontMatter.count == 1)
        let one = try parse(text.replacingOccurrences(of: "Leefbaarheid en zorg\n", with: "")).document
        #expect(one.chapters.isEmpty && one.frontMatter.map(\.text).contains("Betaalbaarheid"))
    }

    @Test func articlesWithoutChaptersGoInOneImplicitChapter() throws {
        let document = try parse(
            "Prestatieafspraken 2024\n1. Eerste\nTekst een.\n2. Tweede\nTekst twee.\n3. Derde\nTekst.\n"
        ).document
        #expect(document.chapters.count == 1)
        #expect(document.chapters[0].number == nil && document.chapters[0].headingSpan == nil)
        #expect(document.chapters[0].articles.map(\.number) == ["1", "2", "3"])
    }

    @Test func dottedNumbersNestAndMissingParentsAreImplied() throws {
        let result = try parse("1. Kader\n1.1 Doel\nTekst.\n1.2.1 Onderdeel een.\n2. Wonen\n2.1 Bouw\nTekst.\n")
        let chapters = result.document.chapters
        #expect(chapters.map(\.number) == ["1", "2"])
        #expect(chapters[0].articles.map(\.number) == ["1.1", "1.2"])
        #expect(chapters[0].articles[1].headingSpan == nil)
        #expect(chapters[0].articles[1].articles.map(\.number) == ["1.2.1"])
        #expect(result.diagnostics.map(\.code) == ["missing-heading"])
    }

    @Test func gapsRepeatsAndOrderGiveWarningsNotFailures() throws {
        let text = "1. Een\n1. Art\nT.\n2. Art\nT.\n2. Art\nT.\n5. Art\nT.\n3. Art\nT.\n"
        let result = try parse(text)
        #expect(result.document.chapters.first?.articles.count == 5)
        #expect(
            result.diagnostics.map(\.message) == [
                "article 2 is repeated", "article 5 follows article 2; a number is missing",
                "article 3 follows article 5",
            ])
    }

    @Test func unnumberedTitlesBeforeRestartingListsAreChapters() throws {
        let text = """
            Prestatieafspraken 2026
            BESCHIKBAARHEID
            1. Nieuwbouw
            De corporaties bouwen 40 woningen.
            2. Verkoop
            De corporaties verkopen 5 woningen.
            BETAALBAARHEID
            1. Huurbeleid
            De corporaties matigen de huren.
            """
        let document = try parse(text).document
        #expect(document.chapters.map(\.title) == ["BESCHIKBAARHEID", "BETAALBAARHEID"])
        #expect(document.chapters.map { $0.articles.map(\.title) } == [["Nieuwbouw", "Verkoop"], ["Huurbeleid"]])
        #expect(document.chapters.allSatisfy { $0.number == nil && $0.headingSpan != nil })
    }

    @Test func aTitleOnTheLineAfterABareNumberIsItsTitle() throws {
        let document = try parse(
            "Prestatieafspraken 2026\n1.\nWonen\n1.\nNieuwbouw\nTekst.\n2.\nBetalen\n1.\nHuur\nTekst.\n"
        ).document
        #expect(document.chapters.map(\.title) == ["Wonen", "Betalen"])
        #expect(document.chapters.map { $0.articles.map(\.title) } == [["Nieuwbouw"], ["Huur"]])
        #expect(document.chapters[0].headingSpan?.end.line == 3)
    }

    @Test func aNumberedHeadingWithTextIsAnArticleEvenWhenNumberingRestartsAfterIt() throws {
        let document = try parse("1. Eerste\nTekst.\n2. Tweede\nTekst.\n1. Weer een\nTekst.\n").document
        #expect(document.chapters.count == 1 && document.chapters[0].articles.count == 3)
    }

    /// After the numbered list of parties and "komen het volgende overeen:", "1. Wonen" over a sentence heads the
    /// agreements; it is no item of a list that starts again.
    @Test func aNumberedTitleOverASentenceAfterALeadInIsAHeading() throws {
        let document = try parse(
            "De ondergetekenden:\n1. De gemeente Epe, hierna: de gemeente;\n2. Stichting Triada, hierna: Triada;\n\n"
                + "komen het volgende overeen:\n\n1. Wonen\nTriada bouwt in 2027 30 woningen.\n"
        ).document
        #expect(document.chapters.flatMap { $0.articles.map(\.title) } == ["Wonen"])
        #expect(document.frontMatter.map(\.kind) == [.paragraph, .bullet, .bullet, .paragraph])
    }

    @Test func aNumberAfterALeadInIsAChapterWhenItsOwnSubNumbersFollow() throws {
        // "1." after a line ending in ":" starts a list, unless "1.1" follows it (here after a page break).
        let document = try parse(
            "Prestatieafspraken 2026\nPartijen:\n1. Gemeente Voorbeeld\n2. Woningstichting Noord\n"
                + "Komen overeen:\n\nPagina 1\n\n1. Nieuwbouw\n1.1 Noord bouwt 20 woningen.\n"
                + "2. Huur\n2.1 Noord verlaagt de huur.\n"
        ).document
        #expect(document.chapters.map(\.title) == ["Nieuwbouw", "Huur"])
        #expect(document.frontMatter.map(\.kind) == [.paragraph, .paragraph, .bullet, .bullet, .paragraph])
    }

    @Test func aNumberedSentenceWrappedOntoALowerCaseLineHasNoTitle() throws {
        // A lower-case line ending a sentence goes on from the line above; one that does not may end a title.
        let document = try parse(
            "1. Wonen\n1.1 Partijen streven naar een verdeling van 40% sociale huur en 60% koop in\n"
                + "nieuwe plannen.\n1.2 Nieuwbouw en\ntransformatie\nTekst.\n"
        ).document
        let articles = document.chapters[0].articles
        #expect(articles.map(\.title) == [nil, "Nieuwbouw en"])
        #expect(
            articles[0].blocks.map(\.text) == [
                "Partijen streven naar een verdeling van 40% sociale huur en 60% koop in nieuwe plannen."
            ])
    }

    /// A numbered sentence wrapped over more lines has no title either: its next line starts in lower case, or the
    /// line ends with a word no title ends with ("aan de") and lines go on to the sentence's end. A title of as many
    /// words over a sentence keeps its title.
    @Test func aNumberedSentenceWrappedOverSeveralLinesHasNoTitle() throws {
        let document = try parse(
            "1. Wonen\n1.1 Noord start in het voorjaar van 2027 met de bouw\nvan 32 woningen in het plan\n"
                + "Wielewaal, waarvan 20 sociale huur.\n1.2 Noord sloopt in 2027 48 woningen aan de\n"
                + "Meidoornlaan en bouwt er 60 woningen voor\nterug.\n1.3 Samenwerking met de huurders\n"
                + "De gemeente overlegt met de huurders.\n"
        ).document
        let articles = document.chapters[0].articles
        #expect(articles.map(\.title) == [nil, nil, "Samenwerking met de huurders"])
        #expect(
            articles.map { $0.blocks.map(\.text) } == [
                [
                    "Noord start in het voorjaar van 2027 met de bouw van 32 woningen in het plan Wielewaal, waarvan 20 sociale huur."
                ],
                ["Noord sloopt in 2027 48 woningen aan de Meidoornlaan en bouwt er 60 woningen voor terug."],
                ["De gemeente overlegt met de huurders."],
            ])
    }

    /// A number or a dash that a wrapped line starts with, after a line that ends with an article or conjunction
    /// or inside brackets, goes on with the sentence.
    @Test func aNumberAfterAnArticleAtALineEndHeadsNothing() throws {
        let document = try parse(
            "1. Wonen\n1.1 Huur\nPartijen verhuren woningen aan jongeren onder de\n21. Hiertoe verlagen corporaties "
                + "de huur.\nDe gemeente bouwt voor ouderen en\n- waar mogelijk - voor jongeren.\n"
                + "Met liberalisatie (punt\n8) en verkoop (punt 10) groeit de voorraad.\n1.2 Koop\nTekst.\n"
        ).document
        let articles = document.chapters[0].articles
        #expect(articles.map(\.number) == ["1.1", "1.2"])
        #expect(
            articles[0].blocks.map(\.text) == [
                "Partijen verhuren woningen aan jongeren onder de 21. Hiertoe verlagen corporaties de huur.",
                "De gemeente bouwt voor ouderen en - waar mogelijk - voor jongeren.",
                "Met liberalisatie (punt 8) en verkoop (punt 10) groeit de voorraad.",
            ])
    }

    @Test func themesAndParagraphSignsHeadChaptersAndArticles() throws {
        // "Afspraak 1.1" and "§ 2.1" carry their chapter's number: they are articles of it, not 1 deeper.
        let document = try parse(
            "Thema 1: Betaalbaarheid\nAfspraak 1.1 Huurbeleid\nTekst.\nAfspraak 1.2 Incasso\nTekst.\n"
                + "Thema 2 Duurzaamheid\n§ 2.1 Isolatie\nTekst.\nParagraaf 2.2 Zon\nTekst.\n"
        ).document
        #expect(document.chapters.map(\.title) == ["Betaalbaarheid", "Duurzaamheid"])
        #expect(document.chapters.map { $0.articles.map(\.number) } == [["1.1", "1.2"], ["2.1", "2.2"]])
    }

    @Test func romanChaptersAreCheckedForOrderToo() throws {
        let result = try parse("I. WONEN\nTekst.\nIII. HUREN\nTekst.\n")
        #expect(result.document.chapters.map(\.number) == ["I", "III"])
        #expect(result.diagnostics.map(\.message).contains("chapter 3 follows chapter 1; a number is missing"))
    }

    @Test func hoofdstukAndArtikelKeywordsDecideTheLevel() throws {
        let document = try parse(
            "Hoofdstuk 1 Algemeen\nArtikel 1 Looptijd\nTekst.\nArtikel 2 Evaluatie\nTekst.\nHoofdstuk 2 Wonen\nArtikel 3\nTekst.\n"
        ).document
        #expect(document.chapters.map(\.title) == ["Algemeen", "Wonen"])
        #expect(document.chapters.map { $0.articles.map(\.number) } == [["1", "2"], ["3"]])
    }

    @Test func afspraakNumbersAreArticles() throws {
        let document = try parse("Hoofdstuk 1 Wonen\nAfspraak 1: Nieuwbouw\nTekst.\nAfspraak 2 Verkoop\nTekst.\n")
            .document
        #expect(document.chapters.first?.articles.map(\.title) == ["Nieuwbouw", "Verkoop"])
    }

    /// A titled number right before "Afspraak 1:" heads the agreements as a chapter; "Actie 2.1" is an article.
    @Test func aNumberedTitleOverAfspraakOrActieHeadingsIsAChapter() throws {
        let text =
            "1. Betaalbaarheid\nAfspraak 1: Huurbeleid\nTekst.\nAfspraak 2: Schulden\nTekst.\n"
            + "2. Beschikbaarheid\nActie 2.1 Nieuwbouw\nTekst.\nActie 2.2 Urgentie\nTekst.\n"
        let document = try parse(text).document
        #expect(document.chapters.map(\.title) == ["Betaalbaarheid", "Beschikbaarheid"])
        #expect(document.chapters.map { $0.articles.map(\.number) } == [["1", "2"], ["2.1", "2.2"]])
        #expect(try parse(text).diagnostics.isEmpty)
    }

    @Test func tableOfContentsIsNotReadAsTheOutline() throws {
        let text =
            "Prestatieafspraken 2020-2023\nInhoudsopgave\n1. Inleiding 3\n2. Wonen ........ 7\n2.1 Bouw 8\nInleiding\n1. Inleiding\nTekst.\n2. Wonen\n2.1 Bouw\nTekst.\n"
        let document = try parse(text).document
        #expect(document.tableOfContents?.entries.map(\.text) == ["1. Inleiding", "2. Wonen", "2.1 Bouw"])
        #expect(document.tableOfContents?.entries.map(\.page) == [3, 7, 8])
        #expect(document.chapters.map(\.title) == ["Inleiding", "Wonen"])
        #expect(document.frontMatter.map(\.text) == ["Prestatieafspraken 2020-2023", "Inleiding"])
    }

    /// "Afspraak 1.1" under the first chapter's heading ends in a number, not in a page: the contents end there.
    @Test func aNumberedHeadingAfterTheContentsIsNoEntry() throws {
        let text = """
            Prestatieafspraken 2027
            Inhoudsopgave
            1 Beschikbaarheid ........ 2
            2 Betaalbaarheid ......... 3
            1 Beschikbaarheid
            Afspraak 1.1
            De corporaties voegen 250 woningen toe.
            Afspraak 1.2
            De gemeente levert een locatie op.
            2 Betaalbaarheid
            Afspraak 2.1
            De gemeente verhoogt het budget.
            """
        let document = try parse(text).document
        #expect(document.tableOfContents?.entries.map(\.page) == [2, 3])
        #expect(document.chapters.map(\.title) == ["Beschikbaarheid", "Betaalbaarheid"])
        #expect(document.chapters.map { $0.articles.map(\.number) } == [["1.1", "1.2"], ["2.1"]])
    }

    @Test func annexesComeAfterTheSigningAndKeepTheirOwnText() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            De gemeente zet zich in.
            Ondertekening
            Ondertekend te Voorbeeld op 1 december 2025.
            Gemeente Voorbeeld          Woningstichting Noord
            Bijlage 1: Woningbouwplanlijst
            1. Dorpshart 20 woningen
            Project Zuid: 12 woningen.
            Bijlage 2
            Begrippen.
            Bijlage A – Planning
            """
        let document = try parse(text).document
        #expect(document.signing?.signatories.map(\.text) == ["Gemeente Voorbeeld", "Woningstichting Noord"])
        #expect(document.signing?.blocks.count == 2)
        #expect(document.annexes.map(\.number) == ["1", "2", "A"])
        #expect(document.annexes.map(\.title) == ["Woningbouwplanlijst", nil, "Planning"])
        #expect(document.annexes[0].blocks.map(\.text) == ["1. Dorpshart 20 woningen", "Project Zuid: 12 woningen."])
        #expect(document.chapters.count == 1)
    }

    /// "Afspraak 1: Nieuwbouw" with "1.1" and "1.2" under it is their chapter, not an article beside them.
    @Test func aKeywordHeadingWithNumbersUnderItIsTheirChapter() throws {
        let text = """
            Samenwerkingsafspraken 2027-2030
            Afspraak 1: Nieuwbouw
            1.1 Parteon realiseert 1.200 woningen.
            1.2 De gemeente levert locaties.
            Afspraak 2: Leefbaarheid
            2.1 Rochdale organiseert een wijkschouw.
            Afspraak 3: Monitoring
            De gemeente stelt elk half jaar een rapportage op.
            """
        let result = try parse(text)
        // "Afspraak 3" has no numbers under it, but its siblings make it a chapter too.
        #expect(result.document.chapters.map(\.number) == ["1", "2", "3"])
        #expect(result.document.chapters.map(\.title) == ["Nieuwbouw", "Leefbaarheid", "Monitoring"])
        #expect(result.document.chapters.map { $0.articles.map(\.number) } == [["1.1", "1.2"], ["2.1"], []])
        #expect(!result.diagnostics.contains { $0.code == "numbering" || $0.code == "missing-heading" })
    }

    /// Some agreements put the annexes before the signing page: "Ondertekening" then ends the annex.
    @Test func aSigningAfterTheAnnexesEndsThem() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De gemeente zet zich in.
            Bijlage 1: Nieuwbouwplanning
            Dorpshart: 20 woningen.
            Ondertekening
            Dalfsen, 10 december 2026
            Gemeente Dalfsen          Vechthorst          Huurdersvereniging De Vechtstreek
            Bijlage 2: Begrippen
            Ondertekening
            Een begrip.
            """
        let document = try parse(text).document
        #expect(document.annexes.map(\.number) == ["1", "2"])
        #expect(document.annexes[0].blocks.map(\.text) == ["Dorpshart: 20 woningen."])
        #expect(document.signing?.date?.iso == "2026-12-10")
        #expect(
            document.signing?.signatories.map(\.text) == [
                "Gemeente Dalfsen", "Vechthorst", "Huurdersvereniging De Vechtstreek",
            ])
        // A second "Ondertekening", after the signing, is the annex's own text.
        #expect(document.annexes[1].blocks.map(\.text) == ["Ondertekening", "Een begrip."])
    }

    /// Without "Ondertekening", the signing formula and names after the last annex are the signing all the same.
    @Test func anUntitledSigningAfterTheAnnexesEndsThem() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De gemeente zet zich in.
            Bijlage 1: Planning
            Dorpshart: 20 woningen.

            Aldus overeengekomen en ondertekend te Epe op 1 december 2026.

            Gemeente Epe          Woonstichting Triada
            """
        let document = try parse(text).document
        #expect(document.annexes.map { $0.blocks.map(\.text) } == [["Dorpshart: 20 woningen."]])
        #expect(document.annexes.first?.span.end.line == 5)
        #expect(document.signing?.signatories.map(\.text) == ["Gemeente Epe", "Woonstichting Triada"])
    }

    @Test func findingRendersWithItsLineAndACaret() throws {
        let result = try parse("Hoofdstuk 1 Wonen\n1.2.1 Onderdeel een.\n")
        let rendered = try #require(result.diagnostics.first).rendered(in: result.source)
        #expect(rendered.hasSuffix("\n    1.2.1 Onderdeel een.\n    ^"))
    }

    @Test func textWithoutAgreementStructureIsRefused() {
        #expect {
            try parse("Dit is een gewone brief zonder hoofdstukken.\nMet vriendelijke groet.\n")
        } throws: { ($0 as? Diagnostic)?.code == "no-agreement-structure" }
    }

    @Test func losslessCheckCatchesAMissingBlock() throws {
        var result = try Fixture(name: "noordwijk-2026").parse()
        result.document.chapters[1].articles[2].blocks.removeAll()
        #expect(!losslessViolations(result).unclaimed.isEmpty)
        result = try Fixture(name: "noordwijk-2026").parse()
        result.document.frontMatter.append(result.document.chapters[0].articles[0].blocks[0])
        #expect(!losslessViolations(result).twice.isEmpty)
    }
}
