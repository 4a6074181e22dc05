import AfsprakenXML
import Testing

@Suite struct LibXML2Tests {
    @Test func libxml2IsLinkedAndReportsItsVersion() {
        #expect(LibXML2.version.split(separator: ".").count == 3)
    }

    @Test func wellFormedAndMalformedXMLAreToldApart() {
        #expect(LibXML2.isWellFormed("<afspraken><chapter n=\"1\"/></afspraken>"))
        #expect(!LibXML2.isWellFormed("<afspraken><chapter></afspraken>"))
    }
}
