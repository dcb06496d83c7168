import Foundation
import GaiCore
import GaiLimits
import Testing

@Suite("Limiter state and limits")
struct LimiterStateTests {
    @Test("fields have the documented layout", arguments: [
        (LimiterState.tokenBucket(credit: 5, updatedAt: 7), [Int64(1), 5, 7, 0]),
        (.fixedWindow(windowStart: 60_000_000, count: 3), [2, 60_000_000, 3, 0]),
        (.slidingWindow(windowStart: 120_000_000, current: 4, previous: 9), [3, 120_000_000, 4, 9]),
        (.gcra(tat: 1_142_857, remainder: 1), [4, 1_142_857, 1, 0]),
    ])
    func layout(state: LimiterState, fields: [Int64]) {
        #expect(state.fields == fields)
        #expect(LimiterState(fields: fields) == state)
        #expect(LimiterState(fields: fields + [99]) == state)
    }

    @Test("corrupt fields are rejected", arguments: [
        [Int64](), [1, 5, 7], [0, 0, 0, 0], [9, 0, 0, 0], [1, -1, 0, 0], [2, 0, -1, 0], [3, 0, 1, -1], [4, 0, -1, 0],
    ])
    func corrupt(fields: [Int64]) {
        #expect(LimiterState(fields: fields) == nil)
    }

    /// The Redis store will keep the state as fields between script runs; the decisions must
    /// not change when every step goes through them.
    @Test("decisions survive a fields round trip at every step", arguments: RateLimitAlgorithm.allCases)
    func roundTrip(algorithm: RateLimitAlgorithm) {
        var direct = Meter(.perSecond(20, algorithm: algorithm, burst: 30))
        var stored = Meter(.perSecond(20, algorithm: algorithm, burst: 30), roundTripFields: true)
        var generator = SplitMix64(seed: 7)
        var now = Duration.zero
        for _ in 0..<2_000 {
            now += µs(Int64(generator.next() % 90_000))
            let cost = Int(generator.next() % 4)
            #expect(direct.check(cost, at: now) == stored.check(cost, at: now))
            #expect(direct.state == stored.state)
        }
    }

    @Test("a state of another algorithm counts as no state")
    func foreignState() {
        var state: LimiterState? = .fixedWindow(windowStart: 0, count: 10)
        let decision = RateLimit.perMinute(10).check(state: &state, cost: 1, now: .zero)
        #expect(decision.allowed)
        #expect(decision.remaining == 9)
        #expect(state?.algorithm == .tokenBucket)
    }

    @Test("algorithm names parse with the leaky-bucket alias", arguments: [
        ("token_bucket", RateLimitAlgorithm?.some(.tokenBucket)), ("Token-Bucket", .tokenBucket),
        ("fixed_window", .fixedWindow), ("sliding_window", .slidingWindow), ("gcra", .gcra),
        ("leaky_bucket", .gcra), ("LEAKY-BUCKET", .gcra), ("sliding", nil), ("", nil),
    ])
    func parsing(text: String, expected: RateLimitAlgorithm?) {
        #expect(RateLimitAlgorithm(parsing: text) == expected)
    }

    @Test("algorithms decode with aliases and encode canonically")
    func codable() throws {
        let decoded = try JSONDecoder().decode([RateLimitAlgorithm].self, from: Data(#"["leaky_bucket","sliding_window"]"#.utf8))
        #expect(decoded == [.gcra, .slidingWindow])
        let encoded = try JSONEncoder().encode([RateLimitAlgorithm.gcra, .tokenBucket])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["gcra","token_bucket"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([RateLimitAlgorithm].self, from: Data(#"["nope"]"#.utf8))
        }
    }

    @Test("invalid limits are reported", arguments: [
        (RateLimit(limit: 0, period: .seconds(60)), "limit"),
        (RateLimit(limit: -5, period: .seconds(60)), "limit"),
        (RateLimit(limit: 10, period: .zero), "period"),
        (RateLimit(limit: 10, period: .seconds(-1)), "period"),
        (RateLimit(limit: 10, period: .seconds(1), burst: 0), "burst"),
    ])
    func validation(limit: RateLimit, param: String) {
        #expect(throws: GaiError.self) { try limit.validate() }
        do {
            try limit.validate()
        } catch {
            #expect(error.code == .invalidRequest)
            #expect(error.param == param)
        }
        #expect(throws: Never.self) { try RateLimit.perMinute(10, burst: 5).validate() }
    }

    @Test("invalid limits are clamped, never trapped", arguments: RateLimitAlgorithm.allCases)
    func clamping(algorithm: RateLimitAlgorithm) {
        // A limit below 1 acts as 1.
        var zero = Meter(RateLimit(limit: 0, period: .seconds(60), algorithm: algorithm))
        #expect(zero.admitted(3, at: .zero) == 1)
        // A non-positive period acts as one second.
        var noPeriod = Meter(RateLimit(limit: 2, period: .zero, algorithm: algorithm, burst: -3))
        #expect(noPeriod.admitted(3, at: .zero) == 2)
        #expect(noPeriod.check(at: .zero).period == .seconds(1))
        // Negative costs and refunds do nothing.
        var meter = Meter(.perMinute(5, algorithm: algorithm))
        #expect(meter.check(-4, at: .zero).remaining == 5)
        meter.refund(-4, at: .zero)
        #expect(meter.state == nil)
        // Absurd values saturate instead of overflowing.
        var huge = Meter(RateLimit(limit: .max, period: .seconds(86_400 * 365 * 1_000), algorithm: algorithm))
        #expect(huge.check(Int.max, at: .seconds(1)).limit == Int.max)
        #expect(huge.check(1, at: .seconds(2)).limit == Int.max)
    }

    @Test("the most restrictive decision speaks for its kind")
    func mostRestrictive() {
        func decision(_ allowed: Bool, remaining: Int, retry: Duration? = nil, reset: Duration = .seconds(1)) -> RateLimitDecision {
            RateLimitDecision(allowed: allowed, limit: 100, remaining: remaining, resetAfter: reset, retryAfter: retry, period: .seconds(60))
        }
        let roomy = decision(true, remaining: 50)
        let tight = decision(true, remaining: 3)
        let tightLonger = decision(true, remaining: 3, reset: .seconds(9))
        let refused = decision(false, remaining: 0, retry: .seconds(2))
        let refusedLonger = decision(false, remaining: 0, retry: .seconds(20))
        let never = decision(false, remaining: 90)
        #expect(RateLimitDecision.mostRestrictive([]) == nil)
        #expect(RateLimitDecision.mostRestrictive([roomy, tight]) == tight)
        #expect(RateLimitDecision.mostRestrictive([tight, tightLonger]) == tightLonger)
        #expect(RateLimitDecision.mostRestrictive([roomy, refused, refusedLonger]) == refusedLonger)
        #expect(RateLimitDecision.mostRestrictive([refusedLonger, never, roomy]) == never)
    }
}
