import GaiCore
import NIOCore
import NIOHTTP1
import Testing
@testable import GaiProviderKit

@Suite struct NIOUpstreamTargetTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var url: String
        var host: String
        var port: Int
        var hostHeader: String
        var requestTarget: String
        var testDescription: String { url }
    }

    @Test(arguments: [
        Case(url: "http://h", host: "h", port: 80, hostHeader: "h", requestTarget: "/"),
        Case(url: "http://h:8080/v1/x?y=1#frag", host: "h", port: 8080, hostHeader: "h:8080", requestTarget: "/v1/x?y=1"),
        Case(url: "HTTP://[::1]:9/a", host: "::1", port: 9, hostHeader: "[::1]:9", requestTarget: "/a"),
        Case(url: "http://user:pw@h?q=1", host: "h", port: 80, hostHeader: "h", requestTarget: "/?q=1"),
        Case(url: "http://127.0.0.1:11434/api/chat", host: "127.0.0.1", port: 11434, hostHeader: "127.0.0.1:11434", requestTarget: "/api/chat"),
    ])
    func parsesPlainHTTPURLs(_ expected: Case) throws {
        let target = try NIOUpstreamTarget(url: expected.url)
        #expect(target.key == .init(host: expected.host, port: expected.port))
        #expect(target.hostHeader == expected.hostHeader)
        #expect(target.requestTarget == expected.requestTarget)
    }

    @Test func framesAKnownBodyWithContentLengthNeverChunked() throws {
        let target = try NIOUpstreamTarget(url: "http://h:1/x")
        let request = UpstreamRequest(
            method: .POST, url: "http://h:1/x",
            headers: ["transfer-encoding": "chunked", "content-length": "999", "x-a": "1"],
            body: ByteBuffer(string: "abc"), deadline: .now())
        let head = target.makeHead(for: request)
        #expect(head.uri == "/x")
        #expect(head.headers["host"] == ["h:1"])
        #expect(head.headers["content-length"] == ["3"])
        #expect(head.headers["transfer-encoding"].isEmpty)
        #expect(head.headers["x-a"] == ["1"])
    }

    @Test(arguments: [(HTTPMethod.POST, ["0"]), (.GET, [])])
    func framesAMissingBody(method: HTTPMethod, contentLength: [String]) throws {
        let target = try NIOUpstreamTarget(url: "http://h/x")
        let head = target.makeHead(for: UpstreamRequest(method: method, url: "http://h/x", headers: ["host": "override"], deadline: .now()))
        #expect(head.headers["content-length"] == contentLength)
        #expect(head.headers["host"] == ["override"])
    }

    static let traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    static let traceparentParts = W3CTraceParent(
        traceIDHigh: 0x4bf9_2f35_77b3_4da6, traceIDLow: 0xa3ce_929d_0e0e_4736, spanID: 0x00f0_67aa_0ba9_02b7, sampled: true)

    /// The trace context as text and as parts: the same headers on the wire.
    static func contexts(tracestate: String?) -> [UpstreamTraceContext] {
        [UpstreamTraceContext(traceparent: traceparent, tracestate: tracestate), UpstreamTraceContext(traceparentParts, tracestate: tracestate)]
    }

    /// A POST of `{}` to `url` with `headers` (in name order) and `traceContext`.
    static func request(_ url: String, headers: [String: String], traceContext: UpstreamTraceContext) -> UpstreamRequest {
        var request = UpstreamRequest(
            method: .POST, url: url, headers: HTTPHeaders(headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            body: ByteBuffer(string: "{}"), deadline: .now())
        request.traceContext = traceContext
        return request
    }

    /// The header lines `request` goes out with: its head from the target, encoded with its trace
    /// context by the upstream encoder (the NIO transport's path), names lowercased.
    static func wireHeaders(_ target: NIOUpstreamTarget, _ request: UpstreamRequest) throws -> [(name: String, value: String)] {
        let head = target.makeHead(for: request)
        let size = NIOUpstreamRequestEncoder.encodedSize(of: head, trace: request.traceContext)
        var buffer = ByteBuffer()
        try NIOUpstreamRequestEncoder.encode(head, trace: request.traceContext, size: size, into: &buffer)
        #expect(buffer.readableBytes == size)
        let text = String(buffer: buffer)
        #expect(text.hasSuffix("\r\n\r\n"))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: true)
        return lines.dropFirst().map { line in
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            return (line[..<colon].lowercased(), String(line[colon...].dropFirst().drop { $0 == " " }))
        }
    }

    static func values(_ headers: [(name: String, value: String)], _ name: String) -> [String] {
        headers.filter { $0.name == name }.map(\.value)
    }

    @Test("a trace context's parts are written as the value they stand for", arguments: [
        W3CTraceParent(traceIDHigh: 0x4bf9_2f35_77b3_4da6, traceIDLow: 0xa3ce_929d_0e0e_4736, spanID: 0x00f0_67aa_0ba9_02b7, sampled: true),
        W3CTraceParent(traceIDHigh: 0, traceIDLow: 1, spanID: .max, sampled: false),
        W3CTraceParent(traceIDHigh: .max, traceIDLow: 0x0123_4567_89ab_cdef, spanID: 0xfedc_ba98_7654_3210, sampled: true),
    ])
    func partsAsText(_ parts: W3CTraceParent) {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        #expect(parts.text == "00-\(hex(parts.traceIDHigh))\(hex(parts.traceIDLow))-\(hex(parts.spanID))-0\(parts.sampled ? 1 : 0)")
        #expect(UpstreamTraceContext(parts) == UpstreamTraceContext(traceparent: parts.text))
    }

    @Test("the trace context goes out as traceparent/tracestate, replacing headers of those names", arguments: [
        ([:], "vendor=1" as String?),
        (["traceparent": "00-00000000000000000000000000000001-0000000000000001-00", "tracestate": "old=1"], "vendor=1"),
        (["tracestate": "old=1"], nil),
    ] as [([String: String], String?)])
    func writesTheTraceContext(headers: [String: String], tracestate: String?) throws {
        let target = try NIOUpstreamTarget(url: "http://h/x")
        for context in Self.contexts(tracestate: tracestate) {
            let request = Self.request("http://h/x", headers: headers, traceContext: context)
            let wire = try Self.wireHeaders(target, request)
            #expect(Self.values(wire, "traceparent") == [Self.traceparent])
            #expect(Self.values(wire, "tracestate") == (tracestate.map { [$0] } ?? []))
            #expect(Self.values(wire, "content-length") == ["2"])
            #expect(request.effectiveHeaders["traceparent"] == [Self.traceparent])
            #expect(request.effectiveHeaders["tracestate"] == Self.values(wire, "tracestate"))
        }
    }

    @Test("a trace context whose text could break the head is refused, writing nothing")
    func refusesABadTraceContext() throws {
        let target = try NIOUpstreamTarget(url: "http://h/x")
        for context in [UpstreamTraceContext(traceparent: "00-a\r\nx: y"), UpstreamTraceContext(Self.traceparentParts, tracestate: "a\nb")] {
            var request = UpstreamRequest(method: .POST, url: "http://h/x", body: ByteBuffer(string: "{}"), deadline: .now())
            request.traceContext = context
            let head = target.makeHead(for: request)
            var buffer = ByteBuffer()
            #expect(throws: NIOUpstreamRequestEncoder.InvalidHead.self) {
                try NIOUpstreamRequestEncoder.encode(
                    head, trace: context, size: NIOUpstreamRequestEncoder.encodedSize(of: head, trace: context), into: &buffer)
            }
            #expect(buffer.readableBytes == 0)
        }
    }

    @Test("header names are matched ignoring case: the caller's Host is kept, its framing and trace headers replaced", arguments: [
        ["HOST": "override", "Content-Length": "99", "TRANSFER-ENCODING": "chunked", "TraceParent": "00-old-old-00", "TRACESTATE": "old=1", "X-Keep": "1"],
        ["Host": "override", "content-length": "99", "X-Keep": "1"],
        ["hosts": "x", "X-Keep": "1", "content-lengths": "y"],
    ] as [[String: String]])
    func namesIgnoringCase(headers: [String: String]) throws {
        let target = try NIOUpstreamTarget(url: "http://h:8080/x")
        for context in Self.contexts(tracestate: nil) {
            let wire = try Self.wireHeaders(target, Self.request("http://h:8080/x", headers: headers, traceContext: context))
            let callerHost = headers.first { $0.key.lowercased() == "host" }?.value
            #expect(Self.values(wire, "host") == [callerHost ?? "h:8080"])
            #expect(Self.values(wire, "content-length") == ["2"])
            #expect(Self.values(wire, "transfer-encoding").isEmpty)
            #expect(Self.values(wire, "traceparent") == [Self.traceparent])
            #expect(Self.values(wire, "tracestate").isEmpty)
            #expect(Self.values(wire, "x-keep") == ["1"])
            // Names that only start like a framing header are the caller's own.
            for (name, value) in headers where !["host", "content-length", "transfer-encoding", "traceparent", "tracestate"].contains(name.lowercased()) {
                #expect(Self.values(wire, name.lowercased()) == [value])
            }
        }
    }
}
