import Foundation

/// The page a policy officer prints for the meeting: per party, what it committed to, ordered by deadline,
/// with the article it comes from; then what no party was named for, and how concrete each chapter is.
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
        for party in document.parties {
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
            let when = document.deadline(of: commitment)?.text ?? ""
            let location = commitment.location
            let article =
                location.article.map { number in
                    let title = titles["\(location.chapter ?? "")/\(number)"].map { " \($0)" } ?? ""
                    // "2.1" names its chapter already; "5" in chapter 1 becomes "1.5".
                    let full =
                        number.contains(".")
                        ? number : [location.chapter, number].compactMap { $0 }.joined(separator: ".")
                    return full + title
                } ?? location.chapter.map { "hoofdstuk \($0)" } ?? ""
            out.append(
                "| \(escape(when)) | \(escape(commitment.text)) | \(modalityNames[commitment.modality] ?? "") "
                    + "| \(escape(article)) |")
        }
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// Table cells keep to one line, and "|" would end them.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
