import NIOCore
import Testing
@testable import GaiRedis

@Suite("RESP decoder: malformed and oversized input")
struct RESPDecoderErrorTests {
    @Test(arguments: [
        "?what\r\n",  // unknown type byte
        ":12a\r\n",  // not an integer
        ":\r\n",  // empty integer
        ":-\r\n",  // sign only
        ":9223372036854775808\r\n",  // overflows Int64
        "$-2\r\n",  // negative length other than -1
        "$abc\r\n",  // non-numeric length
        "$3\r\nfooXY",  // payload not followed by CRLF
        "*-5\r\n",  // negative count
        "*?\r\n",  // streamed aggregate
        "$?\r\n",  // streamed string
        "+OK\rX",  // CR without LF
        "#x\r\n",  // bad boolean
        "#tt\r\n",  // bad boolean
        ",1.2.3\r\n",  // bad double
        "(12a\r\n",  // bad big number
        "(\r\n",  // empty big number
        "_x\r\n",  // null with payload
        "=3\r\ntxt\r\n",  // verbatim too short for its format prefix
        "=5\r\ntxt-x\r\n",  // verbatim without ':'
        "~-1\r\n",  // null set
        "%-1\r\n",  // null map
        "!-1\r\n",  // null blob error
    ])
    func malformedInputThrows(_ wire: String) {
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: wire)]) }
        do {
            _ = try decodeAll([ByteBuffer(string: wire)])
        } catch let error as RedisError {
            guard case .protocolError = error else {
                Issue.record("expected a protocol error, got \(error)")
                return
            }
        } catch {
            Issue.record("unexpected error type \(error)")
        }
    }

    @Test func oversizedBulkStringThrowsBeforeItsPayloadArrives() throws {
        let limits = RESPDecoder.Limits(maxBulkLength: 16)
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "$17\r\n")], limits: limits) }
        // The default limit is Redis's own 512 MiB: one byte more is refused with no payload sent.
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "$536870913\r\n")]) }
        #expect(try decodeAll([ByteBuffer(string: "$16\r\n0123456789abcdef\r\n")], limits: limits).count == 1)
    }

    @Test func oversizedAggregatesThrow() {
        let limits = RESPDecoder.Limits(maxAggregateCount: 3)
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "*4\r\n")], limits: limits) }
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "%4\r\n")], limits: limits) }
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "*1048577\r\n")]) }
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "*9223372036854775807\r\n")]) }
        #expect(throws: RedisError.self) {
            try decodeAll([ByteBuffer(string: "%4611686018427387904\r\n")], limits: .init(maxAggregateCount: .max))
        }
    }

    @Test func overlongLineThrowsWithoutWaitingForItsEnd() throws {
        let limits = RESPDecoder.Limits(maxLineLength: 8)
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "+123456789")], limits: limits) }
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: "+123456789\r\n")], limits: limits) }
        #expect(try decodeAll([ByteBuffer(string: "+12345678\r\n")], limits: limits) == [.simpleString("12345678")])
    }

    @Test func deepNestingThrowsInsteadOfOverflowingTheStack() throws {
        let wire = String(repeating: "*1\r\n", count: 100_000) + ":1\r\n"
        #expect(throws: RedisError.self) { try decodeAll([ByteBuffer(string: wire)]) }
        let shallow = String(repeating: "*1\r\n", count: 10) + ":1\r\n"
        #expect(try decodeAll([ByteBuffer(string: shallow)]).count == 1)
    }

    /// Random bytes must only ever decode, wait for more, or throw: never trap.
    @Test func randomInputNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("+-:$*_,#!=(%~>|0123456789-\r\n?abtf.".utf8)
        for _ in 0..<5000 {
            let length = Int.random(in: 1...40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            _ = try? decodeAll([ByteBuffer(bytes: bytes)])
        }
    }
}
