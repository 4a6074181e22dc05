/// A node per line with its span, for reading structure by eye and for golden tests of the outline.
extension Document {
    /// `Chapter 1 "Beschikbaarheid" @1:2-61:77`, indented by depth, block texts cut at 60 characters.
    public func debugTree() -> String {
        var out: [String] = []
        var head = "Document"
        if let title { head += " title=\"\(title.text)\"" }
        if let year { head += " year=\(year.year)" }
        if let period { head += " period=\(period.startYear)-\(period.endYear)" }
        if let municipality { head += " municipality=\"\(municipality.text)\"" }
        out.append(head)
        if !frontMatter.isEmpty {
            out.append("  FrontMatter")
            for block in frontMatter { dump(block, depth: 2, into: &out) }
        }
        if let tableOfContents {
            out.append("  TableOfContents entries=\(tableOfContents.entries.count)")
            for entry in tableOfContents.entries {
                out.append("    Entry \"\(entry.text)\" page=\(entry.page.map(String.init) ?? "-") @\(entry.span)")
            }
        }
        for chapter in chapters {
            out.append("  Chapter \(chapter.number ?? "-") \(quoted(chapter.title)) @\(chapter.span)")
            for block in chapter.blocks { dump(block, depth: 2, into: &out) }
            for article in chapter.articles { dump(article, depth: 2, into: &out) }
        }
        if let signing {
            var line = "  Signing @\(signing.span)"
            if let date = signing.date { line += " date=\"\(date.written)\" iso=\(date.iso ?? "-")" }
            if let place = signing.place { line += " place=\"\(place.text)\"" }
            out.append(line)
            for signatory in signing.signatories {
                out.append("    Signatory \"\(signatory.text)\" @\(signatory.span)")
            }
            for signer in signing.signers ?? [] {
                let role = signer.role.map { " role=\"\($0)\"" } ?? ""
                out.append("    Signer \"\(signer.name)\"\(role) for=\"\(signer.signatory)\" @\(signer.span)")
            }
            for block in signing.blocks { dump(block, depth: 2, into: &out) }
        }
        for annex in annexes {
            out.append("  Annex \(annex.number ?? "-") \(quoted(annex.title)) @\(annex.span)")
            for block in annex.blocks { dump(block, depth: 2, into: &out) }
        }
        for party in parties {
            let aliases = party.aliases.map { "\"\($0)\"" }.joined(separator: ", ")
            out.append(
                "  Party \(party.id) \(party.role.rawValue)\(party.isSignatory ? " signs" : "") \"\(party.name)\""
                    + (aliases.isEmpty ? "" : " aliases=[\(aliases)]") + " mentions=\(party.mentions.count)")
        }
        if !partyReferences.isEmpty {
            let counts = Dictionary(grouping: partyReferences) { $0.text.lowercased() }.mapValues(\.count)
            let listed = counts.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
            out.append("  PartyReferences \(listed)")
        }
        for item in pageFurniture { out.append("  Furniture \(item.kind.rawValue) \"\(item.text)\" @\(item.span)") }
        for item in unclassified { out.append("  Unclassified \"\(item.text)\" @\(item.span)") }
        return out.joined(separator: "\n") + "\n"
    }

    private func dump(_ article: Article, depth: Int, into out: inout [String]) {
        out.append(
            String(repeating: "  ", count: depth)
                + "Article \(article.number) \(quoted(article.title)) @\(article.span)")
        for block in article.blocks { dump(block, depth: depth + 1, into: &out) }
        for child in article.articles { dump(child, depth: depth + 1, into: &out) }
    }

    private func dump(_ block: Block, depth: Int, into out: inout [String]) {
        let kind = block.kind == .bullet ? "Bullet \(block.marker ?? "")" : "Paragraph"
        let text = block.text.count > 60 ? String(block.text.prefix(60)) + "…" : block.text
        out.append(String(repeating: "  ", count: depth) + "\(kind) @\(block.span) \"\(text)\"")
        for item in block.items { dump(item, depth: depth + 1, into: &out) }
    }

    private func quoted(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "-" }
}

extension Document {
    /// The entity index, one line per item: kind, location, text as written, and the normalised value.
    public func debugEntities() -> String {
        var out: [String] = []
        func place(_ location: Location?) -> String {
            guard let location else { return "-" }
            let chapter = location.part == .annex ? "annex" : "ch"
            let position = [location.chapter.map { "\(chapter) \($0)" }, location.article.map { "art \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
            return (position.isEmpty ? location.part.rawValue : position) + " ¶\(location.block)"
        }
        for time in entities.times {
            var value = "\(time.granularity.rawValue) \(time.value ?? "-") \(time.start ?? "-")..\(time.end ?? "-")"
            if let mod = time.mod { value += " \(mod.rawValue)" }
            if time.isYearInferred { value += " year-inferred" }
            if time.isRepaired { value += " repaired" }
            out.append("time       | \(place(time.location)) | \(time.text) | \(value)")
        }
        for frequency in entities.frequencies {
            let bounds =
                "min \(frequency.minimum.map(String.init) ?? "-") max \(frequency.maximum.map(String.init) ?? "-")"
            let every = frequency.every.map { " every \($0)" } ?? ""
            out.append(
                "frequency  | \(place(frequency.location)) | \(frequency.text) | \(frequency.value) "
                    + "\(frequency.freq ?? "-") per \(frequency.period.rawValue) \(bounds)\(every)")
        }
        for money in entities.amounts {
            let upper = money.upperAmount.map { "-\($0)" } ?? ""
            let bound = money.bound.map { " \($0.rawValue)" } ?? ""
            let per = money.per.map { " per \($0)" } ?? ""
            out.append(
                "money      | \(place(money.location)) | \(money.text) | \(money.currency) \(money.amount)\(upper)\(bound)\(per)"
            )
        }
        for percentage in entities.percentages {
            let upper = percentage.upperValue.map { "-\($0)" } ?? ""
            let bound = percentage.bound.map { " \($0.rawValue)" } ?? ""
            let unit = percentage.points == true ? " points" : "%"
            out.append(
                "percentage | \(place(percentage.location)) | \(percentage.text) | \(percentage.value)\(upper)\(unit)\(bound)"
            )
        }
        for count in entities.counts {
            let upper = count.upperValue.map { "-\($0)" } ?? ""
            out.append(
                "count      | \(place(count.location)) | \(count.text) | \(count.value)\(upper) \(count.unit) "
                    + count.bound.rawValue)
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Document {
    /// Commitments, projects and concreteness, a line each, for reading by eye and for golden tests.
    public func debugCommitments() -> String {
        var out: [String] = []
        for commitment in commitments {
            let actors = commitment.actors.isEmpty ? "-" : commitment.actors.joined(separator: ",")
            let text = commitment.text.count > 90 ? String(commitment.text.prefix(90)) + "…" : commitment.text
            out.append(
                "\(commitment.eId) | \(commitment.modality.rawValue) (\(commitment.cue ?? "-")) | \(actors) | \(text)")
        }
        for project in projects {
            let tenure = project.tenure.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                separator: ", ")
            let types = project.types.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let minimum = project.minimumHomes.map { "\($0)-" } ?? ""
            out.append(
                "project \(project.kind.rawValue) | \(project.association) | \(project.name ?? "-") | "
                    + "\(minimum)\(project.totalHomes) \(project.bound.rawValue) | tenure: \(tenure) | types: \(types)")
        }
        for row in concreteness {
            out.append(
                "concreteness \(row.chapter ?? row.title ?? "all") | \(row.commitments) | actor \(row.withActor) deadline "
                    + "\(row.withDeadline) quantity \(row.withQuantity) | \(row.tier.rawValue)")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
