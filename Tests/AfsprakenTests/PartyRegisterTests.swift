import Afspraken
import Testing

@Suite struct PartyRegisterTests {
    private func parse(_ text: String) throws -> Document {
        try AgreementParser.parse(Array(text.utf8), fileName: "t.txt").document
    }

    @Test func sampleHasItsFourSignatoriesWithRolesAndTheDamagedNamesAsAliases() throws {
        let document = try Fixture(name: "noordwijk-2026").parse().document
        let parties = document.parties.map { "\($0.id) \($0.role.rawValue) \($0.isSignatory)" }
        #expect(
            parties == [
                "gemeente-noordwijk municipality true", "stek housingAssociation true", "padua housingAssociation true",
                "stichting-huurdersbelan-en-noordwijkerhout-en-de-zilk tenantsOrganisation true",
            ])
        #expect(document.parties[0].aliases == ["Gemeente No wijk"])
        #expect(document.parties[2].aliases == ["Padua"] && document.parties[2].mentions.count == 4)
    }

    @Test func collectiveWordsPointAtTheirParties() throws {
        let document = try Fixture(name: "noordwijk-2026").parse().document
        let meaning = Dictionary(document.partyReferences.map { ($0.text.lowercased(), $0.parties) }) { first, _ in
            first
        }
        #expect(meaning["beide corporaties"] == ["stek", "padua"])
        #expect(meaning["corporaties"] == ["stek", "padua"])
        #expect(meaning["gemeente"] == ["gemeente-noordwijk"])
        #expect(meaning["partijen"]?.count == 4)
        #expect(meaning["huurdersorganisaties"] == ["stichting-huurdersbelan-en-noordwijkerhout-en-de-zilk"])
    }

    @Test func theTenantsAssociationIsTheOneWhereThereIsOne() throws {
        let document = try parse(
            "Prestatieafspraken 2026\n1. Wonen\nDe huurdersvereniging ontvangt een bijdrage.\n"
                + "Huurdersvereniging De Zes Kernen overlegt.\nOndertekening\nGemeente Rivierstad\n"
                + "Huurdersvereniging De Zes Kernen\n")
        #expect(document.partyReferences.map(\.text) == ["huurdersvereniging"])
        #expect(document.partyReferences.first?.parties == ["huurdersvereniging-de-zes-kernen"])
        #expect(document.commitments.map(\.actors) == Array(repeating: ["huurdersvereniging-de-zes-kernen"], count: 2))
    }

    @Test func theListOfPartiesNamesWhoSignsWithOrWithoutAKindWord() throws {
        let document = try parse(
            "Prestatieafspraken 2027\n\nPartijen: gemeente Zeewolde, Woonpartners Midden-Holland, Vestia en "
                + "Huurdersvereniging Zeewolde.\n\n1. Wonen\nWoonpartners verkoopt geen woningen.\n"
                + "Partijen komen twee keer per jaar bijeen.\n")
        let parties = document.parties.map { "\($0.id) \($0.role.rawValue) \($0.isSignatory)" }
        #expect(
            parties == [
                "gemeente-zeewolde municipality true", "huurdersvereniging-zeewolde tenantsOrganisation true",
                "woonpartners-midden-holland housingAssociation true", "vestia housingAssociation true",
            ])
        // "Woonpartners" is the association's name without its region.
        #expect(document.commitments.map(\.actors.count) == [1, 4])
        #expect(document.commitments.first?.actors == ["woonpartners-midden-holland"])
    }

    @Test func aNameKnownFromTheTextAloneOnALineOfTheSigningSigns() throws {
        let document = try parse(
            "Prestatieafspraken 2027\n\nDe gemeente Deventer en de woningcorporaties Rentree en Ieder1 spreken af:\n"
                + "1. Wonen\nPartijen overleggen elk kwartaal.\n\nOndertekening\n\nGemeente Deventer\n\nRentree\n\n"
                + "Ieder1\n\nHuurdersraad Deventer\n")
        #expect(
            document.parties.filter(\.isSignatory).map(\.id).sorted() == [
                "gemeente-deventer", "huurdersraad-deventer", "ieder1", "rentree",
            ])
        #expect(document.commitments.last?.actors.count == 4)
    }

    /// "Ymere" above the one who signs for it, named before the signing; "Voor akkoord" above a person is not.
    @Test func aNameAboveThePersonWhoSignsForItSigns() throws {
        let document = try parse(
            "Prestatieafspraken 2027\nGemeente Waterland, Woonstichting Waterland en Ymere\n\n1. Wonen\n"
                + "De corporaties bouwen samen 40 woningen.\n\nOndertekening\n\nGemeente Waterland\n"
                + "wethouder K. Smit\n\nYmere\nbestuurder L. Visser\n\nVoor akkoord\nP. Jansen\n\n"
                + "Woonstichting Waterland\nA. de Groot, directeur\n")
        #expect(
            document.signing?.signatories.map(\.text) == ["Gemeente Waterland", "Ymere", "Woonstichting Waterland"])
        #expect(document.commitments.first?.actors == ["ymere", "waterland"])
    }

    /// A front-matter line that lists the parties names those without a kind word too; a line that lists fewer,
    /// or other things after them, names none.
    @Test func theLineThatListsThePartiesNamesThemAll() throws {
        let listed = try parse(
            "Prestatieafspraken 2027\nGemeente Leusveld, Portaal, Mitros en de Huurdersvereniging Leusveld (HL)\n"
                + "1. Wonen\nMitros isoleert 150 woningen.\n")
        // Names with a kind word are found first, by that word.
        #expect(listed.parties.map(\.id) == ["gemeente-leusveld", "huurdersvereniging-leusveld", "portaal", "mitros"])
        #expect(listed.parties.allSatisfy(\.isSignatory) && listed.commitments.first?.actors == ["mitros"])
        let sentence = try parse(
            "Prestatieafspraken 2027\nGemeente Leusveld, Portaal en Mitros werken samen aan de wijk Noord.\n"
                + "1. Wonen\nMitros isoleert 150 woningen.\n")
        #expect(sentence.parties.map(\.id) == ["gemeente-leusveld"])
    }

    /// Dashes part the list as commas do; the signing names those without a kind word with the register's help,
    /// and who signs for them.
    @Test func aListOfPartiesPartedByDashesAndTheirSigners() throws {
        let document = try parse(
            """
            Prestatieafspraken 2027
            Gemeente Leusveld – Area Wonen – BrabantWonen – Huurdersvereniging De Kernen
            1. Wonen
            BrabantWonen isoleert 150 woningen.
            Ondertekening
            Gemeente Leusveld, wethouder P. Jansen
            Area Wonen, directeur-bestuurder K. de Vries
            BrabantWonen, bestuurder L. Bakker
            Huurdersvereniging De Kernen, voorzitter M. Peters
            """)
        #expect(
            document.parties.map(\.id) == [
                "gemeente-leusveld", "area-wonen", "brabantwonen", "huurdersvereniging-de-kernen",
            ])
        #expect(
            document.signing?.signatories.map(\.text) == [
                "Gemeente Leusveld", "Area Wonen", "BrabantWonen", "Huurdersvereniging De Kernen",
            ])
        #expect(
            document.signing?.signers?.map { "\($0.name) \($0.role ?? "-") \($0.party ?? "-")" } == [
                "P. Jansen wethouder gemeente-leusveld", "K. de Vries directeur-bestuurder area-wonen",
                "L. Bakker bestuurder brabantwonen", "M. Peters voorzitter huurdersvereniging-de-kernen",
            ])
        // A hyphen inside a name parts nothing.
        let hyphen = try parse(
            "Prestatieafspraken 2027\nGemeente Leusveld, Bo-Ex en Huurdersvereniging Leusveld\n1. Wonen\nBo-Ex bouwt.\n"
        )
        #expect(hyphen.parties.map(\.name).contains("Bo-Ex"))
        // "Huurdersbelang" names a kind of organisation, so a list of three with one association of no kind holds;
        // a name before a comma and the one who signs for it signs ("Woonlinie, A. de Wit, directeur-bestuurder").
        let belang = try parse(
            """
            Jaarschijf 2027
            Gemeente Rivierland – Woonlinie – Huurdersbelang Rivierland
            1. Wonen
            Woonlinie isoleert 150 woningen.
            Ondertekening
            Woonlinie, A. de Wit, directeur-bestuurder
            Huurdersbelang Rivierland, M. Kok, voorzitter
            """)
        let roles = Dictionary(uniqueKeysWithValues: belang.parties.map { ($0.name, $0.role) })
        #expect(
            roles == [
                "Gemeente Rivierland": .municipality, "Huurdersbelang Rivierland": .tenantsOrganisation,
                "Woonlinie": .housingAssociation,
            ])
        #expect(belang.signing?.signers?.map(\.name) == ["A. de Wit", "M. Kok"])
        let unknown = try parse(
            """
            Jaarschijf 2027
            Gemeente Rivierland – Woonlinie – Thuisvester
            1. Wonen
            Woonlinie isoleert 150 woningen. Thuisvester bouwt 40 woningen.
            Ondertekening
            Gemeente Rivierland, J. Jansen, wethouder
            Woonlinie, A. de Wit, directeur-bestuurder
            Thuisvester, M. Kok, bestuurder
            Voor akkoord, P. Smit
            """)
        #expect(unknown.parties.map(\.name) == ["Gemeente Rivierland", "Woonlinie", "Thuisvester"])
        #expect(unknown.commitments.map(\.actors) == [["woonlinie"], ["thuisvester"]])
    }

    /// The signing's title written twice is no name that signs.
    @Test func theSigningTitleTwiceIsNoParty() throws {
        let document = try parse(
            "Prestatieafspraken 2027\nGemeente Epe, Woonstichting Triada en Huurdersvereniging Epe\n1. Wonen\n"
                + "De gemeente zet zich in.\n\nOndertekening\n\nOndertekening\n\nGemeente Epe          Woonstichting Triada\n"
        )
        #expect(document.parties.map(\.name) == ["Gemeente Epe", "Woonstichting Triada", "Huurdersvereniging Epe"])
        #expect(document.signing?.signatories.map(\.text) == ["Gemeente Epe", "Woonstichting Triada"])
    }

    /// "Voor Portaal:" over the one who signs names a signatory of any name; "we" are all the parties.
    @Test func aLineForWhomSomeoneSignsNamesASignatory() throws {
        let document = try parse(
            "Prestatieafspraken 2027\n1. Wonen\nPortaal isoleert 150 woningen.\nWe evalueren de regeling.\n"
                + "Ondertekening\nVoor de gemeente Leusveld:\nJ. van Dam, wethouder\n\nVoor Portaal:\n"
                + "P. Kramer, directeur\n\nVoor akkoord, 10 december 2026\n")
        #expect(document.signing?.signatories.map(\.text) == ["gemeente Leusveld", "Portaal"])
        #expect(document.parties.map(\.id) == ["gemeente-leusveld", "portaal"])
        #expect(document.parties.map(\.name) == ["Gemeente Leusveld", "Portaal"])
        #expect(document.commitments.map(\.actors) == [["portaal"], ["gemeente-leusveld", "portaal"]])
    }

    /// "namens Woonpartners," in columns signs; the list of parties gives its full name ("hierna te noemen"), and a
    /// name with its abbreviation in brackets is the same party as the abbreviation that signs.
    @Test func aShortNameThatSignsTakesTheFullNameItIsDefinedFor() throws {
        let document = try parse(
            """
            PRESTATIEAFSPRAKEN 2027

            de gemeente Zuidplas, hierna te noemen: de gemeente;
            Stichting Woonpartners Midden-Holland, hierna te noemen: Woonpartners;
            Huurdersbelangenvereniging Zuidplas (HBV), hierna te noemen: HBV.

            1. Wonen
            Partijen evalueren de afspraken op 1-7-2027.

            Zuidplas, 12 december 2026

            namens de gemeente Zuidplas,            namens Woonpartners,
            wethouder M. de Boer                    directeur-bestuurder K. Smit

            namens HBV,
            voorzitter R. Peters
            """)
        #expect(document.signing?.signatories.map(\.text) == ["gemeente Zuidplas", "Woonpartners", "HBV"])
        #expect(
            document.parties.map { "\($0.id) \($0.role.rawValue) \($0.isSignatory)" } == [
                "gemeente-zuidplas municipality true", "woonpartners-midden-holland housingAssociation true",
                "huurdersbelangenvereniging-zuidplas tenantsOrganisation true",
            ])
        #expect(document.parties[1].aliases == ["Woonpartners", "Woonpartners Midden-Holland"])
        #expect(document.commitments.first?.actors.count == 3)
    }

    /// "1. De gemeente Hoorn, hierna: de gemeente," in the list of parties and "De gemeente Hoorn" over its
    /// column of the signatures: the municipality signs; so does "Intermaris" in the next column, known by the
    /// register's alias alone.
    @Test func theMunicipalityNamedWithItsArticleSigns() throws {
        let document = try parse(
            """
            PRESTATIEAFSPRAKEN HOORN 2027
            De ondergetekenden:
            1. De gemeente Hoorn, hierna: de gemeente,
            2. Stichting Intermaris Hoeksteen, hierna: Intermaris,
            komen het volgende overeen:
            Artikel 1 Nieuwbouw
            Intermaris bouwt in 2027 150 sociale huurwoningen.
            Aldus overeengekomen en ondertekend te Hoorn op 10 december 2026.

            De gemeente Hoorn        Intermaris
            """)
        #expect(document.signing?.signatories.map(\.text) == ["gemeente Hoorn", "Intermaris"])
        #expect(
            document.parties.map { "\($0.id) \($0.isSignatory)" } == [
                "gemeente-hoorn true", "intermaris-hoeksteen true",
            ])
    }

    /// "Partijen" over a column of names and one of who represents them: the names are the parties, and they sign.
    @Test func partiesInAColumnUnderPartijen() throws {
        let document = try parse(
            """
            Prestatieafspraken 2027 Oss

            Partijen
            Gemeente Oss                      vertegenwoordigd door wethouder P. Jansen
            BrabantWonen                      vertegenwoordigd door directeur-bestuurder A. Smit
            Huurdersraad BrabantWonen         vertegenwoordigd door voorzitter K. de Vries

            1. Nieuwbouw
            BrabantWonen start in 2027 met de bouw van 80 sociale huurwoningen.
            Ondertekening
            Oss, 8 december 2026
            """)
        #expect(
            Set(document.parties.map { "\($0.id) \($0.role.rawValue) \($0.isSignatory)" }) == [
                "gemeente-oss municipality true", "brabantwonen housingAssociation true",
                "huurdersraad-brabantwonen tenantsOrganisation true",
            ])
        #expect(document.commitments.map(\.actors) == [["brabantwonen"]])
    }

    /// A signatory in capitals and the municipality as the text names it are one party: ids never repeat.
    @Test func namesThatDifferOnlyInCaseAreOneParty() throws {
        let document = try parse(
            """
            Prestatieafspraken 2027 gemeente Heerde
            Artikel 1 Wonen
            De gemeente Heerde stelt een visie op.
            Ondertekening
            GEMEENTE HEERDE                    Woonstichting Triada
            """)
        #expect(document.parties.map(\.id) == ["gemeente-heerde", "triada"])
        #expect(document.parties[0].isSignatory && document.parties[0].aliases == ["Gemeente Heerde"])
    }

    /// "Stichting Woonbron Waterland" is "Woonbron" too; "Ymere Waterland" in Waterland is "Ymere"; "Het college"
    /// is the municipality's.
    @Test func anAssociationGoesByItsBrandAndWithoutThePlace() throws {
        let document = try parse(
            "Prestatieafspraken 2027 gemeente Waterland\n1. Wonen\nWoonbron bouwt 20 woningen.\n"
                + "Ymere verkoopt 5 woningen.\nHet college stelt een woonvisie op.\nOndertekening\n"
                + "Gemeente Waterland          Stichting Woonbron Waterland          Stichting Ymere Waterland\n")
        #expect(
            document.parties.map(\.aliases) == [[], ["Woonbron Waterland", "Woonbron"], ["Ymere Waterland", "Ymere"]])
        #expect(
            document.commitments.map(\.actors) == [["woonbron-waterland"], ["ymere-waterland"], ["gemeente-waterland"]])
    }

    /// The word before a collective word is looked at ("elke corporatie"); the text's first word has none.
    @Test func aCollectiveWordFirstInTheTextHasNoWordBeforeIt() throws {
        let document = try parse(
            "Gemeente en corporaties: prestatieafspraken 2027\n1. Wonen\n1.1 Bouw\nElke corporatie bouwt.\n"
                + "Ondertekening\nWoningstichting Noord\n")
        #expect(document.partyReferences.map(\.text) == ["corporaties", "Elke corporatie"])
    }

    @Test func anAbbreviationInBracketsAfterANameIsAnAlias() throws {
        let document = try parse(
            "Prestatieafspraken 2026\nGemaakt door Woonstichting Noordkade (WNK) en Huurdersvereniging Zuidhaven (HVZ).\n"
                + "1. Wonen\nWNK bouwt 40 woningen.\nHVZ en WNK overleggen elk kwartaal.\n"
                + "De gemeente houdt (GG) toezicht.\nOndertekening\nGemeente Zuidhaven\n")
        // "(GG)" follows "gemeente", a collective word, not a name.
        #expect(document.parties.map(\.aliases) == [[], ["Noordkade", "WNK"], ["HVZ"]])
        #expect(
            document.commitments.map(\.actors) == [
                ["noordkade"], ["huurdersvereniging-zuidhaven", "noordkade"], ["gemeente-zuidhaven"],
            ])
        // Two capitals are a name too, where they stand in capitals.
        let short = try parse(
            "Prestatieafspraken 2026\nGemaakt door Stichting Wonen Rijnwaard (WR) en de gemeente Rijnwaard.\n"
                + "1. Wonen\nWR bouwt 40 woningen.\nDe gemeente wr-registreert het bouwen.\nOndertekening\n")
        #expect(short.parties.map(\.aliases) == [[], ["Wonen Rijnwaard", "WR"]])
        #expect(short.parties[1].mentions.map(\.start.line) == [2, 2, 4])
    }

    /// "namens HPW" signs before the text says who HPW is: one party, a signatory and a tenants' organisation.
    @Test func aSignatoryThatIsAnotherPartysAbbreviationIsThatParty() throws {
        let document = try parse(
            "Prestatieafspraken 2027\nPartijen: Woonstichting Noordkade en Huurdersvereniging Zuidhaven (HVZ).\n"
                + "1. Wonen\nDe corporaties bouwen 40 woningen.\nOndertekening\nnamens Woonstichting Noordkade,\n"
                + "P. Jansen\n\nnamens HVZ,\nK. Koster, voorzitter\n")
        #expect(document.parties.map(\.name) == ["Woonstichting Noordkade", "Huurdersvereniging Zuidhaven"])
        #expect(document.parties.map(\.role) == [.housingAssociation, .tenantsOrganisation])
        #expect(document.parties.map(\.isSignatory) == [true, true])
        #expect(document.commitments.map(\.actors) == [["noordkade"]])
        #expect(document.signing?.signers?.map(\.party) == ["noordkade", "huurdersvereniging-zuidhaven"])
    }

    /// "Woonstichting Vecht en Omstreken": "en" goes on with the name where the word after it stands nowhere else;
    /// "Woonstichting Noord en Zuid" are two where "Zuid" stands alone too.
    @Test func aNameGoesOnAfterEnWhereTheWordAfterItIsOnlyPartOfIt() throws {
        let one = try parse(
            "Prestatieafspraken 2027\nWoonstichting Vecht en Omstreken en de gemeente Maarsdam.\n1. Wonen\n"
                + "Vecht en Omstreken bouwt 40 woningen.\nOndertekening\nGemeente Maarsdam\n")
        #expect(one.parties.map(\.name) == ["Gemeente Maarsdam", "Woonstichting Vecht en Omstreken"])
        #expect(one.commitments.map(\.actors) == [["vecht-en-omstreken"]])
        let two = try parse(
            "Prestatieafspraken 2027\nWoonstichting Noord en Zuid en de gemeente Maarsdam.\n1. Wonen\n"
                + "Noord en Zuid bouwen 40 woningen.\nZuid verkoopt er 10.\nOndertekening\nGemeente Maarsdam\n")
        #expect(two.parties.map(\.name) == ["Gemeente Maarsdam", "Woonstichting Noord", "Zuid"])
        #expect(two.commitments.map(\.actors) == [["noord", "zuid"], ["zuid"]])
    }

    /// "Wooncompagnie" and "Woonzorg Nederland" alone on lines of the signing: parties that sign, by their name or
    /// because a sentence opens with it; "Handtekening" and a place are none.
    @Test func aNameAloneOnASigningLineThatTheTextActsUnderSigns() throws {
        let document = try parse(
            "Prestatieafspraken 2027 gemeente Edam\n1. Wonen\nWooncompagnie bouwt 20 woningen.\n"
                + "Vivare sloopt 12 woningen in Volendam.\nDe corporaties evalueren in juni.\n"
                + "De woningcorporatie Seyster Veste verkoopt 5 woningen.\nOndertekening\n"
                + "Gemeente Edam\n\nWoonzorg Nederland\n\nWooncompagnie\n\nVivare\n\nSeyster Veste\n\nVolendam\n\n"
                + "Handtekening\n")
        #expect(
            document.parties.map(\.name) == [
                "Gemeente Edam", "Woonzorg Nederland", "Wooncompagnie", "Vivare", "Seyster Veste",
            ])
        #expect(document.parties.map(\.isSignatory) == [true, true, true, true, true])
        #expect(
            document.signing?.signatories.map(\.text) == [
                "Gemeente Edam", "Woonzorg Nederland", "Wooncompagnie", "Vivare", "Seyster Veste",
            ])
        #expect(
            document.commitments.map(\.actors) == [
                ["wooncompagnie"], ["vivare"], ["woonzorg-nederland", "wooncompagnie", "vivare", "seyster-veste"],
                ["seyster-veste"],
            ])
    }

    /// An "Inleiding" before chapter 1 is a chapter, and says who the parties are as a cover does.
    @Test func namesDefinedInTheIntroductionHold() throws {
        let document = try parse(
            "Jaarschijf 2027\nInleiding\nDeze afspraken zijn gemaakt door:\n"
                + "Stichting KleurrijkWonen, hierna te noemen: KW;\nDe gemeente Tiel, hierna: de gemeente.\n"
                + "1. Wonen\n1.1 Bouw\nKW bouwt 40 woningen.\n")
        #expect(document.chapters.map(\.title) == ["Inleiding", "Wonen"])
        #expect(document.commitments.map(\.actors) == [["kleurrijkwonen"]])
    }

    @Test func definedNamesFromTheListOfParties() throws {
        let document = try Fixture(name: "corpus-rheden-2019").parse().document
        #expect(document.parties.map(\.name) == ["Gemeente Rheden", "Huurdersvereniging Rheden", "Vivare"])
        #expect(document.parties[1].aliases == ["de HVR"] && document.parties[1].isSignatory)
    }

    @Test func organisationsListedAfterACollectiveWord() throws {
        let document = try Fixture(name: "corpus-leiden-2020-2025").parse().document
        let associations = document.parties.filter { $0.role == .housingAssociation }.map(\.name)
        #expect(associations == ["Ons Doel", "De Sleutels", "Portaal", "DUWO"])
        #expect(document.parties.filter { $0.role == .tenantsOrganisation }.count == 4)
    }

    @Test func differentOrganisationsWithTheSameKindOfNameStayApart() throws {
        let text = """
            Prestatieafspraken 2026
            1. Partijen
            Stichting Huurdersbelangen Lisse en Stichting Huurdersbelangen Hillegom werken samen.
            Ondertekening
            Gemeente Lisse          Gemeente Hillegom
            """
        let document = try parse(text)
        #expect(
            document.parties.map(\.name).sorted() == [
                "Gemeente Hillegom", "Gemeente Lisse", "Stichting Huurdersbelangen Hillegom",
                "Stichting Huurdersbelangen Lisse",
            ])
    }

    /// Agreements are made by a municipality, associations and tenants: a signatory of no other kind is an
    /// association, and a name in a column of signatures is a signatory though it starts with no kind of name.
    @Test func signatoriesOfNoKnownKindAreAssociations() throws {
        let text = """
            Prestatieafspraken 2026
            1. Wonen
            De corporaties bouwen 40 woningen.
            Ondertekening
            Gemeente Beekdal          Woonzorg Beekdal          Stichting Thuisbaken          Zorgkantoor Beekdal
            J. de Vries               A. Bakker                 M. Visser                     K. Smit
            """
        let document = try parse(text)
        let parties = document.parties.map { "\($0.id) \($0.role.rawValue)" }
        #expect(
            parties == [
                "gemeente-beekdal municipality", "woonzorg-beekdal housingAssociation",
                "thuisbaken housingAssociation", "zorgkantoor-beekdal other",
            ])
        #expect(document.commitments.first?.actors == ["woonzorg-beekdal", "thuisbaken"])
        #expect(document.signing?.signatories.count == 4)
    }

    /// "Namens de gemeente Zandvoort," signs for the municipality the text also calls "Gemeente Zandvoort".
    @Test func aNameAfterNamensMayStartInLowerCase() throws {
        let text = """
            Prestatieafspraken 2027 gemeente Zandvoort
            1. Wonen
            De gemeente en de corporatie bouwen samen 40 woningen.
            Ondertekening
            Namens de gemeente Zandvoort,            Namens Woonstichting Kust,
            wethouder A. Jansen                      directeur-bestuurder B. Pieters
            """
        let document = try parse(text)
        #expect(document.signing?.signatories.map(\.text) == ["gemeente Zandvoort", "Woonstichting Kust"])
        #expect(document.parties.map(\.id) == ["gemeente-zandvoort", "kust"])
        #expect(document.parties.allSatisfy { $0.isSignatory })
    }

    /// "Woonstichting Rivierdal" in the municipality Rivierdal: "Rivierdal" alone is the place, not the association.
    @Test func anAssociationNamedAfterThePlaceHasNoShortName() throws {
        let text = """
            Prestatieafspraken 2027 gemeente Rivierdal
            1. Wonen
            In Rivierdal bouwt Woonstichting Rivierdal 40 woningen.
            Ondertekening
            Gemeente Rivierdal          Woonstichting Rivierdal
            """
        let document = try parse(text)
        #expect(document.parties.map(\.id) == ["gemeente-rivierdal", "rivierdal"])
        #expect(document.parties[1].aliases.isEmpty && document.parties[1].mentions.count == 2)
    }

    /// "de drie gemeenten Hillegom, Lisse en Teylingen" names three municipalities; "gemeenten" then means them all.
    @Test func municipalitiesListedAfterGemeenten() throws {
        let text = """
            Prestatieafspraken 2025 tussen Stek en de drie gemeenten Hillegom, Lisse en Teylingen.
            1. Wonen
            De gemeenten zetten zich in voor doorstroming.
            Ondertekening
            Gemeente Hillegom          Woningcorporatie Stek
            """
        let document = try parse(text)
        let municipalities = document.parties.filter { $0.role == .municipality }.map(\.id)
        #expect(municipalities == ["gemeente-hillegom", "gemeente-lisse", "gemeente-teylingen"])
        #expect(document.commitments.first?.actors == municipalities)
    }

    /// "hanteren de corporaties de BENG-norm": what follows a collective word with "de" is no name of it.
    @Test func aNameAfterACollectiveWordStartsWithACapital() throws {
        let document = try parse(
            "Prestatieafspraken 2027\n1. Wonen\nBij nieuwbouw hanteren de corporaties de BENG-norm.\n"
                + "Ondertekening\nGemeente Meppel          Woonconcept\n")
        #expect(document.parties.map(\.id) == ["gemeente-meppel", "woonconcept"])
    }

    /// Organisations listed after "met de corporaties" or "de omliggende gemeenten" are others the parties work with:
    /// "de corporaties" of the agreement stay its own.
    @Test func organisationsListedAsOthersAreNoParties() throws {
        let document = try parse(
            """
            Prestatieafspraken 2027
            1. Wonen
            Woonconcept stemt af met de corporaties Actium en Domesta over de woonruimteverdeling.
            De gemeente overlegt met de omliggende gemeenten Assen en Hoogeveen.
            De corporaties bouwen 40 woningen.
            Ondertekening
            Gemeente Meppel          Woonconcept
            """)
        #expect(document.parties.map(\.id) == ["gemeente-meppel", "woonconcept"])
        #expect(document.commitments.last?.actors == ["woonconcept"])
    }

    /// A name with its capital inside ("deltaWonen") in a column of the signatures signs.
    @Test func aCamelCaseNameInTheSignatureColumnsSigns() throws {
        let document = try parse(
            "Prestatieafspraken 2027\n1. Wonen\nDe corporaties bouwen 300 woningen.\n"
                + "Ondertekening\nGemeente Zwolle     deltaWonen     SWZ\n")
        #expect(document.parties.map(\.id) == ["gemeente-zwolle", "deltawonen", "swz"])
        #expect(document.commitments.first?.actors == ["deltawonen", "swz"])
    }

    /// "Huurdersraad Elkien" is the tenants of Elkien, not Elkien: the association is a party of its own.
    @Test func tenantsNamedAfterTheirAssociationAreAnotherParty() throws {
        let document = try parse(
            "Prestatieafspraken 2027\n1. Wonen\nDe Huurdersraad Elkien adviseert Elkien over de huur.\n"
                + "Ondertekening\nGemeente Sneek          Stichting Huurdersraad Elkien          Elkien\n")
        #expect(document.parties.map(\.id) == ["gemeente-sneek", "stichting-huurdersraad-elkien", "elkien"])
        #expect(document.parties.map(\.role) == [.municipality, .tenantsOrganisation, .housingAssociation])
        #expect(document.commitments.first?.actors == ["stichting-huurdersraad-elkien"])
    }

    @Test func nothingIsInventedWhereTheTextNamesNoOne() throws {
        let document = try parse("Prestatieafspraken 2026\n1. Wonen\nDe partijen bouwen samen.\n")
        #expect(document.parties.isEmpty && document.partyReferences.isEmpty)
    }
}
