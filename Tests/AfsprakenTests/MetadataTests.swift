import Afspraken
import Testing

@Suite struct MetadataTests {
    private func document(_ text: String) throws -> Document {
        try AgreementParser.parse(Array(text.utf8), fileName: "t.txt").document
    }

    @Test(arguments: [
        ("Prestatieafspraken 2022-2026\n1. Een\nT.\n", 2022, 2026, "2022-2026"),
        ("Prestatieafspraken LEIDEN 2020 t/m 2025\n1. Een\nT.\n", 2020, 2025, "2020 t/m 2025"),
        ("Prestatieafspraken 2019 - 2024\n1. Een\nT.\n", 2019, 2024, "2019 - 2024"),
        (
            "Tekst\nDe meerjarenafspraken 2022 tot en met 2026 lopen af.\n1. Een\nT.\n", 2022, 2026,
            "2022 tot en met 2026"
        ),
    ])
    func periodsInTheirWrittenForms(text: String, start: Int, end: Int, written: String) throws {
        let period = try #require(try document(text).period)
        #expect(period.startYear == start && period.endYear == end && period.written == written)
    }

    @Test func jaarschijfYearWinsOverOtherYears() throws {
        let found = try document(
            "Prestatieafspraken\nIn 2024 is veel gebouwd.\nDe jaarschijf 2026 bevat dit.\n1. Een\nT.\n")
        #expect(found.year?.year == 2026 && found.year?.written == "jaarschijf 2026")
    }

    @Test func theOneYearOfTheTitleIsTheYear() throws {
        let found = try document("Prestatieafspraken Ede 2027\nIn 2024 is veel gebouwd.\n1. Een\nT.\n")
        #expect(found.year?.year == 2027)
    }

    /// "Jaarafspraken" names the genre; over a long list of parties, its first line is the title.
    @Test func theFirstLineOfALongBlockThatNamesTheGenreIsTheTitle() throws {
        let found = try document(
            "Jaarafspraken 2027\ntussen de gemeente Rijnwaard, Stichting Wonen Rijnwaard, Woningcorporatie Het Oosten, "
                + "Woonstichting De Linde\nen de Huurdersbelangenvereniging Rijnwaard en de Huurdersvereniging Het Oosten\n"
                + "1. Wonen\nT.\n")
        #expect(found.title?.text == "Jaarafspraken 2027" && found.year?.year == 2027)
    }

    /// An association's "Bod" is the genre as a whole word; "Aanbod" and "bodem" are not.
    @Test func bodNamesTheGenreAsAWholeWord() throws {
        let bid = try document("Bod 2027\nWoonstichting De Linde aan de gemeente Rijnwaard\n1. Wonen\nT.\n")
        #expect(bid.title?.text == "Bod 2027" && bid.year?.year == 2027)
        let offer = try document("Aanbod 2027 en bodemsanering\nWoonstichting De Linde\n1. Wonen\nT.\n")
        #expect(offer.title == nil && offer.year == nil)
    }

    @Test func countsAndAmountsAreNotYears() throws {
        let found = try document("Prestatieafspraken\n1. Een\nEr komen 2026 woningen en € 2025 subsidie.\n")
        #expect(found.year == nil && found.period == nil)
    }

    @Test func municipalityIsTheNameAfterGemeenteMostOften() throws {
        let text =
            "Prestatieafspraken\n1. Een\nIn de gemeente Bergen en gemeente De Bilt, gemeente De Bilt.\nGemeente en corporaties overleggen.\n"
        #expect(try document(text).municipality?.text == "De Bilt")
    }

    /// A cover in capitals names the municipality as the text does elsewhere; the register has it once.
    @Test func municipalityInCapitalsOnTheCoverIsNamedAsTheTextWritesItElsewhere() throws {
        let text = """
            PRESTATIEAFSPRAKEN 2027 GEMEENTE HEERDE
            Artikel 1 Wonen
            De corporatie is gehouden jaarlijks 10 woningen toe te wijzen.
            Aldus overeengekomen en ondertekend te Heerde op 3 december 2026.
            Gemeente Heerde                    Woonstichting Triada
            """
        let found = try document(text)
        #expect(found.municipality?.text == "Heerde" && found.municipality?.span.start.line == 5)
        #expect(found.parties.map(\.id) == ["gemeente-heerde", "triada"])
        #expect(found.commitments.map(\.cue) == ["is gehouden"])
    }

    /// Names with lower-case words between capitalised ones, and the old article "'s-" before them; a lower-case
    /// word that no capital follows ends the name.
    @Test(arguments: [
        "Bergen op Zoom", "Alphen aan den Rijn", "Capelle aan den IJssel", "Wijk bij Duurstede", "'s-Hertogenbosch",
        "’s-Gravenhage", "Súdwest-Fryslân",
    ])
    func municipalityNamesOfSeveralWords(name: String) throws {
        let text = "Prestatieafspraken 2027\n1. Een\nDe gemeente \(name) bouwt. De gemeente \(name) de komende jaren.\n"
        let document = try document(text)
        #expect(document.municipality?.text == name)
        #expect(document.parties.map(\.name) == ["Gemeente \(name)"])
    }

    /// The whole-text searches pass over eight bytes at a time: a name or year at any place in such a stretch, and
    /// at the very end of the text, is still found.
    @Test(arguments: 0...8)
    func yearAndMunicipalityAreFoundWhereverTheyFallInTheText(shift: Int) throws {
        let padding = String(repeating: "x", count: shift)
        let found = try document(
            "\(padding)Prestatieafspraken 2022-2026\n1. Een\nDe GEMEENTE Zandvoort en de jaarschijf 2026.\n"
                + "De gemeente Zandvoort")
        #expect(found.period?.startYear == 2022 && found.period?.endYear == 2026)
        #expect(found.year?.year == 2026)
        #expect(found.municipality?.text == "Zandvoort")
    }

    @Test func signingWithNumericDatesAndSignatoriesOnSeparateLines() throws {
        let text =
            "Prestatieafspraken 2025\nOndertekening\nGemeente Voorbeeld\nMeneer A. de Vries\n16-12-2024\nWoningcorporatie Thuis mevrouw B. Bakker\n16-12-2024\n1. Wonen\nTekst.\n"
        let signing = try #require(try document(text).signing)
        #expect(signing.date?.iso == "2024-12-16")
        #expect(signing.signatories.map(\.text) == ["Gemeente Voorbeeld", "Woningcorporatie Thuis"])
    }

    /// "Artikel 5 – Ondertekening" heads the signing; the place is the one after "te", not the line before the date.
    @Test func aKeywordHeadingTitledOndertekeningHeadsTheSigning() throws {
        let text = """
            Prestatieafspraken 2027
            Artikel 1 – Wonen
            De gemeente zet zich in.
            Artikel 2 – Ondertekening
            Aldus overeengekomen te Rijnwaard, 9 december 2026.
            Gemeente Rijnwaard               Stichting Wonen Rijnwaard
            """
        let found = try document(text)
        #expect(found.chapters.flatMap { $0.articles.map(\.title) } == ["Wonen"])
        #expect(found.signing?.heading?.text == "Artikel 2 – Ondertekening")
        #expect(found.signing?.place?.text == "Rijnwaard" && found.signing?.date?.iso == "2026-12-09")
    }

    /// A form of signatures: "Plaats: Epe" and "Datum: 12-12-2026".
    @Test func signingPlaceAfterItsLabel() throws {
        let text =
            "Prestatieafspraken 2027\n1. Wonen\nTekst.\nOndertekening\nPlaats: Epe\nDatum: 12-12-2026\n\nGemeente Epe\n"
        let signing = try #require(try document(text).signing)
        #expect(signing.place?.text == "Epe" && signing.date?.iso == "2026-12-12")
    }

    /// Who signs, in each layout of signatures: "name, role" or "role name" under the organisation's column, a
    /// role on the line under the name, a person after the name on its line, under "namens …,", and in a clause
    /// "vertegenwoordigd door …". Written as "name|role|organisation", the role empty when none is given.
    @Test(arguments: [
        (
            "Gemeente Bergdal        Stichting Woonwaard\nP. Jansen, wethouder    directeur-bestuurder R. Bos\n",
            ["P. Jansen|wethouder|Gemeente Bergdal", "R. Bos|directeur-bestuurder|Stichting Woonwaard"]
        ),
        (
            "Namens de gemeente Epe,\n\ndhr. B. van der Berg\nwethouder Wonen\n\nNamens Stichting Triada,\n\n"
                + "mevr. drs. C. Jansen-de Wit MBA\ndirecteur-bestuurder\n",
            [
                "dhr. B. van der Berg|wethouder Wonen|gemeente Epe",
                "mevr. drs. C. Jansen-de Wit MBA|directeur-bestuurder|Stichting Triada",
            ]
        ),
        (
            "Gemeente Voorbeeld\nMeneer A. de Vries\n16-12-2024\nWoningcorporatie Thuis mevrouw B. Bakker\n16-12-2024\n",
            ["Meneer A. de Vries||Gemeente Voorbeeld", "mevrouw B. Bakker||Woningcorporatie Thuis"]
        ),
        (
            "Gemeente Epe, rechtsgeldig vertegenwoordigd door haar wethouder J. Jansen, hierna: de gemeente.\n",
            ["J. Jansen|wethouder|Gemeente Epe"]
        ),
        // Under "Voor akkoord:" (no name) and a line to sign on, the person and a role under them.
        (
            "Voor akkoord:\n\nGemeente Tiel          Woonstichting Thuis\n____________          ____________\n"
                + "J. Jansen              P. de Vries\nwethouder              directeur-bestuurder\n",
            ["J. Jansen|wethouder|Gemeente Tiel", "P. de Vries|directeur-bestuurder|Woonstichting Thuis"]
        ),
        // Names without people sign, but no one is named for them.
        ("Gemeente Bergdal        Stichting Woonwaard\n", []),
    ])
    func signersStandUnderBesideOrAfterTheirOrganisation(signatures: String, expected: [String]) throws {
        let text = "Prestatieafspraken 2027\n1. Wonen\nTekst.\nOndertekening\n" + signatures
        let signing = try #require(try document(text).signing)
        let found = (signing.signers ?? []).map { "\($0.name)|\($0.role ?? "")|\($0.signatory)" }
        #expect(found == expected)
    }

    /// "Voor akkoord:" says what the signatures mean; "Voor Portaal:" says for whom one signs.
    @Test func voorAkkoordNamesNoSignatory() throws {
        let text =
            "Prestatieafspraken 2027\n1. Wonen\nTekst.\nOndertekening\nVoor akkoord:\n\nVoor Portaal:\nJ. Jansen\n"
        let signing = try #require(try document(text).signing)
        #expect(signing.signatories.map(\.text) == ["Portaal"])
    }

    /// A signer's organisation is a party of the register, though written in lower case after "namens".
    @Test func signersNameTheirPartyById() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De gemeente Veldwijk en Woonkracht bouwen 40 woningen.
            Ondertekening
            namens de gemeente Veldwijk,      namens Woonkracht,
            wethouder M. de Boer              directeur-bestuurder K. Smit
            """
        let signing = try #require(try document(text).signing)
        #expect(signing.signers?.map(\.party) == ["gemeente-veldwijk", "woonkracht"])
    }

    /// "w.g." before a name on a copy is no function: the line under it is.
    @Test func wasGetekendIsNoRole() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            Area Wonen bouwt 40 woningen.
            Ondertekening
            Gemeente Oss                      Area Wonen
            w.g. J. Jansen                    w.g. K. Peters
            wethouder                         directeur-bestuurder
            """
        let signers = try #require(try document(text).signing?.signers)
        #expect(signers.map(\.name) == ["J. Jansen", "K. Peters"])
        #expect(signers.map(\.role) == ["wethouder", "directeur-bestuurder"])
    }

    /// "Stichting Huurdersplatform Lindewijk" signs once, not also as the "Huurdersplatform Lindewijk" inside it.
    @Test func aNameInsideASignatorysNameIsNoSecondSignatory() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            Thuisplus bouwt 40 woningen.
            Ondertekening
            Gemeente Lindewijk          Woningcorporatie Thuisplus          Stichting Huurdersplatform Lindewijk
            F. Mulder                   G. Kok                              H. Peeters
            """
        let signing = try #require(try document(text).signing)
        #expect(
            signing.signatories.map(\.text) == [
                "Gemeente Lindewijk", "Woningcorporatie Thuisplus", "Stichting Huurdersplatform Lindewijk",
            ])
        #expect(signing.signers?.map(\.name) == ["F. Mulder", "G. Kok", "H. Peeters"])
    }

    /// No "Ondertekening" title: "Aldus overeengekomen …" and "Voor akkoord:" open the signing; the function on the
    /// line under "Voor X," is the person's below it, and two people on one line both sign for their organisation.
    @Test func voorAkkoordWithTheFunctionOverThePerson() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            Woonwijzer bouwt in 2027 40 woningen.

            Aldus overeengekomen en in drievoud ondertekend te Dalum op 12 december 2026.

            Voor akkoord:

            Voor de gemeente Dalum,
            de wethouder Wonen,

            ing. K.L. de Vries-Jansen

            Voor Woonstichting Woonwijzer,
            de voorzitters,

            J. Peters en A. Smits
            """
        let signing = try #require(try document(text).signing)
        #expect(signing.date?.iso == "2026-12-12")
        let signers = try #require(signing.signers)
        #expect(signers.map(\.name) == ["ing. K.L. de Vries-Jansen", "J. Peters", "A. Smits"])
        #expect(signers.map(\.role) == ["wethouder Wonen", "voorzitters", "voorzitters"])
        #expect(signers.map(\.signatory) == ["gemeente Dalum", "Woonstichting Woonwijzer", "Woonstichting Woonwijzer"])
    }

    /// A role before the name, parted from it by a comma: the comma is neither's.
    @Test func aRoleBeforeACommaAndTheName() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            Woonwaarts bouwt 40 woningen.
            Zuidland, 15 december 2026
            Namens de gemeente Zuidland,
            wethouder Wonen, mevrouw drs. L. Hendriks
            Namens Stichting Woonwaarts,
            directeur-bestuurder, de heer R. van Dam
            """
        let signers = try #require(try document(text).signing?.signers)
        #expect(signers.map(\.name) == ["mevrouw drs. L. Hendriks", "de heer R. van Dam"])
        #expect(signers.map(\.role) == ["wethouder Wonen", "directeur-bestuurder"])
    }

    /// Two people who sign for one organisation, one under the other in its column, with their roles.
    @Test func twoPeopleSignForOneOrganisation() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De gemeente zet zich in.
            Ondertekening
            Gemeente Epe                         Woonstichting Triada
            J. de Vries, burgemeester            A. Bakker
            P. Jansen, wethouder                 directeur-bestuurder

            Huurdersvereniging Epe
            M. Pieters, voorzitter
            K. Dekker, secretaris
            """
        let signers = try #require(try document(text).signing?.signers)
        #expect(
            signers.map { "\($0.name) \($0.role ?? "-") \($0.signatory)" } == [
                "J. de Vries burgemeester Gemeente Epe", "P. Jansen wethouder Gemeente Epe",
                "A. Bakker directeur-bestuurder Woonstichting Triada", "M. Pieters voorzitter Huurdersvereniging Epe",
                "K. Dekker secretaris Huurdersvereniging Epe",
            ])
    }

    /// Two organisations on one "namens" line are two signatories, and the people on the line under it sign for
    /// them in order; "Woonstichting Vecht en Omstreken" stays one name.
    @Test func twoOrganisationsOnOneLineSignWithTheirPeopleInOrder() throws {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De gemeente zet zich in.
            Ondertekening
            Namens Woonstichting Vecht en Omstreken,
            P. Smit, bestuurder

            Namens de Huurdersvereniging Oost en de Huurdersraad Vecht,
            A. Bakker en K. Visser
            """
        let signing = try #require(try document(text).signing)
        #expect(
            signing.signatories.map(\.text) == [
                "Woonstichting Vecht en Omstreken", "Huurdersvereniging Oost", "Huurdersraad Vecht",
            ])
        #expect(
            signing.signers?.map { "\($0.name) \($0.signatory)" } == [
                "P. Smit Woonstichting Vecht en Omstreken", "A. Bakker Huurdersvereniging Oost",
                "K. Visser Huurdersraad Vecht",
            ])
    }

    /// A line of many people joined by "en" is read once, whatever its length (it grew with its square: 150,000
    /// people took over five minutes); the first two sign for the two organisations above them.
    @Test func aLongLineOfPeopleIsReadOnce() throws {
        let people = "A. Bakker" + String(repeating: " en K. Visser", count: 20_000)
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De gemeente zet zich in.
            Ondertekening
            Namens de Huurdersvereniging Oost en de Huurdersraad Vecht,
            \(people)
            """
        let signers = try #require(try document(text).signing?.signers)
        #expect(signers.map(\.name) == ["A. Bakker", "K. Visser"])
    }

    @Test func signatoriesInColumnsEndAtTheColumnAndTheLine() throws {
        // The person under the last column stands at the start of the next line; a name in running text
        // goes on over the line's end.
        let text = """
            1. Een
            T.
            Ondertekening
            Gemeente Bergdal        Stichting Woonwaard        Huurdersvereniging Bergdal
            P. Jansen, wethouder    R. Bos, directeur          L. de Wit, voorzitter

            Deze afspraken zijn ondertekend voor Stichting Huurdersbelangen Noordwijkerhout en
            De Zilk, door de voorzitter.
            """
        let signing = try #require(try document(text).signing)
        #expect(
            signing.signatories.map(\.text) == [
                "Gemeente Bergdal", "Stichting Woonwaard", "Huurdersvereniging Bergdal",
                "Stichting Huurdersbelangen Noordwijkerhout en De Zilk",
            ])
    }

    @Test func signingWithoutATitleIsThePlaceAndDateWithTheNamesAfterIt() throws {
        let text = """
            1. Wonen
            Partijen komen twee keer per jaar bijeen.

            Rivierstad, 10 december 2025

            Gemeente Rivierstad
            wethouder Wonen

            Woningcorporatie Thuis aan de Rivier
            directeur-bestuurder
            """
        let found = try document(text)
        let signing = try #require(found.signing)
        #expect(signing.heading == nil && signing.date?.iso == "2025-12-10" && signing.place?.text == "Rivierstad")
        #expect(signing.signatories.map(\.text) == ["Gemeente Rivierstad", "Woningcorporatie Thuis aan de Rivier"])
        #expect(found.commitments.map(\.text) == ["Partijen komen twee keer per jaar bijeen."])
    }

    @Test func signingWithoutATitleAfterAldusOvereengekomen() throws {
        let text =
            "1. Wonen\nPartijen komen bijeen.\nAldus overeengekomen te Bergdal op 15 december 2025.\n"
            + "Gemeente Bergdal\nStichting Woonwaard\n"
        let signing = try #require(try document(text).signing)
        #expect(signing.date?.iso == "2025-12-15" && signing.place?.text == "Bergdal")
        #expect(signing.signatories.map(\.text) == ["Gemeente Bergdal", "Stichting Woonwaard"])
    }

    /// Names, roles and people in two columns make long blocks of three lines; they are still the signatures.
    @Test func signingWithoutATitleWithNamesInTwoColumns() throws {
        let text = """
            1. Wonen
            Partijen komen bijeen.

            Aldus overeengekomen en ondertekend te Lindenhout op 10 december 2026,

            Woningcorporatie Het Oosten,            Huurdersbelangenvereniging Lindenhout,
            de bestuurder,                          de voorzitter,
            mr. G. Peters                           H. Koster
            """
        let found = try document(text)
        let signing = try #require(found.signing)
        #expect(signing.date?.iso == "2026-12-10" && signing.place?.text == "Lindenhout")
        #expect(
            signing.signatories.map(\.text) == ["Woningcorporatie Het Oosten", "Huurdersbelangenvereniging Lindenhout"])
        #expect(found.commitments.map(\.text) == ["Partijen komen bijeen."])
    }

    @Test(arguments: [
        // No names after it, or a sentence after the names: the text goes on.
        "1. Wonen\nPartijen komen bijeen.\nGetekend op 11 december 2026.\n",
        "1. Wonen\nRivierstad, 10 december 2025\nGemeente Rivierstad\nDe gemeente bouwt 20 woningen.\n",
        "1. Wonen\nDe woningen, 20 in getal\nGemeente Rivierstad\n",
    ])
    func noSigningWithoutItsSigns(text: String) throws {
        #expect(try document(text).signing == nil)
    }

    @Test func signingDateHyphenatedAcrossLinesIsStillRead() throws {
        let text =
            "1. Een\nT.\nOndertekening\nDeze afspraken zijn ondertekend op 3 dece-\nmber 2025 te Zuid-Dorp door:\nStichting Huurders Samen\n"
        let signing = try #require(try document(text).signing)
        #expect(signing.date?.written == "3 december 2025" && signing.date?.iso == "2025-12-03")
        #expect(signing.date?.span.start.line == 4 && signing.date?.span.end.line == 5)
        #expect(signing.place?.text == "Zuid-Dorp")
        #expect(signing.signatories.map(\.text) == ["Stichting Huurders Samen"])
    }

    @Test func impossibleSigningDateHasNoISOAndAWarning() throws {
        let result = try AgreementParser.parse(
            Array("1. Een\nT.\nOndertekening\nGetekend op 31-02-2026.\n".utf8), fileName: "t")
        #expect(result.document.signing?.date?.written == "31-02-2026" && result.document.signing?.date?.iso == nil)
        #expect(result.diagnostics.map(\.code) == ["impossible-date", "signing-date-incomplete"])
    }
}
