import Afspraken
import AfsprakenXML
import Foundation

// Times each stage on the sample (or the files given): per-document time and throughput, best of 5 rounds.
// Run: swift run -c release afspraken-bench [FILE...]; AFSPRAKEN_BENCH_SCALE=0.01 for a quick run (or callgrind).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
/// Without arguments, the largest fixture: the real sample agreement.
func largestFixture() -> String {
    let fixtures = root.appendingPathComponent("Fixtures")
    let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).map {
        fixtures.appendingPathComponent($0).appendingPathComponent("input.txt").path
    }
    let sizes = inputs.compactMap { path in
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).map { (path, $0) }
    }
    return sizes.max { $0.1 < $1.1 }?.0 ?? ""
}
let paths = arguments.isEmpty ? [largestFixture()] : Array(arguments)
let scale = ProcessInfo.processInfo.environment["AFSPRAKEN_BENCH_SCALE"].flatMap(Double.init) ?? 1

func measure(_ name: String, bytes: Int, iterations: Int, _ body: () throws -> Void) rethrows {
    let count = max(1, Int(Double(iterations) * scale))
    for _ in 0..<max(1, count / 10) { try body() }  // warm up
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<count { try body() }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(count))
    }
    let microseconds = String(format: "%9.1f µs/doc", best / 1000)
    let throughput = String(format: "%8.1f MB/s", Double(bytes) / best * 1e3)
    print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + microseconds + throughput)
}

for path in paths {
    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    print("\(URL(fileURLWithPath: path).lastPathComponent): \(data.count) bytes, best of 5 rounds")
    try measure("decode", bytes: data.count, iterations: 2000) { _ = try SourceDecoder.decode(data) }
    try measure("parse (whole pipeline)", bytes: data.count, iterations: 1000) {
        _ = try AgreementParser.parse(data, fileName: "bench")
    }
    let document = try AgreementParser.parse(data, fileName: "bench").document
    try measure("model to value tree", bytes: data.count, iterations: 200) { _ = try ValueEncoder.encode(document) }
    let tree = try ValueEncoder.encode(document)
    measure("value tree to JSON", bytes: data.count, iterations: 200) { _ = JSONWriter().bytes(tree) }
    try measure("JSON encode", bytes: data.count, iterations: 200) { _ = try JSONOutput.encode(document) }
    try measure("parse + JSON", bytes: data.count, iterations: 200) {
        _ = try JSONOutput.encode(AgreementParser.parse(data, fileName: "bench").document)
    }
    try measure("XML encode", bytes: data.count, iterations: 200) { _ = try XMLOutput.encode(document) }
    let xml = try XMLOutput.encode(document)
    measure("XSD validation", bytes: data.count, iterations: 200) {
        _ = SchemaValidator.agreement.problems(in: xml)
    }
    try measure("XML encode + validation", bytes: data.count, iterations: 200) {
        _ = try XMLOutput.validated(document)
    }
    // Diff against itself with a few words changed, parsing both sides included.
    let edited = Array(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "2026", with: "2027").utf8)
    try measure("diff (both parses included)", bytes: data.count, iterations: 100) {
        _ = AgreementDiffer.diff(
            old: try AgreementParser.parse(data, fileName: "old").document,
            new: try AgreementParser.parse(edited, fileName: "new").document)
    }
    let old = try AgreementParser.parse(data, fileName: "old").document
    let new = try AgreementParser.parse(edited, fileName: "new").document
    measure("diff (alignment only)", bytes: data.count, iterations: 200) {
        _ = AgreementDiffer.diff(old: old, new: new)
    }
}
