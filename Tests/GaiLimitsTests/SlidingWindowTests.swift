import GaiLimits
import Testing

@Suite("Sliding window")
struct SlidingWindowTests {
    let tenPerMinute = RateLimit.perMinute(10, algorithm: .slidingWindow)

    /// 8 units in the previous window. At `elapsed` into the current one the previous window
    /// weighs (60 − elapsed) / 60: at 15 s that is 0.75 × 8 = 6, at 20 s it is 5⅓. Either way
    /// 4 more units fit (6 + 4 = 10, 5⅓ + 4 = 9⅓, 5⅓ + 5 > 10), and the next unit fits once
    /// the weight has fallen to 5/8, at 22.5 s.
    @Test("the previous window is weighted by its overlap", arguments: [
        (elapsed: Duration.seconds(15), retry: Duration.milliseconds(7_500)),
        (elapsed: Duration.seconds(20), retry: Duration.milliseconds(2_500)),
    ])
    func weightedPrevious(elapsed: Duration, retry: Duration) {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(8, at: .seconds(10)) == 8)
        let now = Duration.seconds(60) + elapsed
        #expect(meter.admitted(4, at: now) == 4)
        let refused = meter.check(at: now)
        #expect(!refused.allowed)
        #expect(refused.remaining == 0)
        #expect(refused.retryAfter == retry)
        let retryAt = now + retry
        #expect(!meter.check(at: retryAt - µs(1)).allowed)
        #expect(meter.check(at: retryAt).allowed)
    }

    @Test("remaining counts whole units left under the estimate")
    func remaining() {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(8, at: .zero) == 8)
        // 0.75 × 8 = 6 used: 4 left, then 3, 2, 1, 0.
        #expect(meter.remaining(at: .seconds(75)) == 4)
        #expect(meter.check(at: .seconds(75)).remaining == 3)
        // 5⅓ + 1 used at 80 s: 3⅔ left, reported as 3.
        #expect(meter.remaining(at: .seconds(80)) == 3)
    }

    /// 10 units at 0 s fill the window. The next unit must wait for the *next* window, until
    /// 10 × (60 − e) / 60 + 1 ≤ 10, i.e. e = 6 s: at 66 s, a wait of 36 s from 30 s.
    @Test("a full current window waits into the next one")
    func fullWindow() {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(10, at: .zero) == 10)
        let refused = meter.check(at: .seconds(30))
        #expect(refused.retryAfter == .seconds(36))
        #expect(refused.resetAfter == .seconds(90))
        #expect(!meter.check(at: µs(65_999_999)).allowed)
        #expect(meter.check(at: .seconds(66)).allowed)
    }

    @Test("state older than two windows is forgotten")
    func forgetsOldWindows() {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(10, at: .zero) == 10)
        #expect(meter.remaining(at: .seconds(120)) == 10)
        #expect(meter.remaining(at: .seconds(60)) == 0)
    }

    @Test("cost above one and above the capacity")
    func costs() {
        var meter = Meter(tenPerMinute)
        #expect(meter.check(6, at: .zero).remaining == 4)
        #expect(!meter.check(5, at: .zero).allowed)
        #expect(meter.check(11, at: .zero).isNeverSatisfiable)
        // 6 × 0.5 = 3 used at 90 s: a cost of 7 fits exactly.
        #expect(meter.check(7, at: .seconds(90)).allowed)
    }

    @Test("refunds subtract from the current window, never below zero")
    func refunds() {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(10, at: .zero) == 10)
        meter.refund(4, at: .seconds(1))
        #expect(meter.admitted(5, at: .seconds(1)) == 4)
        meter.refund(100, at: .seconds(2))
        #expect(meter.remaining(at: .seconds(2)) == 10)
        #expect(meter.admitted(10, at: .seconds(3)) == 10)
        // In the next window the spent units are "previous": a refund cannot reach them.
        meter.refund(10, at: .seconds(60))
        #expect(meter.remaining(at: .seconds(60)) == 0)
    }
}
