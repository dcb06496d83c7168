import Foundation
import GaiCore
@testable import GaiGateway
import GaiProviderKit
import GaiTesting
import GaiTracing
import HTTPTypes
import HummingbirdTesting
import InMemoryTracing
import NIOCore
import NIOHTTP1
import Testing
import Tracing

@Suite("Tracing")
struct TracingTests {
    @Test(
        "the operation name comes from the raw request target, query or not",
        arguments: [
            ("/v1/embeddings", "embeddings"), ("/v1/embeddings?x=1", "embeddings"), ("/v1/chat/completions", "chat"),
            ("/v1/embeddingsx", "chat"), ("/v1/messages", "chat"), (nil, "chat"), ("", "chat"), ("/v1/embedding", "chat"),
            ("/v1/embeddings/x", "chat"), ("/v1/Embeddings", "chat"), ("/v2/embeddings", "chat"),
        ] as [(String?, String)])
    func operationNameFromTheRequestTarget(target: String?, expected: String) {
        #expect(GatewayTracing.operationName(requestTarget: target) == expected)
        if let target, !target.contains("?") { #expect(GatewayTracing.operationName(path: target) == expected) }
    }

    static func fixture(_ tracer: InMemoryTracer, replies: [MockTransport.Reply]) -> GatewayFixture {
        GatewayFixture(replies: replies, tracing: GatewayTracing(tracer: tracer, traceID: { $0.inMemorySpanContext?.traceID }))
    }

    static func finished(_ tracer: InMemoryTracer, named name: String) throws -> FinishedInMemorySpan {
        try #require(tracer.finishedSpans.first { $0.operationName == name }, "no finished span \(name): \(tracer.finishedSpans.map(\.operationName))")
    }

    @Test("a completion makes request → attempt → upstream-call spans with the GenAI attributes, and the upstream gets the call's context")
    func completionSpans() async throws {
        let tracer = InMemoryTracer()
        let fixture = Self.fixture(tracer, replies: [.init(body: upstreamCompletion)])
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: jsonHeaders,
                body: jsonBody(#"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}]}"#))
            #expect(response.status == .ok)
            let request = try Self.finished(tracer, named: "POST /v1/chat/completions")
            let attempt = try Self.finished(tracer, named: "chat upstream-model")
            let call = try Self.finished(tracer, named: "POST")
            #expect(request.kind == .server && attempt.kind == .client && call.kind == .client)
            #expect(attempt.spanContext.parentSpanID == request.spanContext.spanID)
            #expect(call.spanContext.parentSpanID == attempt.spanContext.spanID)
            #expect(Set([request, attempt, call].map(\.spanContext.traceID)).count == 1)

            let attributes = request.attributes
            #expect(attributes.get("gen_ai.operation.name") == "chat")
            #expect(attributes.get("gen_ai.provider.name") == "openai")
            #expect(attributes.get("gen_ai.request.model") == "gpt-test")
            #expect(attributes.get("gen_ai.response.model") == "upstream-model")
            #expect(attributes.get("gen_ai.usage.input_tokens") == 5)
            #expect(attributes.get("gen_ai.usage.output_tokens") == 2)
            #expect(attributes.get("gen_ai.response.finish_reasons") == .stringArray(["stop"]))
            #expect(attributes.get("http.response.status_code") == 200)
            #expect(attributes.get("gai.request_id") == .string(response.headers[HTTPField.Name("x-request-id")!] ?? ""))
            #expect(call.attributes.get("url.full") == "http://upstream.test/v1/chat/completions")
            #expect(call.attributes.get("server.address") == "upstream.test")

            // The upstream received the call span's context (InMemoryTracer's own headers).
            let sent = try #require(fixture.transport.requests.first)
            #expect(sent.headers.first(name: InMemoryTracer.spanIDKey) == call.spanContext.spanID)
            #expect(sent.headers.first(name: InMemoryTracer.traceIDKey) == request.spanContext.traceID)
        }
    }

    @Test("a client's oversized model name is cut to 256 bytes in the span (unknown model: 404)")
    func oversizedModelName() async throws {
        let tracer = InMemoryTracer()
        let fixture = Self.fixture(tracer, replies: [])
        let model = String(repeating: "m", count: 50_000)
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: jsonHeaders,
                body: jsonBody(#"{"model":"\#(model)","messages":[{"role":"user","content":"hi"}]}"#))
            #expect(response.status == .notFound)
            let request = try Self.finished(tracer, named: "POST /v1/chat/completions")
            #expect(request.attributes.get("gen_ai.request.model") == .string(String(repeating: "m", count: 256)))
        }
    }

    @Test("an upstream error marks the attempt, the call and the request with error.type")
    func failedAttempt() async throws {
        let tracer = InMemoryTracer()
        let overloaded = #"{"error":{"message":"busy","type":"server_error","code":null}}"#
        let fixture = Self.fixture(tracer, replies: [.init(status: 503, body: overloaded)])
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: jsonHeaders,
                body: jsonBody(#"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}]}"#))
            #expect(response.status.code >= 500)
            let request = try Self.finished(tracer, named: "POST /v1/chat/completions")
            let attempt = try Self.finished(tracer, named: "chat upstream-model")
            let call = try Self.finished(tracer, named: "POST")
            #expect(attempt.status?.code == .error)
            #expect(attempt.attributes.get("error.type") != nil)
            #expect(call.attributes.get("http.response.status_code") == 503)
            #expect(call.status?.code == .error)
            #expect(request.status?.code == .error)
            #expect(request.attributes.get("error.type") == attempt.attributes.get("error.type"))
        }
    }

    @Test("a stream's upstream-call and request spans end when the stream does, with its finish reason and usage")
    func streamSpans() async throws {
        let tracer = InMemoryTracer()
        let fixture = Self.fixture(tracer, replies: [.init(headers: ["content-type": "text/event-stream"], body: sseBody(upstreamStream))])
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: jsonHeaders,
                body: jsonBody(#"{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"hi"}]}"#))
            #expect(response.text.contains("[DONE]"))
            let request = try Self.finished(tracer, named: "POST /v1/chat/completions")
            let call = try Self.finished(tracer, named: "POST")
            #expect(request.attributes.get("gai.stream") == true)
            #expect(request.attributes.get("gen_ai.response.finish_reasons") == .stringArray(["stop"]))
            #expect(request.attributes.get("gen_ai.usage.output_tokens") == 2)
            #expect(call.endInstant.nanosecondsSinceEpoch <= request.endInstant.nanosecondsSinceEpoch)
            #expect(tracer.activeSpans.isEmpty)
        }
    }

    @Test("health and metrics requests make no spans")
    func untracedPaths() async throws {
        let tracer = InMemoryTracer()
        try await Self.fixture(tracer, replies: []).application().test(.router) { client in
            _ = try await client.execute(uri: "/health/live", method: .get)
            #expect(tracer.finishedSpans.isEmpty)
        }
    }

    @Test("without a tracer, the client's traceparent and tracestate reach the upstream unchanged")
    func passThrough() async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        let header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        try await fixture.application().test(.router) { client in
            var headers = jsonHeaders
            headers[HTTPField.Name("traceparent")!] = header
            headers[HTTPField.Name("tracestate")!] = "vendor=1"
            _ = try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: headers,
                body: jsonBody(#"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}]}"#))
            let sent = try #require(fixture.transport.requests.first)
            #expect(sent.effectiveHeaders.first(name: "traceparent") == header)
            #expect(sent.effectiveHeaders.first(name: "tracestate") == "vendor=1")
        }
    }

    @Test(
        "only valid traceparent values are forwarded",
        arguments: [
            ("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", true),
            ("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future", true),
            ("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", false),
            ("00-00000000000000000000000000000000-00f067aa0ba902b7-01", false),
            ("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", false),
            ("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", false),
            ("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", false),
            ("00-4bf92f3577b34da6-00f067aa0ba902b7-01", false),
            ("garbage", false),
        ])
    func traceparentValidation(header: String, forwarded: Bool) async throws {
        let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)])
        try await fixture.application().test(.router) { client in
            var headers = jsonHeaders
            headers[HTTPField.Name("traceparent")!] = header
            _ = try await client.execute(
                uri: "/v1/chat/completions", method: .post, headers: headers,
                body: jsonBody(#"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}]}"#))
            let sent = try #require(fixture.transport.requests.first)
            #expect((sent.effectiveHeaders.first(name: "traceparent") != nil) == forwarded)
        }
    }

    @Test("with GaiTracer: a sampled request records its 3 spans; an unsampled one records none and sends its context with flag 00")
    func gaiTracerSampling() async throws {
        for (ratio, expected) in [(1.0, 3), (0.0, 0)] {
            let tracer = GaiTracer(configuration: .init(sampleRatio: ratio))
            let fixture = GatewayFixture(replies: [.init(body: upstreamCompletion)], tracing: GatewayTracing(tracer: tracer, traceID: { $0.gaiTraceID }))
            try await fixture.application().test(.router) { client in
                let response = try await client.execute(
                    uri: "/v1/chat/completions", method: .post, headers: jsonHeaders,
                    body: jsonBody(#"{"model":"gpt-test","messages":[{"role":"user","content":"hi"}]}"#))
                #expect(response.status == .ok)
                #expect(tracer.recordedCount == expected)
                let sent = try #require(fixture.transport.requests.first?.effectiveHeaders.first(name: "traceparent"))
                #expect(sent.hasSuffix(ratio == 1 ? "-01" : "-00"))
            }
        }
    }
}
