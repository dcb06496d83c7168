import GaiCore
import GaiLimits
import Testing

/// Token bucket and GCRA admit the same sequences, so most cases run against both.
private let bucketAlgorithms: [RateLimitAlgorithm] = [.tokenBucket, .gcra]

@Suite("Token bucket and GCRA")
struct TokenBucketTests {
    @Test("10 per minute: a full bucket of 10, then one unit every 6 s", arguments: bucketAlgorithms)
    func refillRate(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perMinute(10, algorithm: algorithm))
        for expected in (0..<10).reversed() {
            #expect(meter.check(at: .zero).remaining == expected)
        }
        let refused = meter.check(at: .zero)
        #expect(!refused.allowed)
        #expect(refused.retryAfter == .seconds(6))
        #expect(refused.resetAfter == .seconds(60))
        #expect(meter.check(at: .seconds(3)).retryAfter == .seconds(3))
        #expect(!meter.check(at: µs(5_999_999)).allowed)
        let refilled = meter.check(at: .seconds(6))
        #expect(refilled.allowed)
        #expect(refilled.resetAfter == .seconds(60))
        #expect(!meter.check(at: .seconds(6)).allowed)
        // Half a period later half the bucket is back: exactly five units.
        #expect(meter.remaining(at: .seconds(36)) == 5)
        #expect(meter.admitted(6, at: .seconds(36)) == 5)
        // Refilling stops at the bucket size.
        #expect(meter.remaining(at: .seconds(3_600)) == 10)
    }

    @Test("a burst above the limit admits the burst at once, then the limit's rate", arguments: bucketAlgorithms)
    func burst(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perMinute(10, algorithm: algorithm, burst: 20))
        #expect(meter.remaining(at: .zero) == 20)
        #expect(meter.admitted(21, at: .zero) == 20)
        let refused = meter.check(at: .zero)
        #expect(refused.retryAfter == .seconds(6))
        #expect(refused.resetAfter == .seconds(120))
        #expect(refused.limit == 10)
        #expect(meter.check(15, at: .seconds(90)).allowed)
    }

    @Test("a burst of one spaces units evenly (the leaky bucket)", arguments: bucketAlgorithms)
    func leakyBucket(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perMinute(10, algorithm: algorithm, burst: 1))
        #expect(meter.check(at: .zero).allowed)
        let early = meter.check(at: µs(5_999_999))
        #expect(!early.allowed)
        #expect(early.retryAfter == µs(1))
        #expect(meter.check(at: .seconds(6)).allowed)
    }

    /// 7 per second is one unit every 142 857.142… µs; a per-unit interval rounded to whole
    /// microseconds would drift, the exact arithmetic does not.
    @Test("refill is exact for rates that do not divide the period", arguments: bucketAlgorithms)
    func exactRefill(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perSecond(7, algorithm: algorithm))
        #expect(meter.admitted(8, at: .zero) == 7)
        let almost = meter.check(at: µs(142_857))
        #expect(!almost.allowed)
        #expect(almost.retryAfter == µs(1))
        #expect(meter.check(at: µs(142_858)).allowed)
        #expect(meter.remaining(at: .seconds(1)) == 6)
        #expect(meter.admitted(7, at: µs(1_142_858)) == 7)
    }

    @Test("costs above one wait for enough units", arguments: bucketAlgorithms)
    func costs(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perMinute(10, algorithm: algorithm))
        #expect(meter.check(8, at: .zero).remaining == 2)
        let refused = meter.check(5, at: .zero)
        #expect(!refused.allowed)
        #expect(refused.retryAfter == .seconds(18))
        #expect(meter.check(5, at: .seconds(18)).remaining == 0)
    }

    @Test("a cost above the bucket is never admitted", arguments: bucketAlgorithms)
    func costAboveCapacity(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perMinute(10, algorithm: algorithm))
        let refused = meter.check(11, at: .zero)
        #expect(refused.isNeverSatisfiable)
        #expect(refused.remaining == 10)
        #expect(meter.state == nil)
        #expect(RateLimit.perMinute(10, algorithm: algorithm).capacity == 10)
        #expect(RateLimit.perMinute(10, algorithm: algorithm, burst: 40).capacity == 40)
    }

    @Test("refunds give capacity back, never beyond a full bucket", arguments: bucketAlgorithms)
    func refunds(algorithm: RateLimitAlgorithm) {
        var meter = Meter(.perMinute(10, algorithm: algorithm))
        #expect(meter.admitted(10, at: .zero) == 10)
        meter.refund(4, at: .zero)
        #expect(meter.admitted(5, at: .zero) == 4)
        meter.refund(1_000, at: .seconds(1))
        #expect(meter.remaining(at: .seconds(1)) == 10)
        #expect(meter.check(0, at: .seconds(1)).resetAfter == .zero)
    }

    @Test("GCRA keeps one arrival time, exact below a microsecond per unit")
    func gcraState() {
        var meter = Meter(.perMinute(10, algorithm: .gcra))
        _ = meter.check(at: .zero)
        #expect(meter.state == .gcra(tat: 6_000_000, remainder: 0))
        // 100 M a minute is one unit per 0.6 µs.
        var fast = Meter(.perMinute(100_000_000, algorithm: .gcra))
        #expect(fast.check(100_000_000, at: .zero).allowed)
        #expect(fast.check(at: .zero).retryAfter == µs(1))
        #expect(fast.remaining(at: µs(3)) == 5)
        #expect(fast.admitted(6, at: µs(3)) == 5)
    }

    @Test("token bucket and GCRA admit identical sequences")
    func equivalence() {
        var generator = SplitMix64(seed: 42)
        var bucket = Meter(.perSecond(50, algorithm: .tokenBucket, burst: 80))
        var gcra = Meter(.perSecond(50, algorithm: .gcra, burst: 80))
        var now = Duration.zero
        for _ in 0..<5_000 {
            now += µs(Int64(generator.next() % 40_000))
            let cost = Int(generator.next() % 6)
            let (a, b) = (bucket.check(cost, at: now), gcra.check(cost, at: now))
            #expect(a == b)
            if generator.next() % 10 == 0 {
                bucket.refund(2, at: now)
                gcra.refund(2, at: now)
            }
        }
    }
}

