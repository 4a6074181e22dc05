/// Writes a `JSONValue` as UTF-8 JSON: keys sorted so that output is stable, pretty in the layout Foundation's
/// `JSONEncoder` uses (two-space indent, `"key" : value`), slashes unescaped.
public struct JSONWriter {
    /// One line per value, indented; otherwise no blanks at all.
    public var pretty: Bool

    /// Creates a writer.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The value's bytes, with a final newline.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, depth: 0, into: &out)
        out.append(0x0A)
        return out
    }

    private func write(_ value: JSONValue, depth: Int, into out: inout [UInt8]) {
        switch value {
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writeContainer(
                open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: sorted.count, depth: depth, into: &out
            ) {
                index, out in
                writeString(sorted[index].key, into: &out)
                out.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
                write(sorted[index].value, depth: depth + 1, into: &out)
            }
        case .array(let items):
            writeContainer(
                open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, depth: depth, into: &out
            ) {
                index, out in write(items[index], depth: depth + 1, into: &out)
            }
        case .string(let string): writeString(string, into: &out)
        case .integer(let int): out.append(contentsOf: String(int).utf8)
        case .number(let double): out.append(contentsOf: Self.text(of: double).utf8)
        case .bool(let bool): out.append(contentsOf: (bool ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    private static let prettyColon = Array(" : ".utf8)
    private static let colon = Array(":".utf8)

    /// A number as JSON (and our XML) write it: whole numbers as integers, as JSONEncoder does ("1", not "1.0").
    public static func text(of double: Double) -> String {
        double.rounded() == double && abs(double) < 1e15 ? String(Int(double)) : double.description
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, depth: Int, into out: inout [UInt8],
        item: (Int, inout [UInt8]) -> Void
    ) {
        out.append(open)
        if pretty, count == 0 {
            // JSONEncoder leaves an empty line inside an empty container.
            out.append(0x0A)
            newline(depth: depth, into: &out)
        }
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { newline(depth: depth + 1, into: &out) }
            item(index, &out)
        }
        if pretty, count > 0 { newline(depth: depth, into: &out) }
        out.append(close)
    }

    private func newline(depth: Int, into out: inout [UInt8]) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: Self.escape(byte))
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case 0x22: return Array(#"\""#.utf8)
        case 0x5C: return Array(#"\\"#.utf8)
        case 0x0A: return Array(#"\n"#.utf8)
        case 0x0D: return Array(#"\r"#.utf8)
        case 0x09: return Array(#"\t"#.utf8)
        case 0x08: return Array(#"\b"#.utf8)
        case 0x0C: return Array(#"\f"#.utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
