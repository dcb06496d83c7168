// What the access-log line costs a request, and what its `trace_id` adds (tracing on): the line
// is formatted on the request's path (the write is batched in the background).
import Benchmark
import Foundation
import GaiTelemetry
import Logging

/// The metadata of a plain completion's access-log line, as AccessRecord.log writes it.
func accessLogMetadata(traceID: String?) -> Logger.Metadata {
    var metadata: Logger.Metadata = [
        "request_id": .string(Samples.requestID), "method": "POST", "path": "/v1/chat/completions", "status": "200",
        "latency_ms": "1.234", "model": "gpt-4o-mini", "provider": "upstream", "attempts": "1",
        "deployment": "upstream/gpt-4o-mini", "key_id": "key_01", "prompt_tokens": "19", "completion_tokens": "10",
    ]
    if let traceID { metadata["trace_id"] = .string(traceID) }
    return metadata
}

func logBenchmarks(microConfig: Benchmark.Configuration) {
    for traceID in [nil, "4bf92f3577b34da6a3ce929d0e0e4736"] {
        let name = traceID == nil ? "log: format one access-log line" : "log: format one access-log line with trace_id"
        Benchmark(name, configuration: microConfig) { benchmark in
            let metadata = accessLogMetadata(traceID: traceID)
            let event = LogEvent(level: .info, message: "request", metadata: metadata, source: "gai", file: #fileID, function: #function, line: #line)
            let date = Date()
            for _ in benchmark.scaledIterations {
                blackHole(JSONLogHandler.format(event: event, label: "gai.access", timestamp: date))
            }
        }
    }
}
