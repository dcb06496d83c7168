import GaiCore

/// One step of a routed call: an upstream attempt, or a deployment skipped without a call.
public struct AttemptRecord: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// The deployment answered (for a stream: reached its first content).
        case success
        /// The attempt failed with this code.
        case failure(ErrorCode)
        /// Skipped without a network call: the deployment's breaker is open.
        case breakerOpen

        /// The word used in logs and the DLQ: `ok`, the error code, or `breaker_open`.
        public var label: String {
            switch self {
            case .success: "ok"
            case .failure(let code): code.rawValue
            case .breakerOpen: "breaker_open"
            }
        }
    }

    /// The model name the attempt served (differs from the client's after an `on_error` switch).
    public var model: String
    public var deployment: DeploymentKey
    public var outcome: Outcome
    public var duration: Duration
    /// When the attempt ended, in Unix seconds.
    public var endedAt: Double

    /// Whether a request was sent upstream.
    public var calledUpstream: Bool { outcome != .breakerOpen }

    public init(model: String, deployment: DeploymentKey, outcome: Outcome, duration: Duration, endedAt: Double) {
        self.model = model
        self.deployment = deployment
        self.outcome = outcome
        self.duration = duration
        self.endedAt = endedAt
    }
}

extension [AttemptRecord] {
    /// How many requests went upstream (the `x-gai-attempts` header).
    public var upstreamCalls: Int { count(where: \.calledUpstream) }

    /// A compact summary for the access log: `provider/model:outcome:12.3ms`, comma separated.
    public var summary: String {
        map { record in
            let (seconds, attoseconds) = record.duration.components
            let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
            let rounded = (milliseconds * 10).rounded() / 10
            return "\(record.deployment):\(record.outcome.label):\(rounded)ms"
        }.joined(separator: ",")
    }
}

/// A call that failed after every retry and fallback, with what was tried.
public struct RoutingFailure: Error, Sendable {
    /// The error the client gets.
    public var error: GaiError
    public var attempts: [AttemptRecord]
    /// Whether the client should try again itself (`x-should-retry`): `false` when the gateway
    /// already retried, the retry budget was spent, or the error is permanent.
    public var clientShouldRetry: Bool

    public init(error: GaiError, attempts: [AttemptRecord], clientShouldRetry: Bool) {
        self.error = error
        self.attempts = attempts
        self.clientShouldRetry = clientShouldRetry
    }
}
