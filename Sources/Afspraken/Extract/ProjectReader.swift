/// Reads building projects and planned sales from lists such as "Start bouw" and "Verkoop woningen": an item
/// that names a housing association ("Padua:") with sub-items per project, or an item "Padua: maximaal 10 …".
/// Counts break down by tenure and type; totals are checked against their parts.
struct ProjectReader {
    let document: Document
    private(set) var projects: [Project] = []
    private(set) var diagnostics: [Diagnostic] = []

    private static let saleWords = ["verkoop", "verkocht", "verkopen", "verkooplijst"]
    private static let buildWords = ["bouw", "nieuwbouw", "realisatie", "realiseren", "opleveren", "plannen"]

    init(document: Document) {
        self.document = document
        for chapter in document.chapters { read(chapter.articles) }
    }

    private mutating func read(_ articles: [Article]) {
        for article in articles {
            var context = article.title?.lowercased() ?? ""
            for block in article.blocks {
                if block.kind == .paragraph {
                    context += " " + block.text.lowercased()
                    continue
                }
                let kind: Project.Kind? =
                    Self.saleWords.contains(where: context.contains)
                    ? .sale
                    : Self.buildWords.contains(where: context.contains) ? .construction : nil
                guard let kind, let (association, rest) = association(of: block.text) else { continue }
                if block.items.isEmpty {
                    if !rest.isEmpty { add(kind, association, name: nil, block) }
                } else {
                    for item in block.items { add(kind, association, name: Self.name(of: item.text), item) }
                }
            }
            read(article.articles)
        }
    }

    /// "Padua: …" → the party and the text after the colon.
    private func association(of text: String) -> (String, Substring)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = text[..<colon].lowercased()
        let party = document.parties.first { party in
            party.role == .housingAssociation
                && ([party.name] + party.aliases).contains { $0.lowercased() == head }
        }
        return party.map { ($0.id, text[text.index(after: colon)...]) }
    }

    /// "Ireneschool: 17 appartementen …" → "Ireneschool".
    private static func name(of text: String) -> String? {
        text.firstIndex(of: ":").map { String(text[..<$0]) }
    }

    private mutating func add(_ kind: Project.Kind, _ association: String, name: String?, _ block: Block) {
        let counts = block.entities?.counts ?? []
        guard !counts.isEmpty else { return }
        var project = Project(
            kind: kind, association: association, name: name, totalHomes: 0, minimumHomes: nil, bound: .exact,
            tenure: [:], types: [:], text: block.text, span: block.span)
        if kind == .sale {
            // The count that is sold, not the one on the list: "5 woningen op de verkooplijst, … 0 of 1 woning verkocht".
            let sold =
                counts.first { count in
                    guard let range = block.text.range(of: count.text) else { return false }
                    return block.text[range.upperBound...].prefix(12).contains("verkoch")
                } ?? counts[0]
            project.totalHomes = sold.upperValue ?? sold.value
            project.minimumHomes = sold.upperValue == nil ? nil : sold.value
            project.bound = sold.bound
            if let tenure = Self.tenure(of: sold.unit, after: "") { project.tenure[tenure] = project.totalHomes }
        } else {
            breakDown(counts, in: block.text, into: &project)
        }
        projects.append(project)
    }

    /// The first count without a tenure is the total; the others add to tenure and type.
    private mutating func breakDown(_ counts: [Count], in text: String, into project: inout Project) {
        var total: Int?
        var searchFrom = text.startIndex
        for (index, count) in counts.enumerated() {
            var next = ""
            if let range = text.range(of: count.text, range: searchFrom..<text.endIndex) {
                searchFrom = range.upperBound
                next = text[range.upperBound...].drop { $0 == " " }.prefix { $0.isLetter }.lowercased()
            }
            let tenure = Self.tenure(of: count.unit, after: next)
            let type = Self.type(of: count.unit)
            if index == 0, tenure == nil { total = count.value }
            if let tenure { project.tenure[tenure, default: 0] += count.value }
            if let type { project.types[type, default: 0] += count.value }
        }
        let byTenure = project.tenure.filter { $0.key != "socialSale" }.values.reduce(0, +)
        project.totalHomes = total ?? byTenure
        let byType = project.types.values.reduce(0, +)
        if (byTenure > 0 && byTenure != project.totalHomes) || (byType > 0 && byType != project.totalHomes) {
            diagnostics.append(.projectTotalMismatch(project, byTenure: byTenure, byType: byType))
        }
    }

    /// socialRent, midRent, freeSector, rent, sale or socialSale, from the unit and the word after it ("9 EGW koop").
    private static func tenure(of unit: String, after next: String) -> String? {
        let words = unit.lowercased() + " " + next
        if words.contains("sociale koop") { return "socialSale" }
        if words.contains("sociale huur") { return "socialRent" }
        if words.contains("middenhuur") || words.contains("middeldure huur") { return "midRent" }
        if words.contains("vrije sector") { return "freeSector" }
        if words.contains("koop") { return "sale" }
        if words.contains("huur") { return "rent" }
        return nil
    }

    /// EGW, Bebo or appartement.
    private static func type(of unit: String) -> String? {
        let lower = unit.lowercased()
        if lower.contains("egw") || lower.contains("eengezins") { return "EGW" }
        if lower.contains("bebo") { return "Bebo" }
        if lower.contains("appartement") { return "appartement" }
        return nil
    }
}

extension Diagnostic {
    static func projectTotalMismatch(_ project: Project, byTenure: Int, byType: Int) -> Diagnostic {
        Diagnostic(
            .warning, "project-total-mismatch",
            "\(project.name ?? project.association): \(project.totalHomes) homes, but tenures add up to \(byTenure) "
                + "and types to \(byType)", span: project.span)
    }
}
