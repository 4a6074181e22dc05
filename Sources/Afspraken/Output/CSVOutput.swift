import Foundation

/// One row per commitment, for a monitoring sheet: RFC 4180 (quoted fields, CRLF). For Dutch Excel, a BOM and
/// ";" as the separator, since Excel with a Dutch locale reads "," as the decimal mark.
public enum CSVOutput {
    /// The header row's column names.
    public static let columns = [
        "id", "wId", "chapter", "article", "article title", "actors", "modality", "cue", "deadline start",
        "deadline end", "deadline", "frequency", "text", "status",
    ]

    /// The commitments of `document` as CSV text.
    public static func encode(_ document: Document, excel: Bool = false) -> String {
        let separator = excel ? ";" : ","
        let titles = articleTitles(document)
        let names = Dictionary(document.parties.map { ($0.id, $0.name) }) { first, _ in first }
        var rows = [columns]
        for commitment in document.commitments {
            let time = document.deadline(of: commitment)
            let frequency = commitment.frequencies.first.map { document.entities.frequencies[$0].text }
            rows.append([
                commitment.eId, commitment.wId,
                // An annex's number would read as a chapter's.
                commitment.location.chapter.map { commitment.location.part == .annex ? "Bijlage \($0)" : $0 } ?? "",
                commitment.location.article ?? "",
                commitment.location.article.flatMap { titles["\(commitment.location.chapter ?? "")/\($0)"] } ?? "",
                commitment.actors.map { names[$0] ?? $0 }.joined(separator: "; "), commitment.modality.rawValue,
                commitment.cue ?? "", time?.start ?? "", time?.end ?? "", time?.text ?? "", frequency ?? "",
                commitment.text, "",
            ])
        }
        let body =
            rows.map { $0.map { field($0, separator: separator) }.joined(separator: separator) }
            .joined(separator: "\r\n") + "\r\n"
        return excel ? "\u{FEFF}" + body : body
    }

    /// A field quoted when it holds the separator, a quote or a line break; quotes inside are doubled.
    static func field(_ text: String, separator: String) -> String {
        guard
            text.includes(separator) || text.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func articleTitles(_ document: Document) -> [String: String] {
        var titles: [String: String] = [:]
        func add(_ articles: [Article], chapter: String?) {
            for article in articles {
                titles["\(chapter ?? "")/\(article.number)"] = article.title
                add(article.articles, chapter: chapter)
            }
        }
        for chapter in document.chapters { add(chapter.articles, chapter: chapter.number) }
        return titles
    }
}
