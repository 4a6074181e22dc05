import Afspraken
import ArgumentParser

/// `afspraken`: Dutch housing performance agreements (prestatieafspraken) from text to structured data.
@main
struct AfsprakenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "afspraken",
        abstract: "Turn Dutch housing performance agreements (prestatieafspraken) into structured data.",
        discussion: """
            Exit codes: 0 ok, 1 warnings under --strict, 64 usage, 65 bad input data, 66 missing or \
            unreadable input, 70 internal error, 74 output could not be written.
            """,
        version: Afspraken.version,
        subcommands: [Parse.self, Diff.self, Validate.self, Convert.self, Schema.self]
    )
}
