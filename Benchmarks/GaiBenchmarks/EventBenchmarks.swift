// What observability events cost (issue 6 target: the emit path adds no allocation-heavy work to
// a request). A request pays only for handing its record to the pipeline (`emit(deferred:)`);
// the payloads are built, sanitized and encoded by the writer, off the request path.
import Benchmark
import GaiCore
import GaiTelemetry

/// The shape of GaiGateway's per-request event sources (`RequestReceived` and `RequestEvents`,
/// internal there): a copy of the request's record, turned into events by the writer. Its
/// `makeEvents` builds what a plain successful request produces (`request_received`,
/// `response_completed`) as payload dictionaries; `direct` switches to writing them the way the
/// gateway does (``EncodedEvent``'s direct form, no dictionary).
struct RequestRecordSource: ObservabilityEventSource {
    var direct = false
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

extension RequestRecordSource {
    func encodeEvents(into encoded: inout [EncodedEvent], sanitizer: PayloadSanitizer) {
        guard direct else {
            for event in makeEvents() { encoded.append(sanitizer.encode(event)) }
            return
        }
        if let received = EncodedEvent(
            type: .requestReceived, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID,
            maxPayloadBytes: sanitizer.maxBytes, payload: { payload in
                payload.member("method", "POST")
                payload.member("path", path)
            })
        {
            encoded.append(received)
        }
        if let completed = EncodedEvent(
            type: .responseCompleted, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID,
            maxPayloadBytes: sanitizer.maxBytes, payload: { payload in
                payload.member("attempts", attempts.count)
                if let usage { payload.member("completion_tokens", usage.completionTokens) }
                payload.member("latency_ms", elapsed.secondsValue * 1000)
                if let model { payload.member("model", model) }
                payload.member("path", path)
                if let usage { payload.member("prompt_tokens", usage.promptTokens) }
                if let provider { payload.member("provider", provider) }
                payload.member("status", status)
                payload.member("stream", stream)
            })
        {
            encoded.append(completed)
        }
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
    func record(_ index: Int, direct: Bool = false) -> RequestRecordSource {
        RequestRecordSource(
            direct: direct, model: "gpt-4o-mini", provider: "upstream", attempts: attempts, replayed: false, errorCode: nil, usage: usage,
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

    Benchmark("events: writer writes one request's 2 events directly, sanitized (background; the gateway's path)", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 16, fallback: { _ in })
        for index in benchmark.scaledIterations {
            pipeline.emit(deferred: record(index, direct: true))
        }
        benchmark.startMeasurement()
        await pipeline.drain()
        benchmark.stopMeasurement()
    }

    Benchmark("events: writer builds, sanitizes and encodes one request's 2 events as dictionaries (background)", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 16, fallback: { _ in })
        for index in benchmark.scaledIterations {
            pipeline.emit(deferred: record(index))
        }
        benchmark.startMeasurement()
        await pipeline.drain()
        benchmark.stopMeasurement()
    }
}
