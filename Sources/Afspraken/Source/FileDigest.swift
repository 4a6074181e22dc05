import Crypto

/// The SHA-256 of a file's bytes, so that the JSON names the exact file it came from. BoringSSL's
/// implementation (through swift-crypto) uses the CPU's SHA instructions where it has them.
enum FileDigest {
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
