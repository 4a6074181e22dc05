internal import CLibXML2
import Foundation

/// What the XML emitter writes into: libxml2's text writer (for the XSD) or a libxml2 tree (for documents, so that
/// the tree can be validated before it is serialised, without parsing it again).
protocol XMLSink {
    func startElement(_ name: String) throws
    func attribute(_ name: String, _ value: String) throws
    func text(_ text: String) throws
    func endElement() throws
}

extension XMLTextWriter: XMLSink {}

extension XMLSink {
    /// An element with its attributes in order and what `body` writes inside it.
    func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}
    ) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }
}

/// A libxml2 document built node by node, every element in one namespace.
final class XMLTree: XMLSink {
    let document: xmlDocPtr
    private let namespaceURI: String
    private var namespace: xmlNsPtr?
    private var open: [xmlNodePtr] = []

    init(namespace: String) throws(XMLTextWriter.WriteError) {
        guard let document = xmlNewDoc("1.0") else {
            throw XMLTextWriter.WriteError(description: "cannot allocate an XML document")
        }
        self.document = document
        namespaceURI = namespace
    }

    deinit { xmlFreeDoc(document) }

    func startElement(_ name: String) throws {
        let node: xmlNodePtr?
        if let parent = open.last {
            node = name.withXMLString { xmlNewChild(parent, namespace, $0, nil) }
        } else {
            node = name.withXMLString { xmlNewDocNode(document, nil, $0, nil) }
            if let node {
                xmlDocSetRootElement(document, node)
                namespace = namespaceURI.withXMLString { xmlNewNs(node, $0, nil) }
                xmlSetNs(node, namespace)
            }
        }
        guard let node else { throw XMLTextWriter.WriteError(description: "cannot add <\(name)>") }
        open.append(node)
    }

    func attribute(_ name: String, _ value: String) throws {
        guard let node = open.last,
            name.withXMLString({ name in value.withXMLString { xmlNewProp(node, name, $0) } }) != nil
        else { throw XMLTextWriter.WriteError(description: "cannot add the attribute \(name)") }
    }

    /// Text is kept as characters; serialising escapes it.
    func text(_ text: String) throws {
        guard let node = open.last else { throw XMLTextWriter.WriteError(description: "text outside an element") }
        text.withXMLString { xmlNodeAddContent(node, $0) }
    }

    func endElement() throws {
        guard open.popLast() != nil else { throw XMLTextWriter.WriteError(description: "no element to end") }
    }

    /// The document as indented UTF-8.
    func serialised() throws(XMLTextWriter.WriteError) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &memory, &size, "UTF-8", 1)
        guard let memory else { throw XMLTextWriter.WriteError(description: "cannot serialise the document") }
        // libxml2's xmlFree is a macro Swift cannot call; its default, which we never change, is free().
        defer { free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}
