import GaiCore
import GaiRouting
import CoreMetrics
import Metrics
import Synchronization

/// The gateway's metrics, through the swift-metrics API (the `gai` executable bootstraps the
/// Prometheus backend and serves `GET /metrics`). Names follow Prometheus conventions (`gai_`
/// prefix, units in the name, `_total` for counters); label values come only from fixed
/// vocabularies: configured model and provider names, HTTP statuses, error codes, limit scopes.
///
/// Everything here is recorded once per request, when its access-log line is written, so the
/// request path itself gains no work until the response is done.
enum GatewayMetrics {
    static let requests = "gai_requests_total"
    static let requestDuration = "gai_request_duration_seconds"
    static let upstreamDuration = "gai_upstream_duration_seconds"
    static let overhead = "gai_overhead_seconds"
    static let timeToFirstToken = "gai_time_to_first_token_seconds"
    static let tokens = "gai_tokens_total"
    static let cost = "gai_cost_usd_total"
    static let inFlight = "gai_in_flight_requests"
    static let retries = "gai_retries_total"
    static let fallbacks = "gai_fallbacks_total"
    static let rateLimited = "gai_rate_limited_total"
    static let replays = "gai_idempotent_replays_total"
    static let interChunk = "gai_inter_chunk_seconds"

    /// Time between two chunks of an upstream stream, as the gateway read them.
    static let interChunkTimer = Timer(label: interChunk)

    /// Requests being handled now (streams until their last byte).
    static let inFlightMeter = Meter(label: inFlight)

    /// The same count, readable (for `/debug/stats`).
    static let inFlightCount = Atomic<Int>(0)

    static func requestStarted() {
        inFlightMeter.increment()
        inFlightCount.add(1, ordering: .relaxed)
    }

    static func requestEnded() {
        inFlightMeter.decrement()
        inFlightCount.subtract(1, ordering: .relaxed)
    }

    /// The handles one kind of finished request records into. Made once per label combination
    /// and kept (``handleCache``): making a handle goes through the backend's registry (a lock
    /// and a lookup by name and labels), which cost more than recording ten values.
    final class RequestHandles: Sendable {
        let requests: Counter
        let duration: Timer
        let upstream: Timer
        let firstToken: Timer
        let inputTokens: Counter
        let outputTokens: Counter
        let cachedTokens: Counter
        let reasoningTokens: Counter
        let cost: FloatingPointCounter
        let retries: Counter
        let fallbacks: Counter
        let replays: Counter

        init(model: String, provider: String, deployment: String, status: String, code: String, stream: Bool) {
            requests = Counter(
                label: GatewayMetrics.requests,
                dimensions: [("model", model), ("provider", provider), ("deployment", deployment), ("status", status), ("code", code)])
            duration = Timer(label: requestDuration, dimensions: [("model", model), ("stream", stream ? "true" : "false")])
            upstream = Timer(label: upstreamDuration, dimensions: [("provider", provider)])
            firstToken = Timer(label: timeToFirstToken, dimensions: [("model", model)])
            inputTokens = Counter(label: tokens, dimensions: [("model", model), ("type", "input")])
            outputTokens = Counter(label: tokens, dimensions: [("model", model), ("type", "output")])
            cachedTokens = Counter(label: tokens, dimensions: [("model", model), ("type", "cached")])
            reasoningTokens = Counter(label: tokens, dimensions: [("model", model), ("type", "reasoning")])
            cost = FloatingPointCounter(label: GatewayMetrics.cost, dimensions: [("model", model)])
            retries = Counter(label: GatewayMetrics.retries, dimensions: [("model", model)])
            fallbacks = Counter(label: GatewayMetrics.fallbacks, dimensions: [("model", model)])
            replays = Counter(label: GatewayMetrics.replays, dimensions: [("model", model)])
        }
    }

    struct HandleKey: Hashable, Sendable {
        var model: String
        var provider: String
        var deployment: String
        var status: Int
        var code: ErrorCode?
        var stream: Bool
    }

    /// Bounded by the label vocabularies (configured models and providers, statuses, codes);
    /// cleared if it ever passes 4,096 entries.
    static let handleCache = BoundedMemo<HandleKey, RequestHandles>(capacity: 4096)
    static let overheadTimer = Timer(label: overhead)

    static func handles(_ key: HandleKey) -> RequestHandles {
        handleCache.value(for: key) {
            RequestHandles(
                model: key.model, provider: key.provider, deployment: key.deployment, status: String(key.status),
                code: key.code?.rawValue ?? "none", stream: key.stream)
        }
    }

    /// Records one finished request. `model` and `provider` must already be from the
    /// configuration (``AccessRecord/metricLabels(known:)``).
    static func record(
        model: String, provider: String, deployment: String, status: Int, code: ErrorCode?, stream: Bool, total: Duration,
        upstream: Duration,
        firstContent: Duration?, usage: Usage?, costUSD: Double?, attempts: [AttemptRecord], replayed: Bool
    ) {
        let handles = handles(HandleKey(model: model, provider: provider, deployment: deployment, status: status, code: code, stream: stream))
        handles.requests.increment()
        handles.duration.recordDuration(total)
        if upstream > .zero {
            handles.upstream.recordDuration(upstream)
        }
        if let firstContent {
            handles.firstToken.recordDuration(firstContent)
        }
        let overheadTime = (firstContent ?? total) - upstream
        overheadTimer.recordDuration(max(.zero, overheadTime))
        if let usage {
            if usage.promptTokens > 0 { handles.inputTokens.increment(by: usage.promptTokens) }
            if usage.completionTokens > 0 { handles.outputTokens.increment(by: usage.completionTokens) }
            if let cached = usage.cachedTokens, cached > 0 { handles.cachedTokens.increment(by: cached) }
            if let reasoning = usage.reasoningTokens, reasoning > 0 { handles.reasoningTokens.increment(by: reasoning) }
        }
        if let costUSD, costUSD > 0 {
            handles.cost.increment(by: costUSD)
        }
        let calls = attempts.upstreamCalls
        if calls > 1 {
            let deployments = Set(attempts.filter(\.calledUpstream).map(\.deployment)).count
            if calls > deployments {
                handles.retries.increment(by: calls - deployments)
            }
            if deployments > 1 {
                handles.fallbacks.increment(by: deployments - 1)
            }
        }
        if replayed {
            handles.replays.increment()
        }
    }

    /// A request refused by a limit (`scope`: global, key, user, team, model, concurrency, budget).
    static func rateLimited(scope: String) {
        Counter(label: rateLimited, dimensions: [("scope", scope)]).increment()
    }
}

extension Timer {
    /// Records `duration` (nanoseconds, saturating).
    func recordDuration(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        recordNanoseconds(nanoseconds.overflow ? .max : nanoseconds.partialValue &+ attoseconds / 1_000_000_000)
    }
}

extension Duration {
    /// Seconds as a `Double`, for arithmetic on timings.
    var secondsValue: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// The values model and deployment labels may take: configured names, and `provider/*` for a
/// direct `provider/model` route. Client input never becomes a label value (it becomes `unknown`).
struct MetricLabels: Sendable {
    var models: Set<String>
    var deployments: Set<String>

    /// A deployment (`provider/model`) fit for a label.
    func deployment(_ deployment: String?) -> String {
        guard let deployment else { return "none" }
        if deployments.contains(deployment) { return deployment }
        if let slash = deployment.firstIndex(of: "/"), deployments.contains(String(deployment[..<slash]) + "/*") {
            return String(deployment[..<slash]) + "/*"
        }
        return "unknown"
    }
}
