/// The model's published contract, described once: the XSD, the JSON Schema and the in-process JSON validator
/// are all rendered from this description, so they cannot drift apart.
public struct SchemaDescription: Sendable {
    /// The schema's version; equals `Document.currentSchemaVersion`.
    public var version: String
    /// The XML target namespace.
    public var namespace: String
    /// The JSON Schema `$id`.
    public var id: String
    /// The root element's name and its type.
    public var rootElement: String
    public var rootType: String
    /// What the schema is for.
    public var documentation: String
    /// Every named type, objects and enumerations.
    public let types: [SchemaType]
    private let typesByName: [String: SchemaType]

    /// Creates a description.
    public init(
        version: String, namespace: String, id: String, rootElement: String, rootType: String, documentation: String,
        types: [SchemaType]
    ) {
        self.version = version
        self.namespace = namespace
        self.id = id
        self.rootElement = rootElement
        self.rootType = rootType
        self.documentation = documentation
        self.types = types
        typesByName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The type named `name`.
    public func type(named name: String) -> SchemaType? { typesByName[name] }
}

/// An object with fields, or a closed list of strings.
public struct SchemaType: Sendable {
    public enum Shape: Sendable {
        case object([SchemaField])
        case enumeration([EnumValue])
    }

    public var name: String
    public var documentation: String
    public var shape: Shape

    /// An object type.
    static func object(_ name: String, _ documentation: String, _ fields: [SchemaField]) -> SchemaType {
        SchemaType(name: name, documentation: documentation, shape: .object(fields))
    }

    /// An enumeration.
    static func enumeration(_ name: String, _ documentation: String, _ values: [EnumValue]) -> SchemaType {
        SchemaType(name: name, documentation: documentation, shape: .enumeration(values))
    }
}

/// One value of an enumeration.
public struct EnumValue: Sendable {
    public var value: String
    public var documentation: String

    init(_ value: String, _ documentation: String) {
        self.value = value
        self.documentation = documentation
    }
}

/// One field of an object.
public struct SchemaField: Sendable {
    public var name: String
    public var type: FieldType
    public var isRequired: Bool
    public var documentation: String

    /// A field that is always present.
    static func required(_ name: String, _ type: FieldType, _ documentation: String) -> SchemaField {
        SchemaField(name: name, type: type, isRequired: true, documentation: documentation)
    }

    /// A field that is left out when there is no value (never `null`).
    static func optional(_ name: String, _ type: FieldType, _ documentation: String) -> SchemaField {
        SchemaField(name: name, type: type, isRequired: false, documentation: documentation)
    }
}

/// What a field holds. In XML, text goes into elements and everything else into attributes (see Schemas/README.md).
public indirect enum FieldType: Sendable {
    /// Free text from the document: an element, so that any character can be carried.
    case text
    /// A short machine-made string (an id, a code, a number as written in a label): an attribute.
    case token(TokenFormat)
    /// An integer, at least `minimum`.
    case integer(minimum: Int)
    /// A share between 0 and 1.
    case share
    case boolean
    /// A named object or enumeration.
    case named(String)
    /// A list, each item an element named `item` in XML.
    case array(item: String, of: FieldType)
    /// Counts keyed by the values of an enumeration (homes by tenure); attributes in XML.
    case counts(keys: String)
    /// A source span: the owner's attributes when the field is `span`, else an element with them.
    case span
}

/// Formats of machine-made strings, checked in both schemas and by the JSON validator.
public enum TokenFormat: String, Sendable {
    /// Any string.
    case plain
    /// A calendar date, `2026-12-11`.
    case date
    /// Sixty-four lower-case hex digits.
    case sha256
    /// A semantic version, `1.0.0`.
    case version
    /// A decimal number written with a point and no exponent: `477.2`, `-3`.
    case decimal
    /// A three-letter currency code, ISO 4217.
    case currency
}
