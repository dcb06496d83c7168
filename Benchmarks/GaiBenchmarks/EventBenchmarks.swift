// What observability events cost (issue 6 target: the emit path adds no allocation-heavy work to
// a request). A request writes its events' lines straight into the pipeline's queue (sanitized,
// no payload dictionary, no object of its own); the writer hands the batch to the sink.
import Benchmark
import GaiCore
import GaiTelemetry

/// The shape of GaiGateway's per-request events (`RequestReceived` and `RequestEvents`, internal
/// there): what a plain successful request produces (`request_received`, `response_completed`),
/// written the way the gateway does (direct payloads) or through payload dictionaries.
struct RequestRecord {
    let model: String?
    let provider: String?
    let attempts: [String]
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

    func emitDirect(to pipeline: EventPipeline) {
        pipeline.emit(.requestReceived, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID) { payload in
            payload.member("method", "POST")
            payload.member("path", path)
        } dictionary: {
            [:]
        }
        pipeline.emit(.responseCompleted, timestamp: timestamp, correlationID: requestID, spanID: "req", traceID: traceID) { payload in
            payload.member("attempts", attempts.count)
            if let usage { payload.member("completion_tokens", usage.completionTokens) }
            payload.member("latency_ms", milliseconds: elapsed)
            if let model { payload.member("model", model) }
            payload.member("path", path)
            if let usage { payload.member("prompt_tokens", usage.promptTokens) }
            if let provider { payload.member("provider", provider) }
            payload.member("status", status)
            payload.member("stream", stream)
        } dictionary: {
            [:]
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
    var storesLines: Bool { true }
    func write(lines: [UInt8], count: Int) async throws {}
}

func eventBenchmarks(nanoConfig: Benchmark.Configuration) {
    let attempts = ["upstream/gpt-4o-mini"]
    let usage = Usage(promptTokens: 19, completionTokens: 10)
    func record(_ index: Int) -> RequestRecord {
        RequestRecord(
            model: "gpt-4o-mini", provider: "upstream", attempts: attempts, usage: usage, stream: false,
            traceID: "4bf92f3577b34da6a3ce929d0e0e4736", requestID: Samples.requestID, path: "/v1/chat/completions",
            status: 200, elapsed: .microseconds(340), timestamp: 1_763_800_000_123)
    }

    Benchmark("events: one request's 2 events written directly into the queue, sanitized (the request's cost; the gateway's path)", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 20, fallback: { _ in })
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            record(index).emitDirect(to: pipeline)
        }
        benchmark.stopMeasurement()
        await pipeline.drain()
    }

    Benchmark("events: the same 2 events through payload dictionaries (emit(_:))", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 20, fallback: { _ in })
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            for event in record(index).makeEvents() { pipeline.emit(event) }
        }
        benchmark.stopMeasurement()
        await pipeline.drain()
    }

    Benchmark("events: the writer hands one request's 2 lines to a lines sink (background)", configuration: nanoConfig) { benchmark in
        let pipeline = EventPipeline(sink: DiscardingSink(), capacity: 1 << 20, fallback: { _ in })
        for index in benchmark.scaledIterations {
            record(index).emitDirect(to: pipeline)
        }
        benchmark.startMeasurement()
        await pipeline.drain()
        benchmark.stopMeasurement()
    }
}
