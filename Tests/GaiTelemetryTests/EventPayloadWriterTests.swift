import GaiCore
import Testing

@testable import GaiTelemetry

/// Milliseconds written directly from whole microseconds must be the number the dictionary path
/// writes for the same duration: consumers see one format whichever path wrote the event.
@Suite("Event payloads: milliseconds")
struct EventPayloadWriterTests {
    static let durations: [Duration] = [
        .zero, .nanoseconds(999), .microseconds(1), .microseconds(10), .microseconds(100), .microseconds(709), .microseconds(999),
        .milliseconds(1), .microseconds(1_001), .microseconds(1_010), .microseconds(1_100), .microseconds(12_500),
        .microseconds(709_189), .seconds(3), .seconds(86_400) + .microseconds(1), .microseconds(-5), .seconds(-2),
    ]

    func directPayload(_ duration: Duration) throws -> String {
        let event = try #require(
            EncodedEvent(type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req", maxPayloadBytes: 10_240) { payload in
                payload.member("latency_ms", milliseconds: duration)
            })
        return event.payloadJSON
    }

    func dictionaryPayload(_ duration: Duration) -> String {
        let event = ObservabilityEvent(
            type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req",
            payload: ["latency_ms": .double(EventPayloadWriter.milliseconds(duration))])
        return PayloadSanitizer().encode(event).payloadJSON
    }

    @Test("the same text as the dictionary path's number", arguments: durations)
    func matchesDictionaryPath(duration: Duration) throws {
        #expect(try directPayload(duration) == dictionaryPayload(duration))
    }

    @Test("10,000 random microsecond counts, the same text as the dictionary path's number")
    func randomDurationsMatch() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let duration = Duration.microseconds(Int64(random.next() % 100_000_000_000))
            #expect(try directPayload(duration) == dictionaryPayload(duration))
        }
    }

    @Test("whole microseconds, trailing zeros dropped", arguments: [
        (Duration.microseconds(709), #"{"latency_ms":0.709}"#), (.microseconds(12_500), #"{"latency_ms":12.5}"#),
        (.seconds(3), #"{"latency_ms":3000}"#), (.nanoseconds(1_999), #"{"latency_ms":0.001}"#), (.seconds(-1), #"{"latency_ms":0}"#),
    ])
    func text(duration: Duration, expected: String) throws {
        #expect(try directPayload(duration) == expected)
    }
}
