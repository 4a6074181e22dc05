import Foundation
import Testing

/// `parse --format xml`, `validate`, `convert` and `schema` on the built binary.
@Suite struct SchemaCommandTests {
    @Test func xmlOutputIsWrittenAndValidatesAgain() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("sample.xml").path
        let parse = try Run(["parse", sample, "--format", "xml", "-o", xml, "--quiet"])
        #expect(parse.status == 0, "\(parse.stderr)")
        let validate = try Run(["validate", xml])
        #expect(validate.status == 0 && validate.stdout.contains("valid XML"), "\(validate.stderr)")
    }

    @Test func convertGoesFromJSONToXMLAndBackToTheSameBytes() throws {
        let folder = try temporaryFolder()
        let json = fixtures.appendingPathComponent("noordwijk-2026/expected.json").path
        let xml = folder.appendingPathComponent("sample.xml").path
        let back = folder.appendingPathComponent("back.json").path
        #expect(try Run(["convert", json, "--format", "xml", "-o", xml]).status == 0)
        #expect(try Run(["convert", xml, "--format", "json", "-o", back]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: URL(fileURLWithPath: json)))
    }

    @Test func invalidJSONIsReportedWithItsPointerAndExit65() throws {
        let folder = try temporaryFolder()
        let original = try String(
            contentsOfFile: fixtures.appendingPathComponent("noordwijk-2026/expected.json").path, encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.json")
        let firstModality = try #require(original.range(of: #""modality" : "effort""#))
        try original.replacingCharacters(in: firstModality, with: #""modality" : "must""#).write(
            to: broken, atomically: true, encoding: .utf8)
        let run = try Run(["validate", broken.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("broken.json: error: [json-invalid] /commitments/"), "\(run.stderr)")
        #expect(run.stderr.contains(#"/modality: "must" is not one of effort"#), "\(run.stderr)")

        let output = folder.appendingPathComponent("out.xml").path
        let convert = try Run(["convert", broken.path, "--format", "xml", "-o", output])
        #expect(convert.status == 65 && !FileManager.default.fileExists(atPath: output))
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let run = try Run(["validate", "-"], stdin: Data("{\n  \"schemaVersion\" : \"1.0.0\",\n}".utf8))
        #expect(run.status == 65)
        #expect(run.stderr.contains("-:3:1: error: [json-syntax] expected a key"), "\(run.stderr)")
    }

    @Test func anXXEFileIsRefusedAndTheSecretNeverShows() throws {
        let folder = try temporaryFolder()
        let secret = folder.appendingPathComponent("secret.txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        let xxe = folder.appendingPathComponent("xxe.xml")
        try """
        <?xml version="1.0"?>
        <!DOCTYPE agreement [<!ENTITY s SYSTEM "file://\(secret.path)">]>
        <agreement xmlns="urn:afspraken:agreement:1">&s;</agreement>
        """.write(to: xxe, atomically: true, encoding: .utf8)
        for arguments in [["validate", xxe.path], ["convert", xxe.path, "--format", "json"]] {
            let run = try Run(arguments)
            #expect(run.status == 65)
            #expect(run.stderr.contains("xxe.xml:2: error: [xml-invalid] a DOCTYPE is not allowed"), "\(run.stderr)")
            #expect(!run.stdout.contains("TOP-SECRET") && !run.stderr.contains("TOP-SECRET"))
        }
    }

    @Test func aMissingFileIs66AndTextIsNotOurData() throws {
        #expect(try Run(["validate", "/nonexistent/a.json"]).status == 66)
        let text = try Run(["validate", sample])
        #expect(text.status == 65 && text.stderr.contains("[not-afspraken-data]"))
    }

    @Test func schemaPrintsThePublishedFiles() throws {
        let root = fixtures.deletingLastPathComponent()
        for (format, file) in [("xsd", "afspraken.xsd"), ("json", "afspraken.schema.json")] {
            let run = try Run(["schema", "--format", format])
            let published = try String(contentsOf: root.appendingPathComponent("Schemas/\(file)"), encoding: .utf8)
            #expect(run.status == 0 && run.stdout == published, "\(format)")
        }
    }
}
