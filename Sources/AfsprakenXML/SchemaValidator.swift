import Afspraken
internal import CLibXML2

/// Validates XML against the agreement XSD in process. The schema is compiled once per process and shared:
/// libxml2 only reads a compiled schema, and each validation has its own context.
public final class SchemaValidator: @unchecked Sendable {
    /// The validator for `SchemaDescription.agreement`.
    public static let agreement: SchemaValidator = {
        do {
            return try SchemaValidator(xsd: XSDRenderer.render(.agreement))
        } catch {
            fatalError("the bundled XSD does not compile: \(error)")
        }
    }()

    private let schema: xmlSchemaPtr

    /// Compiles an XSD.
    public init(xsd: [UInt8]) throws {
        let collector = ErrorCollector()
        // libxml2 reads the buffer during xmlSchemaParse, so both calls stay inside its lifetime.
        let schema = xsd.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xsd -> xmlSchemaPtr? in
                guard let parser = xmlSchemaNewMemParserCtxt(xsd.baseAddress, Int32(xsd.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, ErrorCollector.handler, collector.userData)
                return withExtendedLifetime(collector) { xmlSchemaParse(parser) }
            }
        }
        guard let schema else {
            throw collector.problems.first ?? XMLProblem(line: 1, column: nil, message: "the XSD does not compile")
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// Every problem in `bytes`: well-formedness first, then the schema's constraints; empty when valid.
    public func problems(in bytes: [UInt8]) -> [XMLProblem] {
        do {
            let document = try SafeXMLParser.parse(bytes)
            defer { xmlFreeDoc(document) }
            return problems(in: document)
        } catch {
            return [error]
        }
    }

    func problems(in document: xmlDocPtr) -> [XMLProblem] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLProblem(line: 1, column: nil, message: "cannot create a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ErrorCollector()
        xmlSchemaSetValidStructuredErrors(context, ErrorCollector.handler, collector.userData)
        let result = withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document) }
        if result != 0, collector.problems.isEmpty {
            return [XMLProblem(line: 1, column: nil, message: "not valid (libxml2 gave no reason)")]
        }
        return collector.problems
    }
}
