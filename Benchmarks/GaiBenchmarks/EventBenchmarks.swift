// What observability events cost (issue 6 target: the emit path adds no allocation-heavy work to
// a request). A request pays only for handing its record to the pipeline (`emit(deferred:)`);
// the payloads are built, sanitized and encoded by the writer, off the request path.
import Benchmark
import GaiCore
import GaiTelemetry

/// The shape of GaiGateway's per-request event source (`RequestEvents`, internal there): a copy of
/// the request's record, turned into events by the writer. Its `makeEvents` builds what a plain
/// successful request produces (`response_completed`) plus `request_received`.
struct RequestRecordSource: ObservabilityEventSource {
    let model: String?
    let provider: String?
    let attempts: [String]
    let replayed: Bool
    let errorCode: ErrorCode?
    let usage: Usage?
    let stream: Bool
    let traceID: String?
    let requestID: String
    let path: String
    let status: Int
    let elapsed: Duration
    let timestamp: Int64

    func makeEvents() -> [ObservabilityEvent] {
        var completed: [String: JSONValue] = [
            "path": .string(path), "status": .int(Int64(status)), "latency_ms": .double(elapsed.secondsValue * 1000),
            "attempts": .int(Int64(attempts.count)), "stream": .bool(stream),
        ]
        if let model { completed["model"] = .string(model) }
        if let provider { completed["provider"] = .string(provider) }
        if let usage {
            completed["prompt_tokens"] = .int(Int64(usage.promptTokens))
            completed["completion_tokens"] = .int(Int64(usage.completionTokens))
        }
        return [
            ObservabilityEvent(
                type: .requestReceived, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID,
                payload: ["method": .string("POST"), "path": .string(path)]),
            ObservabilityEvent(type: .responseCompleted, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID, payload: completed),
        ]
    }
}

extension Duration {
    var secondsValue: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

final class DiscardingSink: EventSink {
    func write(_ events: [EncodedEvent]) async throws {}
}

func eventBenchmarks(nanoConfig: Benchmark.Configuration) {
    let attempts = ["upstream/gpt-4o-mini"]
    let usage = Usage(promptTokens: 19, completionTokens: 10)
    func record(_ index: Int) -> RequestRecordSource {
        RequestRecordSource(
            model: "gpt-4o-mini", provider: "upstream", attempts: attempts, replayed: false, errorCode: nil, usage: usage,
            stream: false, traceID: "4bf92f3577b34da6a3ce929d0e0e4736", requestID: Samples.requestID, path: "/v1/chat/completions",
            status: 200, elapsed: .microseconds(340), timestamp: 1_763_800_000_123)
    }

    Benchmark("events: emit(deferred:) one request's record (the request's cost)", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 16, fallback: { _ in })
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            pipeline.emit(deferred: record(index))
        }
        benchmark.stopMeasurement()
        await pipeline.drain()
    }

    Benchmark("events: writer builds, sanitizes and encodes one request's 2 events (background)", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 16, fallback: { _ in })
        for index in benchmark.scaledIterations {
            pipeline.emit(deferred: record(index))
        }
        benchmark.startMeasurement()
        await pipeline.drain()
        benchmark.stopMeasurement()
    }
}
