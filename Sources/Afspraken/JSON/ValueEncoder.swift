/// Encodes a `Codable` model into a `JSONValue` tree, keeping members in the order the model encodes them.
public enum ValueEncoder {
    /// The tree for `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let box = Box()
        try value.encode(to: TreeEncoder(box: box, codingPath: []))
        return box.value
    }

    /// A value under construction: containers hand out boxes and fill them as the model encodes.
    fileprivate final class Box {
        var scalar: JSONValue?
        var members: [(String, Box)]?
        var items: [Box]?

        var value: JSONValue {
            if let members { return .object(members.map { JSONValue.Member($0.0, $0.1.value) }) }
            if let items { return .array(items.map(\.value)) }
            return scalar ?? .null
        }

        func child(for key: String) -> Box {
            let box = Box()
            if members == nil { members = [] }
            members!.append((key, box))
            return box
        }

        func appendItem() -> Box {
            let box = Box()
            if items == nil { items = [] }
            items!.append(box)
            return box
        }
    }

    private struct TreeEncoder: Encoder, SingleValueEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if box.members == nil { box.members = [] }
            return KeyedEncodingContainer(Keyed(box: box, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if box.items == nil { box.items = [] }
            return Unkeyed(box: box, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { self }

        mutating func encodeNil() throws { box.scalar = .null }
        mutating func encode(_ value: Bool) throws { box.scalar = .bool(value) }
        mutating func encode(_ value: String) throws { box.scalar = .string(value) }
        mutating func encode(_ value: Double) throws { box.scalar = .number(value) }
        mutating func encode(_ value: Float) throws { box.scalar = .number(Double(value)) }
        mutating func encode(_ value: Int) throws { box.scalar = .integer(value) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try ValueEncoder.encode(value, into: box, codingPath: codingPath)
        }
    }

    fileprivate static func encode<T: Encodable>(_ value: T, into box: Box, codingPath: [any CodingKey]) throws {
        switch value {
        case let string as String: box.scalar = .string(string)
        case let int as Int: box.scalar = .integer(int)
        case let double as Double: box.scalar = .number(double)
        case let bool as Bool: box.scalar = .bool(bool)
        default: try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Box
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { box.child(for: key.stringValue).scalar = .null }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try ValueEncoder.encode(value, into: box.child(for: key.stringValue), codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            TreeEncoder(box: box.child(for: key.stringValue), codingPath: codingPath + [key]).container(
                keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(box: box.child(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(box: box.child(for: "super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(box: box.child(for: key.stringValue), codingPath: codingPath + [key])
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey]
        var count: Int { box.items?.count ?? 0 }

        mutating func encodeNil() throws { box.appendItem().scalar = .null }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try ValueEncoder.encode(value, into: box.appendItem(), codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            TreeEncoder(box: box.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(box: box.appendItem(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.appendItem(), codingPath: codingPath) }
    }
}
