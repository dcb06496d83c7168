import GaiCore
import GaiRouting
import GaiTelemetry
import Synchronization
import Testing

@testable import GaiGateway

/// The per-request events are written directly into the event queue (no payload dictionary) on
/// every request's path; these check that this changes no byte against building them as
/// dictionaries and sanitizing.
@Suite("Request events, written directly")
struct RequestEventsTests {
    static let samples = [
        "gpt-4o-mini", "openai/gpt-4o", "", "support@example.com", "call +1 (555) 010-9999 now", "sk-abcdefghijklmnopqrstuvwx",
        "Bearer abc.def.ghi", "quote \" backslash \\ newline \n tab \t", "ünïcödé 😀", "api_key=hunter2",
        String(repeating: "m", count: 3_000), String(repeating: "sk-", count: 4_000),
    ]

    /// The events a source wrote into a pipeline, as its sink got them.
    final class CollectingSink: EventSink {
        let events = Mutex<[EncodedEvent]>([])
        func write(_ events: [EncodedEvent]) async throws { self.events.withLock { $0 += events } }
    }

    func written(_ emit: (EventPipeline) -> Void) async -> [EncodedEvent] {
        let sink = CollectingSink()
        let pipeline = EventPipeline(sink: sink, capacity: 100, fallback: { _ in })
        emit(pipeline)
        await pipeline.drain()
        return sink.events.withLock { $0 }
    }

    func randomRecord(_ random: inout SplitMix64) -> (AccessRecord.Fields, String, Int) {
        func pick() -> String { Self.samples[Int(random.next() % UInt64(Self.samples.count))] }
        var record = AccessRecord.Fields()
        if random.next() % 4 != 0 { record.model = pick() }
        if random.next() % 3 != 0 { record.provider = pick() }
        if random.next() % 2 == 0 { record.usage = Usage(promptTokens: Int(random.next() % 5_000), completionTokens: Int(random.next() % 900)) }
        if random.next() % 3 == 0 { record.errorCode = ErrorCode.allCases[Int(random.next() % UInt64(ErrorCode.allCases.count))] }
        record.stream = random.next() % 2 == 0
        record.replayed = random.next() % 8 == 0
        record.traceID = random.next() % 2 == 0 ? "4bf92f3577b34da6a3ce929d0e0e4736" : nil
        let outcomes: [AttemptRecord.Outcome] = [.success, .failure(.timeout), .breakerOpen, .failure(.rateLimited)]
        record.attempts = (0..<Int(random.next() % 4)).map { index in
            AttemptRecord(
                model: "m", deployment: DeploymentKey(provider: index % 2 == 0 ? "a" : "b", model: pick()),
                outcome: outcomes[Int(random.next() % UInt64(outcomes.count))], duration: .milliseconds(Int64(random.next() % 5_000)),
                endedAt: 1_700_000_000)
        }
        let paths = ["/v1/chat/completions", "/v1/messages", "/v1/embeddings", "/v1/" + pick()]
        return (record, paths[Int(random.next() % UInt64(paths.count))], [200, 400, 429, 500, 502, 499][Int(random.next() % 6)])
    }

    @Test("response_completed and the rarer events: the same lines as payload dictionaries sanitized (1,000 random requests)")
    func requestEventsMatchDictionaryPath() async {
        var random = SplitMix64(seed: 2026)
        let sanitizer = PayloadSanitizer()
        for _ in 0..<1_000 {
            let (record, path, status) = randomRecord(&random)
            let source = RequestEvents(
                record, requestID: "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f", path: path, status: status,
                elapsed: .microseconds(Int64(random.next() % 10_000_000)), timestamp: 1_700_000_000_000 + Int64(random.next() % 1_000))
            // The gateway's way: written from the record where it is.
            let direct = await written {
                RequestEvents.emit(
                    record, requestID: source.requestID, path: path, status: status, elapsed: source.elapsed, timestamp: source.timestamp, to: $0)
            }
            #expect(source.hasOtherEvents == RequestEvents.hasOtherEvents(record))
            let expected = source.makeEvents().map(sanitizer.encode)
            #expect(direct.map(\.type) == expected.map(\.type))
            for (got, want) in zip(direct, expected) {
                #expect(got.line == want.line, "\(want.type): \(want.line.prefix(300))")
                #expect(got.payloadJSON == want.payloadJSON)
            }
            #expect(direct.last?.type == .responseCompleted)
        }
    }

    @Test("request_received: the same line as its payload dictionary sanitized", arguments: samples)
    func requestReceivedMatchesDictionaryPath(path: String) async {
        let sanitizer = PayloadSanitizer()
        let source = RequestReceived(
            requestID: "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f", traceID: nil, method: "POST", path: "/v1/" + path, timestamp: 1_700_000_000_000)
        let direct = await written { source.emit(to: $0) }
        #expect(direct.map(\.line) == source.makeEvents().map(sanitizer.encode).map(\.line))
        #expect(direct.allSatisfy { $0.line.utf8.count <= sanitizer.maxBytes + 400 })
    }

    @Test("an event written directly reads back as the event: header fields and payload")
    func directEventReadsBack() throws {
        let encoded = try #require(
            EncodedEvent(
                type: .responseCompleted, timestamp: 42, correlationID: "req-1", spanID: "req", traceID: "t", maxPayloadBytes: 10_240
            ) { payload in
                payload.member("attempts", 1)
                payload.member("model", "a@b.example")
                payload.member("stream", false)
            })
        #expect(encoded.payloadJSON == #"{"attempts":1,"model":"[REDACTED]","stream":false}"#)
        let event = encoded.event
        #expect(event.type == .responseCompleted && event.timestamp == 42 && event.correlationID == "req-1" && event.traceID == "t")
        #expect(event.payload == ["attempts": .int(1), "model": .string("[REDACTED]"), "stream": .bool(false)])
    }
}
