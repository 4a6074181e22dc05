/// The decoded text of one file: NFC-normalised UTF-8 with one `\n` after each original line, and the
/// table that maps every decoded byte back to line, column and byte offset in the original file.
public struct SourceText: Sendable {
    /// How the original bytes were encoded.
    public enum Encoding: String, Sendable, Codable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    /// Which line breaks the original used.
    public enum LineEnding: String, Sendable, Codable {
        case lf, crlf, cr, mixed, none
    }

    /// One original line: where its text sits in `bytes` and in the original file.
    struct Line: Sendable {
        var start: Int
        /// Exclusive, before the `\n`.
        var end: Int
        var originalStart: Int
        var originalEnd: Int
        /// Present when decoded bytes do not map one to one onto original bytes (re-encoded or normalised);
        /// one anchor per decoded scalar, then one at `end`.
        var anchors: [Anchor]?
        /// All ASCII and unchanged: a column is the byte distance plus one, with nothing to count.
        var isASCII = false
        /// For a long line with other scalars: how many scalars precede every `checkpointStride`-th byte, so that
        /// a column is never counted from further than one stride away.
        var checkpoints: [Int]?
    }

    /// Bytes between column checkpoints on long lines.
    static let checkpointStride = 1024

    /// A decoded scalar's original byte offset and column.
    struct Anchor: Sendable {
        var offset: Int
        var originalOffset: Int
        var column: Int
    }

    /// The decoded UTF-8.
    public let bytes: [UInt8]
    let lines: [Line]
    /// How the original bytes were encoded.
    public let encoding: Encoding
    /// Which line breaks the original used.
    public let lineEnding: LineEnding
    /// The size of the original file.
    public let originalByteCount: Int

    /// The line holding the first byte of every 64: a line is then found in a step or two, not by halving.
    private let lineOfBlock: [Int32]
    private static let blockShift = 6

    init(bytes: [UInt8], lines: [Line], encoding: Encoding, lineEnding: LineEnding, originalByteCount: Int) {
        (self.bytes, self.lines, self.encoding) = (bytes, lines, encoding)
        (self.lineEnding, self.originalByteCount) = (lineEnding, originalByteCount)
        var lineOfBlock = [Int32](repeating: 0, count: bytes.count >> Self.blockShift + 1)
        var line = 0
        for block in lineOfBlock.indices {
            while line + 1 < lines.count, lines[line + 1].start <= block << Self.blockShift { line += 1 }
            lineOfBlock[block] = Int32(line)
        }
        self.lineOfBlock = lineOfBlock
    }

    /// How many lines the original file has.
    public var lineCount: Int { lines.count }

    /// The decoded bytes of line `index` (0-based), without its line break.
    public func lineRange(_ index: Int) -> Range<Int> { lines[index].start..<lines[index].end }

    /// The 0-based index of the line holding decoded byte `offset`.
    func lineIndex(containing offset: Int) -> Int {
        let block = min(max(0, offset) >> Self.blockShift, lineOfBlock.count - 1)
        var line = Int(lineOfBlock[block])
        while line + 1 < lines.count, lines[line + 1].start <= offset { line += 1 }
        return line
    }

    /// The original position of decoded byte `offset`; an offset at a line's end maps to its line break.
    public func position(at offset: Int) -> SourcePosition {
        let index = lineIndex(containing: offset)
        let line = lines[index]
        let clamped = min(offset, line.end)
        if line.isASCII {
            let distance = clamped - line.start
            return SourcePosition(line: index + 1, column: distance + 1, offset: line.originalStart + distance)
        }
        guard let anchors = line.anchors else {
            var column = 1
            var cursor = line.start
            if let checkpoints = line.checkpoints {
                let block = min((clamped - line.start) / Self.checkpointStride, checkpoints.count - 1)
                column += checkpoints[block]
                cursor += block * Self.checkpointStride
            }
            while cursor < clamped {
                if !Bytes.isContinuation(bytes[cursor]) { column += 1 }
                cursor += 1
            }
            return SourcePosition(line: index + 1, column: column, offset: line.originalStart + clamped - line.start)
        }
        let anchor = anchors[anchors.lastIndex(startingAtOrBefore: clamped) { $0.offset }]
        return SourcePosition(line: index + 1, column: anchor.column, offset: anchor.originalOffset)
    }

    /// The original span of decoded bytes `range`.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: position(at: range.lowerBound), end: position(at: range.upperBound))
    }

    /// The decoded text of `range`.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

extension SourceText {
    /// The decoded byte offset of an original position: the inverse of `position(at:)`.
    public func offset(of position: SourcePosition) -> Int {
        let index = max(0, min(lines.count - 1, position.line - 1))
        let line = lines[index]
        if line.isASCII { return min(line.end, line.start + position.column - 1) }
        if let anchors = line.anchors {
            return anchors.first { $0.column >= position.column }?.offset ?? line.end
        }
        var cursor = line.start
        var column = 1
        if let checkpoints = line.checkpoints {
            // The last checkpoint before the column, then past the rest of a scalar split by it.
            var block = 0
            var high = checkpoints.count - 1
            while block < high {
                let middle = (block + high + 1) / 2
                if checkpoints[middle] < position.column - 1 { block = middle } else { high = middle - 1 }
            }
            cursor += block * Self.checkpointStride
            column += checkpoints[block]
            while cursor < line.end, Bytes.isContinuation(bytes[cursor]) { cursor += 1 }
        }
        while cursor < line.end, column < position.column {
            cursor += 1
            while cursor < line.end, Bytes.isContinuation(bytes[cursor]) { cursor += 1 }
            column += 1
        }
        return cursor
    }

    /// A block's text again, with the way back to the source: its lines, the marker of a list item left out.
    func joinedText(of block: Block) -> TextJoiner.Mapped {
        var pieces = block.lines.map { offset(of: $0.start)..<offset(of: $0.end) }
        if let marker = block.marker, let first = pieces.first {
            var start = min(first.upperBound, first.lowerBound + marker.utf8.count)
            while start < first.upperBound, Bytes.isBlank(bytes[start]) || bytes[start] == 0xC2 || bytes[start] == 0xA0
            {
                start += 1
            }
            pieces[0] = start..<first.upperBound
        }
        return TextJoiner.joinMapped(pieces, in: bytes)
    }
}
