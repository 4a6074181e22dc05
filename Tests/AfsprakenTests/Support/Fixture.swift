import Afspraken
import Foundation
import Testing

/// One folder under `Fixtures/` with an `input.txt` and its goldens.
struct Fixture: CustomTestStringConvertible, Sendable {
    var name: String

    var inputURL: URL { fixturesURL.appendingPathComponent(name).appendingPathComponent("input.txt") }
    var testDescription: String { name }

    /// Every fixture folder that has an `input.txt`.
    static let all: [Fixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturesURL.path)) ?? []
        return names.sorted().map(Fixture.init).filter { FileManager.default.fileExists(atPath: $0.inputURL.path) }
    }()

    func parse() throws -> AgreementParser.Result {
        try AgreementParser.parse([UInt8](Data(contentsOf: inputURL)), fileName: "input.txt")
    }
}

/// Files under `Fixtures/variants/<case>/` that must give the same outline as `Fixtures/<case>/input.txt`.
struct Variant: CustomTestStringConvertible, Sendable {
    var base: String
    var file: String

    var url: URL {
        fixturesURL.appendingPathComponent("variants").appendingPathComponent(base).appendingPathComponent(file)
    }
    var testDescription: String { "\(base)/\(file)" }

    static let all: [Variant] = {
        let root = fixturesURL.appendingPathComponent("variants")
        let bases = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return bases.sorted().flatMap { base in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(base).path)) ?? [])
                .sorted().map { Variant(base: base, file: $0) }
        }
    }()
}

/// A folder under `Fixtures/diff/` with `old.txt`, `new.txt` and the golden changes between them.
struct DiffFixture: CustomTestStringConvertible, Sendable {
    var name: String

    var folder: URL { fixturesURL.appendingPathComponent("diff").appendingPathComponent(name) }
    var testDescription: String { name }

    static let all: [DiffFixture] = {
        let root = fixturesURL.appendingPathComponent("diff")
        return ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted().map(DiffFixture.init)
    }()

    func document(_ side: String) throws -> Document {
        try AgreementParser.parse(
            [UInt8](Data(contentsOf: folder.appendingPathComponent("\(side).txt"))), fileName: "\(side).txt"
        ).document
    }

    func diff() throws -> AgreementDiff { AgreementDiffer.diff(old: try document("old"), new: try document("new")) }
}
