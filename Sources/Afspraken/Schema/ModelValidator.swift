import Foundation

/// Checks a JSON value against the schema description: types, required and unknown fields, enumerations, formats
/// and bounds, with a JSON Pointer to every violation. The same constraints as `Schemas/afspraken.schema.json`.
public struct ModelValidator: Sendable {
    /// One broken constraint.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        /// JSON Pointer to the offending value ("/commitments/3/modality"); "" for the root.
        public var pointer: String
        /// What is wrong, lower case.
        public var message: String

        public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
    }

    /// The description checked against.
    public var schema: SchemaDescription

    /// Creates a validator.
    public init(schema: SchemaDescription = .agreement) {
        self.schema = schema
    }

    /// Every violation in `value`, in document order.
    public func violations(in value: JSONValue) -> [Violation] {
        var found: [Violation] = []
        check(value, against: .named(schema.rootType), at: "", into: &found)
        return found
    }

    private func check(_ value: JSONValue, against type: FieldType, at pointer: String, into found: inout [Violation]) {
        func fail(_ message: String) { found.append(Violation(pointer: pointer, message: message)) }
        switch (type, value) {
        case (.text, .string): break
        case (.token(let format), .string(let string)):
            if !format.matches(string) { fail("\(quoted(string)) is not a \(format.rawValue)") }
        case (.integer(let minimum), _):
            guard let int = integer(value) else { return fail("expected an integer, found \(value.typeName)") }
            if int < minimum { fail("\(int) is less than \(minimum)") }
        case (.share, .integer(let int)):
            if !(0...1).contains(int) { fail("\(int) is not between 0 and 1") }
        case (.share, .number(let double)):
            if !(0...1).contains(double) { fail("\(double) is not between 0 and 1") }
        case (.boolean, .bool): break
        case (.array(_, let item), .array(let items)):
            for (index, element) in items.enumerated() {
                check(element, against: item, at: pointer + "/\(index)", into: &found)
            }
        case (.counts(let keys), .object(let members)):
            for member in members {
                let path = pointer + "/" + escaped(member.key)
                if !schema.enumValues(keys).contains(member.key) {
                    found.append(Violation(pointer: path, message: "\(quoted(member.key)) is not one of \(list(keys))"))
                }
                check(member.value, against: .integer(minimum: 0), at: path, into: &found)
            }
        case (.span, _):
            check(value, against: .named("SourceSpan"), at: pointer, into: &found)
        case (.named(let name), _):
            guard let named = schema.type(named: name) else { return fail("no type \(name) in the schema") }
            switch (named.shape, value) {
            case (.enumeration(let values), .string(let string)):
                if !values.contains(where: { $0.value == string }) {
                    fail("\(quoted(string)) is not one of \(list(name))")
                }
            case (.object(let fields), .object(let members)):
                checkObject(members, fields: fields, at: pointer, into: &found)
            case (.enumeration, _): fail("expected a string, found \(value.typeName)")
            case (.object, _): fail("expected an object, found \(value.typeName)")
            }
        case (.text, _), (.token, _): fail("expected a string, found \(value.typeName)")
        case (.share, _): fail("expected a number, found \(value.typeName)")
        case (.boolean, _): fail("expected a boolean, found \(value.typeName)")
        case (.array, _): fail("expected an array, found \(value.typeName)")
        case (.counts, _): fail("expected an object, found \(value.typeName)")
        }
    }

    private func checkObject(
        _ members: [JSONValue.Member], fields: [SchemaField], at pointer: String, into found: inout [Violation]
    ) {
        var seen = Set<String>()
        for member in members {
            let path = pointer + "/" + escaped(member.key)
            guard seen.insert(member.key).inserted else {
                found.append(Violation(pointer: path, message: "duplicate property"))
                continue
            }
            guard let field = fields.first(where: { $0.name == member.key }) else {
                found.append(Violation(pointer: path, message: "unknown property"))
                continue
            }
            check(member.value, against: field.type, at: path, into: &found)
        }
        for field in fields where field.isRequired && !seen.contains(field.name) {
            found.append(Violation(pointer: pointer, message: "missing required property \(quoted(field.name))"))
        }
    }

    private func integer(_ value: JSONValue) -> Int? {
        switch value {
        case .integer(let int): int
        case .number(let double) where double.rounded() == double && abs(double) < 1e15: Int(double)
        default: nil
        }
    }

    private func list(_ name: String) -> String { schema.enumValues(name).joined(separator: ", ") }
    private func quoted(_ string: String) -> String { "\"\(string)\"" }
    /// RFC 6901: "~" and "/" in a key.
    private func escaped(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
