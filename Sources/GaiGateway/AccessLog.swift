import Foundation
import Synchronization
import GaiCore
import GaiRouting
import Logging
import GaiTelemetry

extension AccessRecord {
    /// Writes the one access-log line of a request: ids, route, model, provider, outcome,
    /// latency and tokens. Never a key, a header value or a prompt.
    ///
    /// The request's metrics are recorded here too (``GatewayMetrics``), with `knownModels`
    /// deciding which model names may become label values.
    func log(
        to logger: Logger, requestID: GaiCore.RequestID, method: String, path: String, status: Int, start: ContinuousClock.Instant,
        knownModels: Set<String>, events: EventPipeline?
    ) {
        let snapshot = fields.withLock { $0 }
        let elapsed = ContinuousClock.now - (snapshot.startedAt ?? start)
        if path.hasPrefix("/v1/"), let events {
            Self.emitEvents(snapshot, to: events, requestID: requestID.value, path: path, status: status, elapsed: elapsed)
        }
        if path.hasPrefix("/v1/") {
            GatewayMetrics.requestEnded()
            GatewayMetrics.record(
                model: Self.metricModel(snapshot.model, known: knownModels), provider: snapshot.provider ?? "none", status: status,
                code: snapshot.errorCode, stream: snapshot.stream, total: elapsed, upstream: snapshot.attempts.upstreamTime,
                firstContent: snapshot.firstContentAfter, usage: snapshot.usage, costUSD: snapshot.costUSD, attempts: snapshot.attempts,
                replayed: snapshot.replayed)
        }
        let (seconds, attoseconds) = elapsed.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        var metadata: Logger.Metadata = [
            "request_id": .string(requestID.value),
            "method": .string(method),
            "path": .string(path),
            "status": .stringConvertible(status),
            "latency_ms": .string(String(format: "%.3f", milliseconds)),
        ]
        if let model = snapshot.model { metadata["model"] = .string(model) }
        if let provider = snapshot.provider { metadata["provider"] = .string(provider) }
        if let code = snapshot.errorCode { metadata["error_code"] = .string(code.rawValue) }
        if snapshot.stream { metadata["stream"] = "true" }
        if let last = snapshot.attempts.last {
            metadata["attempts"] = .stringConvertible(snapshot.attempts.upstreamCalls)
            metadata["deployment"] = .string(last.deployment.description)
            // The detail is for calls that did not go straight through; a first-try success
            // says all there is to say with the two fields above.
            if snapshot.attempts.count > 1 || last.outcome != .success {
                metadata["attempt_log"] = .string(snapshot.attempts.summary)
            }
        }
        if snapshot.replayed { metadata["idempotent_replay"] = "true" }
        if let keyID = snapshot.keyID { metadata["key_id"] = .string(keyID) }
        if let usage = snapshot.usage {
            metadata["prompt_tokens"] = .stringConvertible(usage.promptTokens)
            metadata["completion_tokens"] = .stringConvertible(usage.completionTokens)
        }
        logger.info("request", metadata: metadata)
    }
}

extension AccessRecord {
    /// The request's observability events, made from its record once it ended: each failed
    /// attempt (a span under the request's), a fallback when more than one deployment was
    /// called, a replay, a refusal by a limit, an error, and the completion. Emitting only
    /// appends to the pipeline's bounded buffer.
    static func emitEvents(_ record: Fields, to events: EventPipeline, requestID: String, path: String, status: Int, elapsed: Duration) {
        let span = "req"
        var common: [String: JSONValue] = ["path": .string(path), "status": .int(Int64(status))]
        if let model = record.model { common["model"] = .string(model) }
        if let provider = record.provider { common["provider"] = .string(provider) }
        for (index, attempt) in record.attempts.enumerated() where attempt.outcome != .success {
            events.emit(
                ObservabilityEvent(
                    type: .attemptFailed, correlationID: requestID, spanID: "attempt-\(index + 1)", parentSpanID: span,
                    payload: [
                        "deployment": .string(attempt.deployment.description), "outcome": .string(attempt.outcome.label),
                        "duration_ms": .double(attempt.duration.secondsValue * 1000),
                    ]))
        }
        if Set(record.attempts.filter(\.calledUpstream).map(\.deployment)).count > 1 {
            events.emit(
                ObservabilityEvent(
                    type: .fallbackTriggered, correlationID: requestID, spanID: "fallback", parentSpanID: span,
                    payload: ["deployments": .array(record.attempts.map { .string($0.deployment.description) })]))
        }
        if record.replayed {
            events.emit(ObservabilityEvent(type: .idempotentReplay, correlationID: requestID, spanID: "replay", parentSpanID: span, payload: common))
        }
        if let code = record.errorCode {
            if code == .rateLimited {
                events.emit(ObservabilityEvent(type: .rateLimited, correlationID: requestID, spanID: "limit", parentSpanID: span, payload: common))
            }
            events.emit(
                ObservabilityEvent.error(
                    correlationID: requestID, spanID: "error", parentSpanID: span, errorType: code.rawValue,
                    message: "The request ended with \(code.rawValue) (HTTP \(status)).", component: "gateway"))
        }
        var completed = common
        completed["latency_ms"] = .double(elapsed.secondsValue * 1000)
        completed["attempts"] = .int(Int64(record.attempts.upstreamCalls))
        completed["stream"] = .bool(record.stream)
        if let usage = record.usage {
            completed["prompt_tokens"] = .int(Int64(usage.promptTokens))
            completed["completion_tokens"] = .int(Int64(usage.completionTokens))
        }
        if let code = record.errorCode { completed["error_code"] = .string(code.rawValue) }
        events.emit(ObservabilityEvent(type: .responseCompleted, correlationID: requestID, spanID: span, payload: completed))
    }

    /// A model name fit for a label: a configured name as is, `provider/*` for a direct
    /// `provider/model` route, anything else `unknown` (client input never becomes a label).
    static func metricModel(_ model: String?, known: Set<String>) -> String {
        guard let model else { return "none" }
        if known.contains(model) { return model }
        if let slash = model.firstIndex(of: "/"), known.contains(String(model[..<slash]) + "/*") {
            return String(model[..<slash]) + "/*"
        }
        return "unknown"
    }
}

extension Array where Element == AttemptRecord {
    /// Time spent in upstream calls (for a stream, up to its commit point).
    var upstreamTime: Duration {
        reduce(.zero) { $1.calledUpstream ? $0 + $1.duration : $0 }
    }
}
