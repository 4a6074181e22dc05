import Afspraken
internal import CLibXML2
import Foundation

/// Reads our XML back: parsed safely, validated against the XSD, then turned into the JSON value the model
/// decodes from, by the same schema description the writer follows.
public enum XMLInput {
    /// The JSON value of a valid agreement XML; throws the first problem otherwise.
    public static func read(
        _ bytes: [UInt8], validator: SchemaValidator = .agreement, schema: SchemaDescription = .agreement
    ) throws(XMLProblem) -> JSONValue {
        let document = try SafeXMLParser.parse(bytes)
        defer { xmlFreeDoc(document) }
        if let problem = validator.problems(in: document).first { throw problem }
        guard let root = xmlDocGetRootElement(document) else {
            throw XMLProblem(line: 1, column: nil, message: "no root element")
        }
        return Reader(schema: schema).object(root, type: schema.rootType)
    }

    /// The document a valid agreement XML holds.
    public static func document(_ bytes: [UInt8]) throws -> Document {
        try JSONOutput.decode(Data(JSONWriter(pretty: false).bytes(read(bytes))))
    }

    /// Walks a tree the XSD has accepted, so every element and attribute is where the description puts it.
    private struct Reader {
        let schema: SchemaDescription

        func object(_ node: xmlNodePtr, type typeName: String) -> JSONValue {
            guard case .object(let fields)? = schema.type(named: typeName)?.shape else { return .null }
            let children = elements(of: node)
            var members: [JSONValue.Member] = []
            for field in fields {
                if schema.isXMLAttribute(field) {
                    if case .span = field.type {
                        members.append(.init(field.name, span(node)))
                    } else if let text = attribute(node, field.name) {
                        members.append(.init(field.name, scalar(text, type: field.type)))
                    }
                } else if let child = children.first(where: { name(of: $0) == field.name }) {
                    members.append(.init(field.name, value(child, type: field.type)))
                }
            }
            return .object(members)
        }

        private func value(_ node: xmlNodePtr, type: FieldType) -> JSONValue {
            switch type {
            case .text: return .string(text(node))
            case .named(let typeName):
                if case .enumeration? = schema.type(named: typeName)?.shape { return .string(content(node)) }
                return object(node, type: typeName)
            case .array(_, let itemType): return .array(elements(of: node).map { value($0, type: itemType) })
            case .counts(let keys):
                return .object(
                    schema.enumValues(keys).compactMap { key in
                        attribute(node, key).map { .init(key, .integer(Int($0) ?? 0)) }
                    })
            case .span: return span(node)
            case .token, .integer, .share, .boolean: return scalar(content(node), type: type)
            }
        }

        private func scalar(_ text: String, type: FieldType) -> JSONValue {
            switch type {
            case .integer: .integer(Int(text) ?? 0)
            case .share: Int(text).map(JSONValue.integer) ?? .number(Double(text) ?? 0)
            case .boolean: .bool(text == "true" || text == "1")
            default: .string(text)
            }
        }

        private func span(_ node: xmlNodePtr) -> JSONValue {
            func position(_ end: String) -> JSONValue {
                .object(
                    ["line", "column", "offset"].map { part in
                        let name = end + part.prefix(1).uppercased() + part.dropFirst()
                        return .init(part, .integer(attribute(node, name).flatMap { Int($0) } ?? 0))
                    })
            }
            return .object([.init("start", position("start")), .init("end", position("end"))])
        }

        /// Free text, decoded when written as base64.
        private func text(_ node: xmlNodePtr) -> String {
            let raw = content(node)
            guard attribute(node, "encoding") == "base64", let data = Data(base64Encoded: raw) else { return raw }
            return String(decoding: data, as: UTF8.self)
        }

        private func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
            var found: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
                child = current.pointee.next
            }
            return found
        }

        private func name(of node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

        /// An attribute's value, read from the tree without copying through libxml2's allocator.
        private func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            var property = node.pointee.properties
            while let current = property {
                if String(cString: current.pointee.name) == name { return texts(current.pointee.children) }
                property = current.pointee.next
            }
            return nil
        }

        private func content(_ node: xmlNodePtr) -> String { texts(node.pointee.children) }

        /// The text nodes in a sibling list, joined.
        private func texts(_ first: xmlNodePtr?) -> String {
            var result = ""
            var node = first
            while let current = node {
                if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                    result += String(cString: content)
                }
                node = current.pointee.next
            }
            return result
        }
    }
}
