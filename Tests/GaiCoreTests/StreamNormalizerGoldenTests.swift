import Foundation
import GaiCore
import GaiTesting
import Testing

/// The exact `gai.events.v1` output for recorded provider streams, pinned by golden files.
///
/// A change to the wire format fails here. To accept an intended change, run the tests once with
/// `GAI_UPDATE_GOLDEN=1` (it rewrites `Fixtures/golden/*.events.ndjson`) and review the diff.
@Suite("gai.events.v1 golden wire tests")
struct StreamNormalizerGoldenTests {
    static let fixtures = [
        "chat-stream-text-with-usage.sse",
        "chat-stream-tool-call-with-usage.sse",
        "chat-stream-parallel-tool-calls-with-usage.sse",
    ]

    /// The `data:` payloads of an SSE fixture, `[DONE]` excluded.
    static func chunks(_ fixture: String) throws -> [ChatCompletionChunk] {
        let text = try Fixtures.text(fixture, in: .module)
        return try text.split(whereSeparator: \.isNewline)
            .filter { $0.hasPrefix("data: ") && !$0.hasPrefix("data: [DONE]") }
            .map { try JSONDecoder().decode(ChatCompletionChunk.self, from: Data($0.dropFirst(6).utf8)) }
    }

    /// Events as NDJSON, the clock pinned to a fixed start advancing 1 ms per event.
    static func normalized(_ chunks: [ChatCompletionChunk]) -> String {
        let clock = PinnedClock(start: 1_700_000_000_000)
        var normalizer = StreamNormalizer(
            requestID: "01890a5d-ac96-7000-8000-000000000000", provider: "openai", model: "gpt-4o-mini", now: clock.tick)
        var events: [StreamEvent] = []
        for chunk in chunks { events += normalizer.events(for: chunk) }
        events += normalizer.finish()
        return events.map { $0.json + "\n" }.joined()
    }

    @Test(arguments: fixtures)
    func matchesTheGoldenFile(fixture: String) throws {
        let output = Self.normalized(try Self.chunks(fixture))
        let goldenName = "golden/" + fixture.replacingOccurrences(of: ".sse", with: ".events.ndjson")
        if ProcessInfo.processInfo.environment["GAI_UPDATE_GOLDEN"] != nil {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + goldenName)
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try Fixtures.text(goldenName, in: .module)
        #expect(output == golden)
    }

    @Test(arguments: fixtures)
    func everyLineIsAValidEventWithConsecutiveSequenceNumbers(fixture: String) throws {
        let lines = Self.normalized(try Self.chunks(fixture)).split(separator: "\n")
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["schema"] as? String == "gai.events.v1")
            #expect(object["seq"] as? Int == index)
            #expect(StreamEvent.types.contains(object["type"] as? String ?? ""))
        }
        #expect(lines.first?.contains(#""type":"stream.start""#) == true)
        #expect(lines.last?.contains(#""type":"stream.finish""#) == true)
    }

    @Test func toolCallEndCarriesTheReassembledArguments() throws {
        let chunks = try Self.chunks("chat-stream-parallel-tool-calls-with-usage.sse")
        var normalizer = StreamNormalizer(requestID: "r", provider: "openai", model: "m", now: { 0 })
        var events: [StreamEvent] = []
        for chunk in chunks { events += normalizer.events(for: chunk) }
        events += normalizer.finish()
        var fragments: [Int: String] = [:]
        var ends: [Int: String] = [:]
        for event in events {
            switch event.payload {
            case .toolCallDelta(let index, let arguments): fragments[index, default: ""] += arguments
            case .toolCallEnd(let index, _, _, let arguments): ends[index] = arguments
            default: break
            }
        }
        #expect(!ends.isEmpty)
        #expect(ends == fragments)
        for arguments in ends.values {
            #expect((try? JSONSerialization.jsonObject(with: Data(arguments.utf8))) != nil, "not JSON: \(arguments)")
        }
        guard case .finish(let reason, _, _)? = events.last?.payload else {
            Issue.record("the last event is not stream.finish")
            return
        }
        #expect(reason == .toolCalls)
    }

    @Test func aFailureIsOneErrorEventWithTheTaxonomyCode() {
        var normalizer = StreamNormalizer(requestID: "r", provider: "p", model: "m", now: { 42 })
        let events = normalizer.fail(GaiError(.rateLimited, "slow \"down\"", retryAfter: .milliseconds(1500)))
        #expect(events.map(\.type) == ["stream.start", "error"])
        #expect(
            events.last?.json
                == #"{"schema":"gai.events.v1","type":"error","ts":42,"seq":1,"request_id":"r","code":"rate_limited","message":"slow \"down\"","retry_after_ms":1500,"transient":true}"#
        )
    }

    @Test func textDeltaUsesTheMinimalEnvelope() {
        var normalizer = StreamNormalizer(requestID: "r", traceID: "t", provider: "p", model: "m", now: { 7 })
        let chunk = ChatCompletionChunk(id: "c", created: 0, model: "m", choices: [.init(index: 0, delta: .init(content: "Hi"))])
        let events = normalizer.events(for: chunk)
        #expect(events.last?.json == #"{"schema":"gai.events.v1","type":"text.delta","ts":7,"seq":1,"request_id":"r","trace_id":"t","text":"Hi"}"#)
    }
}

/// A clock for golden files: starts at a fixed time and advances one millisecond per reading.
final class PinnedClock: Sendable {
    private let counter = Counter()
    let start: Int64

    init(start: Int64) { self.start = start }

    var tick: @Sendable () -> Int64 {
        { [counter, start] in start + counter.next() }
    }

    final class Counter: @unchecked Sendable {
        // Read by one normalizer on one task at a time.
        private var value: Int64 = -1
        func next() -> Int64 {
            value += 1
            return value
        }
    }
}
