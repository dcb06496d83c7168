import NIOCore
import Testing
@testable import GaiRedis

/// One wire encoding and the value it must decode to.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    var name: String
    var wire: String
    var value: RESPValue
    var testDescription: String { self.name }
}

private func bulk(_ text: String) -> RESPValue { .bulkString(ByteBuffer(string: text)) }

let goldenCases: [GoldenCase] = [
    GoldenCase(name: "simple string", wire: "+OK\r\n", value: .simpleString("OK")),
    GoldenCase(name: "empty simple string", wire: "+\r\n", value: .simpleString("")),
    GoldenCase(name: "error", wire: "-ERR unknown command\r\n", value: .error("ERR unknown command")),
    GoldenCase(name: "integer", wire: ":1000\r\n", value: .integer(1000)),
    GoldenCase(name: "negative integer", wire: ":-42\r\n", value: .integer(-42)),
    GoldenCase(name: "int64 min", wire: ":-9223372036854775808\r\n", value: .integer(.min)),
    GoldenCase(name: "int64 max", wire: ":9223372036854775807\r\n", value: .integer(.max)),
    GoldenCase(name: "bulk string", wire: "$5\r\nhello\r\n", value: bulk("hello")),
    GoldenCase(name: "bulk string with CRLF inside", wire: "$4\r\na\r\nb\r\n", value: bulk("a\r\nb")),
    GoldenCase(name: "empty bulk string", wire: "$0\r\n\r\n", value: bulk("")),
    GoldenCase(name: "null bulk string", wire: "$-1\r\n", value: .bulkString(nil)),
    GoldenCase(name: "array", wire: "*2\r\n$3\r\nfoo\r\n:7\r\n", value: .array([bulk("foo"), .integer(7)])),
    GoldenCase(name: "empty array", wire: "*0\r\n", value: .array([])),
    GoldenCase(name: "null array", wire: "*-1\r\n", value: .array(nil)),
    GoldenCase(
        name: "nested array", wire: "*2\r\n*1\r\n+a\r\n*0\r\n",
        value: .array([.array([.simpleString("a")]), .array([])])),
    GoldenCase(name: "RESP3 null", wire: "_\r\n", value: .null),
    GoldenCase(name: "double", wire: ",3.25\r\n", value: .double(3.25)),
    GoldenCase(name: "double exponent", wire: ",1.5e+10\r\n", value: .double(1.5e10)),
    GoldenCase(name: "double inf", wire: ",inf\r\n", value: .double(.infinity)),
    GoldenCase(name: "double -inf", wire: ",-inf\r\n", value: .double(-.infinity)),
    GoldenCase(name: "boolean true", wire: "#t\r\n", value: .boolean(true)),
    GoldenCase(name: "boolean false", wire: "#f\r\n", value: .boolean(false)),
    GoldenCase(name: "blob error", wire: "!9\r\nERR oops!\r\n", value: .error("ERR oops!")),
    GoldenCase(name: "verbatim", wire: "=8\r\ntxt:some\r\n", value: .verbatimString(format: "txt", text: ByteBuffer(string: "some"))),
    GoldenCase(name: "big number", wire: "(3492890328409238509324850943850943825024385\r\n", value: .bigNumber("3492890328409238509324850943850943825024385")),
    GoldenCase(
        name: "map", wire: "%2\r\n+a\r\n:1\r\n+b\r\n:2\r\n",
        value: .map([.init(key: .simpleString("a"), value: .integer(1)), .init(key: .simpleString("b"), value: .integer(2))])),
    GoldenCase(name: "set", wire: "~2\r\n+x\r\n+y\r\n", value: .set([.simpleString("x"), .simpleString("y")])),
    GoldenCase(name: "push", wire: ">2\r\n+pubsub\r\n+message\r\n", value: .push([.simpleString("pubsub"), .simpleString("message")])),
    GoldenCase(name: "attribute is skipped", wire: "|1\r\n+ttl\r\n:3\r\n:42\r\n", value: .integer(42)),
]

/// Feeds `chunks` through NIO's single-step processor, exactly as the channel handler does.
func decodeAll(_ chunks: [ByteBuffer], limits: RESPDecoder.Limits = .init()) throws -> [RESPValue] {
    let processor = NIOSingleStepByteToMessageProcessor(RESPDecoder(limits: limits))
    var values: [RESPValue] = []
    for chunk in chunks {
        try processor.process(buffer: chunk) { values.append($0) }
    }
    return values
}

@Suite("RESP decoder")
struct RESPDecoderTests {
    @Test(arguments: goldenCases)
    func decodesInOneChunk(_ golden: GoldenCase) throws {
        #expect(try decodeAll([ByteBuffer(string: golden.wire)]) == [golden.value])
    }

    @Test(arguments: goldenCases)
    func decodesWhenSplitAtEveryByteBoundary(_ golden: GoldenCase) throws {
        let wire = ByteBuffer(string: golden.wire)
        for split in 1..<wire.readableBytes {
            let chunks = [wire.getSlice(at: 0, length: split), wire.getSlice(at: split, length: wire.readableBytes - split)]
            #expect(try decodeAll(chunks.compactMap { $0 }) == [golden.value], "split at \(split)")
        }
        let bytes = (0..<wire.readableBytes).compactMap { wire.getSlice(at: $0, length: 1) }
        #expect(try decodeAll(bytes) == [golden.value], "one byte at a time")
    }

    @Test func decodesBackToBackValuesInOrder() throws {
        let wire = goldenCases.map(\.wire).joined()
        #expect(try decodeAll([ByteBuffer(string: wire)]) == goldenCases.map(\.value))
    }

    @Test(arguments: goldenCases.filter { $0.name != "attribute is skipped" })
    func encodingRoundTrips(_ golden: GoldenCase) throws {
        var buffer = ByteBuffer()
        golden.value.write(to: &buffer)
        #expect(try decodeAll([buffer]) == [golden.value])
    }

    @Test func nanDecodes() throws {
        let values = try decodeAll([ByteBuffer(string: ",nan\r\n")])
        guard case .double(let value) = values.first else {
            Issue.record("expected a double, got \(values)")
            return
        }
        #expect(value.isNaN)
    }

    @Test func incompleteInputWaitsForMore() throws {
        #expect(try decodeAll([ByteBuffer(string: "*2\r\n$3\r\nfoo\r\n")]) == [])
        #expect(try decodeAll([ByteBuffer(string: "$10\r\nhel")]) == [])
        #expect(try decodeAll([ByteBuffer(string: "+OK\r")]) == [])
    }

    @Test func commandsAreArraysOfBulkStrings() throws {
        var buffer = ByteBuffer()
        RedisArgument.writeCommand(["SET", "k", .bytes(ByteBuffer(bytes: [0, 13, 10])), 42], to: &buffer)
        #expect(String(buffer: buffer) == "*4\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\n\0\r\n\r\n$2\r\n42\r\n")
    }
}
