import Foundation

/// A failure of the command line itself, with its exit code (sysexits) and message.
struct CLIFailure: Error {
    var code: Int32
    var message: String
}

/// Reads input files, telling a missing file, a folder and an unreadable file apart.
enum FileInput {
    /// 16 MiB: real agreements are well under 1 MB of text, and a text dense with dates and amounts can take a
    /// hundred times its size in memory as a model with JSON output.
    static let defaultMaxBytes = 16 * 1024 * 1024

    static func read(_ path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxBytes else {
                throw CLIFailure(code: 65, message: "-: error: [input-too-large] input has more than \(maxBytes) bytes")
            }
            return [UInt8](data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure(code: 66, message: "\(path): error: [missing-input] no such file")
        }
        guard !isDirectory.boolValue else {
            throw CLIFailure(code: 66, message: "\(path): error: [input-is-directory] is a folder, not a text file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw CLIFailure(
                code: 65,
                message: "\(path): error: [input-too-large] file has \(size) bytes, more than --max-bytes \(maxBytes)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIFailure(code: 66, message: "\(path): error: [unreadable-input] file cannot be opened for reading")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw CLIFailure(code: 66, message: "\(path): error: [unreadable-input] file cannot be read to its end")
        }
    }
}

/// Writes output atomically: a reader sees the old file or the whole new one, never a part.
enum FileOutput {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw CLIFailure(code: 74, message: "\(path): error: [output-not-written] \(error.localizedDescription)")
        }
    }
}
