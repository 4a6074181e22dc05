import Afspraken
import Testing

/// The commitments of a small agreement whose signatories are a municipality, two associations and tenants.
func commitments(_ body: String) throws -> [Commitment] {
    let text = """
        Prestatieafspraken jaarschijf 2026
        1. Wonen
        1. Afspraken
        \(body)
        Ondertekening
        Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
        Huurdersvereniging Samen
        """
    return try AgreementParser.parse(Array(text.utf8), fileName: "t.txt").document.commitments
}

@Suite struct CommitmentTests {
    @Test(arguments: [
        ("Corporaties spannen zich in om leegstand te beperken.", "effort", "spannen zich in"),
        ("De gemeente zet zich in voor doorstroming.", "effort", "zet zich in"),
        ("Partijen zetten in op betaalbaarheid.", "effort", "zetten in op"),
        ("De gemeente streeft naar meer woningen.", "effort", "streeft"),
        ("De gemeente stelt een woonvisie op.", "result", "stelt op"),
        ("De gemeente neemt een clausule op in het contract.", "result", "neemt op"),
        ("Tweemaal per jaar vindt een schouw plaats.", "result", "vindt plaats"),
        ("Een en ander wordt vastgelegd in een plan.", "result", "wordt vastgelegd"),
        ("In 2026 zal een onderzoek worden gedaan.", "result", "zal"),
        ("Partijen hebben het voornemen een fonds op te richten.", "intention", "hebben het voornemen"),
        ("Corporaties willen meer middenhuur bouwen.", "intention", "willen"),
        ("Partijen beogen een groei tot 30%.", "intention", "beogen"),
        ("Corporaties verwachten 10 woningen te verkopen.", "intention", "verwachten"),
        ("Gemeente en corporaties continueren het zorgnetwerk.", "continuation", "continueren"),
        ("Corporaties blijven de routekaart volgen.", "continuation", "blijven"),
        ("Partijen zetten het overleg voort.", "continuation", "zetten voort"),
        ("Corporaties kunnen de huur tijdelijk verlagen.", "option", "kunnen"),
        // Both numbers of a verb: the singular of a plural cue, the plural of a singular one.
        ("Woningstichting Noord investeert jaarlijks € 45 per woning.", "result", "investeert"),
        ("Gemeente en corporaties stellen een budget beschikbaar.", "result", "stellen beschikbaar"),
        ("Woningstichting Noord neemt deel aan het platform.", "result", "neemt deel"),
        ("Woningstichting Noord rondt in Q3 de evaluatie af.", "result", "rondt af"),
        ("De corporaties ronden de sloop in 2027 af.", "result", "ronden af"),
        ("Woningstichting Noord neemt een verzoek pas na advies in behandeling.", "result", "neemt in behandeling"),
        ("Woningstichting Noord brengt 40 woningen naar label A.", "result", "brengt naar label"),
        ("De gemeente subsidieert groene daken.", "result", "subsidieert"),
        ("De gemeente trekt € 150.000 uit voor energiearmoede.", "result", "trekt uit"),
        ("Het college legt de woonzorgvisie uiterlijk 1 juli 2027 voor aan de raad.", "result", "legt voor"),
        ("De corporaties houden de slaagkans van woningzoekenden bij.", "result", "houden bij"),
        ("Noord en de huurdersvereniging bespreekt elk kwartaal de achterstanden.", "result", "bespreekt"),
        ("Woningstichting Noord wijst 25% van de woningen toe aan urgenten.", "result", "wijst toe"),
        ("Partijen komen twee keer per jaar bijeen.", "result", "komen bijeen"),
        ("Woningstichting Noord isoleert in 2026 ten minste 150 woningen.", "result", "isoleert"),
        ("De gemeente draagt zorg voor een plan bij de nieuwbouw.", "result", "draagt zorg"),
        ("De gemeente draagt bij aan de zorg voor ouderen.", "effort", "draagt bij"),
        ("Corporaties dragen er zorg voor dat woningen vrijkomen.", "result", "dragen zorg"),
        ("Corporaties verplichten zich tot 40 woningen per jaar.", "result", "verplichten zich"),
        ("De gemeente maakt zich sterk voor meer middenhuur.", "effort", "maakt zich sterk"),
        ("De gemeente faciliteert de bouw van tijdelijke woningen.", "effort", "faciliteert"),
        ("Het is de ambitie van partijen om de wachttijd te verkorten.", "intention", "ambitie om"),
        ("De gemeente heeft de intentie om grond te verkopen.", "intention", "heeft intentie"),
        ("Woningstichting Noord heeft als doel 100 woningen te verduurzamen.", "intention", "heeft als doel"),
        ("Afgesproken wordt dat de corporaties 20 woningen verkopen.", "result", "verkopen"),
        ("Partijen komen overeen dat de huur gematigd stijgt.", "result", "komen overeen"),
        ("Woningstichting Noord is verantwoordelijk voor het onderhoud.", "result", "is verantwoordelijk"),
        ("De gemeente neemt het initiatief voor een woonzorgvisie.", "result", "neemt initiatief"),
        ("Woningstichting Noord brengt jaarlijks een bod uit.", "result", "brengt uit"),
        ("Woningstichting Noord voert een tweehurenbeleid.", "statement", nil as String?),
        ("Woningstichting Noord start in 2026 met de bouw van 40 woningen.", "result", "start met"),
        ("Gemeente en corporaties werken nauw samen.", "result", "werken samen"),
        ("De gemeente is bereid om grond beschikbaar te stellen.", "intention", "is bereid"),
        ("De gemeente neemt de kosten voor haar rekening.", "result", "neemt voor rekening"),
        ("De corporaties houden rekening met de inkomensgrenzen.", "effort", "houden rekening"),
        ("Woningstichting Noord zorgt voor voldoende woningen.", "result", "zorgt voor"),
        ("Woningstichting Noord doet mee aan de pilot.", "result", "doet mee"),
        ("De gemeente verstrekt een bijdrage van € 10.000.", "result", "verstrekt"),
        ("De gemeente overlegt elk kwartaal met de huurdersvereniging.", "result", "overlegt"),
        ("Woningstichting Noord rapporteert ieder half jaar over de voortgang.", "result", "rapporteert"),
        ("Woningstichting Noord zet hiervoor een community builder in.", "result", "zet in"),
        ("Woningstichting Noord zet zich in voor leefbaarheid.", "effort", "zet zich in"),
        ("De corporaties dragen 50% van de kosten.", "result", "dragen kosten"),
        ("Woningstichting Noord reserveert € 2 mln voor verduurzaming.", "result", "reserveert"),
        ("De gemeente neemt begin 2027 een besluit over de grondprijs.", "result", "neemt besluit"),
        ("Woningstichting Noord zorgt dat de streefhuur onder de grens blijft.", "result", "zorgt dat"),
        ("De gemeente stelt een werkgroep in.", "result", "stelt in"),
        ("Woonstichting Zuid richt een meldpunt in.", "result", "richt in"),
        ("De gemeente geeft uitvoering aan de woonvisie.", "result", "geeft uitvoering"),
        ("Woningstichting Noord pakt de achterstanden op.", "result", "pakt op"),
        ("Woonstichting Zuid bevriest de huren onder € 500.", "result", "bevriest"),
        ("In 2027 bepalen partijen gezamenlijk of de regeling doorgaat.", "result", "bepalen"),
        ("Woningstichting Noord stemt de planning af met de gemeente.", "result", "stemt af"),
        // "in op" stands together: this "in" is the time's.
        ("De gemeente zet in 2027 een fonds voor energiearmoede op.", "result", "zet op"),
        ("De corporaties zetten gezamenlijk in op vroegsignalering.", "effort", "zetten in op"),
        ("De corporaties brengen dit onder de aandacht bij hun huurders.", "result", "brengen onder aandacht"),
        ("De corporaties melden huurachterstanden na twee maanden bij de gemeente.", "result", "melden"),
        ("De gemeente past de urgentieregeling uiterlijk 1 juli 2026 aan.", "result", "past aan"),
        // A passive with a party as its agent: the party delivers.
        ("In 2026 worden door Woningstichting Noord 30 woningen opgeleverd.", "result", "worden door"),
        // More verbs and phrases of delivering, and one of intending.
        ("De corporaties hebben de opgave om 500 woningen te verduurzamen.", "result", "hebben opgave"),
        ("Partijen gaan in gesprek over de huisvesting van arbeidsmigranten.", "result", "gaan in gesprek"),
        ("De gemeente neemt het voortouw bij de wijkaanpak.", "result", "neemt voortouw"),
        ("Partijen trekken samen op in de regionale woonagenda.", "result", "trekken op"),
        ("De gemeente agendeert het thema in de raad.", "result", "agendeert"),
        ("Partijen verkennen de mogelijkheden voor woningdelen.", "result", "verkennen"),
        ("De gemeente borgt de afspraken in het woonprogramma.", "result", "borgt"),
        ("Woningstichting Noord houdt zich aan de passendheidsnorm.", "result", "houdt zich aan"),
        ("Woningstichting Noord maakt werk van de aanpak van schimmel.", "result", "maakt werk"),
        ("Woonstichting Zuid pakt het achterstallig onderhoud aan.", "result", "pakt aan"),
        ("Woningstichting Noord stelt zich ten doel om 100 woningen te bouwen.", "intention", "stelt zich doel"),
        ("De gemeente zegt toe de leges te verlagen.", "result", "zegt toe"),
        ("De gemeente geeft voorrang aan projecten met sociale huur.", "result", "geeft voorrang"),
        ("Woonstichting Zuid verhuurt minimaal 30 woningen aan jongeren.", "result", "verhuurt"),
        ("De gemeente en de corporaties treffen maatregelen tegen woonfraude.", "result", "treffen maatregelen"),
        // The verb of a relative clause is not the sentence's.
        ("Woonstichting Zuid, die 10 woningen verkoopt, meldt dit vooraf aan de gemeente.", "result", "meldt"),
        ("De corporatie die het project ontwikkelt, betrekt de huurders.", "result", "betrekt"),
        // What a party receives from another, the other delivers.
        ("De gemeente ontvangt jaarlijks van Noord een overzicht van de wachttijden.", "result", "ontvangt van"),
        // Plural verbs that are nouns as often are cues only right after the subject.
        ("Partijen overleggen vier keer per jaar over de voortgang.", "result", "overleggen"),
        ("De corporaties bouwen in 2027 samen 80 woningen.", "result", "bouwen"),
        ("Partijen houden twee keer per jaar een wijkschouw.", "result", "houden"),
        ("De corporaties behandelen aanvragen binnen zes weken.", "result", "behandelen"),
        ("De corporaties voegen in 2027 samen 250 woningen toe aan de voorraad.", "result", "voegen toe"),
        ("De gemeente en de corporaties financieren samen een energiecoach.", "result", "financieren"),
        ("Iedere partij wijst een contactpersoon aan.", "result", "wijst aan"),
        ("Met de corporaties maakt de gemeente afspraken over de wijkaanpak.", "result", "maakt afspraken"),
        ("Het is aan de gemeente om locaties te vinden.", "result", "het is aan"),
        ("Afgesproken is dat er een plan komt.", "result", "afgesproken"),
        ("Afgesproken is dat Noord zich inspant voor een plan.", "effort", "inspant"),
        ("Partijen zorgen dat Noord jaarlijks een monitor opstelt.", "result", "zorgen dat"),
        ("Voor Noord geldt dat zij jaarlijks een monitor opstelt.", "result", "opstelt"),
        ("Er wordt gestreefd naar 100 nieuwe woningen per jaar.", "effort", "gestreefd"),
        ("De corporaties gaan terughoudend om met de verkoop van woningen.", "statement", nil),
        ("De gemeente wacht op het besluit van de provincie.", "statement", nil),
        // A sum contributed is a result; a contribution without one an effort.
        ("De gemeente draagt € 25.000 bij aan het fonds.", "result", "draagt bij"),
        ("Alle partijen dragen bij aan een goede doorstroming.", "effort", "dragen bij"),
        ("De corporaties hanteren een streefhuur van 95% van de maximale huur.", "result", "hanteren"),
        ("Woningstichting Noord is voorzitter van de overleggen.", "statement", nil),
        ("Woonstichting Zuid werkt mee aan het energiecoachproject.", "effort", "werkt mee"),
        ("Woonstichting Zuid neemt vanaf 1 juli 2027 50 woningen in gebruik.", "result", "neemt in gebruik"),
        ("Woonstichting Zuid transformeert het kantoor tot 40 studio's.", "result", "transformeert"),
        ("Voorts bezien de corporaties in hoeverre woningen kunnen worden toegevoegd.", "result", "bezien"),
        ("Noord maakt huurders bewust van de mogelijkheden.", "result", "maakt bewust"),
        ("Noord maakt in de advertentie zichtbaar of een woning voor starters is.", "result", "maakt zichtbaar"),
        ("Elke zes weken heeft de gemeente met Noord een ambtelijke bouwtafel.", "result", "heeft bouwtafel"),
        (
            "De partijen dragen gezamenlijk de verantwoordelijkheid voor de agenda.", "result",
            "dragen verantwoordelijkheid"
        ),
        ("De gemeente onderhoudt een netwerk in het sociale domein.", "continuation", "onderhoudt"),
        ("Wanneer de huurders daarom vragen, organiseert Noord een informatieavond.", "result", "organiseert"),
        // The cue of the clause before the comma is not the sentence's.
        ("Mocht er overlast zijn, dan treedt Noord op.", "result", "treedt op"),
        // "vast" before "voor": the particle that follows the verb first.
        ("Partijen leggen vast wat zij doen voor het wonen.", "result", "leggen vast"),
        ("Hiervoor stelt de gemeente een projectleider aan.", "result", "stelt aan"),
        ("De gemeente brengt vóór 1 april 2027 in kaart welke locaties geschikt zijn.", "result", "brengt in kaart"),
        ("De huurdersvereniging geeft binnen zes weken een reactie op het bod.", "result", "geeft reactie"),
        ("In 2027 start Noord de bouw van 60 woningen.", "result", "start de bouw"),
        ("Noord stelt de huurders op de hoogte van de planning.", "result", "stelt op hoogte"),
        ("Noord handhaaft de huurprijs.", "result", "handhaaft"),
        ("De gemeente vraagt bij het Rijk aandacht voor de financiering.", "result", "vraagt aandacht"),
        ("De gemeente vergoedt de kosten van de verhuizing.", "result", "vergoedt"),
        ("De gemeente maakt de grond in 2027 bouwrijp.", "result", "maakt bouwrijp"),
        ("Noord koopt 10 woningen terug.", "result", "koopt terug"),
        ("Partijen werken toe naar een evenwichtige verdeling.", "effort", "werken toe"),
        // "hierbij": the document makes the bid; it is no act to come.
        ("Noord doet hierbij haar bod op de woonvisie.", "statement", nil),
        ("Waar niets is afgesproken, blijven de oude afspraken gelden.", "continuation", "blijven"),
        // A present passive that names a time and no one: what is to be done by then.
        ("De jaarschijf 2028 wordt uiterlijk 15 december 2027 ondertekend.", "result", "wordt ondertekend"),
        ("In het voorjaar van 2027 worden de wachttijden onderzocht.", "result", "worden onderzocht"),
        ("Woningstichting Noord is trekker bij het houden van de wijkschouw.", "statement", nil),
        ("Woningstichting Noord heeft een rol in Overleg Bouwen en Wonen.", "statement", nil),
    ])
    func modalityAndItsCue(sentence: String, modality: String, cue: String?) throws {
        let found = try #require(try commitments(sentence).first, "\(sentence)")
        #expect(found.modality.rawValue == modality && found.cue == cue)
    }

    /// "Wat doet de gemeente?" over a list says whose items follow; "Wat willen we bereiken?" over goals says
    /// nothing of who.
    @Test func aQuestionThatNamesAPartyHeadsItsList() throws {
        let found = try commitments(
            """
            Wat doet de gemeente?
            - stelt in 2027 een woonzorgvisie op;
            Wat doet Woonstichting Zuid?
            - levert in 2027 12 woningen op;
            - denkt mee over het woonzorgbeleid.
            Wat willen we bereiken?
            - meer betaalbare woningen voor jongeren in de kernen.
            """)
        #expect(found.map(\.actors) == [["gemeente-voorbeeld"], ["zuid"], ["zuid"]])
        #expect(found.map(\.cue) == ["stelt op", "levert op", "denkt mee"])
    }

    /// A heading that names a party leads the list right under it; one that names it after a preposition does not.
    @Test func aHeadingThatNamesAPartyLeadsItsList() throws {
        let text = """
            Prestatieafspraken 2027
            1. Afspraken van de gemeente
            - stelt in 2027 een woonvisie op;
            - verleent voorrang aan starters.
            2. Woonstichting Zuid
            - bouwt in 2027 20 woningen.
            3. Overleg met Huurdersvereniging Samen
            - vindt elk kwartaal plaats.
            4. Bijdrage corporaties
            - Houdt de gemiddelde huur onder € 650.
            - Biedt schuldhulp binnen drie werkdagen.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            Huurdersvereniging Samen
            """
        let found = try AgreementParser.parse(Array(text.utf8), fileName: "t").document.commitments
        #expect(
            found.map(\.actors) == [
                ["gemeente-voorbeeld"], ["gemeente-voorbeeld"], ["zuid"], [], ["noord", "zuid"], ["noord", "zuid"],
            ])
        // An item that opens with its verb, in capitals too, has its subject in the heading: "houdt" is a cue there.
        #expect(found.map(\.cue) == ["stelt op", "verleent", "bouwt", "vindt plaats", "houdt", "biedt"])
    }

    /// A line that is only a party's name leads the list under it; an item that opens with its verb has its
    /// subject there, so a verb that is a cue only after the subject is one; a count goes on with its lead-in.
    @Test func aPartysNameAloneLeadsItsListAndItsItemsOpenWithTheVerb() throws {
        let text = """
            Prestatieafspraken 2027
            1. Afspraken per partij
            De gemeente
            • houdt elk kwartaal een bestuurlijk overleg;
            • actualiseert in 2027 de woonvisie.
            Woonstichting Zuid
            • verkoopt ten hoogste 5 woningen.
            Zuid realiseert in 2027:
            a. 40 sociale huurwoningen in Zilverackers;
            b. 8 tijdelijke woningen.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let found = document.commitments
        #expect(
            found.map(\.actors) == [
                ["gemeente-voorbeeld"], ["gemeente-voorbeeld"], ["zuid"], ["zuid"], ["zuid"], ["zuid"],
            ])
        #expect(found.map(\.cue) == ["houdt", "actualiseert", "verkoopt", "realiseert", "realiseert", "realiseert"])
        #expect(document.projects.map(\.name) == [nil, "Zilverackers", nil])
    }

    /// Sentences end at a period before a capital, but not after an abbreviation or an initial; a letter that
    /// names a label or class ends one.
    @Test(arguments: [
        (
            "Noord stelt o.a. een visie op i.v.m. de vraag. Zuid bouwt ca. 40 woningen m.b.t. De Wieken.",
            ["Noord stelt o.a. een visie op i.v.m. de vraag.", "Zuid bouwt ca. 40 woningen m.b.t. De Wieken."]
        ),
        (
            "De gemeente overlegt met dhr. Jansen en wethouder J. de Vries. Zuid bouwt t/m 2028 woningen.",
            ["De gemeente overlegt met dhr. Jansen en wethouder J. de Vries.", "Zuid bouwt t/m 2028 woningen."]
        ),
        (
            "Zuid brengt 40 woningen naar label A. De gemeente subsidieert groene daken.",
            ["Zuid brengt 40 woningen naar label A.", "De gemeente subsidieert groene daken."]
        ),
        (
            "Noord stelt voor 1 jan. 2027 een plan op. Zuid bouwt 20 woningen.",
            ["Noord stelt voor 1 jan. 2027 een plan op.", "Zuid bouwt 20 woningen."]
        ),
        (
            "Noord stelt z.s.m. n.a.v. de evaluatie een plan op met ing. Bakker en K. Koster. Zuid bouwt 20 woningen.",
            [
                "Noord stelt z.s.m. n.a.v. de evaluatie een plan op met ing. Bakker en K. Koster.",
                "Zuid bouwt 20 woningen.",
            ]
        ),
        // A footnote's number after the period; not a number such as "2.1".
        (
            "Zuid bouwt 120 woningen.1 De gemeente levert de grond volgens artikel 2.1 De Kade.",
            ["Zuid bouwt 120 woningen.1", "De gemeente levert de grond volgens artikel 2.1 De Kade."]
        ),
        // A name written in lower case with a digit or a capital in it starts a sentence as a capital does.
        (
            "Zuid bouwt 20 woningen. ieder1 onderzoekt de vraag. deltaWonen sloopt 10 woningen. zo niet.",
            ["Zuid bouwt 20 woningen.", "ieder1 onderzoekt de vraag.", "deltaWonen sloopt 10 woningen. zo niet."]
        ),
    ])
    func sentencesSurviveAbbreviationsAndInitials(paragraph: String, sentences: [String]) throws {
        #expect(try commitments(paragraph).map(\.text) == sentences)
    }

    /// A project line is no sentence: it completes the lead-in's, through the "Noord:" item between them, which is
    /// itself no commitment. A whole sentence under the same lead-in says for itself how firm it is.
    @Test func anItemThatIsNoSentenceTakesItsLeadInsCue() throws {
        let found = try commitments(
            "De volgende plannen starten in 2027 met de bouw:\n• Woningstichting Noord:\n"
                + "- Wilderszijde: 60 woningen, waarvan 40 sociale huur\n- Kerkplein: 12 appartementen;\n"
                + "• Woonstichting Zuid verkoopt de Molenweg. Dat staat vast.")
        #expect(
            found.map(\.text) == [
                "De volgende plannen starten in 2027 met de bouw:",
                "Wilderszijde: 60 woningen, waarvan 40 sociale huur",
                "Kerkplein: 12 appartementen;", "Woonstichting Zuid verkoopt de Molenweg. Dat staat vast.",
            ])
        #expect(found.map { $0.cue ?? "-" } == ["starten met", "starten met", "starten met", "verkoopt"])
        #expect(found.map(\.actors) == [[], ["noord"], ["noord"], ["zuid"]])
    }

    @Test(arguments: [
        ("Gemeente en corporaties zetten zich in voor doorstroming.", ["gemeente-voorbeeld", "noord", "zuid"]),
        ("Beide corporaties zetten in op lokaal maatwerk.", ["noord", "zuid"]),
        (
            "Partijen spreken af dat er een schouw komt.",
            ["gemeente-voorbeeld", "noord", "zuid", "huurdersvereniging-samen"]
        ),
        ("Noord bouwt 20 woningen en blijft investeren.", ["noord"]),
        // "elke corporatie" is each of them; "de corporatie" with two is neither (see below).
        ("Elke corporatie levert jaarlijks een bod.", ["noord", "zuid"]),
        (
            "Iedere partij wijst een contactpersoon aan.",
            ["gemeente-voorbeeld", "noord", "zuid", "huurdersvereniging-samen"]
        ),
        ("De gemeente informeert de betrokken partij.", ["gemeente-voorbeeld"]),
        (
            "Begin 2026 zullen de corporaties en de huurdersorganisaties overleggen.",
            ["noord", "zuid", "huurdersvereniging-samen"]
        ),
        // What all agree, the party named right after "dat" does.
        ("Partijen spreken af dat Noord in 2027 40 woningen bouwt.", ["noord"]),
        ("Partijen komen overeen dat de gemeente en Zuid jaarlijks evalueren.", ["gemeente-voorbeeld", "zuid"]),
        ("Medewerkers worden door corporaties toegerust.", ["noord", "zuid"]),
        // Each tenant's own association is every one of them.
        ("Huurders met een achterstand worden binnen twee weken benaderd door hun corporatie.", ["noord", "zuid"]),
        ("Huurders worden door hun eigen corporatie geïnformeerd.", ["noord", "zuid"]),
        // Who receives is not who delivers: the party it receives from is.
        ("De huurdersvereniging ontvangt van de corporaties uiterlijk 1 mei het bod.", ["noord", "zuid"]),
        ("De gemeente ontvangt jaarlijks van Noord een overzicht.", ["noord"]),
        ("De huurdersvereniging krijgt van Zuid een jaarlijks budget.", ["zuid"]),
        // A platform of tenants is the tenants' organisation, where there is one.
        ("Het huurdersplatform geeft advies over het bod.", ["huurdersvereniging-samen"]),
        ("Er wordt door de gemeente jaarlijks een woonmonitor opgesteld.", ["gemeente-voorbeeld"]),
        // A second clause with its own subject and verb adds its actors; a party as object does not.
        (
            "Woningdelen: gemeente inventariseert de belemmeringen, corporaties inventariseren welke woningen.",
            ["gemeente-voorbeeld", "noord", "zuid"]
        ),
        ("Gemeente stelt een plan op, in overleg met corporaties over de woningen.", ["gemeente-voorbeeld"]),
        ("Gemeente stelt een plan op, corporaties worden betrokken.", ["gemeente-voorbeeld"]),
        // After a semicolon too, and with an article; the particle may come later.
        (
            "De gemeente neemt het initiatief; de corporaties werken hieraan mee.",
            ["gemeente-voorbeeld", "noord", "zuid"]
        ),
        // After the verb, the subject and then its object: the party named right after is no second subject.
        ("Waar nodig ondersteunt de gemeente Woonstichting Zuid bij de aanvraag.", ["gemeente-voorbeeld"]),
        ("In samenwerking met de gemeente zet Woonstichting Zuid zich in voor doorstroming.", ["zuid"]),
        // Those excepted do not act; "naast" names no subject.
        ("De corporaties, met uitzondering van Zuid, verkopen geen woningen.", ["noord"]),
        ("Alle partijen behalve de gemeente evalueren de regeling.", ["noord", "zuid", "huurdersvereniging-samen"]),
        ("Naast Noord levert ook Zuid woningen op.", ["zuid"]),
        ("De gemeenteraad besluit in het voorjaar over de grondprijzen.", ["gemeente-voorbeeld"]),
        // A clause of condition or time before the main clause names who the main clause depends on, not who acts;
        // without a party in what follows its comma, the sentence has none.
        ("Als de gemeente de grond tijdig levert, bouwt Zuid in 2027 40 woningen.", ["zuid"]),
        ("Nadat Noord de visie heeft vastgesteld, stelt de gemeente een plan op.", ["gemeente-voorbeeld"]),
        ("Als onderdeel van de wijkaanpak organiseert Zuid een schouw, samen met de gemeente.", ["zuid"]),
        ("Mocht de gemeente overlast melden, dan treden de corporaties op.", ["noord", "zuid"]),
        ("Waar de gemeente dat vraagt, levert Noord een overzicht.", ["noord"]),
        ("Waar mogelijk bouwt Noord sneller, de gemeente ondersteunt daarbij.", ["noord", "gemeente-voorbeeld"]),
        // Whose task it is, and whom a rule is for.
        ("Het is de verantwoordelijkheid van de gemeente om locaties te vinden.", ["gemeente-voorbeeld"]),
        ("Het is aan de corporaties om de huren betaalbaar te houden.", ["noord", "zuid"]),
        ("Voor de gemeente geldt dat zij jaarlijks een woonmonitor opstelt.", ["gemeente-voorbeeld"]),
        // An alderman acts for the municipality; the words in brackets say who "we" are.
        ("De wethouder informeert de raad twee keer per jaar.", ["gemeente-voorbeeld"]),
        ("Wij (gemeente en corporaties) evalueren jaarlijks de opgave.", ["gemeente-voorbeeld", "noord", "zuid"]),
        // Pairs: "zowel … als …", "niet alleen …, maar ook …".
        (
            "Zowel de gemeente als de corporaties zetten zich in voor versnelling.",
            ["gemeente-voorbeeld", "noord", "zuid"]
        ),
        ("Niet alleen de corporaties, maar ook de gemeente investeert.", ["noord", "zuid", "gemeente-voorbeeld"]),
    ])
    func actorsFromNamesAndCollectiveWords(sentence: String, actors: [String]) throws {
        let found = try #require(try commitments(sentence).first, "\(sentence)")
        #expect(found.actors == actors)
    }

    @Test func theCorporationMeansTheOneAssociationWhereThereIsOne() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            1. Bouw
            De corporatie bouwt 40 woningen.
            De woonstichting voert een gematigd huurbeleid.
            Ondertekening
            Gemeente Voorbeeld          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(document.commitments.map(\.actors) == [["zuid"], ["zuid"]])
        // With two associations, "de corporatie" names neither.
        #expect(try commitments("De corporatie bouwt 40 woningen.").first?.actors == [])
    }

    /// "Bouwen: …" opens a list item with an infinitive, a topic; "Kustwonen verkoopt …" opens it with a name.
    @Test func aListItemOpeningWithANameEndingInEnHasItsCue() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            Partijen werken samen aan:
            • Kustwonen verkoopt maximaal 8 woningen.
            • Bouwen: de gemeente zoekt locaties.
            Ondertekening
            Gemeente Duinwijk          Woonstichting Kustwonen
            """
        let found = try AgreementParser.parse(Array(text.utf8), fileName: "t").document.commitments
        #expect(found.map { $0.cue ?? "-" } == ["werken samen", "verkoopt", "-"])
        // Under a lead-in that says the items are agreed, each item is, however it opens.
        let agreed = text.replacingOccurrences(of: "Partijen werken samen aan:", with: "Partijen spreken af:")
        let items = try AgreementParser.parse(Array(agreed.utf8), fileName: "t").document.commitments
        #expect(items.map { $0.cue ?? "-" } == ["spreken af", "verkoopt", "spreken af"])
    }

    /// "In deze overeenkomst wordt verstaan onder:" + "a. corporatie: Woningstichting Noord;": definitions.
    @Test func definitionsCommitNoOne() throws {
        let found = try commitments(
            "In deze overeenkomst wordt verstaan onder:\na. corporatie: Woningstichting Noord;\nb. huurders: "
                + "Huurdersvereniging Samen.\nDe corporatie bouwt 40 woningen.")
        #expect(found.map(\.text) == ["De corporatie bouwt 40 woningen."])
    }

    @Test func pronounCarriesTheSubjectOver() throws {
        let found = try commitments("Huurdersorganisaties dragen bij aan voorlichting. Zij doen dit met nieuwsbrieven.")
        #expect(found.map(\.actors) == [["huurdersvereniging-samen"], ["huurdersvereniging-samen"]])
        // A party after the pronoun and its verb is their object.
        let invited = try commitments("Noord en de gemeente houden een schouw. Zij nodigen de huurdersvereniging uit.")
        #expect(invited.map(\.actors) == [["noord", "gemeente-voorbeeld"], ["noord", "gemeente-voorbeeld"]])
    }

    @Test func listItemsTakeActorAndModalityFromTheirLeadIn() throws {
        let found = try commitments(
            "Corporaties spannen zich in om:\n• de huren te matigen;\n• huisuitzettingen te voorkomen.")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.actors == ["noord", "zuid"] && $0.modality == .effort })
        #expect(found.map(\.eId) == ["hfst_1__art_1__item_1", "hfst_1__art_1__item_2", "hfst_1__art_1__item_3"])
        // An item that opens with its verb has its subject in the lead-in: the party after the verb is its object.
        let paid = try commitments("De gemeente:\n- betaalt de huurdersvereniging een subsidie;\n- informeert Zuid.")
        #expect(paid.map(\.actors) == [["gemeente-voorbeeld"], ["gemeente-voorbeeld"]])
    }

    @Test(arguments: [
        "De corporaties worden betrokken bij het programma.",
        "De huurdersorganisaties worden over de voortgang geïnformeerd.",
        // A party that describes a thing ("de door … genoemde", "dit door … op te stellen") is no agent either.
        "De door de corporaties genoemde bedragen zijn onder voorbehoud.",
        "De huurders worden betrokken bij dit door de gemeente op te stellen plan.",
    ])
    func aPartyAsObjectIsNoActor(sentence: String) throws {
        let found = try commitments(sentence)
        #expect(found.allSatisfy { $0.actors.isEmpty })
    }

    @Test(arguments: [
        "Artikel 44 van de Woningwet regelt de prestatieafspraken.", "Hierdoor kunnen wijzigingen optreden.",
        "Keuzes hebben gevolgen voor de lange termijn.", "Een overzicht staat in de bijlage.",
        "Om deze ambitie te halen is meer nodig.",
        // What the law asks of a party is no party's commitment.
        "De Woningwet schrijft voor dat corporaties passend toewijzen.",
        "De Woningwet bepaalt dat corporaties passend toewijzen.",
        "De Huurwet bepaalt dat de huur jaarlijks mag stijgen.",
        // Nor is what the state does.
        "Het kabinet wil 900.000 woningen bouwen tot 2030.", "Het Rijk stelt jaarlijks de maximale huurverhoging vast.",
        // Who a party is, in the list of parties.
        "Woningstichting Noord, vertegenwoordigd door P. de Vries, hierna te noemen: Noord;",
        // A question heads what follows.
        "Wat willen de corporaties bereiken?",
        // A passive without a time, in the past, or with its participle not last.
        "In dit overleg wordt het volgende geagendeerd:", "In 2025 werden 40 woningen opgeleverd.",
        "In 2027 worden de huren verhoogd met de inflatie.",
    ])
    func sentencesThatAreNoCommitment(sentence: String) throws {
        #expect(try commitments(sentence).isEmpty, "\(sentence)")
    }

    @Test func fieldsWatWieWanneerMakeOneCommitment() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            Afspraak 1.1 Vroegsignalering
            Wat: Vroegsignalering van betalingsachterstanden in alle wijken.
            Wie: gemeente, Woningstichting Noord
            Wanneer: uiterlijk Q2 2026
            Afspraak 1.2 Huur
            Wat: Partijen matigen de huren.
            Wie: Woonstichting Zuid.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        // The "Wie" and "Wanneer" paragraphs are the commitment's, not commitments of their own.
        #expect(
            document.commitments.map(\.text) == [
                "Wat: Vroegsignalering van betalingsachterstanden in alle wijken.", "Wat: Partijen matigen de huren.",
            ])
        #expect(document.commitments.map(\.actors) == [["gemeente-voorbeeld", "noord"], ["zuid"]])
        let times = document.commitments[0].times.map { document.entities.times[$0].value }
        #expect(times == ["2026-Q2"] && document.commitments[1].times.isEmpty)
        #expect(document.chapters.map(\.title) == ["Wonen"])
    }

    /// "Afspraak 1.1:" is taken as the article's heading, so the text under it is the "Wat" field by its place.
    @Test func theParagraphBeforeAWieOrWanneerFieldIsItsAgreement() throws {
        let text = """
            Jaarschijf 2027 gemeente Voorbeeld

            Thema 1 Betaalbaarheid

            Afspraak 1.1: Opstellen van een huurbeleid voor middeninkomens.
            Verantwoordelijk: Woningstichting Noord
            Gereed: Q2 2027

            Afspraak 1.2: Onderzoek naar woonlasten van senioren.
            Trekker: gemeente
            Tijdpad: tweede helft 2027

            Aldus overeengekomen te Voorbeeld op 9 december 2026.
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(
            document.commitments.map(\.text) == [
                "Opstellen van een huurbeleid voor middeninkomens.", "Onderzoek naar woonlasten van senioren.",
            ])
        #expect(document.commitments.map(\.actors) == [["noord"], ["gemeente-voorbeeld"]])
        let times = document.commitments.flatMap(\.times).map { document.entities.times[$0].value }
        #expect(times == ["2027-Q2", "2027-H2"])
        // The closing formula alone is the signing, with its place and date.
        #expect(document.signing?.place?.text == "Voorbeeld" && document.signing?.date?.iso == "2026-12-09")
    }

    /// The deadline a sheet shows is the time that sets one, not the first time in the sentence.
    @Test func theDeadlineIsTheTimeThatSetsOne() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            In 2026 gaan de corporaties door met verduurzaming, om de E-labels uiterlijk 2028 te hebben weggewerkt.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let commitment = try #require(document.commitments.first)
        #expect(document.deadline(of: commitment)?.text == "uiterlijk 2028")
        #expect(CSVOutput.encode(document).contains(",2028-01-01,2028-12-31,uiterlijk 2028,"))
        #expect(MarkdownReport.render(document).contains("| uiterlijk 2028 |"))
    }

    /// A time between an article and its noun dates that thing: the commitment is due when its verb says.
    @Test func aTimeThatDatesANounIsNoDeadline() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            Op basis van een in Q4 2025 uit te voeren evaluatie besluiten partijen in Q1 2026 over de regeling.
            De corporaties passen het in 2024 vastgestelde beleid toe.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        try #require(document.commitments.count == 2)
        #expect(document.deadline(of: document.commitments[0])?.text == "in Q1 2026")
        #expect(document.deadline(of: document.commitments[1]) == nil)
    }

    @Test func wIdFollowsTheWordsNotThePlace() throws {
        let first = try #require(try commitments("Corporaties blijven de routekaart volgen.").first)
        let moved = try #require(
            try commitments("De gemeente stelt een plan op.\nCorporaties  blijven de\nroutekaart volgen.").last)
        #expect(first.wId == moved.wId && first.eId != moved.eId)
    }

    @Test func entitiesInsideACommitmentAreReferenced() throws {
        let text = """
            Prestatieafspraken jaarschijf 2026
            1. Wonen
            1. Bouw
            De corporaties bouwen uiterlijk Q1 2026 20 woningen voor € 2,5 miljoen en overleggen elke zes weken.
            Ondertekening
            Woningstichting Noord          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        let found = try #require(document.commitments.first)
        #expect(found.times.map { document.entities.times[$0].value } == ["2026-Q1"])
        #expect(found.counts.map { document.entities.counts[$0].value } == [20])
        #expect(found.amounts.count == 1 && found.frequencies.count == 1)
    }
}

@Suite struct ProjectTests {
    @Test func sampleProjectsAndSalesAreRecordsWithTheirNumbers() throws {
        let document = try Fixture(name: "noordwijk-2026").parse().document
        let projects = document.projects
        let built = projects.filter { $0.kind == .construction }
        #expect(built.map(\.name) == ["Ireneschool", "Realisatie Koninginneweg", "Offem Campri fase 2", "DPO"])
        #expect(built.map(\.totalHomes) == [17, 45, 41, 31])
        let koninginneweg = built[1]
        #expect(koninginneweg.tenure == ["rent": 36, "sale": 9, "socialSale": 1])
        #expect(koninginneweg.types == ["Bebo": 24, "EGW": 21])
        #expect(built[0].tenure == ["socialRent": 13, "midRent": 4] && built[0].types == ["appartement": 17])
        let sales = projects.filter { $0.kind == .sale }
        #expect(sales.map(\.association) == ["padua", "stek"])
        #expect(sales[0].totalHomes == 10 && sales[0].bound == .atMost)
        #expect(sales[1].totalHomes == 1 && sales[1].minimumHomes == 0)
        // Each names the list item it is read from, which carries the lead-in's year ("… de bouw in 2026:"), also
        // the item of two sentences.
        #expect(
            projects.map(\.commitment) == [1, 2, 3, 4].map { "hfst_1__art_5__item_\($0)" } + [
                "hfst_1__art_10__item_3", "hfst_1__art_10__item_4",
            ])
        let items = built.map { project in document.commitments.first { $0.eId == project.commitment }! }
        #expect(items.allSatisfy { $0.times.map { document.entities.times[$0].value } == ["2026"] })
    }

    @Test func itemsUnderALeadInThatNamesOneAssociationAreItsProjects() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            1. Nieuwbouw
            Woningstichting Noord start in 2026 met de bouw van de volgende projecten:
            • Molenweg fase 2: 12 EGW sociale huur en 6 middenhuurwoningen
            • Stationsstraat, 40 appartementen sociale huur
            • Veldhuizen: 48 appartementen (sociale huur);
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let result = try AgreementParser.parse(Array(text.utf8), fileName: "t")
        let projects = result.document.projects
        #expect(projects.map(\.association) == ["noord", "noord", "noord"])
        #expect(projects.map(\.name) == ["Molenweg fase 2", "Stationsstraat", "Veldhuizen"])
        #expect(projects.map(\.totalHomes) == [18, 40, 48])
        try #require(projects.count == 3)
        #expect(projects[0].tenure == ["socialRent": 12, "midRent": 6] && projects[0].types == ["EGW": 12])
        #expect(projects[1].tenure == ["socialRent": 40] && projects[1].types == ["appartement": 40])
        #expect(projects[2].tenure == ["socialRent": 48] && projects[2].types == ["appartement": 48])
        // Parts of a total that was not written do not contradict it.
        #expect(!result.diagnostics.map(\.code).contains("project-total-mismatch"))
    }

    /// An item that only names an association ("• Noord", no colon) heads its projects, named before a dash or after
    /// "aan de"; the items are that association's.
    @Test func anItemThatOnlyNamesAnAssociationHeadsItsProjects() throws {
        let text = """
            Prestatieafspraken 2027
            1. Nieuwbouw
            Start bouw in 2027:
            • Woningstichting Noord
              o De Horst – 24 woningen (12 sociale huur, 12 middenhuur)
            • Zuid
              o Kerkplein: 16 appartementen sociale huur
            Oplevering in 2027:
            • Zuid: 18 grondgebonden woningen aan de Beekweg
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(document.projects.map(\.association) == ["noord", "zuid", "zuid"])
        #expect(document.projects.map(\.name) == ["De Horst", "Kerkplein", "Beekweg"])
        #expect(document.projects.map(\.totalHomes) == [24, 16, 18])
        #expect(document.commitments.map(\.actors) == [["noord"], ["zuid"], ["zuid"]])
    }

    /// Lists of projects stand in annexes ("Bijlage 1: Woningbouwprojecten") and chapters without articles too.
    @Test func projectsInAnAnnexAndInAChapterWithoutArticles() throws {
        let text = """
            Prestatieafspraken 2027
            Thema 1: Nieuwbouw
            Woonstichting Zuid start in 2027 met de bouw van:
            - Kerkplein: 24 appartementen sociale huur;
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            Bijlage 1: Woningbouwprojecten
            Woningstichting Noord start in 2027 met de bouw van de volgende projecten:
            - Dorpsstraat: 12 eengezinswoningen koop.
            """
        let projects = try AgreementParser.parse(Array(text.utf8), fileName: "t").document.projects
        #expect(projects.map(\.association) == ["zuid", "noord"])
        #expect(projects.map(\.name) == ["Kerkplein", "Dorpsstraat"])
        #expect(projects.map(\.tenure) == [["socialRent": 24], ["sale": 12]])
    }

    /// The projects of a small agreement whose annex (its heading on line 6) holds `annex`.
    private func projects(inAnnex annex: String, titled title: String = "Nieuwbouwprojecten 2027") throws -> [Project] {
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De projecten staan in de bijlage.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            Bijlage 1: \(title)
            \(annex)
            """
        return try AgreementParser.parse(Array(text.utf8), fileName: "t").document.projects
    }

    /// "Zuid" on a line of its own over its projects, as an annex lists them.
    @Test func aLineThatIsOnlyAnAssociationsNameLeadsItsProjects() throws {
        let projects = try projects(
            inAnnex: """
                Zuid
                - De Wieken: 20 sociale huurwoningen (start Q1 2027)
                Woningstichting Noord
                - Noordkade: 36 woningen, waarvan 24 sociale huur en 12 middenhuur
                """)
        #expect(projects.map(\.association) == ["zuid", "noord"])
        #expect(projects.map(\.name) == ["De Wieken", "Noordkade"])
        #expect(projects.map(\.totalHomes) == [20, 36])
    }

    /// A table of projects in columns: a row per project with its homes under "Aantal", of the association in its
    /// column, or else of the one the lead-in names; the type column gives tenure and type.
    @Test func aTableOfProjectsInColumnsGivesAProjectPerRow() throws {
        let projects = try projects(
            inAnnex: """

                Project               Corporatie    Aantal   Type              Start bouw
                Oosterdalfsen fase 2  Noord         24       grondgebonden     Q2 2027
                Welsum                Zuid          12       appartementen     Q4 2027
                Stationsgebied fase 1 Noord         120      appartementen     2028

                Zuid start in 2028 met de bouw van:

                Plan                  Aantal   Segment
                De Kamp               30       sociale huur
                """)
        // A name that runs into the next column, one blank before it, ends where that column starts.
        #expect(projects.map(\.association) == ["noord", "zuid", "noord", "zuid"])
        #expect(projects.map(\.name) == ["Oosterdalfsen fase 2", "Welsum", "Stationsgebied fase 1", "De Kamp"])
        #expect(projects.map(\.totalHomes) == [24, 12, 120, 30])
        #expect(projects.map(\.types) == [[:], ["appartement": 12], ["appartement": 120], [:]])
        #expect(projects.map(\.tenure) == [[:], [:], [:], ["socialRent": 30]])
        #expect(projects.map(\.span.start.line) == [9, 10, 11, 16])
    }

    /// "Segment" and "Type" columns both break a row down, whose number may be about so many or a range; a sold
    /// home's type and place are its sale's too.
    @Test func segmentAndTypeColumnsAndSalesWithTheirPlace() throws {
        let projects = try projects(
            inAnnex: """

                Project                 Corporatie   Aantal   Segment            Type
                De Vierhoeven           Noord        48       sociale huur       appartementen
                Kruisstraat             Zuid         16       middenhuur         EGW
                Horzak fase 2           Zuid         ca. 30   sociale huur       EGW
                Bergweg                 Noord        20 - 25  middenhuur         appartementen

                Zuid verkoopt in 2027 de volgende woningen:
                - 6 eengezinswoningen in Berghem;
                - 4 appartementen aan de Molenstraat.
                """)
        #expect(projects.map(\.kind) == [.construction, .construction, .construction, .construction, .sale, .sale])
        #expect(
            projects.map(\.name) == [
                "De Vierhoeven", "Kruisstraat", "Horzak fase 2", "Bergweg", "Berghem", "Molenstraat",
            ])
        #expect(
            projects.map(\.tenure) == [
                ["socialRent": 48], ["midRent": 16], ["socialRent": 30], ["midRent": 25], [:], [:],
            ])
        #expect(
            projects.map(\.types) == [
                ["appartement": 48], ["EGW": 16], ["EGW": 30], ["appartement": 25], ["EGW": 6], ["appartement": 4],
            ])
        // "ca. 30" is about 30; "20 - 25" at most 25 and at least 20.
        #expect(projects[2].bound == .approximately && projects[3].totalHomes == 25 && projects[3].minimumHomes == 20)
    }

    /// A table without a column for the association and no lead-in naming one: the annex's title names it.
    @Test func aTableOfProjectsTakesItsAssociationFromTheTitle() throws {
        let projects = try projects(
            inAnnex: """

                Project          Aantal   Type
                Dorpshart        20       appartementen
                Brink            8        eengezinswoningen
                """, titled: "Nieuwbouwplanning Zuid")
        #expect(projects.map(\.association) == ["zuid", "zuid"])
        #expect(projects.map(\.types) == [["appartement": 20], ["EGW": 8]])
    }

    /// "Bijlage 2" alone takes the title on the line after it, and the table's association from that title; a table's
    /// header right after a bare "Bijlage 1" stays the table's.
    @Test func anAnnexTitleOnTheLineAfterItsNumber() throws {
        let table = "Project          Aantal   Type\nDorpshart        20       appartementen"
        let text = """
            Prestatieafspraken 2027
            1. Wonen
            De projecten staan in de bijlagen.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            Bijlage 1
            \(table)
            Bijlage 2
            Nieuwbouwplanning Zuid
            \(table.replacingOccurrences(of: "Dorpshart", with: "Brink    "))
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(document.annexes.map(\.title) == [nil, "Nieuwbouwplanning Zuid"])
        #expect(document.projects.map(\.name) == ["Brink"])
        #expect(document.projects.map(\.association) == ["zuid"])
    }

    /// A list item that is only an association's name heads its projects; a project's name may end at a bracket.
    @Test func anItemThatIsOnlyAnAssociationsNameHeadsItsProjects() throws {
        let text = """
            Prestatieafspraken 2027
            1. Nieuwbouw
            In 2027 starten de volgende projecten:
            ▪ Woonstichting Zuid
               o Snellerpoort (48 sociale huurwoningen, start bouw Q2 2027)
            ▪ Noord
               o Defensie-eiland: 30 appartementen
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let projects = try AgreementParser.parse(Array(text.utf8), fileName: "t").document.projects
        #expect(projects.map(\.association) == ["zuid", "noord"])
        #expect(projects.map(\.name) == ["Snellerpoort", "Defensie-eiland"])
        #expect(projects.map(\.tenure) == [["socialRent": 48], [:]])
        #expect(projects.map(\.types) == [[:], ["appartement": 30]])
    }

    @Test func aSentenceInWhichOneAssociationBuildsOrSellsIsAProject() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            Woningstichting Noord start in 2026 met de bouw van ten minste 40 woningen, waarvan 30 sociale huur.
            Woonstichting Zuid verkoopt in 2026 maximaal 6 sociale huurwoningen.
            Woonstichting Zuid start met de bouw:
            • Kerkplein: 24 sociale huurwoningen
            Noord en Zuid realiseren samen 80 woningen.
            Woonstichting Zuid transformeert het kantoor aan de Meander tot 40 studio's.
            Woningstichting Noord voegt in 2026 een tiental flexwoningen toe in 't Loo.
            Woonstichting Zuid verwacht in 2028 nog 30 woningen op te leveren in Breukelen.
            Woonstichting Zuid verwacht dat de gemeente 30 woningen bouwt.
            Woningstichting Noord sloopt in 2027 48 woningen aan de Meidoornlaan en bouwt er 60 sociale huurwoningen voor terug.
            Woonstichting Zuid sloopt in 2027 16 woningen aan de Kade.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let result = try AgreementParser.parse(Array(text.utf8), fileName: "t")
        let projects = result.document.projects
        // What one association expects to deliver is its project too; what it expects of another party is not.
        // What is built back after demolition is a project without the homes demolished; demolition alone is none.
        #expect(
            projects.map(\.kind) == [
                .construction, .sale, .construction, .construction, .construction, .construction, .construction,
            ])
        #expect(projects.map(\.association) == ["noord", "zuid", "zuid", "zuid", "noord", "zuid", "noord"])
        #expect(projects.map(\.totalHomes) == [40, 6, 24, 40, 10, 30, 60])
        #expect(projects.map(\.bound) == [.atLeast, .atMost, .exact, .exact, .approximately, .exact, .exact])
        #expect(projects[5].name == "Breukelen")
        #expect(projects[6].name == "Meidoornlaan" && projects[6].tenure == ["socialRent": 60])
        #expect(projects[3].name == "Meander" && projects[4].name == "'t Loo")
        #expect(projects[0].tenure == ["socialRent": 30] && projects[1].tenure == ["socialRent": 6])
        // Parts under a total that is a minimum are no mismatch.
        #expect(!result.diagnostics.contains { $0.code == "project-total-mismatch" })
    }

    /// An item that completes its lead-in takes the lead-in's time, also as the list's last item; one that says
    /// something of its own does not.
    @Test func itemsThatCompleteTheirLeadInTakeItsTime() throws {
        let found = try commitments(
            "Woningstichting Noord start in 2027 met de bouw van de volgende projecten:\n"
                + "• Wilderszijde: 60 woningen;\n• Kerkplein: 12 appartementen.\n"
                + "Noord en Zuid verkennen vanaf 2030 nieuwe locaties:\n• Binnenstedelijk: partijen blijven zoeken.")
        #expect(found.map(\.times.count) == [1, 1, 1, 1, 0])
        #expect(found[1].times == found[0].times && found[2].times == found[0].times)
        #expect(found.map { $0.cue ?? "-" } == ["start met", "start met", "start met", "verkennen", "blijven"])
    }

    /// Under "Afspraken:" each item is agreed, with its party and time in brackets; a paragraph of that one word
    /// without a colon leads nothing.
    @Test func itemsUnderAfsprakenAreAgreed() throws {
        let found = try commitments(
            "Afspraken:\n• Opstellen van een plan tegen energiearmoede (gemeente, Q2 2026).\n"
                + "• Monitoren van huurachterstanden (Noord, elk kwartaal).")
        #expect(found.map(\.modality) == [.result, .result] && found.map(\.cue) == ["afspraken", "afspraken"])
        #expect(found.map(\.actors) == [["gemeente-voorbeeld"], ["noord"]])
        #expect(try commitments("Afspraken\n• Opstellen van een plan tegen energiearmoede.").isEmpty)
    }

    /// Fields written inside a paragraph, in brackets or as sentences of their own, give the agreement its owner
    /// and time; the field sentences are no commitments.
    @Test func fieldsInsideAParagraphAreTheAgreements() throws {
        let found = try commitments(
            "Opstellen van een woonzorgvisie (trekker: gemeente; gereed: Q2 2026).\n\n"
                + "Evaluatie van de urgentieregeling. Trekker: Noord. Gereed: 1 oktober 2026.")
        #expect(
            found.map(\.text) == [
                "Opstellen van een woonzorgvisie (trekker: gemeente; gereed: Q2 2026).",
                "Evaluatie van de urgentieregeling.",
            ])
        #expect(found.map(\.actors) == [["gemeente-voorbeeld"], ["noord"]])
        #expect(found.map(\.cue) == ["wie", "wie"] && found.map(\.times.count) == [1, 1])
    }

    /// In a table the "Trekker" cell names the actors and the "Gereed" cell the time; a "Status" cell is neither.
    @Test func aTablesCellsAreTheFieldsOfItsAgreement() throws {
        let found = try commitments(
            """
            Afspraak                                         Trekker          Gereed        Status
            Het plan wordt opgesteld.                        Noord, Zuid      Q3 2026       loopt
            De gemeente zoekt locaties voor flexwonen.       Gemeente         2027          gepland
            """)
        #expect(found.map(\.text) == ["Het plan wordt opgesteld.", "De gemeente zoekt locaties voor flexwonen."])
        #expect(found.map(\.actors) == [["noord", "zuid"], ["gemeente-voorbeeld"]])
        #expect(found.map(\.times.count) == [1, 1])
        // An agreement given an owner is one to deliver, whatever verb it has.
        #expect(found.map(\.modality) == [.result, .effort] && found.map(\.cue) == ["wie", "zoekt"])
    }

    /// "1.2 Opstellen woonzorgvisie" in the "Actie" column: the number heads the row, and the rest of the cell is
    /// an agreement though no sentence, as its owner says.
    @Test func aNumberInsideTheFirstCellHeadsItsRow() throws {
        let found = try commitments(
            """
            Actie                                  Trekker             Planning
            1.1 Opstellen woonzorgvisie            Gemeente            Q2 2027
            1.2 Inventariseren seniorenwoningen    Woonstichting Zuid  Q3 2027
            1.3 Informatieavond voor senioren      Noord               najaar 2027
            """)
        #expect(found.map(\.eId) == ["hfst_1__art_1-1__item_1", "hfst_1__art_1-2__item_1", "hfst_1__art_1-3__item_1"])
        #expect(
            found.map(\.text) == [
                "Opstellen woonzorgvisie", "Inventariseren seniorenwoningen", "Informatieavond voor senioren",
            ])
        #expect(found.map(\.actors) == [["gemeente-voorbeeld"], ["zuid"], ["noord"]])
        #expect(found.map(\.times.count) == [1, 1, 1])
        #expect(found.map(\.cue) == ["wie", "inventariseren", "wie"])
    }

    /// "Bijlage 1 Jaarschijf 2027" holds the year's agreements; an annex of another kind ("Begrippen") none.
    @Test func anAnnexThatNamesTheGenreHoldsCommitments() throws {
        let text = """
            Prestatieafspraken 2025-2029
            1. Algemeen
            1.1 Looptijd
            Deze afspraken gelden tot en met 2029.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord
            Bijlage 1 Jaarschijf 2027
            1. Noord bouwt in 2027 60 woningen.
            2. De gemeente stelt in 2027 een woonzorgvisie op.
            Bijlage 2 Begrippen
            De gemeente stelt de huurgrens vast.
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(document.commitments.map(\.eId) == ["bijlage_1__item_1", "bijlage_1__item_2"])
        #expect(document.commitments.map(\.location.part) == [.annex, .annex])
        #expect(document.commitments.map(\.actors) == [["noord"], ["gemeente-voorbeeld"]])
        let rows = CSVOutput.encode(document).split(separator: "\n").dropFirst()
        #expect(rows.allSatisfy { $0.split(separator: ",")[2] == "Bijlage 1" })
    }

    /// A sentence project is named by the place it builds at; a party's or the municipality's name is no place.
    @Test func aSentenceProjectIsNamedByWhereItBuilds() throws {
        let text = """
            Prestatieafspraken 2026 gemeente Voorbeeld
            1. Wonen
            Woningstichting Noord start in 2026 met de bouw van 48 sociale huurappartementen aan de Havenkade.
            Woonstichting Zuid levert in het vierde kwartaal 32 woningen op in De Akkers fase 2, waarvan 20 huur.
            Noord bouwt in Voorbeeld 12 woningen.
            Zuid bouwt 10 woningen op een locatie van Noord.
            Noord bouwt 100 woningen, waarvan 60 in Oostdorp en 40 in Westdorp.
            Zuid bouwt 36 appartementen aan de Dorpsweg (project Dorpshart).
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let projects = try AgreementParser.parse(Array(text.utf8), fileName: "t").document.projects
        // The place after "waarvan" is a part's: the whole has no one place.
        #expect(projects.map(\.name) == ["Havenkade", "De Akkers fase 2", nil, nil, nil, "Dorpshart"])
        #expect(projects.map(\.totalHomes) == [48, 32, 12, 10, 100, 36] && projects[0].types == ["appartement": 48])
    }

    /// A sentence that builds in two places is two projects, parted at the "en" between them; parts of a whole and a
    /// second verb are not parted off.
    @Test func aSentenceThatBuildsInTwoPlacesIsTwoProjects() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            Noord bouwt in 2026 30 woningen in De Akkers en 20 appartementen aan de Kade.
            Zuid bouwt in Oost 40 sociale huurwoningen (project Zeezicht) en in West 25 woningen, waarvan 15 sociale huur en 10 middenhuur (project Tulpenveld).
            Zuid bouwt 45 woningen in De Akkers, waarvan 20 sociale huur en 25 koop in fase 2.
            Zuid realiseert 12 woningen aan de Dorpsweg en onderzoekt de bouw van 8 woningen in Oost.
            Noord levert 16 EGW op aan de Beek en 24 appartementen en 10 EGW in Het Hof.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let result = try AgreementParser.parse(Array(text.utf8), fileName: "t")
        let projects = result.document.projects
        #expect(
            projects.map(\.name) == [
                "De Akkers", "Kade", "Zeezicht", "Tulpenveld", "De Akkers", "Dorpsweg", "Beek", "Het Hof",
            ])
        #expect(projects.map(\.totalHomes) == [30, 20, 40, 25, 45, 12, 16, 34])
        #expect(projects[3].tenure == ["socialRent": 15, "midRent": 10])
        // Homes of two types side by side with no total written add up: 24 apartments and 10 EGW are 34.
        #expect(projects[7].types == ["appartement": 24, "EGW": 10])
        // Both parts are read from one commitment.
        #expect(projects[0].commitment != nil && projects[0].commitment == projects[1].commitment)
        #expect(!result.diagnostics.contains { $0.code == "project-total-mismatch" })
    }

    /// A count that stands alone is all of the project: its bound is the project's, its range the project's total,
    /// and its tenure or type all of the homes, with no warning that the parts do not add up.
    @Test func aProjectOfOneCountTakesItsBoundAndRange() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            Noord bouwt in 2027 20 tot 30 appartementen aan de Kade.
            Zuid bouwt in 2027 ten minste 40 sociale huurwoningen.
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        let result = try AgreementParser.parse(Array(text.utf8), fileName: "t")
        let projects = result.document.projects
        #expect(projects.map(\.bound) == [.exact, .atLeast])
        #expect(projects.map(\.totalHomes) == [30, 40] && projects[0].minimumHomes == 20)
        #expect(projects[0].types == ["appartement": 30] && projects[1].tenure == ["socialRent": 40])
        #expect(!result.diagnostics.contains { $0.code == "project-total-mismatch" })
    }

    @Test func aLeadInThatNamesTwoAssociationsMakesNoProjects() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            1. Nieuwbouw
            Woningstichting Noord en Woonstichting Zuid bouwen samen:
            • Molenweg: 12 sociale huurwoningen
            Ondertekening
            Gemeente Voorbeeld          Woningstichting Noord          Woonstichting Zuid
            """
        #expect(try AgreementParser.parse(Array(text.utf8), fileName: "t").document.projects.isEmpty)
    }

    @Test func aTotalThatItsPartsDoNotMakeIsAWarning() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            1. Start bouw
            De volgende plannen starten met de bouw:
            • Woningstichting Noord:
            - Dorpshart: 20 woningen waarvan 12 sociale huurwoningen en 6 middenhuurwoningen
            """
        let result = try AgreementParser.parse(Array(text.utf8), fileName: "t")
        #expect(result.document.projects.first?.totalHomes == 20)
        #expect(result.diagnostics.map(\.code).contains("project-total-mismatch"))
    }
}
