import Afspraken
import Foundation

// Times each stage on the sample (or the files given) and prints per-document time and throughput.
// Run: swift run -c release afspraken-bench [FILE...]
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let paths = CommandLine.arguments.dropFirst().isEmpty
    ? [root.appendingPathComponent("Fixtures/noordwijk-2026/input.txt").path] : Array(CommandLine.arguments.dropFirst())

func measure(_ name: String, bytes: Int, iterations: Int, _ body: () throws -> Void) rethrows {
    for _ in 0..<max(1, iterations / 10) { try body() }  // warm up
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations)
        best = min(best, elapsed)
    }
    let megabytesPerSecond = Double(bytes) / best * 1e9 / 1e6
    print(String(format: "%-28@ %10.1f µs/doc %10.1f MB/s", name as NSString, best / 1000, megabytesPerSecond))
}

for path in paths {
    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    print("\(URL(fileURLWithPath: path).lastPathComponent): \(data.count) bytes, best of 5 runs")
    try measure("decode", bytes: data.count, iterations: 2000) { _ = try Decoder.decode(data) }
    try measure("parse (decode…outline)", bytes: data.count, iterations: 1000) {
        _ = try AgreementParser.parse(data, fileName: "bench")
    }
    let document = try AgreementParser.parse(data, fileName: "bench").document
    try measure("JSON encode", bytes: data.count, iterations: 200) { _ = try JSONOutput.encode(document) }
    try measure("parse + JSON", bytes: data.count, iterations: 200) {
        _ = try JSONOutput.encode(AgreementParser.parse(data, fileName: "bench").document)
    }
}
