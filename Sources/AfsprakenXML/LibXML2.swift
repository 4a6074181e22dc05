internal import CLibXML2

/// The libxml2 this build links against; XML output and schema validation build on it.
public enum LibXML2 {
    /// The version of the libxml2 headers compiled against, e.g. "2.9.14"; also checks the library at run time.
    public static var version: String {
        xmlCheckVersion(LIBXML_VERSION)
        return LIBXML_DOTTED_VERSION
    }

    /// Whether `xml` is well-formed, parsed without network access, entities or DTD loading.
    public static func isWellFormed(_ xml: String) -> Bool {
        let options = Int32(XML_PARSE_NONET.rawValue)
        let length = Int32(xml.utf8.count)
        let document = xml.withCString { xmlReadMemory($0, length, "input.xml", "UTF-8", options) }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }
}
