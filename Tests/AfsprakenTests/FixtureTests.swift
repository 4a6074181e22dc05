import Afspraken
import Foundation
import Testing

@Suite struct FixtureTests {
    @Test(arguments: Fixture.all)
    func fixtureMatchesGoldens(_ fixture: Fixture) throws {
        let result = try fixture.parse()
        assertGolden(result.document.debugTree(), "\(fixture.name)/tree.txt")
        assertGolden(result.document.debugEntities(), "\(fixture.name)/entities.txt")
        assertGolden(result.document.debugCommitments(), "\(fixture.name)/commitments.txt")
        let json = String(decoding: try JSONOutput.encode(result.document), as: UTF8.self)
        assertGolden(json, "\(fixture.name)/expected.json")
        assertGolden(
            result.diagnostics.map(\.description).joined(separator: "\n") + "\n", "\(fixture.name)/diagnostics.txt")
    }

    @Test(arguments: Fixture.all)
    func everyNonBlankCharacterBelongsToExactlyOneNode(_ fixture: Fixture) throws {
        let violations = losslessViolations(try fixture.parse())
        #expect(violations.unclaimed.isEmpty, "unclaimed: \(violations.unclaimed.prefix(5))")
        #expect(violations.twice.isEmpty, "claimed twice: \(violations.twice.prefix(5))")
    }

    /// Actors and diffs refer to parties and commitments by id: no two may share one.
    @Test(arguments: Fixture.all)
    func idsAreUnique(_ fixture: Fixture) throws {
        let document = try fixture.parse().document
        #expect(Set(document.parties.map(\.id)).count == document.parties.count)
        #expect(Set(document.commitments.map(\.eId)).count == document.commitments.count)
        #expect(Set(document.commitments.map(\.wId)).count == document.commitments.count)
    }

    @Test(arguments: Variant.all)
    func variantGivesTheSameOutline(_ variant: Variant) throws {
        let base = try AgreementParser.parse(
            [UInt8](Data(contentsOf: fixturesURL.appendingPathComponent("\(variant.base)/input.txt"))), fileName: "base"
        )
        let result = try AgreementParser.parse([UInt8](Data(contentsOf: variant.url)), fileName: variant.file)
        #expect(outline(result.document) == outline(base.document))
        let violations = losslessViolations(result)
        #expect(violations.unclaimed.isEmpty && violations.twice.isEmpty, "\(violations)")
    }

    @Test func jsonRoundTripsThroughTheModel() throws {
        for fixture in Fixture.all {
            let document = try fixture.parse().document
            #expect(try JSONOutput.decode(JSONOutput.encode(document)) == document, "\(fixture.name)")
        }
    }

    /// The printed overview, for the sample and for an agreement with a table of projects.
    @Test(arguments: ["noordwijk-2026", "synthetic-table-and-functions"])
    func reportMatchesGolden(_ name: String) throws {
        assertGolden(MarkdownReport.render(try Fixture(name: name).parse().document), "\(name)/report.md")
    }

    /// The printed overview names a chapter without a number by its title, not as a second total.
    @Test func reportNamesAnUnnumberedChapterByItsTitle() throws {
        let document = try Fixture(name: "synthetic-capital-chapters-with-lead-ins").parse().document
        let report = MarkdownReport.render(document)
        #expect(report.contains("| BETAALBAARHEID | 4 |") && report.contains("| **Totaal** | 8 |"))
        #expect(report.components(separatedBy: "**Totaal**").count == 2)
    }

    /// The report gives the municipality first, then the associations, then the tenants, whatever order the register
    /// found them in (here the tenants first, by their kind word).
    @Test func reportOrdersPartiesByTheirRole() throws {
        let text = """
            Prestatieafspraken 2027
            Gemeente Oss – Area Wonen – Huurdersvereniging De Kernen
            1. Wonen
            De huurdersvereniging adviseert over het huurbeleid.
            Area Wonen bouwt 20 woningen.
            De gemeente zet zich in voor starters.
            """
        let document = try AgreementParser.parse(Array(text.utf8), fileName: "t").document
        #expect(document.parties.map(\.role) == [.municipality, .tenantsOrganisation, .housingAssociation])
        let headings = MarkdownReport.render(document).split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(
            headings.prefix(3) == [
                "## Gemeente Oss (1)", "## Area Wonen (1)", "## Huurdersvereniging De Kernen (1)",
            ])
    }
}
