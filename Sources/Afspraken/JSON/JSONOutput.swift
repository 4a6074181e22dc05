import Foundation

/// The document as JSON: sorted keys so that output is stable, pretty unless asked to be compact.
public enum JSONOutput {
    /// Encodes `document`; slashes stay unescaped ("t/m").
    public static func encode(_ document: Document, compact: Bool = false) throws -> Data {
        Data(JSONWriter(pretty: !compact).bytes(try ValueEncoder.encode(document)))
    }

    /// Decodes our own JSON back into the model.
    public static func decode(_ data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }
}
