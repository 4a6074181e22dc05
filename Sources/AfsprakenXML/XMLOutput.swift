import Afspraken
import Foundation

/// The document as XML in the schema's namespace, built as a libxml2 tree: free text in elements,
/// numbers, tokens and enumerations in attributes, spans as six attributes (see Schemas/README.md).
public enum XMLOutput {
    /// A field the model has and the schema does not: the schema is out of date, a bug.
    public struct SchemaMismatch: Error, CustomStringConvertible {
        public var description: String
    }

    /// The document's XML bytes; not yet validated.
    public static func encode(_ document: Document, schema: SchemaDescription = .agreement) throws -> [UInt8] {
        try encode(ValueEncoder.encode(document), schema: schema)
    }

    /// A JSON value of the root type as XML.
    public static func encode(_ value: JSONValue, schema: SchemaDescription = .agreement) throws -> [UInt8] {
        try tree(value, schema: schema).serialised()
    }

    /// The value as a libxml2 tree in the schema's namespace.
    static func tree(_ value: JSONValue, schema: SchemaDescription) throws -> XMLTree {
        let tree = try XMLTree(namespace: schema.namespace)
        try Emitter(schema: schema, writer: tree).object(schema.rootElement, value, type: schema.rootType)
        return tree
    }

    private struct Emitter {
        let schema: SchemaDescription
        let writer: any XMLSink

        func object(_ name: String, _ value: JSONValue, type typeName: String) throws {
            guard case .object(let members) = value, case .object(let fields)? = schema.type(named: typeName)?.shape
            else { throw SchemaMismatch(description: "\(name): expected an object of type \(typeName)") }
            if let unknown = members.first(where: { member in !fields.contains { $0.name == member.key } }) {
                throw SchemaMismatch(description: "\(typeName).\(unknown.key) is not in the schema")
            }
            try writer.startElement(name)
            for field in fields where schema.isXMLAttribute(field) {
                guard let fieldValue = value[field.name] else { continue }
                if case .span = field.type {
                    try spanAttributes(fieldValue)
                } else {
                    try writer.attribute(field.name, scalar(fieldValue))
                }
            }
            for field in fields where !schema.isXMLAttribute(field) {
                guard let fieldValue = value[field.name] else { continue }
                try element(field.name, fieldValue, type: field.type)
            }
            try writer.endElement()
        }

        func element(_ name: String, _ value: JSONValue, type: FieldType) throws {
            switch type {
            case .text:
                guard case .string(let string) = value else { throw mismatch(name, "text") }
                try text(name, string)
            case .named(let typeName):
                if case .enumeration? = schema.type(named: typeName)?.shape {
                    try writer.element(name) { try writer.text(scalar(value)) }
                } else {
                    try object(name, value, type: typeName)
                }
            case .array(let item, let itemType):
                guard case .array(let items) = value else { throw mismatch(name, "array") }
                try writer.element(name) {
                    for itemValue in items { try element(item, itemValue, type: itemType) }
                }
            case .counts(let keys):
                try writer.element(name) {
                    for key in schema.enumValues(keys) {
                        if let count = value[key] { try writer.attribute(key, scalar(count)) }
                    }
                }
            case .span:
                try writer.element(name) { try spanAttributes(value) }
            case .token, .integer, .share, .boolean:
                try writer.element(name) { try writer.text(scalar(value)) }
            }
        }

        /// Text as it is, or as base64 when it holds a character XML 1.0 forbids.
        private func text(_ name: String, _ string: String) throws {
            if string.unicodeScalars.allSatisfy(XMLText.isAllowed) {
                try writer.element(name) { try writer.text(string) }
            } else {
                try writer.element(name, ["encoding": "base64"]) {
                    try writer.text(Data(string.utf8).base64EncodedString())
                }
            }
        }

        private func spanAttributes(_ span: JSONValue) throws {
            for (end, part, name) in Self.spanAttributeNames {
                guard case .integer(let number)? = span[end]?[part] else { throw mismatch("span", "source span") }
                try writer.attribute(name, String(number))
            }
        }

        /// `start.line` is written as `startLine`, and so on.
        private static let spanAttributeNames = ["start", "end"].flatMap { end in
            ["line", "column", "offset"].map { part in (end, part, end + part.prefix(1).uppercased() + part.dropFirst())
            }
        }

        private func scalar(_ value: JSONValue) throws -> String {
            switch value {
            case .string(let string): string
            case .integer(let int): String(int)
            case .number(let double): JSONWriter.text(of: double)
            case .bool(let bool): bool ? "true" : "false"
            case .object, .array, .null: throw mismatch("value", "scalar")
            }
        }

        private func mismatch(_ name: String, _ expected: String) -> SchemaMismatch {
            SchemaMismatch(description: "\(name): expected \(expected)")
        }
    }
}

/// Which characters XML 1.0 allows in text.
enum XMLText {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

extension XMLOutput {
    /// Our own output broke our own schema: always a bug, reported with the first problem.
    public struct InvalidOutput: Error, CustomStringConvertible {
        public var problems: [XMLProblem]
        public var description: String {
            "the XML output does not validate against its schema (a bug): \(problems.first.map(String.init(describing:)) ?? "")"
        }
    }

    /// The document's XML, checked against the XSD in process before anyone sees it: the tree is validated as
    /// built, then serialised.
    public static func validated(_ document: Document) throws -> [UInt8] {
        let tree = try tree(ValueEncoder.encode(document), schema: .agreement)
        let problems = SchemaValidator.agreement.problems(in: tree.document)
        guard problems.isEmpty else { throw InvalidOutput(problems: problems) }
        return try tree.serialised()
    }
}
