import Foundation
import KGPipeline
import KGTestSupport
import Testing

/// The cache's own SHA-256 against Python's hashlib.
@Suite("SHA-256")
struct SHA256Tests {
    @Test("digests of the FIPS 180-2 examples")
    func examples() {
        #expect(SHA256.digest(Array("abc".utf8)).hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.digest([UInt8]()).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)).hex
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("every length across the block and padding boundaries, whole and in pieces, matches hashlib")
    func lengths() throws {
        let lengths = Array(0...130) + [1000, 4095, 4096, 65_537]
        let message = (0..<65_537).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
        let script = """
            import hashlib, sys
            data = bytes((i * 7 + (i >> 8)) & 255 for i in range(65537))
            for n in map(int, sys.argv[1:]): print(hashlib.sha256(data[:n]).hexdigest())
            """
        let expected = try ExternalTool.python(script, arguments: lengths.map(String.init)).stdout.split(separator: "\n").map(String.init)
        #expect(expected.count == lengths.count)
        for (length, digest) in zip(lengths, expected) {
            #expect(SHA256.digest(message.prefix(length)).hex == digest, "length \(length)")
            var pieces = SHA256()
            var start = 0
            for size in [1, 63, 2, 64, 65, 0] where start < length || size == 0 {
                pieces.update(message[start..<min(length, start + size)])
                start = min(length, start + size)
            }
            pieces.update(message[start..<length])
            #expect(pieces.finish().hex == digest, "length \(length) in pieces")
        }
    }
}
