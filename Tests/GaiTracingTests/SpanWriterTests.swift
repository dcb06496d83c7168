import GaiCore
import Synchronization
import Testing
import Tracing

@testable import GaiTracing

/// A protobuf field as read back by ``ProtoReader`` (tests only): enough of the wire format to
/// check what the writers wrote.
struct ProtoField: Equatable {
    var number: Int
    var varint: UInt64 = 0
    var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }
    var fields: [ProtoField] { ProtoReader.fields(bytes[...]) ?? [] }
    var bigEndian: UInt64 { bytes.reduce(0) { $0 << 8 | UInt64($1) } }
}

enum ProtoReader {
    /// The fields of one message; `nil` when the bytes are not well-formed protobuf.
    static func fields(_ bytes: ArraySlice<UInt8>) -> [ProtoField]? {
        var fields: [ProtoField] = []
        var index = bytes.startIndex
        func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.endIndex, shift < 64 {
                let byte = bytes[index]
                index += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            return nil
        }
        while index < bytes.endIndex {
            guard let tag = varint() else { return nil }
            var field = ProtoField(number: Int(tag >> 3))
            switch tag & 7 {
            case 0:
                guard let value = varint() else { return nil }
                field.varint = value
            case 1, 5:
                let size = tag & 7 == 1 ? 8 : 4
                guard index + size <= bytes.endIndex else { return nil }
                field.bytes = Array(bytes[index..<index + size])
                field.varint = field.bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
                index += size
            case 2:
                guard let length = varint(), index + Int(length) <= bytes.endIndex else { return nil }
                field.bytes = Array(bytes[index..<index + Int(length)])
                index += Int(length)
            default:
                return nil
            }
            fields.append(field)
        }
        return fields
    }

    /// A span's attributes (field 9) as key → `AnyValue` fields.
    static func attributes(of span: [ProtoField]) -> [String: [ProtoField]] {
        var attributes: [String: [ProtoField]] = [:]
        for field in span where field.number == 9 {
            let keyValue = field.fields
            guard let key = keyValue.first(where: { $0.number == 1 })?.string else { continue }
            attributes[key] = keyValue.first(where: { $0.number == 2 })?.fields ?? []
        }
        return attributes
    }
}

@Suite("SpanWriter and RequestTraceRecorder")
struct SpanWriterTests {
    @Test("attributes written with their lengths up front are the bytes of the generic KeyValue encoding (500 random cases)")
    func directAttributesMatchGeneric() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz._-0123456789 é😀".unicodeScalars)
        func text(_ maxLength: Int) -> String {
            let length = Int(random.next() % UInt64(maxLength + 1))
            return String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        for _ in 0..<500 {
            // Lengths cross the one- and two-byte varint boundaries, and keys the staged
            // limit (``Protobuf/stagedKeyLimit``): both ways of writing the header.
            let key = text(90)
            let value = text(Int(random.next() % 2) == 0 ? 60 : 400)
            let number = Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64)
            let flag = random.next() % 2 == 0
            let values = (0..<Int(random.next() % 4)).map { _ in text(20) }

            var direct = Protobuf()
            direct.stringAttribute(key, value)
            direct.intAttribute(key, number)
            direct.boolAttribute(key, flag)
            direct.stringArrayAttribute(key, values)
            var generic = Protobuf()
            OTLPTraceEncoder.keyValue(9, key, .string(value), into: &generic)
            OTLPTraceEncoder.keyValue(9, key, .int64(Int64(number)), into: &generic)
            OTLPTraceEncoder.keyValue(9, key, .bool(flag), into: &generic)
            OTLPTraceEncoder.keyValue(9, key, .stringArray(values), into: &generic)
            #expect(direct.bytes == generic.bytes, "key \(key.utf8.count) B, value \(value.utf8.count) B")
            // The same with a static key, as the gateway writes them.
            var staticDirect = Protobuf()
            staticDirect.stringAttribute("gen_ai.response.finish_reasons" as StaticString, value)
            staticDirect.intAttribute("gen_ai.usage.input_tokens" as StaticString, number)
            staticDirect.boolAttribute("gai.stream" as StaticString, flag)
            var staticGeneric = Protobuf()
            OTLPTraceEncoder.keyValue(9, "gen_ai.response.finish_reasons", .string(value), into: &staticGeneric)
            OTLPTraceEncoder.keyValue(9, "gen_ai.usage.input_tokens", .int64(Int64(number)), into: &staticGeneric)
            OTLPTraceEncoder.keyValue(9, "gai.stream", .bool(flag), into: &staticGeneric)
            #expect(staticDirect.bytes == staticGeneric.bytes)
        }
    }

    @Test("a message begun large writes the same canonical length as one begun small", arguments: [0, 1, 100, 125, 126, 127, 128, 200, 16_380, 16_381, 16_382, 16_383, 16_384, 20_000])
    func largeBeginIsCanonical(payload: Int) {
        func write(large: Bool) -> [UInt8] {
            var out = Protobuf()
            out.varint(1, 7)
            let start = large ? out.beginLarge(2) : out.begin(2)
            out.raw(Array(repeating: UInt8(ascii: "x"), count: payload))
            out.end(start)
            out.varint(3, 9)
            return out.bytes
        }
        let large = write(large: true)
        #expect(large == write(large: false))
        let fields = ProtoReader.fields(large[...])
        #expect(fields?.map(\.number) == [1, 2, 3])
        #expect(fields?[1].bytes.count == payload)
    }

    @Test(
        "queued spans split into export requests of at most the batch size at request boundaries, every span once",
        arguments: [
            ([1, 1, 1, 1, 1], 2, [2, 2, 1]),
            ([3, 1, 1], 2, [3, 2]),  // a request larger than the batch goes alone
            ([1, 3, 1], 2, [1, 3, 1]),
            ([2, 2], 10, [4]),
        ] as [([Int], Int, [Int])])
    func batches(appends: [Int], limit: Int, expected: [Int]) throws {
        let tracer = GaiTracer(seed: 1)
        let context = GaiSpanContext(traceID: TraceID(high: 1, low: 2), spanID: 3, parentSpanID: 0, sampled: true, traceState: nil)
        var index = 0
        for spans in appends {
            var writer = SpanWriter()
            for _ in 0..<spans {
                writer.begin(name: "span-\(index)", kind: .internal, context: context, start: 1, end: 2)
                if index == 3 { writer.attribute("big", String(repeating: "y", count: 300)) }
                writer.end()
                index += 1
            }
            tracer.record(writer)
        }
        let taken = tracer.take()
        #expect(taken.segments.map(\.spans) == appends)
        let batches = OTLPTraceEncoder.batches(of: taken.bytes, segments: taken.segments, limit: limit)
        #expect(batches.map(\.count) == expected)
        let names = try batches.flatMap { try #require(ProtoReader.fields($0.spans)) }.map { span in span.fields.first { $0.number == 5 }?.string }
        #expect(names == (0..<index).map { "span-\($0)" })
    }

    @Test("the export request's envelope frames the spans exactly: resource, scope, every span", arguments: [1, 3, 300])
    func envelope(spanCount: Int) throws {
        var writer = SpanWriter()
        let context = GaiSpanContext(traceID: TraceID(high: 1, low: 2), spanID: 3, parentSpanID: 0, sampled: true, traceState: nil)
        for index in 0..<spanCount {
            writer.begin(name: "span-\(index)", kind: .server, context: context, start: 1, end: 2)
            writer.attribute("gen_ai.request.model", "gpt-4o-mini")
            writer.end()
        }
        let encoder = OTLPTraceEncoder(resource: [("service.name", .string("gai-test"))], scopeVersion: "9.9")
        let body = encoder.encode(framedSpans: writer.out.bytes[...])
        let request = try #require(ProtoReader.fields(body[...]))
        #expect(request.map(\.number) == [1])
        let resourceSpans = request[0].fields
        #expect(resourceSpans.map(\.number) == [1, 2])
        let resource = ProtoReader.attributes(of: resourceSpans[0].fields.map { ProtoField(number: 9, bytes: $0.bytes) })
        #expect(resource["service.name"]?.first?.string == "gai-test")
        let scopeSpans = resourceSpans[1].fields
        #expect(scopeSpans.first?.fields.map(\.string) == ["gai", "9.9"])
        let spans = scopeSpans.dropFirst()
        #expect(spans.count == spanCount && spans.allSatisfy { $0.number == 2 })
        #expect(spans.last?.fields.first { $0.number == 5 }?.string == "span-\(spanCount - 1)")
    }

    @Test("a request's spans: the request's, each attempt under it, each call under its attempt, with times, attributes and errors")
    func recorder() throws {
        let clock = ManualNanos(start: 1_000)
        let tracer = GaiTracer(seed: 11, now: { clock.tick() })
        let parent = try #require(GaiSpanContext(traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
        let context = tracer.newSpanContext(parent: parent)
        let recorder = RequestTraceRecorder(tracer: tracer, context: context, start: tracer.nowNanoseconds())
        var attributes = EncodedAttributes()
        attributes.add("gen_ai.request.model", "gpt-4o-mini")
        let template = SpanTemplate(name: "chat gpt-4o-mini", attributes: attributes)

        let first = recorder.attemptStarted(template, number: 1)
        let failedCall = recorder.callStarted(method: "POST", url: "http://upstream.test:8080/v1/chat/completions?key=secret")
        recorder.callResponded(failedCall.index, status: 503)
        recorder.callEnded(failedCall.index)
        recorder.attemptEnded(first, errorType: "provider_unavailable", message: "down")
        let second = recorder.attemptStarted(template, number: 2)
        let call = recorder.callStarted(method: "POST", url: "http://upstream.test:8080/v1/chat/completions")
        recorder.callResponded(call.index, status: 200)
        // The body is never finished: the call ends with the request.
        recorder.attemptEnded(second)
        recorder.finish(end: 99_000, name: "POST", nameSuffix: "/v1/chat/completions") { span in
            span.attribute("http.response.status_code", 200)
        }
        // Only once.
        recorder.finish(end: 100_000, name: "POST", nameSuffix: "/v1/chat/completions") { _ in }

        let taken = tracer.take()
        #expect(taken.count == 5)
        let spans = try #require(ProtoReader.fields(taken.bytes[...])).map(\.fields)
        func value(_ span: [ProtoField], _ number: Int) -> ProtoField? { span.first { $0.number == number } }
        let names = spans.map { value($0, 5)?.string }
        #expect(names == ["POST /v1/chat/completions", "chat gpt-4o-mini", "chat gpt-4o-mini", "POST", "POST"])

        let request = spans[0]
        #expect(value(request, 2)?.bigEndian == context.spanID)
        #expect(value(request, 4)?.bigEndian == 0x00f0_67aa_0ba9_02b7)  // the client's span
        #expect(value(request, 6)?.varint == 2)  // SERVER
        #expect(value(request, 8)?.varint == 99_000)
        let attempts = [spans[1], spans[2]]
        #expect(attempts.allSatisfy { value($0, 4)?.bigEndian == context.spanID && value($0, 6)?.varint == 3 })
        #expect(ProtoReader.attributes(of: spans[1])["error.type"]?.first?.string == "provider_unavailable")
        #expect(value(spans[1], 15)?.fields.first { $0.number == 3 }?.varint == 2)  // STATUS_CODE_ERROR
        #expect(ProtoReader.attributes(of: spans[2])["gai.attempt"]?.first?.varint == 2)
        #expect(value(spans[2], 15) == nil)

        let calls = [spans[3], spans[4]]
        #expect(value(calls[0], 4)?.bigEndian == value(spans[1], 2)?.bigEndian)
        #expect(value(calls[1], 4)?.bigEndian == value(spans[2], 2)?.bigEndian)
        #expect(value(calls[1], 2)?.bigEndian == call.context.spanID)
        let failed = ProtoReader.attributes(of: calls[0])
        #expect(failed["http.response.status_code"]?.first?.varint == 503 && failed["error.type"]?.first?.string == "503")
        #expect(failed["url.full"]?.first?.string == "http://upstream.test:8080/v1/chat/completions")  // no query (keys)
        #expect(failed["server.port"]?.first?.varint == 8080)
        #expect(value(calls[1], 8)?.varint == 99_000)  // never finished: ends with the request
        #expect(spans.allSatisfy { value($0, 1)?.bytes.count == 16 && value($0, 1)?.bytes == value(request, 1)?.bytes })
    }

    @Test("a request's spans are kept or dropped together; drops are counted")
    func dropsWholeRequests() {
        let tracer = GaiTracer(configuration: .init(maxQueueSize: 3), seed: 12)
        for _ in 0..<2 {
            let recorder = RequestTraceRecorder(tracer: tracer, context: tracer.newSpanContext(parent: nil), start: 1)
            let attempt = recorder.attemptStarted(SpanTemplate(name: "chat m", attributes: EncodedAttributes()), number: 1)
            recorder.attemptEnded(attempt)
            recorder.finish(end: 2, name: "POST /v1/chat/completions") { _ in }
        }
        #expect(tracer.queueDepth == 2 && tracer.droppedCount == 2 && tracer.recordedCount == 2)
        var taken = tracer.take()
        #expect(taken.count == 2 && tracer.queueDepth == 0)
        tracer.recycle(&taken.bytes)
        #expect(taken.bytes.isEmpty)
    }
}

@Suite("RequestTraceRecorder times from monotonic readings")
struct RecorderInstantTests {
    @Test(
        "an instant becomes the start plus the monotonic time since the anchor, clamped at 0 and UInt64.max",
        arguments: [
            (UInt64(1_700_000_000_000_000_000), Duration.zero, UInt64(1_700_000_000_000_000_000)),
            (1_700_000_000_000_000_000, .nanoseconds(1), 1_700_000_000_000_000_001),
            (1_700_000_000_000_000_000, .microseconds(1_234_567), 1_700_000_001_234_567_000),
            (1_700_000_000_000_000_000, .seconds(3_600) + .nanoseconds(5), 1_700_003_600_000_000_005),
            (1_700_000_000_000_000_000, .nanoseconds(-1_500), 1_699_999_999_999_998_500),
            (1_000, .microseconds(-2), 0),
            (UInt64.max - 10, .nanoseconds(20), UInt64.max),
            (5, .seconds(Int64.max / 2), 5 + UInt64(Int64.max)),  // an offset past Int64 counts as Int64.max
        ])
    func nanoseconds(start: UInt64, offset: Duration, expected: UInt64) {
        let tracer = GaiTracer(seed: 3)
        let anchor = ContinuousClock.now
        let recorder = RequestTraceRecorder(tracer: tracer, context: tracer.newSpanContext(parent: nil), start: start, startInstant: anchor)
        #expect(recorder.nanoseconds(at: anchor + offset) == expected)
    }

    @Test("attempts started and ended at instants get those times, with no clock read of the tracer's")
    func attemptAtInstants() throws {
        let tracer = GaiTracer(seed: 4, now: { 42 })
        let anchor = ContinuousClock.now
        let recorder = RequestTraceRecorder(
            tracer: tracer, context: tracer.newSpanContext(parent: nil), start: 1_000_000_000, startInstant: anchor)
        let attempt = recorder.attemptStarted(
            SpanTemplate(name: "chat m", attributes: EncodedAttributes()), number: 1, at: anchor + .microseconds(5))
        recorder.attemptEnded(attempt, errorType: nil, message: nil, at: anchor + .microseconds(705))
        recorder.finish(end: recorder.nanoseconds(at: anchor + .milliseconds(1)), name: "POST", nameSuffix: "/v1/chat/completions") { _ in }
        let spans = try #require(ProtoReader.fields(tracer.take().bytes[...])).map(\.fields)
        func time(_ span: [ProtoField], _ number: Int) -> UInt64? { span.first { $0.number == number }?.varint }
        #expect(spans.count == 2)
        #expect(time(spans[0], 7) == 1_000_000_000 && time(spans[0], 8) == 1_001_000_000)
        #expect(time(spans[1], 7) == 1_000_005_000 && time(spans[1], 8) == 1_000_705_000)
    }
}

/// A clock that moves 1 µs per reading.
final class ManualNanos: Sendable {
    private let value: Atomic<UInt64>

    init(start: UInt64) {
        value = Atomic(start)
    }

    func tick() -> UInt64 {
        value.wrappingAdd(1_000, ordering: .relaxed).newValue
    }
}

/// A recurring attribute's remembered bytes must be exactly what writing it afresh gives,
/// whatever key and value came before it in its slot.
@Suite("SpanWriter recurring attributes")
struct RecurringAttributesTests {
    static let keys: [StaticString] = ["gen_ai.request.model", "http.route", "gen_ai.provider.name"]
    static let values = ["gpt-4o-mini", "/v1/chat/completions", "openai", "", "é😀", String(repeating: "m", count: 300)]

    @Test("2,000 random keys, values and slots (one before and one past the range): always the plain bytes")
    func randomSequence() {
        var random = SplitMix64(seed: 5)
        var memo = RecurringBytes()
        for _ in 0..<2_000 {
            let key = Self.keys[Int(random.next() % UInt64(Self.keys.count))]
            let value = Self.values[Int(random.next() % UInt64(Self.values.count))]
            let slot = Int(random.next() % UInt64(RecurringBytes.slots + 2)) - 1
            var writer = SpanWriter(capacity: 0)
            swap(&writer.recurring, &memo)
            writer.attribute(key, recurring: value, slot: slot)
            swap(&writer.recurring, &memo)
            var plain = Protobuf()
            plain.stringAttribute(key, value)
            #expect(writer.out.bytes == plain.bytes, "\(key) = \(value.prefix(20)) in slot \(slot)")
        }
    }

    @Test("3,000 random groups, written to the array and staged, slots one before and one past the range: always the plain bytes")
    func randomGroups() {
        var random = SplitMix64(seed: 9)
        let keys: [StaticString] = ["http.request.method", "http.route", "gen_ai.operation.name", "gen_ai.request.model", "gen_ai.provider.name"]
        // Few values, so sets recur; one too long for the memo's identity.
        let values: [String?] = [nil, "POST", "/v1/chat/completions", "gpt-4o-mini", "", "é😀", String(repeating: "m", count: 200)]
        var arrayMemo = RecurringBytes()
        var stagedMemo = RecurringBytes()
        let stage = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 8)
        defer { stage.deallocate() }
        var previous: (group: [(StaticString, String?)], slot: Int) = ([], 0)
        var repeats = 0
        for round in 0..<3_000 {
            // Half the time the last set again in its slot: the memo's bytes are what is written.
            var (group, slot) = previous
            if random.next() % 2 == 0 {
                let count = Int(random.next() % 7)
                group = (0..<count).map { _ in
                    (keys[Int(random.next() % UInt64(keys.count))], values[Int(random.next() % 3 == 0 ? random.next() % UInt64(values.count) : random.next() % 4)])
                }
                slot = Int(random.next() % UInt64(RecurringBytes.slots + 2)) - 1
            } else {
                repeats += 1
            }
            previous = (group, slot)
            var plain = Protobuf()
            for case let (key, value?) in group { plain.stringAttribute(key, value) }

            var writer = SpanWriter(capacity: 0)
            swap(&writer.recurring, &arrayMemo)
            writer.recurringAttributes(slot: slot) { add in for (key, value) in group { add(key, value) } }
            swap(&writer.recurring, &arrayMemo)
            #expect(writer.out.bytes == plain.bytes, "round \(round), array")

            var staged = SpanWriter(capacity: 0)
            swap(&staged.recurring, &stagedMemo)
            staged.beginStaging(stage)
            staged.recurringAttributes(slot: slot) { add in for (key, value) in group { add(key, value) } }
            let bytes = staged.endStaging()
            swap(&staged.recurring, &stagedMemo)
            #expect(bytes.map(Array.init) == plain.bytes, "round \(round), staged")
        }
        #expect(repeats > 1_000)
    }

    @Test("the same slot with another key writes the other key, not the remembered bytes")
    func keyIsPartOfTheMemo() {
        var writer = SpanWriter(capacity: 0)
        writer.attribute("gen_ai.request.model", recurring: "gpt-4o", slot: 0)
        writer.attribute("gen_ai.response.model", recurring: "gpt-4o", slot: 0)
        var plain = Protobuf()
        plain.stringAttribute("gen_ai.request.model" as StaticString, "gpt-4o")
        plain.stringAttribute("gen_ai.response.model" as StaticString, "gpt-4o")
        #expect(writer.out.bytes == plain.bytes)
    }
}

/// Spans written into a lent stage (the queue's way) must be byte for byte what the array writes
/// give, and a write that does not fit the stage must say so rather than lose or cut bytes.
@Suite("SpanWriter staging")
struct SpanWriterStagingTests {
    /// One span's worth of writes, drawn from `random`.
    static func writeSpan(_ writer: inout SpanWriter, _ random: inout SplitMix64) {
        let states: [String?] = [nil, nil, "vendor=abc", String(repeating: "s", count: 200)]
        let names = ["chat gpt-4o-mini", "POST", "", "é😀", String(repeating: "n", count: 130)]
        let strings = ["gpt-4o-mini", "", "/v1/chat/completions", "é😀 ✓", String(repeating: "v", count: 140), String(repeating: "w", count: 3_000)]
        let ints = [0, 1, 127, 128, 16_383, 16_384, -1, Int.max, Int.min]
        let keys: [StaticString] = ["gen_ai.request.model", "http.route", "k", "gen_ai.usage.output_tokens"]
        func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
        let context = GaiSpanContext(
            traceID: TraceID(high: random.next(), low: random.next()), spanID: random.next() | 1,
            parentSpanID: random.next() % 2 == 0 ? 0 : random.next() | 1, sampled: random.next() % 4 != 0, traceState: pick(states))
        let kinds: [SpanKind] = [.server, .client, .internal, .producer, .consumer]
        if random.next() % 3 == 0 {
            writer.begin(name: pick(names), nameSuffix: pick(names), kind: pick(kinds), context: context, start: random.next(), end: random.next())
        } else {
            writer.begin(name: pick(names), kind: pick(kinds), context: context, start: random.next(), end: random.next())
        }
        for _ in 0..<Int(random.next() % 8) {
            switch random.next() % 9 {
            case 0: writer.attribute(pick(keys), pick(strings))
            case 7:
                let group = (0..<Int(random.next() % 4)).map { _ in (pick(keys), random.next() % 3 == 0 ? nil : pick(strings) as String?) }
                writer.recurringAttributes(slot: Int(random.next() % UInt64(RecurringBytes.slots + 1))) { add in
                    for (key, value) in group { add(key, value) }
                }
            case 1: writer.attribute(pick(keys), recurring: pick(strings), slot: Int(random.next() % UInt64(RecurringBytes.slots + 1)))
            case 2: writer.attribute(pick(keys), pick(ints))
            case 3: writer.attribute(pick(keys), random.next() % 2 == 0)
            case 4: writer.attribute(pick(keys), (0..<Int(random.next() % 4)).map { _ in pick(strings) })
            case 5:
                var encoded = EncodedAttributes()
                encoded.add("server.address", pick(strings))
                encoded.add("server.port", pick(ints))
                writer.attributes(encoded)
            case 6: writer.fail(type: pick(["upstream_timeout", "500", ""]), message: random.next() % 2 == 0 ? nil : pick(strings))
            default: writer.markError(message: random.next() % 2 == 0 ? nil : pick(strings))
            }
        }
        writer.end()
    }

    @Test("3,000 random spans, staged in 4 KB, 256 B and 128 B: the array's bytes, or a failed staging", arguments: [4096, 256, 128])
    func differential(stageBytes: Int) {
        var random = SplitMix64(seed: UInt64(stageBytes))
        var stagedMemo = RecurringBytes()
        var plainMemo = RecurringBytes()
        let stage = UnsafeMutableRawBufferPointer.allocate(byteCount: stageBytes, alignment: 8)
        defer { stage.deallocate() }
        var stagedCount = 0
        for round in 0..<3_000 {
            let seed = random.next()
            let spans = 1 + Int(seed % 3)
            var plain = SpanWriter(capacity: 0)
            swap(&plain.recurring, &plainMemo)
            var spanRandom = SplitMix64(seed: seed)
            for _ in 0..<spans { Self.writeSpan(&plain, &spanRandom) }
            swap(&plain.recurring, &plainMemo)

            var writer = SpanWriter(capacity: 0)
            swap(&writer.recurring, &stagedMemo)
            writer.beginStaging(stage)
            spanRandom = SplitMix64(seed: seed)
            for _ in 0..<spans { Self.writeSpan(&writer, &spanRandom) }
            if let bytes = writer.endStaging() {
                stagedCount += 1
                #expect(Array(bytes) == plain.out.bytes, "round \(round)")
                #expect(writer.count == spans)
            } else {
                // Written again the array way, as the queue does.
                #expect(writer.count == 0 && writer.out.bytes.isEmpty)
                spanRandom = SplitMix64(seed: seed)
                for _ in 0..<spans { Self.writeSpan(&writer, &spanRandom) }
                #expect(writer.out.bytes == plain.out.bytes, "round \(round), unstaged")
                #expect(writer.count == spans)
            }
            swap(&writer.recurring, &stagedMemo)
        }
        // Each size takes some rounds whole and fails others.
        #expect(stagedCount > 0)
        #expect(stagedCount < 3_000)
    }

    @Test("the queue stages what fits and writes the rest straight: the same spans either way")
    func queue() throws {
        var random = SplitMix64(seed: 77)
        let tracer = GaiTracer(seed: 1)
        var expected: [UInt8] = []
        for _ in 0..<200 {
            let seed = random.next()
            var plain = SpanWriter(capacity: 0)
            var spanRandom = SplitMix64(seed: seed)
            Self.writeSpan(&plain, &spanRandom)
            expected += plain.out.bytes
            // `write` may run twice (staged, then straight): it must write the same each time.
            tracer.record(spans: 1) { writer in
                var again = SplitMix64(seed: seed)
                Self.writeSpan(&writer, &again)
            }
        }
        let taken = tracer.take()
        #expect(taken.count == 200)
        // The recurring memo only changes how bytes are made, not which: compare decoded spans.
        let spans = try #require(ProtoReader.fields(taken.bytes[...]))
        let plainSpans = try #require(ProtoReader.fields(expected[...]))
        #expect(spans == plainSpans)
    }
}
