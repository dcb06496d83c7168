import GaiCore
import Prometheus
import Testing

@testable import GaiGateway

/// The lock-free timer histograms must write what swift-prometheus's duration histogram writes
/// for the same recordings: `GET /metrics` readers (and their alerts) see no difference.
@Suite("TimerHistograms")
struct TimerHistogramsTests {
    static let buckets: [Duration] = [
        .microseconds(50), .microseconds(100), .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10),
        .seconds(1), .milliseconds(2500), .seconds(120),
    ]

    @Test("random durations (on and around the bounds, 0, huge): the same text as swift-prometheus", arguments: [0, 1, 7, 500])
    func sameTextAsPrometheus(recordings: Int) {
        let registry = PrometheusCollectorRegistry()
        let theirs = registry.makeDurationHistogram(name: "gai_test_seconds", labels: [("model", "m\"1\\\n")], buckets: Self.buckets)
        let ours = TimerHistograms(buckets: { _ in Self.buckets }, seconds: \.bucketRepresentation)
        let histogram = ours.histogram(name: "gai_test_seconds", labels: [("model", "m\"1\\\n")])
        var random = SplitMix64(seed: UInt64(recordings))
        let bounds = Self.buckets.map { Int64($0.components.seconds) * 1_000_000_000 + $0.components.attoseconds / 1_000_000_000 }
        for _ in 0..<recordings {
            let nanoseconds: Int64
            switch random.next() % 4 {
            case 0: nanoseconds = bounds[Int(random.next() % UInt64(bounds.count))] + Int64(random.next() % 3) - 1
            case 1: nanoseconds = 0
            case 2: nanoseconds = Int64(random.next() % 200_000_000_000)
            default: nanoseconds = Int64(random.next() % 3_000_000)
            }
            theirs.recordNanoseconds(nanoseconds)
            histogram.recordNanoseconds(nanoseconds)
        }
        var expected: [UInt8] = []
        registry.emit(into: &expected)
        #expect(ours.text == String(decoding: expected, as: UTF8.self))
    }

    @Test("one histogram per name and labels; one TYPE line per name; no labels written without braces")
    func grouping() {
        let ours = TimerHistograms(buckets: { _ in [.milliseconds(1)] }, seconds: \.bucketRepresentation)
        let a = ours.histogram(name: "gai_a_seconds", labels: [("provider", "p")])
        let again = ours.histogram(name: "gai_a_seconds", labels: [("provider", "p")])
        #expect(a === again)
        let other = ours.histogram(name: "gai_a_seconds", labels: [("provider", "q")])
        #expect(a !== other)
        let bare = ours.histogram(name: "gai_b_seconds", labels: [])
        a.recordNanoseconds(500_000)
        other.recordNanoseconds(2_000_000)
        bare.recordNanoseconds(1_000_000)
        #expect(
            ours.text == """
                # TYPE gai_a_seconds histogram
                gai_a_seconds_bucket{provider="p",le="0.001"} 1
                gai_a_seconds_bucket{provider="p",le="+Inf"} 1
                gai_a_seconds_sum{provider="p"} 0.0005
                gai_a_seconds_count{provider="p"} 1
                gai_a_seconds_bucket{provider="q",le="0.001"} 0
                gai_a_seconds_bucket{provider="q",le="+Inf"} 1
                gai_a_seconds_sum{provider="q"} 0.002
                gai_a_seconds_count{provider="q"} 1
                # TYPE gai_b_seconds histogram
                gai_b_seconds_bucket{le="0.001"} 1
                gai_b_seconds_bucket{le="+Inf"} 1
                gai_b_seconds_sum 0.001
                gai_b_seconds_count 1

                """)
        ours.remove(other)
        #expect(!ours.text.contains("provider=\"q\""))
    }

    @Test("recordings from many tasks at once are all counted")
    func concurrent() async {
        let ours = TimerHistograms(buckets: { _ in [.milliseconds(1), .milliseconds(10)] }, seconds: \.bucketRepresentation)
        let histogram = ours.histogram(name: "gai_c_seconds", labels: [])
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for index in 0..<1_000 { histogram.recordNanoseconds(Int64((task * 1_000 + index) * 3_000)) }
                }
            }
        }
        #expect(ours.text.contains("gai_c_seconds_count 8000\n"))
        #expect(ours.text.contains("gai_c_seconds_bucket{le=\"+Inf\"} 8000\n"))
    }
}
