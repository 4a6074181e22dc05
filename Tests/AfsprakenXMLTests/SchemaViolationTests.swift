import Afspraken
import AfsprakenXML
import Foundation
import Testing

/// Documents broken on purpose fail validation in both forms, with messages that point at the spot.
@Suite struct SchemaViolationTests {
    /// A way to break the sample, where it shows, and what the message must say.
    struct Mutation: Sendable, CustomStringConvertible {
        var name: String
        /// JSON Pointer of the value changed.
        var pointer: String
        /// Nil removes the member.
        var replacement: JSONValue?
        var jsonMessage: String
        /// Text the XML form of the same break puts where the original text was.
        var xmlFrom: String
        var xmlTo: String
        var xmlMessage: String

        var description: String { name }
    }

    static let mutations: [Mutation] = [
        Mutation(
            name: "missing required field", pointer: "/commitments/0/modality", replacement: nil,
            jsonMessage: "missing required property \"modality\"", xmlFrom: #"modality="effort""#, xmlTo: "",
            xmlMessage: "modality"),
        Mutation(
            name: "unknown modality", pointer: "/commitments/0/modality", replacement: .string("must"),
            jsonMessage: "\"must\" is not one of effort, result", xmlFrom: #"modality="effort""#,
            xmlTo: #"modality="must""#, xmlMessage: "must"),
        Mutation(
            name: "wrong type", pointer: "/source/byteCount", replacement: .string("many"),
            jsonMessage: "expected an integer, found string", xmlFrom: #"byteCount="20714""#,
            xmlTo: #"byteCount="many""#, xmlMessage: "byteCount"),
        Mutation(
            name: "bad date", pointer: "/entities/times/0/start", replacement: .string("2025-13-45"),
            jsonMessage: "\"2025-13-45\" is not a date", xmlFrom: #"start="2025-10-01""#,
            xmlTo: #"start="2025-13-45""#, xmlMessage: "2025-13-45"),
        Mutation(
            name: "negative line", pointer: "/chapters/0/span/start/line", replacement: .integer(0),
            jsonMessage: "0 is less than 1", xmlFrom: #"<chapter number="1" startLine="1""#,
            xmlTo: #"<chapter number="1" startLine="0""#, xmlMessage: "startLine"),
        Mutation(
            name: "unknown field", pointer: "/commitments/0/firmness", replacement: .string("hard"),
            jsonMessage: "unknown property", xmlFrom: "<actors>", xmlTo: "<firmness>hard</firmness><actors>",
            xmlMessage: "firmness"),
        Mutation(
            name: "share above one", pointer: "/concreteness/0/withActor", replacement: .number(1.5),
            jsonMessage: "1.5 is not between 0 and 1", xmlFrom: #"withActor="0.909""#, xmlTo: #"withActor="1.5""#,
            xmlMessage: "withActor"),
    ]

    @Test(arguments: mutations)
    func brokenJSONIsReportedAtItsPointer(_ mutation: Mutation) throws {
        let sample = try JSONReader.read(fixtureBytes("noordwijk-2026/expected.json"))
        let broken = try #require(sample.replacing(at: mutation.pointer, with: mutation.replacement))
        let violations = ModelValidator().violations(in: broken)
        let expectedPointer =
            mutation.replacement == nil
            ? String(mutation.pointer[..<mutation.pointer.lastIndex(of: "/")!]) : mutation.pointer
        #expect(violations.count == 1, "\(violations)")
        #expect(violations.first?.pointer == expectedPointer)
        #expect(violations.first?.message.hasPrefix(mutation.jsonMessage) == true, "\(violations)")
    }

    @Test(arguments: mutations)
    func brokenXMLIsReportedAtItsLine(_ mutation: Mutation) throws {
        let xml = String(decoding: try fixtureBytes("noordwijk-2026/expected.xml"), as: UTF8.self)
        let range = try #require(xml.range(of: mutation.xmlFrom))
        let line = xml[..<range.lowerBound].count { $0 == "\n" } + 1
        let broken = xml.replacingCharacters(in: range, with: mutation.xmlTo)
        let problems = SchemaValidator.agreement.problems(in: Array(broken.utf8))
        #expect(problems.first?.line == line, "\(problems)")
        #expect(problems.first?.message.contains(mutation.xmlMessage) == true, "\(problems)")
    }

    @Test func textXMLCannotHoldIsCarriedAsBase64AndComesBack() throws {
        var document = try JSONOutput.decode(Data(fixtureBytes("synthetic-paged-sections/expected.json")))
        document.chapters[0].title = "Form\u{0C}feed, escape \u{1B}[0m, bell \u{07} & <tag>"
        let xml = try XMLOutput.encode(document)
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains(#"<title encoding="base64">"#))
        #expect(SchemaValidator.agreement.problems(in: xml).isEmpty)
        #expect(try XMLInput.document(xml) == document)
    }
}

extension JSONValue {
    /// This value with the value at `pointer` replaced, or removed when `replacement` is nil.
    func replacing(at pointer: String, with replacement: JSONValue?) -> JSONValue? {
        let keys = pointer.split(separator: "/").map(String.init)
        return replacing(keys[...], with: replacement)
    }

    private func replacing(_ keys: ArraySlice<String>, with replacement: JSONValue?) -> JSONValue? {
        guard let key = keys.first else { return replacement }
        switch self {
        case .object(var members):
            guard let index = members.firstIndex(where: { $0.key == key }) else {
                guard keys.count == 1, let replacement else { return nil }
                members.append(.init(key, replacement))
                return .object(members)
            }
            if let value = members[index].value.replacing(keys.dropFirst(), with: replacement) {
                members[index].value = value
            } else {
                members.remove(at: index)
            }
            return .object(members)
        case .array(var items):
            guard let index = Int(key), items.indices.contains(index) else { return nil }
            guard let value = items[index].replacing(keys.dropFirst(), with: replacement) else { return nil }
            items[index] = value
            return .array(items)
        default:
            return nil
        }
    }
}
