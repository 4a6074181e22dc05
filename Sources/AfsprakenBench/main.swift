import Afspraken
import AfsprakenXML
import Foundation

// Times each stage on the sample (or the files given): per-document time and throughput, best of 5 rounds.
// Run: swift run -c release afspraken-bench [FILE...]; AFSPRAKEN_BENCH_SCALE=0.01 for a quick run (or callgrind).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
/// Without arguments, the largest fixture (about 20 KB); `Scripts/benchmark.sh` names the sample itself.
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
// As a batch conversion runs: freed heap kept for the next parse (AFSPRAKEN_BENCH_HEAP=system leaves glibc's default).
if ProcessInfo.processInfo.environment["AFSPRAKEN_BENCH_HEAP"] != "system" { HeapReuse.keepFreedMemory() }
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

/// Mean time of each stage of the parse over many runs, and its share of the whole.
func stages(_ data: [UInt8]) throws {
    let rounds = max(1, Int(500 * scale))
    var totals: [(String, UInt64)] = []
    for _ in 0..<rounds {
        var last = DispatchTime.now().uptimeNanoseconds
        var index = 0
        _ = try AgreementParser.parse(data, fileName: "bench") { stage in
            let now = DispatchTime.now().uptimeNanoseconds
            if totals.count == index { totals.append((stage, 0)) }
            totals[index].1 += now - last
            last = now
            index += 1
        }
    }
    let whole = totals.reduce(0) { $0 + $1.1 }
    for (stage, nanoseconds) in totals {
        let microseconds = Double(nanoseconds) / Double(rounds) / 1000
        let share = Double(nanoseconds) / Double(whole) * 100
        print(
            "  " + stage.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%7.1f µs %5.1f %%", microseconds, share))
    }
}

/// A thousand documents made from the fixtures (each fixture with its years shifted), parsed and written as JSON:
/// once on one core, once on all cores.
func corpus() throws {
    let fixtures = root.appendingPathComponent("Fixtures")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
    let texts = names.compactMap {
        try? String(contentsOf: fixtures.appendingPathComponent("\($0)/input.txt"), encoding: .utf8)
    }
    let count = max(10, Int(1000 * scale))
    let documents = (0..<count).map { index -> [UInt8] in
        let text = texts[index % texts.count]
        return Array(text.replacingOccurrences(of: "2026", with: String(2000 + index % 60)).utf8)
    }
    let bytes = documents.reduce(0) { $0 + $1.count }
    print("corpus: \(count) documents from \(texts.count) fixtures, \(bytes) bytes")
    func report(_ name: String, _ nanoseconds: UInt64) {
        let seconds = Double(nanoseconds) / 1e9
        print(
            name.padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(
                    format: "%9.1f µs/doc %8.1f MB/s", seconds * 1e6 / Double(count), Double(bytes) / seconds / 1e6))
    }
    var start = DispatchTime.now().uptimeNanoseconds
    for document in documents {
        _ = try JSONOutput.encode(AgreementParser.parse(document, fileName: "corpus").document)
    }
    report("parse + JSON, one core", DispatchTime.now().uptimeNanoseconds - start)
    start = DispatchTime.now().uptimeNanoseconds
    DispatchQueue.concurrentPerform(iterations: count) { index in
        _ = try? JSONOutput.encode(AgreementParser.parse(documents[index], fileName: "corpus").document)
    }
    report("parse + JSON, all cores", DispatchTime.now().uptimeNanoseconds - start)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("peak memory of the benchmark process: \(usage.ru_maxrss / 1024) MB")
}

// AFSPRAKEN_BENCH_PROFILE=SECONDS: only parse the first file over and over, for `perf record`.
if let seconds = ProcessInfo.processInfo.environment["AFSPRAKEN_BENCH_PROFILE"].flatMap(Double.init) {
    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: paths[0])))
    let end = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
    var times: [UInt64] = []
    while DispatchTime.now().uptimeNanoseconds < end {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try AgreementParser.parse(data, fileName: "profile")
        times.append(DispatchTime.now().uptimeNanoseconds - start)
    }
    // The median of single parses: steadier than a mean on a machine that is shared.
    times.sort()
    let median = times.isEmpty ? 0 : Double(times[times.count / 2]) / 1000
    print("\(times.count) parses, median \(String(format: "%.1f", median)) µs")
    exit(0)
}

for path in paths {
    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    print("\(URL(fileURLWithPath: path).lastPathComponent): \(data.count) bytes, best of 5 rounds")
    try measure("decode", bytes: data.count, iterations: 2000) { _ = try SourceDecoder.decode(data) }
    try measure("parse (whole pipeline)", bytes: data.count, iterations: 1000) {
        _ = try AgreementParser.parse(data, fileName: "bench")
    }
    try stages(data)
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
try corpus()
