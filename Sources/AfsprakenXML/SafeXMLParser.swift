internal import CLibXML2

/// Something wrong with an XML document, with the line (and column, where libxml2 knows it).
public struct XMLProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int?
    public var message: String

    public var description: String { column.map { "\(line):\($0): \(message)" } ?? "\(line): \(message)" }
}

/// Parses untrusted XML: no network, no DTD (so no external entities and no entity expansion), libxml2's default
/// limits on depth (256) and text size. A document with a DOCTYPE is refused before libxml2 reads it.
enum SafeXMLParser {
    /// libxml2's tree; free it with `xmlFreeDoc`.
    static func parse(_ bytes: [UInt8]) throws(XMLProblem) -> xmlDocPtr {
        if let doctype = doctypeOffset(in: bytes) {
            let line = bytes[..<doctype].count { $0 == 0x0A } + 1
            throw XMLProblem(
                line: line, column: nil, message: "a DOCTYPE is not allowed: entities and DTDs are never loaded")
        }
        let collector = ErrorCollector()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = collector.collecting {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), "input.xml", nil, options)
                }
            }
        }
        guard let document, collector.problems.isEmpty else {
            if let document { xmlFreeDoc(document) }
            throw collector.problems.first ?? XMLProblem(line: 1, column: nil, message: "not well-formed XML")
        }
        return document
    }

    /// Where "<!DOCTYPE" first occurs: one pass over the bytes, since untrusted files can be large.
    private static func doctypeOffset(in bytes: [UInt8]) -> Int? {
        let doctype = Array("DOCTYPE".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index + 9 <= buffer.count {
                if buffer[index] == 0x3C, buffer[index + 1] == 0x21,
                    (0..<7).allSatisfy({ buffer[index + 2 + $0] == doctype[$0] })
                {
                    return index
                }
                index += 1
            }
            return nil
        }
    }
}

/// Gathers libxml2's structured errors instead of letting it print them.
final class ErrorCollector {
    private(set) var problems: [XMLProblem] = []

    /// The C callback: `userData` is the collector.
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let column = Int(error.pointee.int2)
        collector.problems.append(
            XMLProblem(
                line: Int(error.pointee.line), column: column > 0 ? column : nil,
                message: message.trimmingSuffix()))
    }

    var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Runs `body` with libxml2's parser errors (thread-local in libxml2) routed here.
    func collecting<R>(_ body: () -> R) -> R {
        xmlSetStructuredErrorFunc(userData, Self.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body() }
    }
}

extension String {
    fileprivate func trimmingSuffix() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
