import AfsprakenXML
import Foundation
import Testing

/// XML from elsewhere never reaches the network or the file system and cannot blow up.
@Suite struct UntrustedXMLTests {
    @Test func anExternalEntityIsRefusedWithoutReadingTheFile() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE agreement [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <agreement xmlns="urn:afspraken:agreement:1">&secret;</agreement>
            """
        let problems = SchemaValidator.agreement.problems(in: Array(xxe.utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2 && problems.first?.message.contains("DOCTYPE") == true)
        #expect(problems.first?.message.contains("root:") == false)
    }

    @Test func billionLaughsIsRefusedAtOnce() {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(entities)]>\n<lolz>&lol9;</lolz>"
        let problems = SchemaValidator.agreement.problems(in: Array(bomb.utf8))
        #expect(problems.first?.message.contains("DOCTYPE") == true)
    }

    @Test func aHundredMegabytesOfNestingStopAtLibxml2sDepthLimit() {
        let bytes = Array(String(repeating: "<a>", count: 100 * 1024 * 1024 / 3).utf8)
        let problems = SchemaValidator.agreement.problems(in: bytes)
        #expect(problems.count == 1)
        #expect(problems.first?.message.lowercased().contains("depth") == true, "\(problems)")
    }

    @Test func malformedXMLNamesItsLineAndColumn() {
        let problems = SchemaValidator.agreement.problems(in: Array("<agreement>\n  <source>\n</agreement>".utf8))
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.contains("mismatch") == true, "\(problems)")
    }
}
