import Afspraken
import AfsprakenXML
import CFuzzerDriver
import Foundation

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The sample agreement, to diff every input against.
let sample: Document = {
    let url = fixtures.appendingPathComponent("noordwijk-2026/input.txt")
    guard let data = try? Data(contentsOf: url),
        let result = try? AgreementParser.parse([UInt8](data), fileName: "sample")
    else { fatalError("the sample agreement is missing: \(url.path)") }
    return result.document
}()

/// One input through everything a user can ask for: parse, every output format, XML validated and read back,
/// JSON read back, and a diff against the sample. A crash, a sanitizer report or a failed check is a finding.
func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
    guard let result = try? AgreementParser.parse(bytes, fileName: "fuzz") else { return 0 }
    let document = result.document
    _ = document.debugTree()
    _ = document.debugEntities()
    _ = document.debugCommitments()
    _ = CSVOutput.encode(document, excel: true)
    _ = MarkdownReport.render(document)
    for diagnostic in result.diagnostics { _ = diagnostic.rendered(in: result.source) }
    do {
        let json = try JSONOutput.encode(document)
        let value = try JSONReader.read([UInt8](json))
        precondition(ModelValidator().violations(in: value).isEmpty, "JSON off schema")
        let fromJSON = try JSONOutput.decode(json)
        precondition(fromJSON == document, "JSON does not round-trip")
        let xml = try XMLOutput.validated(document)
        let fromXML = try XMLInput.document(xml)
        precondition(fromXML == document, "XML does not round-trip")
    } catch {
        preconditionFailure("output failed: \(error)")
    }
    let diff = AgreementDiffer.diff(old: sample, new: document)
    _ = DiffReport.text(diff)
    _ = DiffReport.markdown(diff)
    precondition(AgreementDiffer.diff(old: document, new: document).isEmpty, "a document differs from itself")
    return 0
}

// One-time statics (keyword tables, schemas, the compiled XSD) are made before fuzzing starts, so that the leak
// checker does not report them as leaks of the first input that needed them.
for folder in (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [] {
    guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("\(folder)/input.txt")) else { continue }
    _ = data.withUnsafeBytes { fuzz($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzz($0, $1) })
