import CoreMetrics
import GaiGateway
import Prometheus

/// The swift-metrics backend `gai serve` bootstraps: swift-prometheus for counters, gauges and
/// recorders, and the gateway's lock-free ``TimerHistograms`` for timers (three recordings per
/// request; swift-prometheus's duration histogram cost about 680 instructions each). `GET
/// /metrics` writes the registry, then the timers (``exposition()``).
struct GatewayMetricsFactory: MetricsFactory {
    let prometheus: PrometheusMetricsFactory
    let timers: TimerHistograms

    init(prometheus: PrometheusMetricsFactory) {
        self.prometheus = prometheus
        let buckets = prometheus.durationHistogramBuckets
        let defaults = prometheus.defaultDurationHistogramBuckets
        timers = TimerHistograms(buckets: { name in buckets[name] ?? defaults }, seconds: \.bucketRepresentation)
    }

    /// The whole text of `GET /metrics`.
    func exposition() -> [UInt8] {
        var buffer = prometheus.registry.emitToBuffer()
        timers.emit(into: &buffer)
        return buffer
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        prometheus.makeCounter(label: label, dimensions: dimensions)
    }

    func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler {
        prometheus.makeFloatingPointCounter(label: label, dimensions: dimensions)
    }

    func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        prometheus.makeMeter(label: label, dimensions: dimensions)
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        prometheus.makeRecorder(label: label, dimensions: dimensions, aggregate: aggregate)
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        // swift-prometheus's own name and label rules, so a timer is named as it would have been.
        let (name, labels) = prometheus.nameAndLabelSanitizer(label, dimensions)
        return timers.histogram(name: name, labels: labels)
    }

    func destroyCounter(_ handler: any CounterHandler) { prometheus.destroyCounter(handler) }
    func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) { prometheus.destroyFloatingPointCounter(handler) }
    func destroyMeter(_ handler: any MeterHandler) { prometheus.destroyMeter(handler) }
    func destroyRecorder(_ handler: any RecorderHandler) { prometheus.destroyRecorder(handler) }

    func destroyTimer(_ handler: any TimerHandler) {
        if let histogram = handler as? TimerHistograms.Histogram {
            timers.remove(histogram)
        } else {
            prometheus.destroyTimer(handler)
        }
    }
}
