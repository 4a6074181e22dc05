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
