import Afspraken
import AfsprakenXML
import ArgumentParser
import Foundation

extension AfsprakenCommand {
    /// `afspraken schema --format xsd|json`: the published schemas, built into the binary.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the XSD or the JSON Schema that the output follows.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case xsd, json
            case diffJSON = "diff-json"
        }

        @Option(help: "xsd (XML Schema 1.0), json (JSON Schema 2020-12) or diff-json (the JSON of afspraken diff).")
        var format: Format = .json

        func run() throws {
            FileHandle.standardOutput.write(Data(try Self.bytes(format)))
        }

        /// The schema's bytes, as `Schemas/` holds them.
        static func bytes(_ format: Format) throws -> [UInt8] {
            switch format {
            case .xsd: try XSDRenderer.render(.agreement)
            case .json: JSONWriter().bytes(JSONSchemaRenderer.render(.agreement))
            case .diffJSON: JSONWriter().bytes(JSONSchemaRenderer.render(.diff))
            }
        }
    }
}
