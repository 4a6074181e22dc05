import Foundation

/// The document as JSON: sorted keys so that output is stable, pretty unless asked to be compact.
public enum JSONOutput {
    /// Encodes `document`; slashes stay unescaped ("t/m").
    public static func encode(_ document: Document, compact: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            compact
            ? [.sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// Decodes our own JSON back into the model.
    public static func decode(_ data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }
}
