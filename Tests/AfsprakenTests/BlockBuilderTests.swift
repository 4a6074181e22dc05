import Testing

@testable import Afspraken

@Suite struct BlockBuilderTests {
    private func blocks(_ text: String) throws -> [Block] {
        try AgreementParser.parse(Array(text.utf8), fileName: "test.txt").document.frontMatter
    }

    /// A table laid out in columns: each row's cells are paragraphs of their own, wrapped cells joined, the row's
    /// number its article's; the next chapter ends it.
    @Test func aTableInColumnsGivesACellPerColumnAndRow() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
             Nr.   Afspraak                                   Trekker        Gereed
             1.1   De gemeente stelt een plan op met          Gemeente       Q3 2027
                   aandacht voor ouderen.
             1.2   Partijen evalueren de huismeester.         Partijen       2027
            2. Zorg
            De gemeente zoekt locaties.
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let articles = document.chapters.first?.articles ?? []
        #expect(articles.map(\.number) == ["1.1", "1.2"] && articles.allSatisfy { $0.title == nil })
        #expect(
            articles.map { $0.blocks.map(\.text) } == [
                ["De gemeente stelt een plan op met aandacht voor ouderen.", "Gemeente", "Q3 2027"],
                ["Partijen evalueren de huismeester.", "Partijen", "2027"],
            ])
        #expect(document.chapters.map(\.title) == ["Wonen", "Zorg"])
        #expect(document.chapters.last?.blocks.map(\.text) == ["De gemeente zoekt locaties."])
    }

    /// A table whose cells stand on lines of their own: without numbers, a row is the sentence of "Afspraak" and a
    /// line for each column after it; a row with a cell missing is no row, and the table ends before it.
    @Test func aTableWithACellPerLineGivesACellPerColumnAndRow() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            Afspraak
            Wie
            Wanneer
            De gemeente stelt een plan op met
            aandacht voor ouderen.
            Gemeente
            Q3 2027
            Partijen evalueren de huismeester.
            Partijen
            Partijen zoeken locaties.
            2. Zorg
            Afspraak
            Wie
            De gemeente zoekt locaties.
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let articles = document.chapters.first?.articles ?? []
        #expect(
            articles.map { $0.blocks.map(\.text) } == [
                [
                    "Afspraak Wie Wanneer", "De gemeente stelt een plan op met aandacht voor ouderen.", "Gemeente",
                    "Q3 2027", "Partijen evalueren de huismeester.", "Partijen", "Partijen zoeken locaties.",
                ],
                // Two column names are no header.
                ["Afspraak", "Wie", "De gemeente zoekt locaties."],
            ])
        // The row's "Wanneer" cell dates its commitment; the lines after the table are text of their own.
        #expect(
            document.commitments.map(\.text) == [
                "De gemeente stelt een plan op met aandacht voor ouderen.", "Partijen evalueren de huismeester.",
                "Partijen zoeken locaties.", "De gemeente zoekt locaties.",
            ])
        #expect(document.commitments.map(\.times.count) == [1, 0, 0, 0])
    }

    /// A line that opens with a name in lower case ("ieder1") after a finished sentence, or after a short line that
    /// ends in a name, starts a paragraph; after an unfinished sentence it goes on with it.
    @Test func aLowerCaseNameAfterAFinishedSentenceStartsAParagraph() throws {
        let found = try blocks(
            "Prestatieafspraken 2027\nZuid sloopt 20 woningen.\nieder1 onderzoekt de vraag.\nZuid werkt samen met\n"
                + "ieder1 aan de wijk.\nZuid, bestuurder L. Bakker\nieder1, bestuurder F. Mulder\n")
        #expect(
            found.map(\.text) == [
                "Prestatieafspraken 2027", "Zuid sloopt 20 woningen.", "ieder1 onderzoekt de vraag.",
                "Zuid werkt samen met ieder1 aan de wijk.", "Zuid, bestuurder L. Bakker",
                "ieder1, bestuurder F. Mulder",
            ])
    }

    /// A line the PDF wrapped early, because the next word would not fit, goes on however short it is; one that ends
    /// with an article or a preposition goes on too; a short line that ends in a name or a sentence does not.
    @Test func aLineWrappedBeforeALongWordOrAfterAnArticleGoesOn() throws {
        // Twenty lines wrapped at about 60 scalars give the width.
        let filler = Array(
            repeating: "Partijen werken samen aan betaalbare woningen voor iedereen\nin de gemeente en zetten in op "
                + "doorstroming van ouderen.", count: 10)
        let found = try blocks(
            "Prestatieafspraken 2027\n\n" + filler.joined(separator: "\n\n") + "\n\n"
                + "Corporaties hebben in 2023 samen een strategie\n(Verduurzamingsroute) opgesteld.\n\nGemeente en corporaties hebben vier keer per jaar een\n"
                + "Bestuurlijk Overleg Bouwen en Wonen.\n\nStichting Thuis Lindeveld, bestuurder P. Visser\n"
                + "Huurdersvereniging Lindeveld, voorzitter M. Jansen\n")
        #expect(
            found.suffix(4).map(\.text) == [
                "Corporaties hebben in 2023 samen een strategie (Verduurzamingsroute) opgesteld.",
                "Gemeente en corporaties hebben vier keer per jaar een Bestuurlijk Overleg Bouwen en Wonen.",
                "Stichting Thuis Lindeveld, bestuurder P. Visser", "Huurdersvereniging Lindeveld, voorzitter M. Jansen",
            ])
    }

    /// The header again on the next page ends the row before it and goes on with the table; a cell without a
    /// period right under the row's number is the agreement, not the number's title.
    @Test func aTableGoesOnAfterItsHeaderOnTheNextPage() throws {
        let header = " Nr.   Afspraak                                   Trekker        Gereed\n"
        let text =
            "Prestatieafspraken 2027\n1. Wonen\n" + header
            + " 1.1   Woonzorgvisie opstellen                    Gemeente       Q3 2027\n"
            + "Prestatieafspraken 2027                                       pagina 1\n\u{0C}" + header
            + " 1.2   Partijen evalueren de huismeester.         Partijen       2027\n"
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let articles = document.chapters.first?.articles ?? []
        #expect(articles.map(\.title) == [nil, nil])
        #expect(
            articles.map { $0.blocks.map(\.text) } == [
                ["Woonzorgvisie opstellen", "Gemeente", "Q3 2027", "Nr. Afspraak Trekker Gereed"],
                ["Partijen evalueren de huismeester.", "Partijen", "2027"],
            ])
    }

    /// Without numbers a row starts with a cell under the first column after a finished sentence or a blank line;
    /// a line under the first column after a blank line, with no other cells, ends the table.
    @Test func aTableWithoutNumbersEndsAtALineOfItsOwn() throws {
        let text = """
            Prestatieafspraken 2027
            Afspraak                                   Wie            Wanneer
            De gemeente stelt een plan op met          Gemeente       Q3 2027
            aandacht voor ouderen.
            Partijen evalueren de huismeester.         Partijen       2027

            Daarna volgt de evaluatie.
            """
        #expect(
            try blocks(text).map(\.text) == [
                "Prestatieafspraken 2027", "Afspraak Wie Wanneer",
                "De gemeente stelt een plan op met aandacht voor ouderen.",
                "Gemeente", "Q3 2027", "Partijen evalueren de huismeester.", "Partijen", "2027",
                "Daarna volgt de evaluatie.",
            ])
    }

    /// Columns of names in a signing have no header of a table: they stay lines of text.
    @Test func columnsWithoutATableHeaderAreNoTable() throws {
        let text = "Prestatieafspraken 2027\nGemeente Duinstad      Woonstichting Kust      Huurdersraad Kust\n"
        #expect(try blocks(text).map(\.text).last == "Gemeente Duinstad Woonstichting Kust Huurdersraad Kust")
    }

    @Test func hyphenAtALineEndIsUndoneInsideAWord() throws {
        let text = "Prestatieafspraken 2026\nDe corporaties helpen woning-\nzoekenden en starters.\n"
        #expect(try blocks(text).last?.text == "De corporaties helpen woningzoekenden en starters.")
    }

    @Test func hyphenBeforeAConjunctionKeepsItsSpace() throws {
        let text =
            "Prestatieafspraken 2026\nHet gaat om sociale-\nen middenhuurwoningen en een-\nof tweepersoons huishoudens.\n"
        #expect(
            try blocks(text).last?.text
                == "Het gaat om sociale- en middenhuurwoningen en een- of tweepersoons huishoudens.")
    }

    @Test func dashesInsideALineAreKept() throws {
        let text =
            "Prestatieafspraken 2026\nZij betrekt op het terrein van sociale — en middenhuurwoningen corporaties.\n"
        #expect(
            try blocks(text).last?.text == "Zij betrekt op het terrein van sociale — en middenhuurwoningen corporaties."
        )
    }

    @Test func compoundWithCapitalOrDigitKeepsItsHyphen() throws {
        let text = "Prestatieafspraken 2026\nDe woningen worden CO2-\nneutraal in Noord-\nHolland gemaakt.\n"
        #expect(try blocks(text).last?.text == "De woningen worden CO2-neutraal in Noord-Holland gemaakt.")
    }

    /// A party list without markers: each item ends in ";" at a line that fills the wrap width, and still ends there.
    @Test func aSemicolonBeforeACapitalEndsTheLineEvenAtTheWrapWidth() throws {
        let filler = (1...20).map {
            "regel \($0) van een alinea die tot de kantlijn doorloopt en daar door de PDF wordt"
        }
        let items = [
            "De gemeente Heuvelrug, vertegenwoordigd door wethouder P. de Boer, hierna: de gemeente;",
            "Woningcorporatie Heuvelwonen, vertegenwoordigd door de directeur-bestuurder, hierna: Heuvelwonen;",
        ]
        let text = (["Prestatieafspraken 2026", "Een alinea:"] + filler + ["afgebroken.", ""] + items).joined(
            separator: "\n")
        #expect(try blocks(text).suffix(2).map(\.text) == items)
    }

    /// PDFs that put a blank line after every line (Zwolle's) break sentences before capitals and amounts too.
    @Test func aLongLineThatStopsMidSentenceContinuesAcrossABlankLine() throws {
        let long = "De gemeente zet zich in voor het terugdringen van energiearmoede en stelt hiervoor jaarlijks"
        let text = [
            "Prestatieafspraken 2026", "", long, "", "€ 250.000 beschikbaar.", "", "Samen werken aan een sterke stad",
            "", "Gemeente Zwolle", "", long + ".", "", "Corporaties bouwen.",
        ].joined(separator: "\n")
        #expect(
            try blocks(text).map(\.text) == [
                "Prestatieafspraken 2026", long + " € 250.000 beschikbaar.", "Samen werken aan een sterke stad",
                "Gemeente Zwolle", long + ".", "Corporaties bouwen.",
            ])
    }

    @Test func aTitleInCapitalsAfterABlankLineStandsAlone() throws {
        let title = "Prestatieafspraken gemeente Lindestad, Woningstichting Lindestad en Huurdersvereniging Lindestad"
        let text = [title, "", "BETAALBAARHEID", "Partijen spreken het volgende af:"].joined(separator: "\n")
        #expect(try blocks(text).map(\.text) == [title, "BETAALBAARHEID", "Partijen spreken het volgende af:"])
    }

    @Test func sentenceBrokenByABlankLineContinuesWhenTheNextLineStartsLowerCase() throws {
        let text =
            "Prestatieafspraken 2026\nPartijen maken in het eerste kwartaal gezamenlijk afspraken\n\nmaken over de locaties.\n\nNieuw punt.\n"
        let found = try blocks(text)
        #expect(
            found.map(\.text) == [
                "Prestatieafspraken 2026",
                "Partijen maken in het eerste kwartaal gezamenlijk afspraken maken over de locaties.", "Nieuw punt.",
            ])
        #expect(found[1].lines.count == 2)
    }

    /// A question or lead-in at a marker's indent after a finished item is no part of the item, though the item's
    /// line reaches the wrap width (which twenty lines of one width set).
    @Test func aQuestionAfterAListItemStandsAlone() throws {
        let filler = Array(repeating: "-  " + String(repeating: "woningen ", count: 10) + "bouwen.", count: 20)
        let long = "-  legt voor het einde van het jaar een uitgewerkte wijkaanpak voor aan de raad van Veldwijk."
        let text = (["Prestatieafspraken 2027", "Wat doet de gemeente?"] + filler + [long, "Wat doet Woonkracht?"])
            .joined(separator: "\n")
        #expect(try blocks(text).suffix(2).map(\.text) == [String(long.dropFirst(3)), "Wat doet Woonkracht?"])
    }

    /// "Ondertekening" after a blank line is the signing's title even when the line before it is long and stops
    /// without a period (a footer the furniture detector did not take: "Prestatieafspraken Epe 2027      4").
    @Test func theSigningTitleNeverContinuesTheLineBeforeIt() throws {
        let filler = Array(repeating: String(repeating: "woningen ", count: 9) + "bouwen.", count: 20)
        let footer = "Prestatieafspraken Epe 2027" + String(repeating: " ", count: 55) + "4"
        let text = (["1. Wonen"] + filler + [footer, "", "Ondertekening", "Gemeente Epe          Woonstichting Epe"])
            .joined(separator: "\n")
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(document.signing?.heading?.text == "Ondertekening")
        #expect(document.signing?.signatories.map(\.text) == ["Gemeente Epe", "Woonstichting Epe"])
    }

    /// Items that end in ";" and a last one that ends in ".": the capital after it starts a paragraph, though the
    /// last item's line is nearly as wide as the text.
    @Test func theItemEndingInAPeriodAfterItemsEndingInSemicolonsEndsTheList() throws {
        let filler = Array(repeating: String(repeating: "woningen ", count: 11) + "bouwen.", count: 20)
        let items = [
            "• De Burgt: 36 sociale huurappartementen;",
            "• Harselaar-Zuid fase 2: 24 eengezinswoningen, waarvan 12 sociale huur en 12 middenhuur.",
        ]
        let after = "De gemeente zorgt uiterlijk Q2 2028 voor een bestemmingsplan."
        let text = (["Prestatieafspraken 2028"] + filler + items + [after]).joined(separator: "\n")
        #expect(
            try blocks(text).suffix(3).map(\.text) == [
                String(items[0].dropFirst(2)), String(items[1].dropFirst(2)), after,
            ])
    }

    /// A short line before a blank was ended there: a cover's title and "tussen", a place and date over the
    /// signatures; the lower-case line after the blank starts a block of its own.
    @Test func aShortLineBeforeABlankLineIsNotContinued() throws {
        let text = [
            "PRESTATIEAFSPRAKEN 2027", "", "tussen", "", "de gemeente Zuidplas, hierna te noemen: de gemeente;", "",
            "Zuidplas, 12 december 2026", "", "namens de gemeente Zuidplas,",
        ].joined(separator: "\n")
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "test.txt").document
        #expect(
            document.frontMatter.map(\.text) == [
                "PRESTATIEAFSPRAKEN 2027", "tussen", "de gemeente Zuidplas, hierna te noemen: de gemeente;",
            ])
        #expect(document.signing?.blocks.map(\.text) == ["Zuidplas, 12 december 2026", "namens de gemeente Zuidplas,"])
    }

    @Test func shortLinesWithoutPunctuationStayApart() throws {
        let text = "Prestatieafspraken 2025\nLeeswijzer\nDe afspraken zijn opgedeeld in hoofdstukken.\n"
        #expect(
            try blocks(text).map(\.text) == [
                "Prestatieafspraken 2025", "Leeswijzer",
                "De afspraken zijn opgedeeld in hoofdstukken.",
            ])
    }

    @Test func subBulletsNestByMarkerAndIndentation() throws {
        let text = """
            Prestatieafspraken 2026
            De volgende plannen:
            • Corporatie A:
            - \tProject een: 17 appartementen
            - \tProject twee: 45 woningen
            • Corporatie B:
              o ingesprongen punt
            - Project drie
            """
        let list = try blocks(text).dropFirst(2)
        #expect(list.map(\.text) == ["Corporatie A:", "Corporatie B:"])
        #expect(list.first?.items.map(\.text) == ["Project een: 17 appartementen", "Project twee: 45 woningen"])
        #expect(list.last?.items.map(\.text) == ["ingesprongen punt", "Project drie"])
    }

    @Test func numberedItemsAfterAColonAreAListNotArticles() throws {
        let text =
            "1. Afspraken\nPartijen spreken af:\n1. De gemeente stelt een plan op.\n2. Corporaties voeren het uit.\n"
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let article = try #require(document.chapters.first?.articles.first)
        #expect(document.chapters.first?.articles.count == 1)
        #expect(article.blocks.map(\.marker) == [nil, "1.", "2."])
    }

    @Test func pageFurnitureInsideAParagraphIsTakenOutAndThePartsJoin() throws {
        let header = "Prestatieafspraken Voorbeeld 2026"
        var lines = [
            "\(header)", "1. Eerste",
            "De gemeente zet zich in voor het aanpassen van woningen en het verbeteren van de",
        ]
        lines += [
            "Pagina 1 van 3", "\u{0C}\(header)", "woonomgeving in alle wijken.", "2. Tweede", "Tekst.",
            "Pagina 2 van 3",
        ]
        lines += ["\u{0C}\(header)", "3. Derde", "Tekst."]
        let document = try AgreementParser.parse(Array(lines.joined(separator: "\n").utf8), fileName: "t").document
        let first = try #require(document.chapters.first?.articles.first?.blocks.first)
        #expect(
            first.text
                == "De gemeente zet zich in voor het aanpassen van woningen en het verbeteren van de woonomgeving in alle wijken."
        )
        #expect(first.lines.map(\.start.line) == [3, 6])
        #expect(
            document.pageFurniture.map(\.kind) == [
                .runningHeader, .pageNumber, .formFeed, .runningHeader, .pageNumber,
                .formFeed, .runningHeader,
            ])
    }

    /// "Hoofdstuk 1", "Hoofdstuk 2", "Bijlage 1": headings that each start a page are the outline, though their
    /// lines, digits aside, repeat next to page breaks as a running header's do.
    @Test func headingsThatEachStartAPageAreNoRunningHeader() throws {
        let body = Array(repeating: "Woonstichting Epe bouwt twintig woningen.", count: 5)
        var lines = ["Prestatieafspraken 2027", ""]
        for (number, title) in ["Betaalbaarheid", "Beschikbaarheid", "Duurzaamheid"].enumerated() {
            lines += ["Hoofdstuk \(number + 1)", title] + body + ["\u{0C}"]
        }
        lines += ["Bijlage 1", "Tekst.", "\u{0C}", "Bijlage 2", "Tekst."]
        let document = try AgreementParser.parse(Array(lines.joined(separator: "\n").utf8), fileName: "t").document
        #expect(document.chapters.map(\.title) == ["Betaalbaarheid", "Beschikbaarheid", "Duurzaamheid"])
        #expect(document.annexes.map(\.number) == ["1", "2"])
        #expect(document.pageFurniture.allSatisfy { $0.kind == .formFeed })
    }
}
