import Foundation
import Testing

/// The repository's root, found from this file's path so tests run from any directory.
let repositoryURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every fixture with a JSON golden: the published output the schemas must describe.
let fixtureNames: [String] = {
    let folder = repositoryURL.appendingPathComponent("Fixtures")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/expected.json").path)
    }.sorted()
}()

func fixtureBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: repositoryURL.appendingPathComponent("Fixtures/\(path)")))
}

/// Compares with the golden at `Fixtures/path`; `AFSPRAKEN_RECORD=1` or a missing file records it and fails,
/// so that a person reads it before committing.
func assertGoldenBytes(_ actual: [UInt8], _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = repositoryURL.appendingPathComponent("Fixtures/\(path)")
    guard ProcessInfo.processInfo.environment["AFSPRAKEN_RECORD"] != "1", let expected = try? Data(contentsOf: url)
    else {
        try? Data(actual).write(to: url)
        Issue.record("recorded \(path); read it, then run the tests again", sourceLocation: sourceLocation)
        return
    }
    guard [UInt8](expected) != actual else { return }
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
    let line =
        zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    Issue.record("\(path) differs from line \(line + 1)", sourceLocation: sourceLocation)
}
