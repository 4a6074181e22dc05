import Afspraken
import Foundation
import Testing

/// The entities of one sentence, read as the only text of an article in a jaarschijf for 2026.
func entities(_ sentence: String) throws -> Entities {
    let text = "Prestatieafspraken jaarschijf 2026\n1. Artikel\n\(sentence)\n"
    let document = try AgreementParser.parse(Array(text.utf8), fileName: "t.txt").document
    return document.chapters.first?.articles.first?.blocks.first?.entities ?? Entities()
}

@Suite struct TimeReaderTests {
    @Test(arguments: [
        ("Dit gebeurt in Q1 2026.", "in Q1 2026", "2026-Q1", "2026-01-01", "2026-03-31", nil as String?),
        ("Gereed uiterlijk Q1 2026.", "uiterlijk Q1 2026", "2026-Q1", "2026-01-01", "2026-03-31", "ON_OR_BEFORE"),
        ("Evaluatie in Q4 2025.", "in Q4 2025", "2025-Q4", "2025-10-01", "2025-12-31", nil),
        ("De regeling loopt gedurende 2027.", "gedurende 2027", "2027", "2027-01-01", "2027-12-31", nil),
        ("In het 1e kwartaal 2026 volgt dit.", "In het 1e kwartaal 2026", "2026-Q1", "2026-01-01", "2026-03-31", nil),
        (
            "Start in het eerste kwartaal van 2026.", "in het eerste kwartaal van 2026", "2026-Q1", "2026-01-01",
            "2026-03-31", nil
        ),
        (
            "Klaar in de tweede helft van 2027.", "in de tweede helft van 2027", "2027-H2", "2027-07-01", "2027-12-31",
            nil
        ),
        ("De vergunning volgt medio 2027.", "medio 2027", "2027", "2027-01-01", "2027-12-31", "MID"),
        ("Begin 2026 overleggen zij.", "Begin 2026", "2026", "2026-01-01", "2026-12-31", "START"),
        ("Dit loopt tot eind 2026.", "tot eind 2026", "2026", "2026-01-01", "2026-12-31", "END"),
        ("Gereed uiterlijk begin 2027.", "uiterlijk begin 2027", "2027", "2027-01-01", "2027-12-31", "START"),
        ("Dit geldt in 2027/2028.", "in 2027/2028", "2027/2028", "2027-01-01", "2028-12-31", nil),
        ("CO2-neutraal ultimo in 2050.", "ultimo in 2050", "2050", "2050-01-01", "2050-12-31", "END"),
        ("Weggewerkt uiterlijk 2028.", "uiterlijk 2028", "2028", "2028-01-01", "2028-12-31", "ON_OR_BEFORE"),
        ("Klaar uiterlijk eind '27.", "uiterlijk eind '27", "2027", "2027-01-01", "2027-12-31", "END"),
        ("Opgeleverd in juli '28.", "in juli '28", "2028-07", "2028-07-01", "2028-07-31", nil),
        ("Locaties vanaf 2030.", "vanaf 2030", "2030", "2030-01-01", "2030-12-31", "ON_OR_AFTER"),
        ("Toevoegen tot en met 2030.", "tot en met 2030", "2030", "2030-01-01", "2030-12-31", "ON_OR_BEFORE"),
        ("Gelden met ingang van 2027.", "met ingang van 2027", "2027", "2027-01-01", "2027-12-31", "ON_OR_AFTER"),
        ("Getekend op 11 december 2026.", "11 december 2026", "2026-12-11", "2026-12-11", "2026-12-11", nil),
        ("Het plan kwam medio december 2021.", "medio december 2021", "2021-12", "2021-12-01", "2021-12-31", "MID"),
        ("Datum 16-12-2024 staat vast.", "16-12-2024", "2024-12-16", "2024-12-16", "2024-12-16", nil),
        ("Geldig per 1 januari 2017.", "per 1 januari 2017", "2017-01-01", "2017-01-01", "2017-01-01", "ON_OR_AFTER"),
        ("De periode 2022-2026 loopt af.", "2022-2026", "2022/2026", "2022-01-01", "2026-12-31", nil),
        ("Afspraken 2020 t/m 2025 gelden.", "2020 t/m 2025", "2020/2025", "2020-01-01", "2025-12-31", nil),
        ("Jaren 2019 - 2024 zijn voorbij.", "2019 - 2024", "2019/2024", "2019-01-01", "2024-12-31", nil),
        // Seasons, and "in de loop van".
        ("Een plan voor de zomer van 2026.", "voor de zomer van 2026", "2026-SU", "2026-06-01", "2026-08-31", "BEFORE"),
        ("Dit volgt in het najaar 2025.", "in het najaar 2025", "2025-FA", "2025-09-01", "2025-11-30", nil),
        // Right before its year, a season needs no word before it (a table's "Planning" cell).
        ("Informatieavond: voorjaar 2027.", "voorjaar 2027", "2027-SP", "2027-03-01", "2027-05-31", nil),
        ("Start in de loop van 2027.", "in de loop van 2027", "2027", "2027-01-01", "2027-12-31", nil),
        ("Een evaluatie in Q1 van het voorgaande jaar.", "in Q1", "2026-Q1", "2026-01-01", "2026-03-31", nil),
        ("Vóór 2027 is het klaar.", "Vóór 2027", "2027", "2027-01-01", "2027-12-31", "BEFORE"),
        ("Per 2027-07-01 geldt een regel.", "Per 2027-07-01", "2027-07-01", "2027-07-01", "2027-07-01", "ON_OR_AFTER"),
        // A year alone in brackets, after a project.
        ("Het Anker: 36 appartementen (2027)", "2027", "2027", "2027-01-01", "2027-12-31", nil),
        // ISO weeks: week 1 has 4 January in it, so it may start in December; 2026 has a week 53.
        (
            "Een plan uiterlijk in week 14 van 2027.", "uiterlijk in week 14 van 2027", "2027-W14", "2027-04-05",
            "2027-04-11", "ON_OR_BEFORE"
        ),
        ("In week 1 van 2025 start het.", "In week 1 van 2025", "2025-W01", "2024-12-30", "2025-01-05", nil),
        ("Gereed voor het eind van 2027.", "voor het eind van 2027", "2027", "2027-01-01", "2027-12-31", "END"),
        // "het jaar" is the agreement's, as for "in Q1".
        (
            "De gemeente stelt voor het einde van het jaar een plan op.", "voor het einde van het jaar", "2026",
            "2026-01-01", "2026-12-31", "END"
        ),
        (
            "Een plan in de eerste helft van het jaar.", "in de eerste helft van het jaar", "2026-H1", "2026-01-01",
            "2026-06-30", nil
        ),
        ("Een plan eind van het jaar.", "eind van het jaar", "2026", "2026-01-01", "2026-12-31", "END"),
        ("Een plan aan het einde van 2027.", "aan het einde van 2027", "2027", "2027-01-01", "2027-12-31", "END"),
        (
            "Een plan aan het begin van het jaar.", "aan het begin van het jaar", "2026", "2026-01-01", "2026-12-31",
            "START"
        ),
        // Months written short, with or without their period; the period ends no sentence.
        (
            "Gereed voor 1 jan. 2027 volgens plan.", "voor 1 jan. 2027", "2027-01-01", "2027-01-01", "2027-01-01",
            "BEFORE"
        ),
        ("Gereed per 1 sept. 2027.", "per 1 sept. 2027", "2027-09-01", "2027-09-01", "2027-09-01", "ON_OR_AFTER"),
        ("Gereed in okt 2027.", "in okt 2027", "2027-10", "2027-10-01", "2027-10-31", nil),
        // A planning sheet's short year after a quarter.
        ("Gereed in Q3 '27 volgens plan.", "in Q3 '27", "2027-Q3", "2027-07-01", "2027-09-30", nil),
        ("Gereed in Q1 \u{2019}28.", "in Q1 \u{2019}28", "2028-Q1", "2028-01-01", "2028-03-31", nil),
        ("De gemeente evalueert in Q4-2026 het beleid.", "in Q4-2026", "2026-Q4", "2026-10-01", "2026-12-31", nil),
        // A half year as planning sheets write it, and a day and month without a year after a qualifier.
        ("Start in H2 2027 met de sloop.", "in H2 2027", "2027-H2", "2027-07-01", "2027-12-31", nil),
        ("Het bod volgt uiterlijk 31-12.", "uiterlijk 31-12", "2026-12-31", "2026-12-31", "2026-12-31", "ON_OR_BEFORE"),
        ("Gereed Q1/2028.", "Q1/2028", "2028-Q1", "2028-01-01", "2028-03-31", nil),
        ("Gereed in week 53 2026.", "in week 53 2026", "2026-W53", "2026-12-28", "2027-01-03", nil),
        // From one time to another: the first takes the second's year.
        (
            "Een campagne tussen 1 april en 1 juli 2027.", "tussen 1 april en 1 juli 2027", "2027-04-01/2027-07-01",
            "2027-04-01", "2027-07-01", nil
        ),
        (
            "Gesprekken tussen april en juni 2027.", "tussen april en juni 2027", "2027-04/2027-06", "2027-04-01",
            "2027-06-30", nil
        ),
        ("Bouw tussen 2026 en 2028.", "tussen 2026 en 2028", "2026/2028", "2026-01-01", "2028-12-31", nil),
        (
            "Dit loopt van 1 januari 2027 tot en met 31 maart 2027.", "1 januari 2027 tot en met 31 maart 2027",
            "2027-01-01/2027-03-31", "2027-01-01", "2027-03-31", nil
        ),
        // The first end takes the second's year after "van" too.
        (
            "Noord levert van 1 januari t/m 31 maart 2027 de gegevens.", "1 januari t/m 31 maart 2027",
            "2027-01-01/2027-03-31", "2027-01-01", "2027-03-31", nil
        ),
        (
            "Gesprekken van april tot juni 2027.", "april tot juni 2027", "2027-04/2027-06", "2027-04-01", "2027-06-30",
            nil
        ),
        // Ranges of quarters of one year.
        ("Oplevering in Q1-Q2 2027.", "in Q1-Q2 2027", "2027-Q1/2027-Q2", "2027-01-01", "2027-06-30", nil),
        ("Oplevering in Q2 2026 of Q1-", "in Q2 2026", "2026-Q2", "2026-04-01", "2026-06-30", nil),
        ("Gereed Q2 t/m Q4 2026.", "Q2 t/m Q4 2026", "2026-Q2/2026-Q4", "2026-04-01", "2026-12-31", nil),
        (
            "Uiterlijk Q3 – Q4 2027 klaar.", "Uiterlijk Q3 – Q4 2027", "2027-Q3/2027-Q4", "2027-07-01", "2027-12-31",
            "ON_OR_BEFORE"
        ),
    ])
    func timesWithTheirValues(
        sentence: String, text: String, value: String, start: String, end: String, mod: String?
    ) throws {
        let time = try #require(try entities(sentence).times.first, "\(sentence)")
        #expect(time.text == text)
        #expect(time.value == value && time.start == start && time.end == end)
        #expect(time.mod?.rawValue == mod)
    }

    /// 2027 has 52 weeks: its "week 53" is no week.
    @Test func aWeekTheYearDoesNotHaveIsNone() throws {
        #expect(try entities("Gereed in week 53 van 2027.").times.allSatisfy { $0.granularity != .week })
        let inferred = try #require(try entities("Gereed in week 12.").times.first)
        #expect(inferred.value == "2026-W12" && inferred.isYearInferred)
    }

    @Test func quarterWithoutYearUsesTheJaarschijfYearAndSaysSo() throws {
        let time = try #require(try entities("In Q1 een evaluatie.").times.first)
        #expect(time.isYearInferred && time.value == "2026-Q1")
        #expect(try entities("In Q1 2027 een evaluatie.").times.first?.isYearInferred == false)
        let season = try #require(try entities("Na de zomer een evaluatie.").times.first)
        #expect(season.isYearInferred && season.value == "2026-SU" && season.end == "2026-08-31")
        // A season needs a word before it that makes it a time: "de zomer was warm" is none.
        #expect(try entities("De zomer was warm.").times.isEmpty)
    }

    @Test(arguments: ["uiterlijk in 01 2026", "uiterlijk O1 2026", "in Ql 2026"])
    func ocrDamagedQuartersAreReadAndFlagged(phrase: String) throws {
        let time = try #require(try entities("Inventariseren \(phrase) de mogelijkheden.").times.first)
        #expect(time.value == "2026-Q1" && time.isRepaired)
    }

    /// "binnen … na ondertekening" and "volgend jaar" are times the text does not date; the event is a noun phrase,
    /// so what follows it stays the sentence's ("120 woningen" is a count). "de komende jaren" sets no time.
    @Test(
        arguments: [
            (
                "Thuisbaken plaatst binnen drie maanden na ondertekening zonnepanelen op 120 woningen.",
                "binnen drie maanden na ondertekening", "ON_OR_BEFORE", 1
            ),
            (
                "Dat gebeurt binnen zes weken na de vaststelling van de begroting door de raad.",
                "binnen zes weken na de vaststelling van de begroting", "ON_OR_BEFORE", 0
            ),
            (
                "De gemeente stelt binnen zes maanden na vaststelling van de woonvisie een plan op.",
                "binnen zes maanden na vaststelling van de woonvisie", "ON_OR_BEFORE", 0
            ),
            ("Begin volgend jaar evalueren partijen de regeling.", "Begin volgend jaar", "START", 0),
            ("Partijen maken afspraken voor dit jaar.", "voor dit jaar", nil, 0),
            // Counted from what the sentence is about.
            ("Zij melden achterstanden uiterlijk na twee maanden.", "uiterlijk na twee maanden", "ON_OR_BEFORE", 0),
            ("De huurder krijgt binnen twee weken antwoord.", "binnen twee weken", "ON_OR_BEFORE", 0),
        ] as [(String, String, String?, Int)])
    func timesCountedFromAnEventOrFromNow(sentence: String, text: String, mod: String?, counts: Int) throws {
        let found = try entities(sentence)
        let time = try #require(found.times.first)
        #expect(time.granularity == .relative && time.value == nil && time.text == text)
        #expect(time.mod?.rawValue == mod && found.counts.count == counts)
    }

    /// "in 2027 en 2028": the second year is a time too, without a qualifier of its own.
    @Test func aYearJoinedToAYearIsATime() throws {
        let times = try entities("De corporatie bouwt in 2027 en 2028 in totaal 80 woningen.").times
        #expect(times.map(\.text) == ["in 2027", "2028"] && times.map(\.value) == ["2027", "2028"])
        #expect(try entities("In 2027 komen er 40 en 2028 is een goed jaar.").times.count == 1)
    }

    @Test func theComingYearsAreNoTime() throws {
        #expect(try entities("We gaan de komende jaren veel woningen verduurzamen.").times.isEmpty)
    }

    @Test func relativeDeadlineIsRecognisedButNotDated() throws {
        let time = try #require(
            try entities("Een bouwtafel, uiterlijk twee weken voorafgaand aan het eerstvolgende Bestuurlijk Overleg.")
                .times
                .first)
        #expect(time.granularity == .relative && time.value == nil && time.start == nil)
        #expect(time.text == "uiterlijk twee weken voorafgaand aan het eerstvolgende Bestuurlijk Overleg")
    }

    @Test(arguments: [
        "De Q1-rapportage volgt.", "Zie artikel 44 van de Woningwet.", "Er komen 2026 woningen bij.",
        "Bel 071-1234567 voor vragen.", "Het adres is Voorstraat 1, 2201 AB Noordwijk.", "één van de partijen",
        "De mei-regeling geldt.", "De 1e ronde is klaar.", "Q9 2026 bestaat niet.", "Op 31-02-2026 gebeurt niets.",
        "Op 99 december 2026 ook niet.", "€€€", "Hoofdstuk 2026 is lang.", "Er zijn 2030 huishoudens.",
        "Het kost € 2026 per jaar.", "Een stijging van 2026%.", "Punt 8 en punt 10 gelden.", "Bijlage 1 hoort erbij.",
        "Voor de 21e verjaardag.", "Een Q-koorts uitbraak.", "De 2e helft van de wedstrijd.", "Begin nu.",
        "In de tweede ronde.", "Uiterlijk morgen.", "Postbus 2026 Noordwijk.", "De Q1-Q2-rapportage volgt.",
        "Een contract voor drie jaar.", "Een woning voor 10-12 woningen.", "Een pand voor 10-12 personen.",
        "Kamer H2 is vrij.", "Een score van 1-2.",
    ])
    func notTimes(sentence: String) throws {
        #expect(try entities(sentence).times.isEmpty, "\(sentence)")
    }

    @Test func impossibleDatesAreWarnings() throws {
        let text = "Prestatieafspraken 2026\n1. Een\nOp 31-02-2026 en Q9 2026 en 30 februari 2026.\n"
        let result = try AgreementParser.parse(Array(text.utf8), fileName: "t")
        #expect(result.diagnostics.map(\.code) == ["impossible-date", "impossible-date", "impossible-date"])
    }
}

@Suite struct FrequencyReaderTests {
    @Test(arguments: [
        ("Er wordt elke zes weken vergaderd.", "elke zes weken", "week", nil as Int?, nil as Int?, 6 as Int?, "P6W"),
        ("Dit gebeurt iedere zes weken.", "iedere zes weken", "week", nil, nil, 6, "P6W"),
        ("Zij spreken om de twee maanden af.", "om de twee maanden", "month", nil, nil, 2, "P2M"),
        ("Overleg vier keer per jaar.", "vier keer per jaar", "year", 4, 4, nil, "P1Y"),
        ("Minimaal een keer per jaar een schouw.", "Minimaal een keer per jaar", "year", 1, nil, nil, "P1Y"),
        (
            "Minimaal twee en maximaal zes keer per jaar overleg.", "Minimaal twee en maximaal zes keer per jaar",
            "year", 2,
            6, nil, "P1Y"
        ),
        ("Een overleg 2x per jaar.", "2x per jaar", "year", 2, 2, nil, "P1Y"),
        ("Zij worden tweemaal per jaar geïnformeerd.", "tweemaal per jaar", "year", 2, 2, nil, "P1Y"),
        ("Het wordt jaarlijks gemonitord.", "jaarlijks", "year", 1, 1, nil, "P1Y"),
        ("Een halfjaarlijks overleg.", "halfjaarlijks", "year", 2, 2, nil, "P1Y"),
        ("Rapportage per kwartaal.", "per kwartaal", "quarter", 1, 1, nil, "P3M"),
        ("Een maandelijks spreekuur.", "maandelijks", "month", 1, 1, nil, "P1M"),
        ("Een tweemaandelijks overleg.", "tweemaandelijks", "month", 1, 1, 2, "P2M"),
        ("Een wekelijks spreekuur.", "wekelijks", "week", 1, 1, nil, "P1W"),
        ("Een keer per maand is genoeg.", "Een keer per maand", "month", 1, 1, nil, "P1M"),
        ("De huurders worden elk half jaar geïnformeerd.", "elk half jaar", "month", nil, nil, 6, "P6M"),
        ("Een rapportage ieder halfjaar.", "ieder halfjaar", "month", nil, nil, 6, "P6M"),
        ("Partijen evalueren eens per jaar.", "eens per jaar", "year", 1, 1, nil, "P1Y"),
        ("Een evaluatie eens per twee jaar.", "eens per twee jaar", "year", nil, nil, 2, "P2Y"),
        ("Een evaluatie eens in de vier jaar.", "eens in de vier jaar", "year", nil, nil, 4, "P4Y"),
        ("Partijen evalueren minimaal eens per jaar.", "minimaal eens per jaar", "year", 1, nil, nil, "P1Y"),
        ("Partijen evalueren hooguit eens per kwartaal.", "hooguit eens per kwartaal", "quarter", nil, 1, nil, "P3M"),
        ("Een evaluatie één keer per twee jaar.", "één keer per twee jaar", "year", 1, 1, 2, "P2Y"),
        ("Partijen overleggen per half jaar.", "per half jaar", "month", 1, 1, 6, "P6M"),
        ("Een schouw twee keer per half jaar.", "twee keer per half jaar", "month", 2, 2, 6, "P6M"),
        ("Een evaluatie één keer in de twee jaar.", "één keer in de twee jaar", "year", 1, 1, 2, "P2Y"),
        ("Overleg drie à vier keer per jaar.", "drie à vier keer per jaar", "year", 3, 4, nil, "P1Y"),
        ("Overleg 2-3 keer per jaar.", "2-3 keer per jaar", "year", 2, 3, nil, "P1Y"),
        ("Overleg twee keer per jaar of vaker.", "twee keer per jaar of vaker", "year", 2, nil, nil, "P1Y"),
        ("Een twee-maandelijks overleg.", "twee-maandelijks", "month", 1, 1, 2, "P2M"),
    ])
    func frequencies(
        sentence: String, text: String, period: String, minimum: Int?, maximum: Int?, every: Int?, value: String
    ) throws {
        let frequency = try #require(try entities(sentence).frequencies.first, "\(sentence)")
        #expect(frequency.text == text && frequency.period.rawValue == period && frequency.value == value)
        #expect(frequency.minimum == minimum && frequency.maximum == maximum && frequency.every == every)
    }

    @Test(arguments: [
        "Zij bouwen 10 woningen per jaar.", "Een keer kwam hij.", "Per jaar verschilt het.", "elke woning",
        "Elke corporatie doet mee.", "Om de hoek ligt het.", "Het jaarverslag volgt.", "Twee keer zoveel woningen.",
        "Minimaal twee woningen.", "Iedere huurder telt.", "Per week 5 uur.", "De jaarcijfers volgen.",
        "Vier keer zo groot.",
    ])
    func notFrequencies(sentence: String) throws {
        #expect(try entities(sentence).frequencies.isEmpty, "\(sentence)")
    }
}

@Suite struct AmountReaderTests {
    @Test(arguments: [
        ("Een huur van € 477,20 in 2025.", "€ 477,20", "477.2", nil as String?),
        ("Een huur van €477,20.", "€477,20", "477.2", nil),
        ("Een budget van € 1.250.000 per jaar.", "€ 1.250.000", "1250000", nil),
        ("Een budget van € 2,5 miljoen.", "€ 2,5 miljoen", "2500000", nil),
        ("Een bijdrage van € 1.000,- per woning.", "€ 1.000,-", "1000", nil),
        ("Een bijdrage van € 1.000,– per woning.", "€ 1.000,–", "1000", nil),
        ("Een bijdrage van EUR 500 per woning.", "EUR 500", "500", nil),
        ("Een bijdrage van 477 euro per woning.", "477 euro", "477", nil),
        ("Tussen € 10.000 - € 15.000 per woning.", "€ 10.000 - € 15.000", "10000", "15000"),
        ("Een bijdrage van € 0,05 per woning.", "€ 0,05", "0.05", nil),
        ("Er is tussen € 10.000 en € 20.000 per woning.", "€ 10.000 en € 20.000", "10000", "20000"),
        ("Een budget van € 25k.", "€ 25k", "25000", nil),
        ("Een budget van € 2,5K per jaar.", "€ 2,5K", "2500", nil),
        ("Een budget van € 3,5 mio.", "€ 3,5 mio", "3500000", nil),
        ("Een budget van een half miljoen euro.", "een half miljoen euro", "500000", nil),
        ("Een budget van anderhalf miljoen euro.", "anderhalf miljoen euro", "1500000", nil),
        ("Een budget van twee miljoen euro.", "twee miljoen euro", "2000000", nil),
        ("Een budget van € twee miljoen.", "€ twee miljoen", "2000000", nil),
        // Beyond an integer's 19 digits, the digits are read as text.
        ("Een fonds van € 123456789012345678901,5.", "€ 123456789012345678901,5", "123456789012345678901.5", nil),
    ])
    func money(sentence: String, text: String, amount: String, upper: String?) throws {
        let money = try #require(try entities(sentence).amounts.first, "\(sentence)")
        #expect(money.text == text && money.amount.description == amount && money.currency == "EUR")
        #expect(money.upperAmount?.description == upper)
    }

    @Test(arguments: [
        ("De gemeente stelt maximaal € 40.000 per jaar beschikbaar.", "maximaal € 40.000", Count.Bound.atMost),
        ("Een bijdrage van minimaal € 1.000 per woning.", "minimaal € 1.000", .atLeast),
        ("Een budget van circa € 2,5 miljoen.", "circa € 2,5 miljoen", .approximately),
        ("Een budget van ten hoogste 500 euro.", "ten hoogste 500 euro", .atMost),
        ("Een huur tot € 477,20 in 2025.", "tot € 477,20", .atMost),
    ])
    func moneyBounds(sentence: String, text: String, bound: Count.Bound) throws {
        let money = try #require(try entities(sentence).amounts.first, "\(sentence)")
        #expect(money.text == text && money.bound == bound)
    }

    /// What an amount is for each of: the word after "per"; none for a sum.
    @Test(arguments: [
        ("Een korting van € 25,- per maand.", "maand" as String?),
        ("Zuid investeert € 750 per woning.", "woning"),
        ("Een budget van € 1.250.000 per jaar.", "jaar"),
        ("Een budget van € 1.250.000 voor 2027.", nil),
        ("Een budget van € 1.250.000 per 1 januari.", nil),
    ])
    func moneyPer(sentence: String, per: String?) throws {
        let money = try #require(try entities(sentence).amounts.first, "\(sentence)")
        #expect(money.per == per)
    }

    @Test(arguments: [
        "€€€", "Een budget van 500 per woning.", "Artikel 44 geldt.", String(repeating: "9", count: 1_000_000),
        "Het euroteken ontbreekt.", "Euro's zijn munten.", "€ is een teken.", "Een miljoen woningen.",
        "Een half miljoen huurders.", "Twee miljoen woningen.", "Er komen 25k woningen.",
    ])
    func notMoney(sentence: String) throws {
        #expect(try entities(sentence).amounts.isEmpty)
    }

    @Test(arguments: [
        ("Groei tot 30% van de voorraad.", "30%", "30", nil as String?),
        ("Groei tot 30 % van de voorraad.", "30 %", "30", nil),
        ("Groei tot 30 procent van de voorraad.", "30 procent", "30", nil),
        ("Een huurverhoging van 2,5% is gepland.", "2,5%", "2.5", nil),
        ("Een aandeel van 25-30% middenhuur.", "25-30%", "25", "30"),
        ("De huren stijgen 2 à 3 procent.", "2 à 3 procent", "2", "3"),
        ("Een stijging van vijf procent.", "vijf procent", "5", nil),
        ("Dertig procent woningen.", "Dertig procent", "30", nil),
    ])
    func percentages(sentence: String, text: String, value: String, upper: String?) throws {
        let percentage = try #require(try entities(sentence).percentages.first, "\(sentence)")
        #expect(percentage.text == text && percentage.value == value && percentage.upperValue == upper)
        #expect(percentage.context.contains(text))
    }

    @Test(arguments: [
        ("Het aandeel is minimaal 80%.", "minimaal 80%", Count.Bound.atLeast),
        ("Een stijging van maximaal 4,4 procent.", "maximaal 4,4 procent", .atMost),
        ("Een aandeel van ten minste 95% van de woningen.", "ten minste 95%", .atLeast),
        ("Een aandeel van ca. 30% middenhuur.", "ca. 30%", .approximately),
        ("Meer dan 50% van de huurders.", "Meer dan 50%", .atLeast),
        ("Ten hoogste vijf procent.", "Ten hoogste vijf procent", .atMost),
    ])
    func percentageBounds(sentence: String, text: String, bound: Count.Bound) throws {
        let percentage = try #require(try entities(sentence).percentages.first, "\(sentence)")
        #expect(percentage.text == text && percentage.bound == bound)
    }

    /// Percentage points are a difference between percentages, marked as such; a share is not.
    @Test(arguments: [
        ("De huren stijgen met 2,5 procentpunt.", "2,5 procentpunt", true as Bool?),
        ("Een daling van 0,5 procentpunten.", "0,5 procentpunten", true),
        ("Inflatie plus 1%-punt.", "1%-punt", true),
        ("Een stijging van maximaal 1 procentpunt.", "maximaal 1 procentpunt", true),
        // "min" after the inflation is minus, no minimum.
        ("De huur stijgt met de inflatie min 0,5 procentpunt.", "0,5 procentpunt", true),
        ("Een aandeel van 30% van de woningen.", "30%", nil),
    ])
    func percentagePoints(sentence: String, text: String, points: Bool?) throws {
        let percentage = try #require(try entities(sentence).percentages.first, "\(sentence)")
        #expect(percentage.text == text && percentage.points == points)
    }

    @Test func aPercentageWithoutBoundWordsIsExact() throws {
        let found = try entities("In 2027 stijgen de huren 2,5% en minimaal 80 woningen krijgen label A.")
        #expect(found.percentages.map(\.bound) == [nil] && found.percentages.map(\.text) == ["2,5%"])
    }

    @Test(arguments: [
        "Afspraken over het % middenhuurwoningen.", "Een score van 30 punten.", "Het procent is laag.",
        "% van 30.", "Een kwart van de woningen.", "Een procent van de woningen.",
    ])
    func notPercentages(sentence: String) throws {
        #expect(try entities(sentence).percentages.isEmpty)
    }
}

@Suite struct CountReaderTests {
    @Test(arguments: [
        (
            "Er komen 39 sociale huurwoningen.", "39 sociale huurwoningen", 39, nil as Int?, "sociale huurwoningen",
            "exact"
        ),
        ("Er komen 4 middenhuur woningen.", "4 middenhuur woningen", 4, nil, "middenhuur woningen", "exact"),
        ("Er komen 17 appartementen.", "17 appartementen", 17, nil, "appartementen", "exact"),
        ("Er komen 24 Bebo's en meer.", "24 Bebo's", 24, nil, "Bebo's", "exact"),
        ("Er komen 12 EGW.", "12 EGW", 12, nil, "EGW", "exact"),
        (
            "Elk jaar ca 10 middenhuurwoningen erbij.", "ca 10 middenhuurwoningen", 10, nil, "middenhuurwoningen",
            "approximately"
        ),
        ("Voor ongeveer 200 woningen geldt dit.", "ongeveer 200 woningen", 200, nil, "woningen", "approximately"),
        (
            "Verkoop van maximaal 10 sociale huurwoningen.", "maximaal 10 sociale huurwoningen", 10, nil,
            "sociale huurwoningen", "atMost"
        ),
        ("Er wordt 0 of 1 woning verkocht.", "0 of 1 woning", 0, 1, "woning", "exact"),
        (
            "Er komen ten minste 50 nultredenwoningen.", "ten minste 50 nultredenwoningen", 50, nil,
            "nultredenwoningen",
            "atLeast"
        ),
        ("Er komen 2026 woningen.", "2026 woningen", 2026, nil, "woningen", "exact"),
        ("Er komen vijf woningen.", "vijf woningen", 5, nil, "woningen", "exact"),
        ("Er komen tweehonderd woningen.", "tweehonderd woningen", 200, nil, "woningen", "exact"),
        ("Er komen 40\u{2013}50 woningen.", "40\u{2013}50 woningen", 40, 50, "woningen", "exact"),
        ("Er komen 12 tiny houses bij.", "12 tiny houses", 12, nil, "tiny houses", "exact"),
        ("Er komen circa 1.200 woningen.", "circa 1.200 woningen", 1200, nil, "woningen", "approximately"),
        ("Er komen tussen de 20 en 30 woningen.", "tussen de 20 en 30 woningen", 20, 30, "woningen", "exact"),
        ("Er komen minder dan 10 woningen.", "minder dan 10 woningen", 10, nil, "woningen", "atMost"),
        ("Zij verkopen ten hoogste 10 woningen.", "ten hoogste 10 woningen", 10, nil, "woningen", "atMost"),
        ("Zij slopen ruim 100 woningen.", "ruim 100 woningen", 100, nil, "woningen", "atLeast"),
        (
            "Zij slopen 60 verouderde eengezinswoningen.", "60 verouderde eengezinswoningen", 60, nil,
            "verouderde eengezinswoningen", "exact"
        ),
        ("Zij bouwen 5 (vijf) woningen.", "5 (vijf) woningen", 5, nil, "woningen", "exact"),
        ("Er staan bijna 50 woningen leeg.", "bijna 50 woningen", 50, nil, "woningen", "atMost"),
        ("Er komen meer dan 50 woningen.", "meer dan 50 woningen", 50, nil, "woningen", "atLeast"),
        ("Er komen zo’n 40 woningen.", "zo’n 40 woningen", 40, nil, "woningen", "approximately"),
        ("Zij verkopen een tiental woningen.", "een tiental woningen", 10, nil, "woningen", "approximately"),
        ("Er komen ruim een honderdtal woningen.", "ruim een honderdtal woningen", 100, nil, "woningen", "atLeast"),
        // People and places count too.
        ("Zij huisvesten 35 statushouders.", "35 statushouders", 35, nil, "statushouders", "exact"),
        ("Voor minimaal 40 huishoudens met urgentie.", "minimaal 40 huishoudens", 40, nil, "huishoudens", "atLeast"),
        ("Er komen 20 opvangplekken.", "20 opvangplekken", 20, nil, "opvangplekken", "exact"),
        // Without its "en", "tussen" is no range, and the count is what follows it.
        ("Tussen de 20 woningen staat er een.", "20 woningen", 20, nil, "woningen", "exact"),
    ])
    func counts(sentence: String, text: String, value: Int, upper: Int?, unit: String, bound: String) throws {
        let count = try #require(try entities(sentence).counts.first, "\(sentence)")
        #expect(count.text == text && count.value == value && count.upperValue == upper)
        #expect(count.unit == unit && count.bound.rawValue == bound)
    }

    @Test(arguments: [
        "Zie artikel 44 van de Woningwet.", "Een woning voor € 477 per maand.", "In 2026 bouwen zij.",
        "Er is één woning over.", "Twee wethouders zijn er.", "Jongeren onder de 21 jaar.",
        "Zie bijlage 1 voor de woningen.", "Een woning van 70 m2.", "Een energielabel van 3 stappen.",
        "Over 5 jaar zijn er woningen.", "Punt 8 gaat over woningen.", "De 21e woning is klaar.",
        "Er komen 1.20 woningen.", "Een tiental jaren.", "Er komt er een", "Er komen er ca",
    ])
    func notCounts(sentence: String) throws {
        #expect(try entities(sentence).counts.isEmpty, "\(sentence)")
    }
}
