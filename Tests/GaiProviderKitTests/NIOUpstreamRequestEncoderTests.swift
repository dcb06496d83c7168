import GaiCore
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import GaiProviderKit

/// The upstream request encoder replaces NIO's `HTTPRequestEncoder` and
/// `NIOHTTPRequestHeadersValidator`: it must write the same bytes for every head those would
/// write, and refuse exactly the heads the validator refuses.
@Suite("NIOUpstreamRequestEncoder")
struct NIOUpstreamRequestEncoderTests {
    /// What NIO's own client pipeline (validator, then encoder) does with `head`: its bytes, or
    /// `nil` when the validator refuses it.
    static func nioBytes(_ head: HTTPRequestHead) throws -> [UInt8]? {
        try written(HTTPClientRequestPart.head(head), through: [HTTPRequestEncoder(), NIOHTTPRequestHeadersValidator()])
    }

    /// What ours does with `head`: its bytes, or `nil` when it refuses it.
    static func ourBytes(_ head: HTTPRequestHead) throws -> [UInt8]? {
        try written(HTTPClientRequestPart.head(head), through: [NIOUpstreamRequestEncoder()])
    }

    /// What `handlers` write for `head` (NIO's request part, or ours).
    static func written(_ head: some Any, through handlers: [any ChannelHandler]) throws -> [UInt8]? {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers(handlers)
        defer { _ = try? channel.finish() }
        let promise = channel.eventLoop.makePromise(of: Void.self)
        channel.write(head, promise: promise)
        channel.flush()
        var refused = false
        promise.futureResult.whenFailure { _ in refused = true }
        if refused {
            _ = try? channel.throwIfErrorCaught()  // NIO's validator also reports it down the pipeline
            return nil
        }
        var bytes: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { bytes += buffer.readableBytesView }
        return bytes
    }

    static func head(method: HTTPMethod = .POST, uri: String = "/v1/chat/completions", _ headers: [(String, String)]) -> HTTPRequestHead {
        HTTPRequestHead(version: .http1_1, method: method, uri: uri, headers: HTTPHeaders(headers))
    }

    @Test("the trace context set beside a head is written with that head only, after its headers")
    func writesTheNextTraceOnce() throws {
        let encoder = NIOUpstreamRequestEncoder()
        let channel = EmbeddedChannel(handler: encoder)
        defer { _ = try? channel.finish() }
        let parts = W3CTraceParent(traceIDHigh: 1, traceIDLow: 0xabc, spanID: 0xdef, sampled: true)
        encoder.nextTrace = UpstreamTraceContext(parts, tracestate: "v=1")
        try channel.writeAndFlush(HTTPClientRequestPart.head(Self.head([("Host", "h"), ("content-length", "0")]))).wait()
        try channel.writeAndFlush(HTTPClientRequestPart.head(Self.head([("Host", "h"), ("content-length", "0")]))).wait()
        let first = try #require(try channel.readOutbound(as: ByteBuffer.self))
        let second = try #require(try channel.readOutbound(as: ByteBuffer.self))
        #expect(String(buffer: first) == "POST /v1/chat/completions HTTP/1.1\r\nHost: h\r\ncontent-length: 0\r\n"
            + "traceparent: 00-0000000000000001000000000000" + "0abc-0000000000000def-01\r\ntracestate: v=1\r\n\r\n")
        #expect(String(buffer: second) == "POST /v1/chat/completions HTTP/1.1\r\nHost: h\r\ncontent-length: 0\r\n\r\n")
    }

    @Test func writesAGatewayHeadAsNIODoes() throws {
        let head = Self.head([
            ("Host", "127.0.0.1:18081"), ("content-type", "application/json"), ("authorization", "Bearer sk-test"),
            ("x-request-id", "01a20a1b-bedb-76d0-8462-3e6479cf82db"),
            ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), ("content-length", "83"),
        ])
        let ours = try #require(try Self.ourBytes(head))
        #expect(ours == (try Self.nioBytes(head)))
        #expect(String(decoding: ours, as: UTF8.self).hasPrefix("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:18081\r\n"))
        #expect(String(decoding: ours, as: UTF8.self).hasSuffix("content-length: 83\r\n\r\n"))
    }

    @Test(
        "accepts and refuses what NIO's validator does",
        arguments: [
            ("x-ok", "plain value"), ("x-tab", "a\tb"), ("x-utf8", "ünïcödé ✓"), ("x-empty", ""), ("x-cr", "a\rb"), ("x-lf", "a\nb"),
            ("x-nul", "a\u{0}b"), ("x-del", "a\u{7F}b"), ("x-ctl", "\u{1}"), ("bad name", "v"), ("bad:name", "v"),
            ("x-ünï", "v"), ("x-long", String(repeating: "abcdefgh", count: 40) + "\r"), ("!#$%&'*+-.^_`|~09azAZ", "v"),
        ] as [(String, String)])
    func headerValidity(name: String, value: String) throws {
        let head = Self.head([(name, value), ("content-length", "0")])
        #expect(try Self.ourBytes(head) == (try Self.nioBytes(head)))
    }

    @Test func anEmptyHeaderNameIsRefused() throws {
        // RFC 9110: a field name is one or more `tchar`s. (NIO's validator lets an empty one
        // through and writes `: v`.)
        #expect(try Self.ourBytes(Self.head([("", "v"), ("content-length", "0")])) == nil)
    }

    @Test(
        "request targets: the bytes RFC 3986 allows on the wire, nothing else",
        arguments: ["/v1/x?y=1&z=%20", "/a/b;c=d,e:f@g!$'()*+~_.-[]#", "/sp ace", "/ctl\r\n", "/ünï", "/quote\"", "/<>", "/{}|\\^`", ""])
    func targetValidity(uri: String) throws {
        let head = Self.head(uri: uri, [("content-length", "0")])
        let ours = try Self.ourBytes(head)
        if uri.isEmpty {
            #expect(ours == nil)  // NIO writes an empty target; ours refuses a head without one
        } else {
            #expect(ours == (try Self.nioBytes(head)))
        }
    }

    @Test func randomValuesAgreeWithNIO() throws {
        var random = SplitMix64(seed: 11)
        let alphabet: [UInt8] = Array(0...0x7F) + [0xC3, 0xA9]
        for _ in 0..<500 {
            let length = Int(random.next() % 40)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                // Mostly printable, sometimes a control byte or DEL.
                let pick = random.next() % 20 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(0x20 + random.next() % 0x5F)
                bytes.append(pick)
            }
            let value = String(decoding: bytes, as: UTF8.self)
            let head = Self.head([("x-random", value), ("content-length", "0")])
            #expect(try Self.ourBytes(head) == (try Self.nioBytes(head)), "value \(bytes)")
        }
    }

    @Test func afterARefusedHeadItsBodyAndEndAreDroppedAndTheNextRequestGoesThrough() throws {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(NIOUpstreamRequestEncoder())
        defer { _ = try? channel.finish() }
        var failures = 0
        for part in [
            HTTPClientRequestPart.head(Self.head([("x-bad", "a\r\nb")])), .body(.byteBuffer(ByteBuffer(string: "{}"))), .end(nil),
        ] {
            let promise = channel.eventLoop.makePromise(of: Void.self)
            promise.futureResult.whenFailure { _ in failures += 1 }
            channel.writeAndFlush(part, promise: promise)
        }
        #expect(failures == 3)
        #expect(try channel.readOutbound(as: ByteBuffer.self) == nil)
        channel.write(HTTPClientRequestPart.head(Self.head([("content-length", "2")])), promise: nil)
        channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(string: "{}"))), promise: nil)
        let ended = channel.eventLoop.makePromise(of: Void.self)
        var endWritten = false
        ended.futureResult.whenSuccess { endWritten = true }
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: ended)
        var written: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { written += buffer.readableBytesView }
        #expect(String(decoding: written, as: UTF8.self) == "POST /v1/chat/completions HTTP/1.1\r\ncontent-length: 2\r\n\r\n{}")
        #expect(endWritten)
    }

    @Test func trailersAreRefused() throws {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(NIOUpstreamRequestEncoder())
        defer { _ = try? channel.finish() }
        let promise = channel.eventLoop.makePromise(of: Void.self)
        var refused = false
        promise.futureResult.whenFailure { _ in refused = true }
        channel.writeAndFlush(HTTPClientRequestPart.end(HTTPHeaders([("x-trailer", "1")])), promise: promise)
        #expect(refused)
    }
}
