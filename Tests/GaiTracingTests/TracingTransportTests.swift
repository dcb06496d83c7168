import GaiCore
import GaiProviderKit
import GaiTesting
import NIOCore
import NIOHTTP1
import Testing

@testable import GaiTracing

/// The tracing transport finds a sampled request's recorder in the upstream request (how the
/// gateway hands it on) or, failing that, bound to the task; either way the call becomes a span
/// under the open attempt, its context goes upstream, and it ends with its body.
@Suite("TracingTransport with a request's recorder")
struct TracingTransportTests {
    enum Handover: CaseIterable { case inTheRequest, boundToTheTask }

    @Test("the call is a span under the attempt, sent as traceparent, ended with its body", arguments: Handover.allCases)
    func callSpan(handover: Handover) async throws {
        let clock = ManualNanos(start: 1_000)
        let tracer = GaiTracer(seed: 5, now: { clock.tick() })
        let context = tracer.newSpanContext(parent: nil)
        let recorder = RequestTraceRecorder(tracer: tracer, context: context, start: tracer.nowNanoseconds())
        let attempt = recorder.attemptStarted(SpanTemplate(name: "chat m", attributes: EncodedAttributes()), number: 1)
        let upstream = MockTransport(replies: [.init(status: 200, body: "{}")])
        let transport = TracingTransport(base: upstream, tracer: nil)
        var request = UpstreamRequest(method: .POST, url: "http://upstream.test/v1/chat/completions", body: ByteBuffer(string: "{}"), deadline: .now() + .seconds(5))
        let body: ByteBuffer
        switch handover {
        case .inTheRequest:
            request.callRecorder = recorder
            body = try await transport.send(request).body.collect(upTo: 100)
        case .boundToTheTask:
            body = try await RequestTraceRecorder.$current.withValue(recorder) {
                try await transport.send(request).body.collect(upTo: 100)
            }
        }
        #expect(String(buffer: body) == "{}")
        recorder.attemptEnded(attempt)
        recorder.finish(end: recorder.nanoseconds(at: .now), name: "POST", attributes: { _ in })

        let sent = try #require(upstream.requests.first?.traceContext?.traceparent)
        let spans = try #require(ProtoReader.fields(tracer.take().bytes[...])).map(\.fields)
        #expect(spans.count == 3)
        let call = try #require(spans.last)
        let callSpanID = try #require(call.first { $0.number == 2 }?.bigEndian)
        let attemptSpanID = try #require(spans[1].first { $0.number == 2 }?.bigEndian)
        #expect(call.first { $0.number == 4 }?.bigEndian == attemptSpanID)
        #expect(sent.contains(String(callSpanID, radix: 16).leftPadded(to: 16)))
        #expect(ProtoReader.attributes(of: call)["http.response.status_code"]?.first?.varint == 200)
        // Ended by the body (before the request), not by the request's end.
        let callEnd = try #require(call.first { $0.number == 8 }?.varint)
        let requestEnd = try #require(spans[0].first { $0.number == 8 }?.varint)
        #expect(callEnd < requestEnd)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
