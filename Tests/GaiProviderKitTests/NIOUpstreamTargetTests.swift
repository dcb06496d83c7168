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

    @Test("the trace context goes out as traceparent/tracestate, replacing headers of those names", arguments: [
        ([:], "vendor=1" as String?),
        (["traceparent": "00-00000000000000000000000000000001-0000000000000001-00", "tracestate": "old=1"], "vendor=1"),
        (["tracestate": "old=1"], nil),
    ] as [([String: String], String?)])
    func writesTheTraceContext(headers: [String: String], tracestate: String?) throws {
        let target = try NIOUpstreamTarget(url: "http://h/x")
        var request = UpstreamRequest(
            method: .POST, url: "http://h/x", headers: HTTPHeaders(headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }), body: ByteBuffer(string: "{}"), deadline: .now())
        request.traceContext = UpstreamTraceContext(traceparent: Self.traceparent, tracestate: tracestate)
        let head = target.makeHead(for: request)
        #expect(head.headers["traceparent"] == [Self.traceparent])
        #expect(head.headers["tracestate"] == (tracestate.map { [$0] } ?? []))
        #expect(request.effectiveHeaders["traceparent"] == [Self.traceparent])
        #expect(request.effectiveHeaders["tracestate"] == head.headers["tracestate"])
    }

    @Test("header names are matched ignoring case: the caller's Host is kept, its framing and trace headers replaced", arguments: [
        ["HOST": "override", "Content-Length": "99", "TRANSFER-ENCODING": "chunked", "TraceParent": "00-old-old-00", "TRACESTATE": "old=1", "X-Keep": "1"],
        ["Host": "override", "content-length": "99", "X-Keep": "1"],
        ["hosts": "x", "X-Keep": "1", "content-lengths": "y"],
    ] as [[String: String]])
    func namesIgnoringCase(headers: [String: String]) throws {
        let target = try NIOUpstreamTarget(url: "http://h:8080/x")
        var request = UpstreamRequest(
            method: .POST, url: "http://h:8080/x", headers: HTTPHeaders(headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            body: ByteBuffer(string: "{}"), deadline: .now())
        request.traceContext = UpstreamTraceContext(traceparent: Self.traceparent, tracestate: nil)
        let head = target.makeHead(for: request)
        let callerHost = headers.first { $0.key.lowercased() == "host" }?.value
        #expect(head.headers["host"] == [callerHost ?? "h:8080"])
        #expect(head.headers["content-length"] == ["2"])
        #expect(head.headers["transfer-encoding"].isEmpty)
        #expect(head.headers["traceparent"] == [Self.traceparent])
        #expect(head.headers["tracestate"].isEmpty)
        #expect(head.headers["x-keep"] == ["1"])
        // Names that only start like a framing header are the caller's own.
        for (name, value) in headers where !["host", "content-length", "transfer-encoding", "traceparent", "tracestate"].contains(name.lowercased()) {
            #expect(head.headers[name] == [value])
        }
    }
}
