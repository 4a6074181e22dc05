import Foundation

/// The page a policy officer prints for the meeting: per party, what it committed to, ordered by deadline,
/// with the article it comes from; then what no party was named for, the homes to build and sell, who signed, and
/// how concrete each chapter is.
public enum MarkdownReport {
    private static let modalityNames: [Commitment.Modality: String] = [
        .effort: "inspanning", .result: "resultaat", .intention: "voornemen", .continuation: "voortzetting",
        .option: "mogelijkheid", .statement: "constatering",
    ]

    /// The report for `document`.
    public static func render(_ document: Document) -> String {
        var out: [String] = []
        let title = document.title?.text ?? "Prestatieafspraken"
        out.append("# \(escape(title))")
        var facts: [String] = []
        if let year = document.year { facts.append("jaarschijf \(year.year)") }
        if let period = document.period { facts.append("periode \(period.written)") }
        if let municipality = document.municipality { facts.append("gemeente \(municipality.text)") }
        facts.append("\(document.commitments.count) \(document.commitments.count == 1 ? "afspraak" : "afspraken")")
        out.append("")
        out.append(facts.joined(separator: " · "))
        let titles = CSVOutput.articleTitles(document)
        // The municipality first, then the associations and the tenants, each in the order the text names them.
        let order: [Party.Role] = [.municipality, .housingAssociation, .tenantsOrganisation, .other]
        for party in order.flatMap({ role in document.parties.filter { $0.role == role } }) {
            let own = document.commitments.filter { $0.actors.contains(party.id) }
            guard !own.isEmpty else { continue }
            out.append("")
            out.append("## \(escape(party.name)) (\(own.count))")
            table(own, document, titles, into: &out)
        }
        let unassigned = document.commitments.filter { $0.actors.isEmpty }
        if !unassigned.isEmpty {
            out.append("")
            out.append("## Zonder genoemde partij (\(unassigned.count))")
            table(unassigned, document, titles, into: &out)
        }
        if !document.projects.isEmpty {
            out.append("")
            out.append("## Bouwen en verkopen (\(document.projects.count))")
            out.append("")
            out.append("| Corporatie | Project | Woningen | Waarvan | Soort | Wanneer |")
            out.append("| --- | --- | ---: | --- | --- | --- |")
            let names = Dictionary(document.parties.map { ($0.id, $0.name) }) { first, _ in first }
            let commitments = Dictionary(document.commitments.map { ($0.eId, $0) }) { first, _ in first }
            for project in document.projects {
                let soort = project.kind == .construction ? "nieuwbouw" : "verkoop"
                // When: the time of the commitment the project is read from.
                let when = project.commitment.flatMap { commitments[$0] }.flatMap { document.deadline(of: $0)?.text }
                out.append(
                    "| \(escape(names[project.association] ?? project.association)) | \(escape(project.name ?? "")) "
                        + "| \(homes(project)) | \(escape(parts(project))) | \(soort) | \(escape(when ?? "")) |")
            }
        }
        if let signing = document.signing, !signing.signatories.isEmpty {
            out.append("")
            out.append("## Ondertekening")
            var when = [signing.date.map { "op \($0.written)" }, signing.place.map { "te \($0.text)" }].compactMap {
                $0
            }
            if !when.isEmpty {
                when.insert("Ondertekend", at: 0)
                out.append("")
                out.append(escape(when.joined(separator: " ")) + ".")
            }
            out.append("")
            for signatory in signing.signatories {
                let people = (signing.signers ?? []).filter { $0.signatory == signatory.text }.map { signer in
                    signer.name + (signer.role.map { " (\($0))" } ?? "")
                }
                out.append(
                    "- \(escape(signatory.text))"
                        + (people.isEmpty ? "" : ": " + escape(people.joined(separator: ", "))))
            }
        }
        if !document.concreteness.isEmpty {
            out.append("")
            out.append("## Concreetheid")
            out.append("")
            out.append("| Hoofdstuk | Afspraken | Met partij | Met termijn | Met aantal | Oordeel |")
            out.append("| --- | ---: | ---: | ---: | ---: | --- |")
            for row in document.concreteness {
                // A chapter without a number ("BETAALBAARHEID") is named by its title; the total row has neither.
                let name = row.chapter.map { "\($0) \(row.title ?? "")" } ?? row.title ?? "**Totaal**"
                out.append(
                    "| \(escape(name)) | \(row.commitments) | \(percent(row.withActor)) | \(percent(row.withDeadline)) "
                        + "| \(percent(row.withQuantity)) | \(row.tier.rawValue) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func table(
        _ commitments: [Commitment], _ document: Document, _ titles: [String: String], into out: inout [String]
    ) {
        // Dated first, earliest deadline first; undated after, in document order.
        let sorted = commitments.enumerated().sorted { left, right in
            let a = document.deadline(of: left.element)?.end
            let b = document.deadline(of: right.element)?.end
            switch (a, b) {
            case (let a?, let b?) where a != b: return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
        out.append("")
        out.append("| Wanneer | Afspraak | Hoe stevig | Artikel |")
        out.append("| --- | --- | --- | --- |")
        for commitment in sorted {
            // Without a time, how often ("jaarlijks", "elke zes weken") says when.
            let when =
                document.deadline(of: commitment)?.text
                ?? commitment.frequencies.first.map { document.entities.frequencies[$0].text } ?? ""
            let location = commitment.location
            let article =
                location.article.map { number in
                    let title = titles["\(location.chapter ?? "")/\(number)"].map { " \($0)" } ?? ""
                    // "2.1" names its chapter already; "5" in chapter 1 becomes "1.5".
                    let full =
                        number.contains(".")
                        ? number : [location.chapter, number].compactMap { $0 }.joined(separator: ".")
                    return full + title
                } ?? location.chapter.map { location.part == .annex ? "bijlage \($0)" : "hoofdstuk \($0)" } ?? ""
            out.append(
                "| \(escape(when)) | \(escape(commitment.text)) | \(modalityNames[commitment.modality] ?? "") "
                    + "| \(escape(article)) |")
        }
    }

    private static let tenureNames: KeyValuePairs = [
        "socialRent": "sociale huur", "midRent": "middenhuur", "freeSector": "vrije sector", "rent": "huur",
        "sale": "koop", "socialSale": "sociale koop",
    ]

    /// "17", "max. 10", "0 tot 1".
    private static func homes(_ project: Project) -> String {
        if let minimum = project.minimumHomes { return "\(minimum) tot \(project.totalHomes)" }
        let bound: String =
            switch project.bound {
            case .exact: ""
            case .approximately: "ca. "
            case .atMost: "max. "
            case .atLeast: "min. "
            }
        return bound + String(project.totalHomes)
    }

    /// "36 huur, 9 koop, 1 sociale koop; 24 Bebo, 21 EGW": the homes by tenure, then by type.
    private static func parts(_ project: Project) -> String {
        let tenure = tenureNames.compactMap { key, name in project.tenure[key].map { "\($0) \(name)" } }
        let types = project.types.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return [tenure, types].filter { !$0.isEmpty }.map { $0.joined(separator: ", ") }.joined(separator: "; ")
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// Table cells keep to one line, and "|" would end them.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
