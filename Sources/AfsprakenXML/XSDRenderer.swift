import Afspraken

/// Renders the schema description as XSD 1.0, through libxml2's writer: a complex type per object, a simple type
/// per enumeration and token format, `xs:documentation` on every type, element and attribute.
public enum XSDRenderer {
    /// The XSD document's bytes.
    public static func render(_ schema: SchemaDescription) throws -> [UInt8] {
        let writer = try XMLTextWriter()
        try Renderer(schema: schema, writer: writer).render()
        return try writer.finish()
    }

    private struct Renderer {
        let schema: SchemaDescription
        let writer: XMLTextWriter

        func render() throws {
            let attributes: KeyValuePairs = [
                "xmlns:xs": "http://www.w3.org/2001/XMLSchema", "xmlns": schema.namespace,
                "targetNamespace": schema.namespace, "elementFormDefault": "qualified", "version": schema.version,
            ]
            try writer.element("xs:schema", attributes) {
                try documentation(schema.documentation)
                try writer.element("xs:element", ["name": schema.rootElement, "type": schema.rootType]) {
                    try documentation(schema.documentation)
                }
                for type in schema.types where type.name != "SourcePosition" {
                    switch type.shape {
                    case .enumeration(let values): try enumeration(type, values)
                    case .object where type.name == "SourceSpan": try spanTypes(type)
                    case .object(let fields): try complexType(type, fields)
                    }
                }
                try textAndShareTypes()
                for format in [TokenFormat.date, .sha256, .version, .decimal, .currency] { try tokenType(format) }
            }
        }

        private func complexType(_ type: SchemaType, _ fields: [SchemaField]) throws {
            try writer.element("xs:complexType", ["name": type.name]) {
                try documentation(type.documentation)
                try writer.element("xs:sequence") {
                    for field in fields where !schema.isXMLAttribute(field) { try childElement(field) }
                }
                for field in fields where schema.isXMLAttribute(field) {
                    if case .span = field.type {
                        try writer.element("xs:attributeGroup", ["ref": "SpanAttributes"])
                    } else {
                        try attribute(
                            field.name, type: simpleTypeName(field.type), required: field.isRequired,
                            documentation: field.documentation)
                    }
                }
            }
        }

        private func childElement(_ field: SchemaField) throws {
            try writer.startElement("xs:element")
            try writer.attribute("name", field.name)
            if !field.isRequired { try writer.attribute("minOccurs", "0") }
            switch field.type {
            case .array(let item, let itemType):
                try documentation(field.documentation)
                try writer.element("xs:complexType") {
                    try writer.element("xs:sequence") {
                        try writer.element(
                            "xs:element",
                            [
                                "name": item, "type": elementTypeName(itemType), "minOccurs": "0",
                                "maxOccurs": "unbounded",
                            ]
                        ) { try documentation("One item of \(field.name): \(field.documentation)") }
                    }
                }
            case .counts(let keys):
                try documentation(field.documentation)
                try writer.element("xs:complexType") {
                    for key in schema.enumValues(keys) {
                        try attribute(key, type: "xs:nonNegativeInteger", required: false, documentation: "\(key).")
                    }
                }
            default:
                try writer.attribute("type", elementTypeName(field.type))
                try documentation(field.documentation)
            }
            try writer.endElement()
        }

        private func attribute(_ name: String, type: String, required: Bool, documentation text: String) throws {
            try writer.element(
                "xs:attribute", ["name": name, "type": type, "use": required ? "required" : "optional"]
            ) { try documentation(text) }
        }

        /// The type of an element: objects, free text, spans, and scalars in lists.
        private func elementTypeName(_ type: FieldType) -> String {
            switch type {
            case .text: "Text"
            case .span: "SourceSpan"
            default: simpleTypeName(type)
            }
        }

        private func simpleTypeName(_ type: FieldType) -> String {
            switch type {
            case .token(let format): tokenTypeName(format)
            case .integer(let minimum): minimum >= 1 ? "xs:positiveInteger" : "xs:nonNegativeInteger"
            case .share: "Share"
            case .boolean: "xs:boolean"
            case .named(let name): name
            case .text, .array, .counts, .span: "xs:string"
            }
        }

        private func tokenTypeName(_ format: TokenFormat) -> String {
            switch format {
            case .plain: "xs:string"
            case .date: "Date"
            case .sha256: "Sha256"
            case .version: "Version"
            case .decimal: "Decimal"
            case .currency: "Currency"
            }
        }

        private func enumeration(_ type: SchemaType, _ values: [EnumValue]) throws {
            try writer.element("xs:simpleType", ["name": type.name]) {
                try documentation(type.documentation)
                try writer.element("xs:restriction", ["base": "xs:string"]) {
                    for value in values {
                        try writer.element("xs:enumeration", ["value": value.value]) {
                            try documentation(value.documentation)
                        }
                    }
                }
            }
        }

        private func tokenType(_ format: TokenFormat) throws {
            try writer.element("xs:simpleType", ["name": tokenTypeName(format)]) {
                try documentation("A string of the format \(format.rawValue).")
                try writer.element("xs:restriction", ["base": "xs:string"]) {
                    if let pattern = format.pattern { try writer.element("xs:pattern", ["value": pattern]) }
                }
            }
        }

        /// Free text carries any character through `encoding="base64"`: XML 1.0 forbids most control characters,
        /// which PDF text can hold.
        private func textAndShareTypes() throws {
            try writer.element("xs:complexType", ["name": "Text"]) {
                try documentation(
                    "Free text from the document. Text with a character XML 1.0 forbids (such as a form feed) is "
                        + "written as the base64 of its UTF-8, marked encoding=\"base64\".")
                try writer.element("xs:simpleContent") {
                    try writer.element("xs:extension", ["base": "xs:string"]) {
                        try writer.element("xs:attribute", ["name": "encoding", "use": "optional"]) {
                            try documentation("base64: the text is the base64 of its UTF-8.")
                            try writer.element("xs:simpleType") {
                                try writer.element("xs:restriction", ["base": "xs:string"]) {
                                    try writer.element("xs:enumeration", ["value": "base64"])
                                }
                            }
                        }
                    }
                }
            }
            try writer.element("xs:simpleType", ["name": "Share"]) {
                try documentation("A share between 0 and 1.")
                try writer.element("xs:restriction", ["base": "xs:double"]) {
                    try writer.element("xs:minInclusive", ["value": "0"])
                    try writer.element("xs:maxInclusive", ["value": "1"])
                }
            }
        }

        /// A span is six attributes: on its owner for a field `span`, on an element of type `SourceSpan` otherwise.
        private func spanTypes(_ type: SchemaType) throws {
            try writer.element("xs:attributeGroup", ["name": "SpanAttributes"]) {
                try documentation(type.documentation)
                for (end, what) in [("start", "of the first character"), ("end", "just after the last character")] {
                    try attribute(
                        end + "Line", type: "xs:positiveInteger", required: true, documentation: "1-based line \(what)."
                    )
                    try attribute(
                        end + "Column", type: "xs:positiveInteger", required: true,
                        documentation: "1-based column \(what), in Unicode scalars.")
                    try attribute(
                        end + "Offset", type: "xs:nonNegativeInteger", required: true,
                        documentation: "0-based byte offset \(what).")
                }
            }
            try writer.element("xs:complexType", ["name": "SourceSpan"]) {
                try documentation(type.documentation)
                try writer.element("xs:attributeGroup", ["ref": "SpanAttributes"])
            }
        }

        private func documentation(_ text: String) throws {
            try writer.element("xs:annotation") { try writer.element("xs:documentation") { try writer.text(text) } }
        }
    }
}
