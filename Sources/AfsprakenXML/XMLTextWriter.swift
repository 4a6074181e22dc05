internal import CLibXML2

/// libxml2's text writer into a memory buffer, indented by two spaces; every call checks libxml2's result.
final class XMLTextWriter {
    /// libxml2 refused a write: only on a bug or when memory runs out.
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() throws(WriteError) {
        guard let buffer = xmlBufferCreate() else { throw WriteError(description: "cannot allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw WriteError(description: "cannot create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        _ = "  ".withXMLString { xmlTextWriterSetIndentString(writer, $0) }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func startElement(_ name: String) throws(WriteError) {
        try check(name.withXMLString { xmlTextWriterStartElement(writer, $0) }, "start <\(name)>")
    }

    func endElement() throws(WriteError) {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    func attribute(_ name: String, _ value: String) throws(WriteError) {
        let result = name.withXMLString { name in value.withXMLString { xmlTextWriterWriteAttribute(writer, name, $0) }
        }
        try check(result, "write the attribute \(name)")
    }

    func text(_ text: String) throws(WriteError) {
        try check(text.withXMLString { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// The document's bytes; the writer is done after this.
    func finish() throws(WriteError) -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func check(_ result: Int32, _ action: String) throws(WriteError) {
        if result < 0 { throw WriteError(description: "libxml2 could not \(action)") }
    }
}

extension String {
    /// Calls `body` with the string as libxml2's `const xmlChar *`.
    func withXMLString<R>(_ body: (UnsafePointer<xmlChar>) -> R) -> R {
        withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: utf8.count + 1) { body($0) }
        }
    }
}
