import Foundation
import GaiCore
import GaiTelemetry
import Synchronization
import Testing

/// A sink that fails on demand and keeps what it stored.
final class FlakySink: EventSink {
    let failing = Mutex(true)
    let stored = Mutex<[String]>([])
    let attempts = Mutex(0)
    struct Down: Error {}

    func write(_ events: [EncodedEvent]) async throws {
        attempts.withLock { $0 += 1 }
        if failing.withLock({ $0 }) { throw Down() }
        stored.withLock { $0 += events.map(\.line) }
    }
}

final class TestClock: Sendable {
    private let current = Mutex(ContinuousClock.now)
    func now() -> ContinuousClock.Instant { current.withLock { $0 } }
    func advance(by duration: Duration) { current.withLock { $0 += duration } }
}

@Suite("EventPipeline")
struct EventPipelineTests {
    func event(_ index: Int) -> ObservabilityEvent {
        ObservabilityEvent(type: .responseCompleted, timestamp: 1, correlationID: "req-\(index)", spanID: "s\(index)", payload: ["n": .int(Int64(index))])
    }

    @Test("the breaker opens after exactly 5 failures, sends events to the fallback, half-opens after 30 s and recovers")
    func breakerLifecycle() async throws {
        let sink = FlakySink()
        let clock = TestClock()
        let fallback = Mutex<[String]>([])
        let pipeline = EventPipeline(sink: sink, fallback: { lines in fallback.withLock { $0 += lines } }, now: { clock.now() })
        for index in 0..<4 {
            pipeline.emit(event(index))
            await pipeline.drain()
            #expect(pipeline.breakerState == .closed, "failure \(index + 1) of 5")
        }
        pipeline.emit(event(4))
        await pipeline.drain()
        #expect(pipeline.breakerState == .open)
        #expect(sink.attempts.withLock { $0 } == 5)
        pipeline.emit(event(5))
        await pipeline.drain()
        #expect(sink.attempts.withLock { $0 } == 5, "open: the sink is not tried")
        #expect(fallback.withLock { $0.count } == 6, "every event went to the fallback: none lost")
        clock.advance(by: .seconds(29))
        #expect(pipeline.breakerState == .open)
        clock.advance(by: .seconds(1))
        #expect(pipeline.breakerState == .halfOpen)
        sink.failing.withLock { $0 = false }
        pipeline.emit(event(6))
        await pipeline.drain()
        #expect(pipeline.breakerState == .closed)
        #expect(sink.stored.withLock { $0.count } == 1)
        #expect(pipeline.sinkFailureCount == 5 && pipeline.fallbackCount == 6 && pipeline.writtenCount == 1)
    }

    @Test("a failed probe while half-open opens the breaker again for another 30 s")
    func failedProbe() async {
        let sink = FlakySink()
        let clock = TestClock()
        let pipeline = EventPipeline(sink: sink, fallback: { _ in }, now: { clock.now() })
        for index in 0..<5 {
            pipeline.emit(event(index))
            await pipeline.drain()
        }
        clock.advance(by: .seconds(30))
        pipeline.emit(event(9))
        await pipeline.drain()
        #expect(pipeline.breakerState == .open)
        #expect(sink.attempts.withLock { $0 } == 6)
    }

    @Test("every event type's static name is its raw value", arguments: ObservabilityEventType.allCases)
    func staticNames(_ type: ObservabilityEventType) {
        #expect(type.staticName.description == type.rawValue)
    }

    @Test("a full buffer drops and counts; emitting never waits")
    func boundedBuffer() {
        let pipeline = EventPipeline(sink: FlakySink(), capacity: 3, fallback: { _ in })
        for index in 0..<10 { pipeline.emit(event(index)) }
        #expect(pipeline.queueDepth == 3)
        #expect(pipeline.droppedCount == 7)
    }

    @Test("written lines carry schema_version, correlation and span ids, and a sanitized payload")
    func lineFormat() async throws {
        let sink = FlakySink()
        sink.failing.withLock { $0 = false }
        let pipeline = EventPipeline(sink: sink, fallback: { _ in })
        pipeline.emit(
            ObservabilityEvent.error(
                correlationID: "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f", spanID: "a1", parentSpanID: "r0", errorType: "provider_unavailable",
                message: "upstream said: Bearer sk-live-0123456789abcdef", frames: (0..<20).map { "f\($0)" }, component: "router",
                inputPreview: "mail me at ada@example.com"))
        await pipeline.drain()
        let line = try #require(sink.stored.withLock { $0.first })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        #expect(object["type"] as? String == "error_occurred")
        #expect(object["correlation_id"] as? String == "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f")
        #expect(object["span_id"] as? String == "a1" && object["parent_span_id"] as? String == "r0")
        let payload = try #require(object["payload"] as? [String: Any])
        #expect((payload["stack_frames"] as? [String])?.count == 10)
        #expect(!line.contains("sk-live") && !line.contains("ada@example.com"))
    }

    @Test("the file sink appends JSON lines and rotates by size")
    func fileSink() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gai-events-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("events.jsonl").path
        let sink = JSONLinesFileSink(path: path, maxBytes: 1024, keep: 2)
        for batch in 0..<30 {
            let event = ObservabilityEvent(type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "s")
            try await sink.write([EncodedEvent(event: event, line: String(repeating: "x", count: 100) + "\(batch)")])
        }
        let current = try String(contentsOfFile: path, encoding: .utf8)
        #expect(current.hasSuffix("29\n"))
        #expect(FileManager.default.fileExists(atPath: path + ".1"))
        #expect(FileManager.default.fileExists(atPath: path + ".2"))
        #expect(!FileManager.default.fileExists(atPath: path + ".3"))
    }

    func twoEvents(_ id: String) -> [ObservabilityEvent] {
        [
            ObservabilityEvent(type: .requestReceived, timestamp: 1, correlationID: id, spanID: "req"),
            ObservabilityEvent(type: .responseCompleted, timestamp: 2, correlationID: id, spanID: "req", traceID: String(repeating: "a", count: 32)),
        ]
    }

    /// Takes the lines as one buffer, like the file sink.
    final class LinesSink: EventSink {
        let batches = Mutex<[(lines: String, count: Int)]>([])
        func write(_ events: [EncodedEvent]) async throws { Issue.record("a lines sink gets lines") }
        var storesLines: Bool { true }
        func write(lines: [UInt8], count: Int) async throws {
            batches.withLock { $0.append((String(decoding: lines, as: UTF8.self), count)) }
        }
    }

    @Test("a lines sink gets the batch as one buffer of the events' lines, each ended by a newline")
    func linesSink() async throws {
        let sink = LinesSink()
        let pipeline = EventPipeline(sink: sink, fallback: { _ in })
        let events = twoEvents("r1") + [event(7)]
        for event in events { pipeline.emit(event) }
        await pipeline.drain()
        pipeline.emit(event(8))
        await pipeline.drain()
        let batches = sink.batches.withLock { $0 }
        #expect(batches.count == 2)
        #expect(batches.first?.count == 3)
        #expect(batches.first?.lines == events.map { $0.jsonLine + "\n" }.joined())
        #expect(batches.last?.lines == event(8).jsonLine + "\n", "the reused buffer holds only the new batch")
        #expect(pipeline.writtenCount == 4 && pipeline.queueDepth == 0)
    }

    /// Claims to store lines but writes only events: the protocol's default reads the lines back.
    final class LinesByDefaultSink: EventSink {
        let stored = Mutex<[EncodedEvent]>([])
        var storesLines: Bool { true }
        func write(_ events: [EncodedEvent]) async throws { stored.withLock { $0 += events } }
    }

    @Test("a sink that takes lines but only writes events gets the lines read back as events")
    func defaultLinesWriter() async {
        let sink = LinesByDefaultSink()
        let pipeline = EventPipeline(sink: sink, fallback: { _ in })
        let events = twoEvents("r1") + [event(3)]
        for event in events { pipeline.emit(event) }
        await pipeline.drain()
        let stored = sink.stored.withLock { $0 }
        #expect(stored.map(\.event) == events)
        #expect(stored.map(\.line) == events.map(\.jsonLine))
        #expect(pipeline.writtenCount == 3)
    }

    @Test(
        "events read back from the queue's lines have the header fields they were written with",
        arguments: ["plain-id", #"quote " and \ backslash"#, "ünïcödé\ttab"])
    func eventsReadBack(correlationID: String) async throws {
        let event = ObservabilityEvent(
            type: .attemptFailed, timestamp: 1_700_000_000_123, correlationID: correlationID, spanID: "attempt-\"2", parentSpanID: "req",
            traceID: "4bf92f3577b34da6a3ce929d0e0e4736", payload: ["n": .int(3), "deployment": .string("a/b")])
        let (seen, stored) = await Self.delivered { pipeline in
            pipeline.emit(event)
            pipeline.emit(.responseCompleted, timestamp: 5, correlationID: correlationID, spanID: "req") { payload in
                payload.member("status", 200)
            } dictionary: {
                ["status": .int(200)]
            }
        }
        try #require(seen.count == 2)
        #expect(seen[0].event == event)
        #expect(seen[0].line == event.jsonLine)
        #expect(seen[0].payloadJSON == #"{"deployment":"a/b","n":3}"#)
        #expect(seen[1].type == .responseCompleted && seen[1].timestamp == 5 && seen[1].correlationID == correlationID)
        #expect(seen[1].parentSpanID == nil && seen[1].traceID == nil && seen[1].payloadJSON == #"{"status":200}"#)
        #expect(stored == seen.map(\.line))
    }

    /// What a pipeline with a working sink and a live-tail subscriber delivered of the events
    /// `emit` queued: the events the tail saw, and the lines the sink stored.
    static func delivered(_ emit: (EventPipeline) -> Void) async -> (seen: [EncodedEvent], stored: [String]) {
        let sink = FlakySink()
        sink.failing.withLock { $0 = false }
        let pipeline = EventPipeline(sink: sink, fallback: { _ in })
        let tail = pipeline.subscribe()
        emit(pipeline)
        await pipeline.drain()
        pipeline.shutdown()
        await pipeline.run()
        var seen: [EncodedEvent] = []
        for await encoded in tail { seen.append(encoded) }
        return (seen, sink.stored.withLock { $0 })
    }

    @Test(
        "a line's header is the same whether composed on the stack or written field by field (clean, escaped and oversized ids)",
        arguments: [
            ("01a20a1b-bedb-76d0-8462-3e6479cf82db", "req", nil, "123c1c1116d4b79a3b38d779682a469a"),
            ("01a20a1b-bedb-76d0-8462-3e6479cf82db", "attempt-1", "req", "123c1c1116d4b79a3b38d779682a469a"),
            ("clean", "attempt-1", "pa\"rent", nil), ("clean", "span\\", "req", "trace"), ("clean", "req", "req", "tr\u{1}ace"),
            (String(repeating: "c", count: 600), "req", "req", "t"), ("c", String(repeating: "s", count: 600), nil, "t"),
            ("c", "s", nil, String(repeating: "t", count: 500)), ("ünï", "req", "réq", "tráce"),
        ] as [(String, String, String?, String?)])
    func stagedHeaderMatchesFieldByField(correlationID: String, spanID: String, parentSpanID: String?, traceID: String?) async throws {
        let event = ObservabilityEvent(
            type: .requestReceived, timestamp: 1_795_465_920_228, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID,
            traceID: traceID, payload: ["method": .string("POST")])
        let (seen, _) = await Self.delivered { pipeline in
            pipeline.emit(event)
            pipeline.emit(
                .requestReceived, timestamp: 1_795_465_920_228, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID,
                traceID: traceID
            ) {
                $0.member("method", "POST")
            } dictionary: {
                ["method": .string("POST")]
            }
        }
        try #require(seen.count == 2)
        for encoded in seen {
            // Read back from the layout, and decoded as JSON: the same event either way.
            #expect(encoded.event == event)
            #expect(try JSONDecoder().decode(ObservabilityEvent.self, from: Data(encoded.line.utf8)) == event)
            #expect(encoded.line.hasPrefix(#"{"correlation_id":"#) && encoded.line.hasSuffix(#""type":"request_received"}"#))
        }
        #expect(seen[0].line == seen[1].line)
    }

    @Test("a direct payload larger than the limit is written from its dictionary, cut by the sanitizer's rules")
    func oversizedDirectPayload() async throws {
        let sink = FlakySink()
        sink.failing.withLock { $0 = false }
        let sanitizer = PayloadSanitizer()
        let pipeline = EventPipeline(sink: sink, sanitizer: sanitizer, fallback: { _ in })
        let model = String(repeating: "m", count: 20_000)
        pipeline.emit(.responseCompleted, timestamp: 1, correlationID: "r", spanID: "req") { payload in
            payload.member("model", model)
        } dictionary: {
            ["model": .string(model)]
        }
        #expect(pipeline.queueDepth == 1)
        await pipeline.drain()
        let expected = sanitizer.encode(ObservabilityEvent(type: .responseCompleted, timestamp: 1, correlationID: "r", spanID: "req", payload: ["model": .string(model)]))
        #expect(sink.stored.withLock { $0 } == [expected.line])
        #expect(expected.line.utf8.count < 11_000)
    }

    @Test("direct emits count against the capacity like any other")
    func directEmitsBounded() async throws {
        let sink = FlakySink()
        sink.failing.withLock { $0 = false }
        let pipeline = EventPipeline(sink: sink, capacity: 1)
        for id in ["r1", "r2"] {
            pipeline.emit(.requestReceived, timestamp: 1, correlationID: id, spanID: "req") { _ in } dictionary: { [:] }
        }
        #expect(pipeline.droppedCount == 1)
        await pipeline.drain()
        #expect(sink.stored.withLock { $0 }.count == 1)
        #expect(sink.stored.withLock { $0 }.first?.contains(#""correlation_id":"r1""#) == true)
    }

    @Test("the live tail gets sanitized events matching its filter, whether or not the sink works")
    func liveTail() async throws {
        let sink = FlakySink()  // failing: the tail must not depend on it
        let pipeline = EventPipeline(sink: sink, fallback: { _ in })
        let completions = pipeline.subscribe(.init(types: [.responseCompleted]))
        let oneRequest = pipeline.subscribe(.init(correlationID: "r2"))
        #expect(pipeline.subscriberCount == 2)
        for event in twoEvents("r1") + twoEvents("r2") { pipeline.emit(event) }
        pipeline.emit(ObservabilityEvent(type: .responseCompleted, timestamp: 3, correlationID: "r3", spanID: "req", payload: ["k": .string("sk-abcdefghijklmnopqrstuvwxyz123456")]))
        await pipeline.drain()
        pipeline.shutdown()
        await pipeline.run()
        var seen: [String] = []
        for await event in completions { seen.append(event.event.correlationID) }
        #expect(seen == ["r1", "r2", "r3"])
        var lines: [String] = []
        for await event in oneRequest { lines.append(event.line) }
        #expect(lines.count == 2)
        #expect(pipeline.subscriberCount == 0)
    }

    @Test("a slow tail subscriber loses the oldest events beyond its buffer and the loss is counted")
    func slowSubscriber() async throws {
        let sink = FlakySink()
        sink.failing.withLock { $0 = false }
        let pipeline = EventPipeline(sink: sink)
        let tail = pipeline.subscribe(buffer: 2)
        for index in 0..<5 { pipeline.emit(event(index)) }
        await pipeline.drain()
        #expect(pipeline.tailDroppedCount == 3)
        #expect(sink.stored.withLock { $0.count } == 5)
        pipeline.shutdown()
        await pipeline.run()
        var seen: [String] = []
        for await event in tail { seen.append(event.event.correlationID) }
        #expect(seen == ["req-3", "req-4"])
    }

    @Test("the file sink keeps its file open between writes and reopens it when it is removed underneath")
    func fileSinkReopens() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gai-events-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("events.jsonl").path
        let sink = JSONLinesFileSink(path: path)
        let event = ObservabilityEvent(type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "s")
        try await sink.write([EncodedEvent(event: event, line: "one"), EncodedEvent(event: event, line: "two")])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\ntwo\n")
        try FileManager.default.removeItem(atPath: path)
        try await sink.write([EncodedEvent(event: event, line: "three")])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three\n")
        await sink.close()
        try await sink.write([EncodedEvent(event: event, line: "four")])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three\nfour\n")
    }
}
