/// After the outline is built: years for times that had none ("in Q1"), from the agreement's year, and the
/// flat index of every entity with its location.
extension Document {
    /// Resolves inferred years against `year` and fills `entities`; returns warnings for times left without one.
    mutating func indexEntities(year: Int?) -> [Diagnostic] {
        var index = Entities()
        var diagnostics: [Diagnostic] = []
        func visit(_ blocks: inout [Block], _ location: Location, prefix: String = "") {
            for position in blocks.indices {
                var here = location
                here.block = prefix + String(position + 1)
                if var entities = blocks[position].entities {
                    for item in entities.times.indices where entities.times[item].start == nil {
                        if let year, entities.times[item].granularity != .relative {
                            entities.times[item].resolve(inferredYear: year)
                        } else if entities.times[item].granularity != .relative {
                            diagnostics.append(.timeWithoutYear(entities.times[item]))
                        }
                    }
                    blocks[position].entities = entities
                    index.append(entities, at: here)
                }
                visit(&blocks[position].items, location, prefix: here.block + ".")
            }
        }
        func visit(_ articles: inout [Article], chapter: String?) {
            for position in articles.indices {
                visit(
                    &articles[position].blocks,
                    Location(part: .chapter, chapter: chapter, article: articles[position].number, block: ""))
                visit(&articles[position].articles, chapter: chapter)
            }
        }
        visit(&frontMatter, Location(part: .frontMatter, block: ""))
        for position in chapters.indices {
            let number = chapters[position].reference
            visit(&chapters[position].blocks, Location(part: .chapter, chapter: number, block: ""))
            visit(&chapters[position].articles, chapter: number)
        }
        if signing != nil { visit(&signing!.blocks, Location(part: .signing, block: "")) }
        for position in annexes.indices {
            visit(&annexes[position].blocks, Location(part: .annex, chapter: annexes[position].number, block: ""))
        }
        // In text order, whatever order the parts of the document were visited in.
        index.times.sort { $0.span.start.offset < $1.span.start.offset }
        index.frequencies.sort { $0.span.start.offset < $1.span.start.offset }
        index.amounts.sort { $0.span.start.offset < $1.span.start.offset }
        index.percentages.sort { $0.span.start.offset < $1.span.start.offset }
        index.counts.sort { $0.span.start.offset < $1.span.start.offset }
        entities = index
        return diagnostics
    }
}

extension Entities {
    fileprivate mutating func append(_ other: Entities, at location: Location) {
        times.append(other.times, at: location)
        frequencies.append(other.frequencies, at: location)
        amounts.append(other.amounts, at: location)
        percentages.append(other.percentages, at: location)
        counts.append(other.counts, at: location)
    }
}

/// An entity that can say where it stands.
private protocol Locatable { var location: Location? { get set } }
extension TimeExpression: Locatable {}
extension Frequency: Locatable {}
extension Money: Locatable {}
extension Percentage: Locatable {}
extension Count: Locatable {}

extension Array where Element: Locatable {
    /// Appends the items, each with `location`; a protocol, not a key path, which is looked up on every call.
    fileprivate mutating func append(_ items: [Element], at location: Location) {
        for var item in items {
            item.location = location
            append(item)
        }
    }
}

extension TimeExpression {
    /// Fills the year of "XXXX-Q1" and its dates.
    mutating func resolve(inferredYear year: Int) {
        guard let value, value.hasPrefix("XXXX") else { return }
        let parts = value.dropFirst(5).split(separator: "-")
        let first =
            granularity == .season
            ? (parts.first.flatMap { Self.seasonCodes.firstIndex(of: String($0)) } ?? 0) + 1
            : parts.first.map { Int($0.drop { !$0.isNumber }) ?? 0 } ?? 0
        let day = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        resolve(year: year, part: first, day: day)
    }
}

extension Diagnostic {
    static func timeWithoutYear(_ time: TimeExpression) -> Diagnostic {
        Diagnostic(
            .warning, "time-without-year", "\"\(time.text)\" has no year, and the agreement states none",
            span: time.span)
    }
}
