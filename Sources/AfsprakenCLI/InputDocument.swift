import Afspraken
import AfsprakenXML
import Foundation

/// A document read from our JSON or XML, or parsed from an agreement's text: what `convert`, `validate` and
/// `diff` take.
enum InputDocument {
    enum Kind: String {
        case json = "JSON"
        case xml = "XML"
        case text
    }

    /// JSON when it opens with `{` and a key (or `}`), XML with `<` and a name, `?` or `!`, else text: an agreement
    /// may well start with "<21 jaar". A byte-order mark and blanks come first.
    static func kind(of bytes: [UInt8]) -> Kind {
        func firstNonBlank(from start: Int) -> Int {
            var index = start
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            return index
        }
        let first = firstNonBlank(from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        guard first + 1 < bytes.count else { return .text }
        let next = bytes[first + 1]
        switch bytes[first] {
        case UInt8(ascii: "{"):
            let afterBrace = firstNonBlank(from: first + 1)
            return afterBrace < bytes.count && [UInt8(ascii: "\""), UInt8(ascii: "}")].contains(bytes[afterBrace])
                ? .json : .text
        case UInt8(ascii: "<"):
            let isName = (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
            return isName || next == UInt8(ascii: "?") || next == UInt8(ascii: "!") ? .xml : .text
        default:
            return .text
        }
    }

    /// Every problem with our JSON or XML, as `file:line:column: error: [code] message` lines; empty when valid.
    static func problems(in bytes: [UInt8], kind: Kind, fileName: String) -> [String] {
        switch kind {
        case .xml:
            return SchemaValidator.agreement.problems(in: bytes).map { xmlMessage($0, fileName) }
        case .json:
            let problems = jsonSchemaProblems(in: bytes, fileName: fileName)
            guard problems.isEmpty else { return problems }
            do { _ = try JSONOutput.decode(Data(bytes)) } catch {
                return ["\(fileName): error: [json-invalid] \(error)"]
            }
            return []
        case .text:
            return ["\(fileName):1:1: error: [not-afspraken-data] neither our JSON nor our XML"]
        }
    }

    /// The document in `bytes`: validated JSON or XML, or the parse of a text. Each is read and checked once.
    static func read(_ bytes: [UInt8], fileName: String) throws -> (document: Document, diagnostics: [Diagnostic]) {
        switch kind(of: bytes) {
        case .text:
            let result = try AgreementParser.parse(bytes, fileName: fileName)
            return (result.document, result.diagnostics)
        case .xml:
            do {
                return (try XMLInput.document(bytes), [])
            } catch let problem as XMLProblem {
                throw CLIFailure(code: 65, message: xmlMessage(problem, fileName))
            } catch {
                throw CLIFailure(code: 65, message: "\(fileName): error: [xml-invalid] \(error)")
            }
        case .json:
            let problems = jsonSchemaProblems(in: bytes, fileName: fileName)
            guard problems.isEmpty else { throw CLIFailure(code: 65, message: problems.joined(separator: "\n")) }
            do {
                return (try JSONOutput.decode(Data(bytes)), [])
            } catch {
                throw CLIFailure(code: 65, message: "\(fileName): error: [json-invalid] \(error)")
            }
        }
    }

    /// Syntax errors with line and column, then the schema's constraints with JSON Pointers.
    private static func jsonSchemaProblems(in bytes: [UInt8], fileName: String) -> [String] {
        let value: JSONValue
        do { value = try JSONReader.read(bytes) } catch {
            return ["\(fileName):\(error.line):\(error.column): error: [json-syntax] \(error.message)"]
        }
        return ModelValidator().violations(in: value).map { "\(fileName): error: [json-invalid] \($0)" }
    }

    private static func xmlMessage(_ problem: XMLProblem, _ fileName: String) -> String {
        "\(fileName):\(problem.line):\(problem.column.map { "\($0):" } ?? "") error: [xml-invalid] \(problem.message)"
    }
}
