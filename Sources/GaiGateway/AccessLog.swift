import Foundation
import Synchronization
import GaiCore
import GaiRouting
import Logging

extension AccessRecord {
    /// Writes the one access-log line of a request: ids, route, model, provider, outcome,
    /// latency and tokens. Never a key, a header value or a prompt.
    func log(
        to logger: Logger, requestID: GaiCore.RequestID, method: String, path: String, status: Int, start: ContinuousClock.Instant
    ) {
        let snapshot = fields.withLock { $0 }
        let elapsed = ContinuousClock.now - start
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
