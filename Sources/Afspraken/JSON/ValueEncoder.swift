/// Encodes a `Codable` model into a `JSONValue` tree, keeping members in the order the model encodes them.
public enum ValueEncoder {
    /// The tree for `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        switch value {
        case let string as String: return .string(string)
        case let int as Int: return .integer(int)
        case let double as Double: return .number(double)
        case let bool as Bool: return .bool(bool)
        // Spans are the most numerous value in a document: built directly, not through Codable.
        case let span as SourceSpan:
            return .object([.init("start", position(span.start)), .init("end", position(span.end))])
        default:
            let box = Box()
            try value.encode(to: TreeEncoder(box: box))
            return box.value
        }
    }

    private static func position(_ position: SourcePosition) -> JSONValue {
        .object([
            .init("line", .integer(position.line)), .init("column", .integer(position.column)),
            .init("offset", .integer(position.offset)),
        ])
    }

    /// A container under construction. Values encoded into it are finished at once and stored as values; only a
    /// nested container stays a box until the end.
    fileprivate final class Box {
        var scalar: JSONValue?
        var members: [JSONValue.Member]?
        var items: [JSONValue]?
        /// Nested containers, by the index of their placeholder in `members` or `items`.
        var nested: [(index: Int, box: Box)] = []

        var value: JSONValue {
            if var members {
                for (index, box) in nested { members[index].value = box.value }
                return .object(members)
            }
            if var items {
                for (index, box) in nested { items[index] = box.value }
                return .array(items)
            }
            return scalar ?? .null
        }

        func nestedMember(_ key: String) -> Box {
            let box = Box()
            nested.append((members!.count, box))
            members!.append(JSONValue.Member(key, .null))
            return box
        }

        func nestedItem() -> Box {
            let box = Box()
            nested.append((items!.count, box))
            items!.append(.null)
            return box
        }
    }

    private struct TreeEncoder: Encoder, SingleValueEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if box.members == nil { box.members = [] }
            return KeyedEncodingContainer(Keyed(box: box))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if box.items == nil { box.items = [] }
            return Unkeyed(box: box)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { self }

        mutating func encodeNil() throws { box.scalar = .null }
        mutating func encode(_ value: Bool) throws { box.scalar = .bool(value) }
        mutating func encode(_ value: String) throws { box.scalar = .string(value) }
        mutating func encode(_ value: Double) throws { box.scalar = .number(value) }
        mutating func encode(_ value: Int) throws { box.scalar = .integer(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.scalar = try ValueEncoder.encode(value) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Box
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { append(key, .null) }
        mutating func encode(_ value: String, forKey key: Key) throws { append(key, .string(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { append(key, .integer(value)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { append(key, .bool(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { append(key, .number(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            append(key, try ValueEncoder.encode(value))
        }

        private func append(_ key: Key, _ value: JSONValue) {
            box.members!.append(JSONValue.Member(key.stringValue, value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            TreeEncoder(box: box.nestedMember(key.stringValue)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(box: box.nestedMember(key.stringValue)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.nestedMember("super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(box: box.nestedMember(key.stringValue))
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items?.count ?? 0 }

        mutating func encodeNil() throws { box.items!.append(.null) }
        mutating func encode(_ value: String) throws { box.items!.append(.string(value)) }
        mutating func encode(_ value: Int) throws { box.items!.append(.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.items!.append(try ValueEncoder.encode(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            TreeEncoder(box: box.nestedItem()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(box: box.nestedItem()).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.nestedItem()) }
    }
}
