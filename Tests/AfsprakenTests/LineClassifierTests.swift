import Testing

@testable import Afspraken

@Suite struct LineClassifierTests {
    private func token(_ line: String) throws -> (LineToken, SourceText) {
        let (text, _) = try SourceDecoder.decode(Array(line.utf8))
        return (LineClassifier(source: text).tokens()[0], text)
    }

    @Test(arguments: [
        ("1. Beschikbaarheid", "1", "Beschikbaarheid"),
        (" 1. Beschikbaarheid ", "1", "Beschikbaarheid"),
        ("1.  Doorstroming", "1", "Doorstroming"),
        ("1 Schuldhulpverlening", "1", "Schuldhulpverlening"),
        ("1.Voldoende beschikbare woningen", "1", "Voldoende beschikbare woningen"),
        ("2.1.", "2.1", ""),
        ("2.1 Overlegstructuur", "2.1", "Overlegstructuur"),
        ("1.4.1 Deze overeenkomst geldt vanaf 1 januari 2021 tot en met 31 december 2021.", "1.4.1", ""),
        ("Artikel 3", "Artikel 3", ""),
        ("Artikel 3: Looptijd", "Artikel 3", "Looptijd"),
        ("Art. 1 Huurbeleid", "Art. 1", "Huurbeleid"),
        ("Hoofdstuk 2 Betaalbaarheid", "Hoofdstuk 2", "Betaalbaarheid"),
        ("A1. Nieuwbouw", "A1", "Nieuwbouw"),
        ("A.1 Huurbeleid", "A.1", "Huurbeleid"),
        ("B.2.1. Wachttijden", "B.2.1", "Wachttijden"),
        ("2 Huurverlaging <21 jaar", "2", "Huurverlaging <21 jaar"),
        // Roman chapter numbers, and an en dash between the number and the title.
        ("II. BESCHIKBAARHEID", "II.", "BESCHIKBAARHEID"),
        ("XIV. Samenwerking", "XIV.", "Samenwerking"),
        ("Hoofdstuk IV – Samenwerking", "Hoofdstuk IV", "Samenwerking"),
        ("Artikel 1 – Nieuwbouw", "Artikel 1", "Nieuwbouw"),
        ("Hoofdstuk 1 | Betaalbaarheid", "Hoofdstuk 1", "Betaalbaarheid"),
        // "2.0" heads chapter 2 over its "2.1".
        ("2.0 Wonen", "2", "Wonen"),
        ("3 – Huren", "3", "Huren"),
    ])
    func numberedHeadingShapes(line: String, label: String, title: String) throws {
        let (token, text) = try token(line)
        guard case .heading(let mark) = token.kind else {
            Issue.record("not a heading: \(line)")
            return
        }
        #expect(mark.keyword == .none ? mark.label == label : text.string(mark.labelRange) == label)
        #expect(mark.restIsTitle ? text.string(mark.rest) == title : title.isEmpty)
    }

    @Test(arguments: [
        "2026 woningen worden gebouwd", "4 middenhuur woningen", "3,5% huurverhoging", "1.250 woningen",
        "16-12-2024", "8 december 2020", "IIII. Wonen", "VX. Wonen", "C. Afspraken", "XL. Groot", "I. de gemeente",
        "IV.Wonen", "Ik ga", "Vivare bouwt", "34.700 woningzoekenden", "Gemeente en corporaties zetten zich in",
        "1 Ondergetekenden, Stichting Omnia Wonen, hierna te noemen Omnia Wonen en stichting Huurdersorganisatie Omnia Wonen, hierna te noemen de S.H.O.W.",
    ])
    func linesThatAreNotHeadings(line: String) throws {
        let (token, _) = try token(line)
        if case .heading = token.kind { Issue.record("read as a heading: \(line)") }
    }

    /// "A. Betaalbaarheid" heads a chapter where "A.1" or "A1." comes next; a signatory "A. Bakker" after the last
    /// lettered heading, or "C." before "D.1", stays text.
    @Test func aCapitalAndAPeriodHeadAChapterOnlyBeforeItsOwnSections() throws {
        let lines = [
            "A. Betaalbaarheid", "Inleiding.", "A.1 Huurbeleid", "C. Geen hoofdstuk", "D1. Overleg", "A. Bakker",
        ]
        let (text, _) = try SourceDecoder.decode(Array(lines.joined(separator: "\n").utf8))
        let headings = LineClassifier(source: text).tokens().map { token -> String? in
            guard case .heading(let mark) = token.kind else { return nil }
            return mark.label
        }
        #expect(headings == ["A", nil, "A.1", nil, "D1", nil])
    }

    @Test(arguments: [
        ("• Padua:", "•", "Padua:"), ("- \tIreneschool: 17 appartementen", "-", "Ireneschool: 17 appartementen"),
        ("– tweede", "–", "tweede"), ("* ster", "*", "ster"), ("· punt", "·", "punt"),
        ("o open rondje", "o", "open rondje"),
        ("a. eerste", "a.", "eerste"), ("b) tweede", "b)", "tweede"), ("1) een", "1)", "een"),
        ("(2) twee", "(2)", "twee"), ("i. eerste", "i.", "eerste"), ("ii. tweede", "ii.", "tweede"),
        ("iv) vierde", "iv)", "vierde"),
        ("  • ingesprongen", "•", "ingesprongen"),
        // Glyphs of a symbol font in the private use area: Wingdings' arrow and check.
        ("\u{F0D8} pijl", "\u{F0D8}", "pijl"), ("\u{F0FC}\tvinkje", "\u{F0FC}", "vinkje"),
    ])
    func bulletMarkers(line: String, marker: String, text expected: String) throws {
        let (token, text) = try token(line)
        guard case .bullet(let bullet) = token.kind else {
            Issue.record("not a bullet: \(line)")
            return
        }
        #expect(bullet.marker == marker)
        #expect(text.string(bullet.text) == expected)
    }

    @Test(arguments: ["-2% huurverhoging", "o.a. de gemeente", "*noot", "onderzoek", "ix.nl is een site"])
    func linesThatAreNotBullets(line: String) throws {
        let (token, _) = try token(line)
        if case .bullet = token.kind { Issue.record("read as a bullet: \(line)") }
    }

    @Test(arguments: [
        "12", "(3)", "- 4 -", "Pagina 3 van 8", "pagina 3", "Page 2 of 9", "3/8",
        // A running header and its page number beside a gap, either way round.
        "Prestatieafspraken 2025    pagina 4", "Jaarschijf\tPagina 4 van 12", "pagina 4     Prestatieafspraken",
        "Pagina 2 van 9\tJaarschijf 2026 gemeente Zandvoort", "Jaarschijf 2026  x   Page 3",
        // Or after a bar or a dash.
        "Prestatieafspraken Meerdal 2027 | pagina 2", "Jaarschijf 2027 – pagina 3 van 8", "Jaarschijf - Pagina 4",
    ])
    func pageNumbers(line: String) throws {
        let (token, _) = try token(line)
        guard case .pageNumber = token.kind else {
            Issue.record("not a page number: \(line)")
            return
        }
    }

    @Test(arguments: [
        "2026", "Pagina's", "3 van de 8 woningen", "(34.700)",
        // A page word without a gap, or a gap without a label beside it.
        "Zie pagina 4 van het rapport", "Prestatieafspraken 2025 pagina 4", "pagina 4 Prestatieafspraken",
        "Prestatieafspraken    2025", "pagina 4 en verder    Prestatieafspraken",
        "Prestatieafspraken    pagina 4 van het rapport dat de gemeente in 2025 heeft opgesteld",
        "Zie de bijlage|pagina 4", "Zie de tabel (de kolom-pagina 4)",
    ])
    func linesThatAreNotPageNumbers(line: String) throws {
        let (token, _) = try token(line)
        if case .pageNumber = token.kind { Issue.record("read as a page number: \(line)") }
    }
}
