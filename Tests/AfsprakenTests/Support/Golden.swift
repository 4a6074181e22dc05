import Foundation
import Testing

/// The repository's `Fixtures/` folder, found from this file's path so tests run from any directory.
let fixturesURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

/// Compares `actual` with the golden file at `path` (relative to `Fixtures/`) and records a line diff.
/// A missing golden, or `AFSPRAKEN_RECORD=1`, writes the file and fails: a person reads it before committing.
func assertGolden(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = fixturesURL.appendingPathComponent(path)
    let recording = ProcessInfo.processInfo.environment["AFSPRAKEN_RECORD"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(path); read it, then run the tests again", sourceLocation: sourceLocation)
        return
    }
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    var report: [String] = []
    for change in actualLines.difference(from: expectedLines) {
        switch change {
        case .remove(let offset, let line, _): report.append("-\(offset + 1)| \(line)")
        case .insert(let offset, let line, _): report.append("+\(offset + 1)| \(line)")
        }
        if report.count >= 40 { break }
    }
    let diff = report.joined(separator: "\n")
    Issue.record("\(path) differs:\n\(diff)", sourceLocation: sourceLocation)
}
