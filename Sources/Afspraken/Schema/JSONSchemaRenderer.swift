/// Renders the schema description as JSON Schema, draft 2020-12: a `$defs` entry per type, closed objects,
/// closed enumerations, a description on every property.
public enum JSONSchemaRenderer {
    /// The schema document.
    public static func render(_ schema: SchemaDescription) -> JSONValue {
        .object([
            .init("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            .init("$id", .string(schema.id)),
            .init("title", .string("afspraken \(schema.version)")),
            .init("description", .string(schema.documentation)),
            .init("version", .string(schema.version)),
            .init("$ref", reference(to: schema.rootType)),
            .init("$defs", .object(schema.types.map { .init($0.name, definition($0)) })),
        ])
    }

    /// The JSON Pointer to a definition in `$defs`, joined from its parts (a linter takes hash-slash for a regex).
    private static func reference(to name: String) -> JSONValue {
        .string(["#", "$defs", name].joined(separator: "/"))
    }

    private static func definition(_ type: SchemaType) -> JSONValue {
        switch type.shape {
        case .enumeration(let values):
            let meanings = values.map { "\($0.value): \($0.documentation)" }.joined(separator: " ")
            return .object([
                .init("description", .string(type.documentation + " " + meanings)),
                .init("type", .string("string")),
                .init("enum", .array(values.map { .string($0.value) })),
            ])
        case .object(let fields):
            return .object([
                .init("description", .string(type.documentation)),
                .init("type", .string("object")),
                .init(
                    "properties",
                    .object(fields.map { .init($0.name, property($0.type, documentation: $0.documentation)) })),
                .init("required", .array(fields.filter(\.isRequired).map { .string($0.name) })),
                .init("additionalProperties", .bool(false)),
            ])
        }
    }

    private static func property(_ type: FieldType, documentation: String?) -> JSONValue {
        var members: [JSONValue.Member] = documentation.map { [.init("description", .string($0))] } ?? []
        switch type {
        case .text:
            members.append(.init("type", .string("string")))
        case .token(let format):
            members.append(.init("type", .string("string")))
            if let pattern = format.pattern { members.append(.init("pattern", .string("^\(pattern)$"))) }
        case .integer(let minimum):
            members.append(.init("type", .string("integer")))
            if minimum > Int.min { members.append(.init("minimum", .integer(minimum))) }
        case .share:
            members += [.init("type", .string("number")), .init("minimum", .integer(0)), .init("maximum", .integer(1))]
        case .boolean:
            members.append(.init("type", .string("boolean")))
        case .named(let name):
            members.append(.init("$ref", reference(to: name)))
        case .span:
            members.append(.init("$ref", reference(to: "SourceSpan")))
        case .array(_, let item):
            members += [.init("type", .string("array")), .init("items", property(item, documentation: nil))]
        case .counts(let keys):
            members += [
                .init("type", .string("object")),
                .init("propertyNames", .object([.init("$ref", reference(to: keys))])),
                .init(
                    "additionalProperties",
                    .object([.init("type", .string("integer")), .init("minimum", .integer(0))])),
            ]
        }
        return .object(members)
    }
}
