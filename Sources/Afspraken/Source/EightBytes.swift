/// Eight bytes at a time in one register ("SWAR"): the whole-text scans pass over stretches where nothing they look
/// for can be, at a few instructions per eight bytes instead of a branch per byte.
enum EightBytes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `at`, the first in the lowest byte.
    @inline(__always) static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self))
    }

    /// A high bit in each byte equal to `byte`, exactly: no borrow runs from one byte into the next, so masks can
    /// be combined and any bit trusted, not only the lowest.
    @inline(__always) static func equal(_ chunk: UInt64, _ byte: UInt8) -> UInt64 {
        let x = chunk ^ UInt64(byte) &* ones
        return ~(((x & ~highBits) &+ ~highBits) | x) & highBits
    }

    /// A high bit in each byte below `limit` (at most 0x80), exactly.
    @inline(__always) static func below(_ chunk: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((chunk & ~highBits) &+ UInt64(0x80 - limit) &* ones) | chunk) & highBits
    }

    /// A high bit in each byte within `range` (its upper bound at most 0x80), exactly.
    @inline(__always) static func within(_ chunk: UInt64, _ range: Range<UInt8>) -> UInt64 {
        below(chunk, range.upperBound) & ~below(chunk, range.lowerBound)
    }

    /// The eight bytes with 0x20 set in each: ASCII capitals become small letters (other bytes change too).
    @inline(__always) static func folded(_ chunk: UInt64) -> UInt64 { chunk | 0x20 &* ones }

    /// Where the lowest marked byte is: 0 to 7, or 8 when none is.
    @inline(__always) static func firstMarked(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
