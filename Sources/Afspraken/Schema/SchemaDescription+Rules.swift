/// The token formats as patterns (for the schemas) and as byte checks (for the in-process validator); a test keeps
/// the two in step by running both on the same examples.
extension TokenFormat {
    /// The pattern, without anchors: XSD anchors implicitly, JSON Schema gets `^…$`.
    public var pattern: String? {
        switch self {
        case .plain: nil
        case .date: "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
        case .sha256: "[0-9a-f]{64}"
        case .version: "[0-9]+\\.[0-9]+\\.[0-9]+"
        case .decimal: "-?[0-9]+(\\.[0-9]+)?"
        case .currency: "[A-Z]{3}"
        }
    }

    /// Whether `string` has this format.
    public func matches(_ string: String) -> Bool {
        let bytes = Array(string.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
        switch self {
        case .plain:
            return true
        case .date:
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D, digits(0..<4), digits(5..<7), digits(8..<10)
            else { return false }
            return (1...12).contains(number(5..<7)) && (1...31).contains(number(8..<10))
        case .sha256:
            return bytes.count == 64 && bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
        case .version:
            let parts = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
            return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        case .decimal:
            let unsigned = bytes.first == 0x2D ? Array(bytes.dropFirst()) : bytes
            let parts = unsigned.split(separator: 0x2E, omittingEmptySubsequences: false)
            return (1...2).contains(parts.count)
                && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        case .currency:
            return bytes.count == 3 && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
    }
}

extension SchemaDescription {
    /// In XML, whether a field is an attribute of its owner's element rather than a child element: numbers,
    /// booleans, tokens and enumerations are; free text, objects and lists are not. A field `span` becomes six
    /// attributes of its owner, other spans are elements.
    public func isXMLAttribute(_ field: SchemaField) -> Bool {
        switch field.type {
        case .token, .integer, .share, .boolean: true
        case .span: field.name == "span"
        case .named(let name):
            if case .enumeration? = type(named: name)?.shape { true } else { false }
        case .text, .array, .counts: false
        }
    }

    /// The values of the enumeration `name`.
    public func enumValues(_ name: String) -> [String] {
        guard case .enumeration(let values)? = type(named: name)?.shape else { return [] }
        return values.map(\.value)
    }
}
