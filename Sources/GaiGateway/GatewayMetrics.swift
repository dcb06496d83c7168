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

    /// Records one finished request. `model` and `provider` must already be from the
    /// configuration (``AccessRecord/metricLabels(known:)``).
    static func record(
        model: String, provider: String, status: Int, code: ErrorCode?, stream: Bool, total: Duration, upstream: Duration,
        firstContent: Duration?, usage: Usage?, costUSD: Double?, attempts: [AttemptRecord], replayed: Bool
    ) {
        let statusText = String(status)
        Counter(label: requests, dimensions: [("model", model), ("provider", provider), ("status", statusText), ("code", code?.rawValue ?? "none")])
            .increment()
        Timer(label: requestDuration, dimensions: [("model", model), ("stream", stream ? "true" : "false")]).recordDuration(total)
        if upstream > .zero {
            Timer(label: upstreamDuration, dimensions: [("provider", provider)]).recordDuration(upstream)
        }
        if let firstContent {
            Timer(label: timeToFirstToken, dimensions: [("model", model)]).recordDuration(firstContent)
        }
        let overheadTime = (firstContent ?? total) - upstream
        Timer(label: overhead).recordDuration(max(.zero, overheadTime))
        if let usage {
            let kinds: [(String, Int)] = [
                ("input", usage.promptTokens), ("output", usage.completionTokens), ("cached", usage.cachedTokens ?? 0),
                ("reasoning", usage.reasoningTokens ?? 0),
            ]
            for (kind, count) in kinds where count > 0 {
                Counter(label: tokens, dimensions: [("model", model), ("type", kind)]).increment(by: count)
            }
        }
        if let costUSD, costUSD > 0 {
            FloatingPointCounter(label: cost, dimensions: [("model", model)]).increment(by: costUSD)
        }
        let calls = attempts.upstreamCalls
        if calls > 1 {
            let deployments = Set(attempts.filter(\.calledUpstream).map(\.deployment)).count
            if calls > deployments {
                Counter(label: retries, dimensions: [("model", model)]).increment(by: calls - deployments)
            }
            if deployments > 1 {
                Counter(label: fallbacks, dimensions: [("model", model)]).increment(by: deployments - 1)
            }
        }
        if replayed {
            Counter(label: replays, dimensions: [("model", model)]).increment()
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
