import GaiCore
import GaiProviderKit
import GaiTesting
import Logging
import NIOCore
import NIOHTTP1
import Testing
import Tracing

@testable import GaiTracing

struct DictionaryCarrier: Extractor, Injector {
    func extract(key: String, from carrier: [String: String]) -> String? { carrier[key] }
    func inject(_ value: String, forKey key: String, into carrier: inout [String: String]) { carrier[key] = value }
}

@Suite("GaiTracer")
struct GaiTracerTests {
    static let remote = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

    @Test("a client's traceparent is continued: same trace, the remote span as parent, its flags and tracestate")
    func continuesRemoteTrace() throws {
        let tracer = GaiTracer(seed: 1)
        var context = InstrumentationContext.topLevel
        tracer.extract(["traceparent": Self.remote, "tracestate": "vendor=1"], into: &context, using: DictionaryCarrier())
        let span = tracer.startSpan("request", context: context, ofKind: .server)
        let spanContext = span.spanContext
        #expect(spanContext.traceID.hex == "4bf92f3577b34da6a3ce929d0e0e4736")
        #expect(spanContext.parentSpanID == 0x00f0_67aa_0ba9_02b7)
        #expect(spanContext.sampled)
        var headers: [String: String] = [:]
        tracer.inject(span.context, into: &headers, using: DictionaryCarrier())
        #expect(headers["traceparent"] == "00-4bf92f3577b34da6a3ce929d0e0e4736-\(hex16(spanContext.spanID))-01")
        #expect(headers["tracestate"] == "vendor=1")
        #expect(span.context.gaiTraceID == "4bf92f3577b34da6a3ce929d0e0e4736")
        span.end()
        #expect(tracer.recordedCount == 1)
    }

    @Test(
        "invalid traceparent values start a new trace",
        arguments: [
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", "garbage", "",
        ])
    func rejectsInvalid(header: String) {
        #expect(GaiSpanContext(traceparent: header) == nil)
    }

    @Test("a later version's extra fields are ignored")
    func futureVersion() {
        #expect(GaiSpanContext(traceparent: "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-future")?.sampled == false)
    }

    @Test("children nest under their parent span and share its trace")
    func nesting() {
        let tracer = GaiTracer(seed: 2)
        let root = tracer.startSpan("root", context: .topLevel, ofKind: .server)
        let child = tracer.startSpan("child", context: root.context, ofKind: .client)
        #expect(root.spanContext.parentSpanID == 0)
        #expect(child.spanContext.parentSpanID == root.spanContext.spanID)
        #expect(child.spanContext.traceID == root.spanContext.traceID)
        #expect(child.spanContext.spanID != root.spanContext.spanID)
    }

    @Test("sampling: ratio 0 records no root trace, ratio 1 every one, and a parent's flag always wins")
    func sampling() {
        let never = GaiTracer(configuration: .init(sampleRatio: 0), seed: 3)
        for _ in 0..<100 { never.startSpan("x", context: .topLevel, ofKind: .server).end() }
        #expect(never.recordedCount == 0)

        let always = GaiTracer(configuration: .init(sampleRatio: 1), seed: 3)
        var unsampledParent = InstrumentationContext.topLevel
        always.extract(["traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"], into: &unsampledParent, using: DictionaryCarrier())
        let child = always.startSpan("child", context: unsampledParent, ofKind: .server)
        #expect(!child.isRecording)
        child.end()
        #expect(always.recordedCount == 0)
        for _ in 0..<100 { always.startSpan("x", context: .topLevel, ofKind: .server).end() }
        #expect(always.recordedCount == 100)

        let half = GaiTracer(configuration: .init(sampleRatio: 0.5), seed: 4)
        for _ in 0..<2000 { half.startSpan("x", context: .topLevel, ofKind: .server).end() }
        #expect((800...1200).contains(half.recordedCount))
    }

    @Test("a full buffer drops spans and counts them; a span ends once")
    func boundedBuffer() {
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 2), seed: 5)
        let spans = (0..<3).map { _ in tracer.startSpan("x", context: .topLevel, ofKind: .internal) }
        for span in spans {
            span.end()
            span.end()
        }
        #expect(tracer.queueDepth == 2)
        #expect(tracer.droppedCount == 1)
    }

    @Test("ids are unique")
    func uniqueIDs() {
        let generator = SpanIDGenerator(seed: 42)
        var seen = Set<UInt64>()
        for _ in 0..<100_000 { seen.insert(generator.next()) }
        #expect(seen.count == 100_000)
    }

    @Test("the exporter posts OTLP protobuf to the endpoint in batches and counts failures")
    func exporter() async throws {
        let tracer = GaiTracer(seed: 6)
        let transport = MockTransport(replies: [.init(status: 200, body: ""), .init(status: 200, body: ""), .init(status: 503, body: "down")])
        let exporter = OTLPSpanExporter(
            tracer: tracer, endpoint: "http://collector.test:4318/v1/traces", serviceName: "gai-test", serviceVersion: "1.0",
            transport: transport, headers: [("x-collector-key", "k")], batchSize: 2, logger: Logger(label: "test"))
        for index in 0..<3 {
            let span = tracer.startSpan("span-\(index)", context: .topLevel, ofKind: .server)
            span.attributes["gen_ai.request.model"] = "gpt-4o-mini"
            span.end()
        }
        await exporter.exportWaiting()
        let sent = transport.requests
        #expect(sent.count == 2)
        #expect(sent.allSatisfy { $0.url == "http://collector.test:4318/v1/traces" && $0.method == .POST })
        #expect(sent.first?.headers.first(name: "content-type") == "application/x-protobuf")
        #expect(sent.first?.headers.first(name: "x-collector-key") == "k")
        #expect(exporter.exportedCount == 3)
        let body = try #require(sent.first?.body)
        #expect(String(decoding: body.readableBytesView, as: UTF8.self).contains("gen_ai.request.model"))

        tracer.startSpan("lost", context: .topLevel, ofKind: .server).end()
        await exporter.exportWaiting()
        #expect(exporter.failedSpanCount == 1 && exporter.failedExportCount == 1)
    }

    @Test("protobuf: varints, fixed fields and nested lengths are written as the wire format says")
    func wireFormat() {
        var message = Protobuf()
        message.varint(1, 300)
        message.fixed64(2, 1)
        message.string(3, "hi")
        var nested = Protobuf()
        nested.varint(1, 1)
        message.message(4, nested.bytes)
        message.bytes(5, bigEndian: 0x0102_0304_0506_0708)
        let long = message.begin(6)
        message.string(1, String(repeating: "x", count: 200))
        message.end(long)
        #expect(message.bytes == [
            0x08, 0xAC, 0x02,  // field 1 varint 300
            0x11, 1, 0, 0, 0, 0, 0, 0, 0,  // field 2 fixed64 1
            0x1A, 2, 0x68, 0x69,  // field 3 "hi"
            0x22, 2, 0x08, 1,  // field 4 { field 1: 1 }
            0x2A, 8, 1, 2, 3, 4, 5, 6, 7, 8,  // field 5 bytes, big-endian
            0x32, 0xCB, 0x01, 0x0A, 0xC8, 0x01,  // field 6 { field 1: 200 bytes }: lengths 203 and 200 as two-byte varints
        ] + Array(repeating: UInt8(ascii: "x"), count: 200))
    }

    @Test("ids print as W3C hex: a traceparent round-trips")
    func hexRoundTrip() throws {
        let context = GaiSpanContext(
            traceID: TraceID(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210), spanID: 0x00f0_67aa_0ba9_02b7, parentSpanID: 0,
            sampled: false, traceState: nil)
        #expect(context.traceID.hex == "0123456789abcdeffedcba9876543210")
        #expect(context.traceparent == "00-0123456789abcdeffedcba9876543210-00f067aa0ba902b7-00")
        let parsed = try #require(GaiSpanContext(traceparent: context.traceparent))
        #expect(parsed.traceID == context.traceID && parsed.spanID == context.spanID && !parsed.sampled)
    }
}

@Suite("Hex ids")
struct HexIDTests {
    static func reference(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test(arguments: [0, 1, 9, 10, 15, 16, 0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210, 0xA0A0_A0A0_9F9F_9F9F, .max] as [UInt64])
    func sixteenDigitsAsStringRadixWritesThem(value: UInt64) {
        #expect(hex16(value) == Self.reference(value))
    }

    @Test func randomIdsTraceIdsAndTraceparents() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let (high, low, span) = (random.next(), random.next(), random.next())
            #expect(hex16(span) == Self.reference(span))
            #expect(TraceID(high: high, low: low).hex == Self.reference(high) + Self.reference(low))
            let context = GaiSpanContext(traceID: TraceID(high: high, low: low), spanID: span, parentSpanID: 0, sampled: span & 1 == 1, traceState: nil)
            #expect(context.traceparent == "00-\(Self.reference(high))\(Self.reference(low))-\(Self.reference(span))-0\(span & 1)")
        }
    }
}
