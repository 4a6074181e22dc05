/// The whole pipeline: decode → tokenise → blocks → outline → what the text states about itself.
public enum AgreementParser {
    /// What a parse gives: the document, its findings, and the decoded text the spans refer to.
    public struct Result: Sendable {
        /// The parsed document.
        public var document: Document
        /// Warnings and notes, in source order.
        public var diagnostics: [Diagnostic]
        /// The decoded text.
        public var source: SourceText
    }

    /// Parses a file's bytes. Only input that cannot be read as an agreement throws (a `Diagnostic`);
    /// everything else gives a document and warnings. `lap` is called with each stage's name as it ends, for the
    /// benchmark.
    public static func parse(_ data: [UInt8], fileName: String, lap: (String) -> Void = { _ in }) throws -> Result {
        do {
            let (source, decodeFindings) = try SourceDecoder.decode(data)
            let sha256 = FileDigest.sha256Hex(data)
            lap("decode and SHA-256")
            var result = parse(source, sha256: sha256, fileName: fileName, lap: lap)
            result.diagnostics = (decodeFindings + result.diagnostics).map { $0.inFile(fileName) }
            guard result.document.hasAgreementStructure else { throw Diagnostic.noAgreementStructure() }
            return result
        } catch let diagnostic as Diagnostic {
            throw diagnostic.inFile(fileName)
        }
    }

    private static func parse(_ source: SourceText, sha256: String, fileName: String, lap: (String) -> Void) -> Result {
        let tokens = LineClassifier(source: source).tokens()
        let furnitureKinds = PageFurnitureDetector(source: source, tokens: tokens).furniture()
        let contents = TableOfContentsDetector(source: source, tokens: tokens, furniture: furnitureKinds).find()
        var contentsLines = Set<Int>()
        if let contents {
            contentsLines.formUnion(contents.entries.joined())
            if let heading = contents.heading { contentsLines.insert(heading) }
        }
        lap("lines, page furniture, contents")
        var blocks = BlockBuilder(
            source: source, tokens: tokens, furniture: Set(furnitureKinds.keys),
            barriers: contentsLines)
        lap("blocks and their entities")
        let tableOfContents = contents.map { makeTableOfContents($0, source, tokens) }
        // "2.1" in the contents means the body's single numbers are chapters even where the body has no "2.1".
        let contentsHasSections = tableOfContents?.entries.contains(where: \.isSection) ?? false
        let outline = OutlineBuilder(source: source, segments: blocks.takeSegments(), isSectioned: contentsHasSections)
        let metadata = MetadataReader(source: source)
        let title = metadata.title(in: outline.frontMatter)
        let (year, period) = metadata.yearAndPeriod(title: title)
        let signing = SigningReader(source: source).read(title: outline.signingTitle, blocks: outline.signingBlocks)
        let furniture = pageFurniture(source, tokens, furnitureKinds)

        var diagnostics = outline.diagnostics + blocks.diagnostics
        for kind in [PageFurniture.Kind.pageNumber, .runningHeader, .formFeed] {
            let ofKind = furniture.filter { $0.kind == kind }
            if let first = ofKind.first { diagnostics.append(.pageFurniture(ofKind.count, kind, first: first.span)) }
        }
        if let date = signing?.date, date.iso == nil { diagnostics.append(.signingDateIncomplete(date)) }

        var document = Document(
            schemaVersion: Document.currentSchemaVersion,
            source: SourceInfo(
                fileName: fileName, byteCount: source.originalByteCount, sha256: sha256,
                encoding: source.encoding, lineEnding: source.lineEnding, lineCount: source.lineCount),
            title: title, year: year, period: period, municipality: metadata.municipality(),
            frontMatter: outline.frontMatter,
            tableOfContents: tableOfContents,
            chapters: outline.chapters, signing: signing, annexes: outline.annexes, pageFurniture: furniture,
            unclassified: outline.unclassified,
            entities: Entities(), parties: [], partyReferences: [], commitments: [], projects: [], concreteness: [])
        lap("outline, metadata, signing")
        diagnostics += document.indexEntities(year: year?.year)
        let register = PartyRegister(source: source, document: document)
        document.parties = register.parties
        document.signing = document.signing.map { SigningReader(source: source).completing($0, with: register.parties) }
        document.signing?.identifySigners(among: register.parties)
        document.partyReferences = register.references
        lap("entity index and party register")
        let commitments = CommitmentReader(
            source: source, document: document, texts: blocks.texts, cellRoles: blocks.cellRoles)
        document.commitments = commitments.commitments
        diagnostics += commitments.diagnostics
        lap("commitments")
        let projects = ProjectReader(document: document, source: source)
        document.projects = projects.projects
        diagnostics += projects.diagnostics
        document.concreteness = ConcretenessScorer.score(document)
        diagnostics.sort { ($0.span?.start.offset ?? 0) < ($1.span?.start.offset ?? 0) }
        lap("projects and concreteness")
        return Result(document: document, diagnostics: diagnostics, source: source)
    }

    private static func makeTableOfContents(
        _ found: TableOfContentsDetector.Found, _ source: SourceText,
        _ tokens: [LineToken]
    ) -> TableOfContents {
        let detector = TableOfContentsDetector(source: source, tokens: tokens, furniture: [:])
        let entries = found.entries.map { lines -> TableOfContents.Entry in
            let ranges = lines.map { tokens[$0].content }
            let last = ranges[ranges.count - 1]
            let split = detector.split(last)
            // The entry's text leaves out its dot leader and page number.
            let textRanges = ranges.dropLast() + [split?.title ?? last]
            return .init(
                text: TextJoiner.join(Array(textRanges), in: source.bytes), page: split?.page,
                span: source.span(ranges[0].lowerBound..<last.upperBound))
        }
        let heading = found.heading.map {
            TextValue(text: source.string(tokens[$0].content), span: source.span(tokens[$0].content))
        }
        return TableOfContents(heading: heading, entries: entries)
    }

    /// Furniture lines and every form feed, in source order.
    private static func pageFurniture(
        _ source: SourceText, _ tokens: [LineToken],
        _ kinds: [Int: PageFurniture.Kind]
    ) -> [PageFurniture] {
        var furniture: [PageFurniture] = []
        for token in tokens {
            if let kind = kinds[token.line] {
                furniture.append(
                    .init(
                        kind: kind, text: TextJoiner.join([token.content], in: source.bytes),
                        span: source.span(token.content)))
            }
            for formFeed in token.formFeeds {
                furniture.append(.init(kind: .formFeed, text: "", span: source.span(formFeed..<(formFeed + 1))))
            }
        }
        return furniture.sorted { $0.span.start.offset < $1.span.start.offset }
    }
}

extension Document {
    /// A housing agreement has headings, a table of contents, a signing, or names its genre near the start.
    var hasAgreementStructure: Bool {
        !chapters.isEmpty || tableOfContents != nil || signing != nil || title != nil
            || frontMatter.prefix(3).contains { MetadataReader.namesGenre($0.text) }
    }
}

extension Diagnostic {
    static func signingDateIncomplete(_ date: SigningDate) -> Diagnostic {
        Diagnostic(
            .warning, "signing-date-incomplete", "signing date \"\(date.written)\" has no year or does not exist",
            span: date.span)
    }
}

extension TableOfContents.Entry {
    /// Numbered like "2.1": a section within a chapter.
    var isSection: Bool {
        let bytes = Array(text.utf8)
        var scanner = Scanner(bytes, range: 0..<bytes.count)
        return scanner.readNumber(limit: 3) != nil && scanner.skip(Bytes.dot) && scanner.readNumber(limit: 2) != nil
    }
}
