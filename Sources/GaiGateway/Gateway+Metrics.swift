import GaiCore
import GaiLimits
import GaiRouting
import GaiStorage
import GaiTelemetry
import HTTPTypes
import Hummingbird
import CoreMetrics
import Metrics
import NIOCore
import Synchronization

extension Gateway {
    /// `GET /metrics`: the Prometheus text exposition. State that is not counted as it happens
    /// (breaker states, queue depths, store fallbacks) is sampled into gauges first, so a scrape
    /// always sees it current. Needs no key: nothing in it is secret, and scrapers run inside the
    /// deployment.
    func metrics() async -> Response {
        guard let exposition = metricsExposition else {
            return ErrorResponse.response(for: GaiError(.notFound, "Metrics are not enabled in this gateway."))
        }
        sampleGauges()
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: exposition())))
    }

    /// The drop count already added to `gai_events_dropped_total`.
    static let reportedEventDrops = Atomic<Int>(0)

    /// Samples what is read rather than counted.
    func sampleGauges() {
        for (key, state) in modelRouter.resilience.breakerStates() {
            Gauge(label: "gai_breaker_state", dimensions: [("deployment", key.description)]).record(state.code)
        }
        for (key, budget) in modelRouter.resilience.budgetSnapshot() {
            Gauge(label: "gai_retry_budget_remaining", dimensions: [("model", key.model), ("provider", key.provider)])
                .record(budget.remaining)
        }
        if let deadLetters {
            Gauge(label: "gai_dlq_pending").record(deadLetters.pendingCount)
            Gauge(label: "gai_dlq_dropped").record(deadLetters.droppedCount)
            Gauge(label: "gai_dlq_write_failures").record(deadLetters.writeFailureCount)
        }
        if let spend {
            Gauge(label: "gai_usage_ledger_pending").record(spend.queue.pendingCount)
            Gauge(label: "gai_usage_ledger_dropped").record(spend.queue.droppedCount)
        }
        if let breaker = limitStoreBreaker {
            Gauge(label: "gai_limit_store_degraded").record(breaker.isDegraded ? 1 : 0)
            Gauge(label: "gai_limit_store_failures").record(breaker.failureCount)
            Gauge(label: "gai_limit_store_fallbacks").record(breaker.fallbackCount)
        }
        Gauge(label: "gai_log_lines_dropped").record(LogWriter.droppedLinesInProcess)
        if let events {
            // A counter only grows: add what was dropped since the last scrape.
            let dropped = events.droppedCount
            let previous = Self.reportedEventDrops.exchange(dropped, ordering: .relaxed)
            Counter(label: "gai_events_dropped_total").increment(by: max(0, dropped - previous))
            Gauge(label: "gai_events_queue_depth").record(events.queueDepth)
            Gauge(label: "gai_events_sink_failures").record(events.sinkFailureCount)
            Gauge(label: "gai_events_breaker_open").record(events.breakerState == .closed ? 0 : 1)
            Gauge(label: "gai_events_tail_subscribers").record(events.subscriberCount)
            Gauge(label: "gai_events_tail_dropped").record(events.tailDroppedCount)
        } else {
            Counter(label: "gai_events_dropped_total").increment(by: 0)
        }
        if let statistics = tracing?.statistics {
            for (name, value) in statistics() { Gauge(label: name).record(value) }
        }
    }
}
