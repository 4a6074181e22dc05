import Afspraken
import Foundation
import Testing

/// Every input the fuzzer (Scripts/fuzz) crashed on, kept after the fix: it must parse or be refused, lose nothing,
/// give JSON that keeps to its schema, and go through every output and a diff.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = fixturesURL.appendingPathComponent("fuzz")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func aFormerCrashNowParsesLosesNothingAndRenders(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: fixturesURL.appendingPathComponent("fuzz/\(name)")))
        let result: AgreementParser.Result
        do {
            result = try AgreementParser.parse(bytes, fileName: name)
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.severity == .error)
            return
        }
        let violations = losslessViolations(result)
        #expect(violations.unclaimed.isEmpty && violations.twice.isEmpty, "\(violations)")
        let json = try JSONOutput.encode(result.document)
        #expect(ModelValidator().violations(in: try JSONReader.read([UInt8](json))).isEmpty)
        #expect(try JSONOutput.decode(json) == result.document)
        _ = CSVOutput.encode(result.document, excel: true)
        _ = MarkdownReport.render(result.document)
        #expect(AgreementDiffer.diff(old: result.document, new: result.document).isEmpty)
    }
}
