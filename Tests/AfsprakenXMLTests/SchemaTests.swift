import Afspraken
import AfsprakenXML
import Foundation
import FoundationXML
import Testing

/// The published schemas describe exactly what we emit, in both forms, for every fixture.
@Suite struct SchemaTests {
    @Test func schemasInTheRepositoryAreTheOnesTheBinaryPrints() throws {
        let xsd = try Data(contentsOf: repositoryURL.appendingPathComponent("Schemas/afspraken.xsd"))
        let json = try Data(contentsOf: repositoryURL.appendingPathComponent("Schemas/afspraken.schema.json"))
        #expect([UInt8](xsd) == (try XSDRenderer.render(.agreement)), "run: afspraken schema --format xsd")
        #expect([UInt8](json) == JSONWriter().bytes(JSONSchemaRenderer.render(.agreement)))
        let diff = try Data(contentsOf: repositoryURL.appendingPathComponent("Schemas/afspraken-diff.schema.json"))
        #expect([UInt8](diff) == JSONWriter().bytes(JSONSchemaRenderer.render(.diff)))
    }

    @Test func everyElementAndAttributeOfTheXSDIsDocumented() throws {
        let xsd = try XMLDocument(data: Data(XSDRenderer.render(.agreement)))
        let undocumented = try xsd.nodes(
            forXPath: "//*[(local-name()='element' or local-name()='attribute') and not(*[local-name()='annotation'])]")
        #expect(undocumented.isEmpty, "\(undocumented.prefix(3).map { $0.xmlString })")
        #expect(try xsd.nodes(forXPath: "//*[local-name()='element']").count > 100)
    }

    @Test func everyTypeFieldAndEnumerationValueIsDocumented() {
        for type in SchemaDescription.agreement.types {
            #expect(!type.documentation.isEmpty, "\(type.name)")
            switch type.shape {
            case .object(let fields):
                for field in fields { #expect(!field.documentation.isEmpty, "\(type.name).\(field.name)") }
            case .enumeration(let values):
                for value in values { #expect(!value.documentation.isEmpty, "\(type.name).\(value.value)") }
            }
        }
    }

    @Test(arguments: fixtureNames)
    func goldenJSONIsValidAndItsXMLValidatesAndRoundTrips(_ name: String) throws {
        let json = try fixtureBytes("\(name)/expected.json")
        let violations = ModelValidator().violations(in: try JSONReader.read(json))
        #expect(violations.isEmpty, "\(violations.prefix(3))")

        let document = try JSONOutput.decode(Data(json))
        let xml = try XMLOutput.encode(document)
        let problems = SchemaValidator.agreement.problems(in: xml)
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        assertGoldenBytes(xml, "\(name)/expected.xml")

        // JSON → model → XML → model → JSON gives back the very bytes.
        let again = try JSONOutput.encode(XMLInput.document(xml))
        #expect([UInt8](again) == json)
    }

    @Test func theModelsEnumerationsAreTheSchemasClosedLists() {
        let schema = SchemaDescription.agreement
        #expect(
            schema.enumValues("Modality") == ["effort", "result", "intention", "continuation", "option", "statement"])
        let roles = [Party.Role.municipality, .housingAssociation, .tenantsOrganisation, .other].map(\.rawValue)
        #expect(schema.enumValues("Role") == roles)
        let granularities: [TimeExpression.Granularity] = [
            .day, .week, .month, .quarter, .halfYear, .season, .year, .period, .relative,
        ]
        #expect(schema.enumValues("Granularity") == granularities.map(\.rawValue))
        for value in schema.enumValues("Qualifier") { #expect(TimeExpression.Qualifier(rawValue: value) != nil) }
        for value in schema.enumValues("Tier") { #expect(Concreteness.Tier(rawValue: value) != nil) }
        for value in schema.enumValues("Modifier") { #expect(TimeExpression.Modifier(rawValue: value) != nil) }
    }

    /// The byte checks the JSON validator runs agree with the patterns both schemas publish.
    @Test func tokenChecksAgreeWithThePublishedPatterns() throws {
        let examples = [
            "2026-12-11", "2026-13-01", "2026-02-31", "2026-1-01", "26-12-11", "2026-12-11Z", "477.2", "-3", "3.",
            ".5", "1e5", "1.0.0", "1.0", "v1.0.0", "10.20.30", "EUR", "eur", "EURO", String(repeating: "a", count: 64),
            String(repeating: "A", count: 64), "", "abc",
        ]
        for format in [TokenFormat.date, .sha256, .version, .decimal, .currency] {
            let regex = try NSRegularExpression(pattern: "^(?:\(format.pattern!))$")
            for example in examples {
                let range = NSRange(example.startIndex..., in: example)
                let matched = regex.firstMatch(in: example, range: range) != nil
                #expect(format.matches(example) == matched, "\(format) \(example)")
            }
        }
    }
}

/// A diff reads the same agreements from text, JSON or XML.
@Suite struct DiffInputTests {
    @Test(arguments: ["noordwijk-2026-2027", "noordwijk-2026-2027-revised"])
    func theSamePairAsTextAndAsXMLGivesTheSameChanges(_ name: String) throws {
        func parsed(_ side: String) throws -> Document {
            try AgreementParser.parse(fixtureBytes("diff/\(name)/\(side).txt"), fileName: "\(side).txt").document
        }
        let old = try parsed("old")
        let new = try parsed("new")
        let fromXML = AgreementDiffer.diff(
            old: try XMLInput.document(XMLOutput.encode(old)), new: try XMLInput.document(XMLOutput.encode(new)))
        let fromText = AgreementDiffer.diff(old: old, new: new)
        #expect(!fromText.isEmpty)
        #expect(fromXML == fromText)
    }
}
