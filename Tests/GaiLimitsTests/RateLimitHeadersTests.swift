import GaiLimits
import Testing

private func decision(
    allowed: Bool = true, limit: Int, remaining: Int, reset: Duration, retry: Duration? = nil, period: Duration = .seconds(60)
) -> RateLimitDecision {
    RateLimitDecision(allowed: allowed, limit: limit, remaining: remaining, resetAfter: reset, retryAfter: retry, period: period)
}

@Suite("Rate-limit headers")
struct RateLimitHeadersTests {
    @Test("durations use OpenAI's format", arguments: [
        (Duration.zero, "0s"), (.milliseconds(20), "20ms"), (.milliseconds(999), "999ms"), (.seconds(1), "1s"),
        (.milliseconds(1_005), "1.005s"), (.milliseconds(17_280), "17.28s"), (.seconds(360), "6m0s"),
        (.seconds(90), "1m30s"), (.seconds(3_600), "1h0m0s"), (.seconds(3_723), "1h2m3s"),
        (.microseconds(100), "1ms"), (.microseconds(999_001), "1s"), (.microseconds(59_999_500), "1m0s"),
    ])
    func openAIDuration(duration: Duration, text: String) {
        #expect(RateLimitHeaders.openAIDuration(duration) == text)
    }

    @Test("seconds round up", arguments: [
        (Duration.zero, 0), (.microseconds(1), 1), (.milliseconds(200), 1), (.seconds(6), 6), (.microseconds(6_000_001), 7),
    ])
    func secondsRoundedUp(duration: Duration, seconds: Int) {
        #expect(RateLimitHeaders.secondsRoundedUp(duration) == seconds)
    }

    @Test("an admitted request carries both header families")
    func admitted() {
        let requests = decision(limit: 100, remaining: 42, reset: .milliseconds(16_200))
        let tokens = decision(limit: 10_000, remaining: 9_000, reset: .seconds(360))
        #expect(lines(RateLimitHeaders.fields(requests: requests, tokens: tokens)) == [
            "x-ratelimit-limit-requests: 100",
            "x-ratelimit-remaining-requests: 42",
            "x-ratelimit-reset-requests: 16.2s",
            "x-ratelimit-limit-tokens: 10000",
            "x-ratelimit-remaining-tokens: 9000",
            "x-ratelimit-reset-tokens: 6m0s",
            #"RateLimit-Policy: "requests";q=100;w=60, "tokens";q=10000;w=60"#,
            #"RateLimit: "requests";r=42;t=17, "tokens";r=9000;t=360"#,
        ])
    }

    @Test("only the kinds that applied are reported")
    func oneKind() {
        let requests = decision(limit: 100, remaining: 42, reset: .seconds(17), period: .milliseconds(500))
        #expect(lines(RateLimitHeaders.ietf(requests: requests, tokens: nil)) == [
            #"RateLimit-Policy: "requests";q=100;w=1"#,
            #"RateLimit: "requests";r=42;t=17"#,
        ])
        #expect(RateLimitHeaders.fields(requests: nil, tokens: nil).isEmpty)
    }

    @Test("a refusal adds retry-after for the longest wait")
    func refusal() {
        let requests = decision(allowed: false, limit: 10, remaining: 0, reset: .seconds(55), retry: .milliseconds(16_200))
        let tokens = decision(allowed: false, limit: 1_000, remaining: 3, reset: .seconds(20), retry: .seconds(4))
        #expect(lines(RateLimitHeaders.retryAfter([requests, tokens])) == ["retry-after: 17"])
        #expect(lines(RateLimitHeaders.fields(requests: requests, tokens: nil)).last == "retry-after: 17")
    }

    @Test("a refusal that can never succeed gets no retry hint")
    func neverSatisfiable() {
        let tokens = decision(allowed: false, limit: 1_000, remaining: 1_000, reset: .zero)
        let requests = decision(allowed: false, limit: 10, remaining: 0, reset: .seconds(5), retry: .seconds(5))
        #expect(RateLimitHeaders.retryAfter([requests, tokens]).isEmpty)
        #expect(RateLimitHeaders.retryAfter([decision(limit: 1, remaining: 1, reset: .zero)]).isEmpty)
    }

    @Test("a store refusal renders end to end")
    func endToEnd() {
        let clock = ManualClock()
        let store = InMemoryRateLimitStore(now: { clock.now })
        let limit = RateLimit.perMinute(10, algorithm: .fixedWindow)
        clock.advance(by: .seconds(5))
        for _ in 0..<10 { _ = store.check(key: "k", limit: limit, cost: 1) }
        let refused = store.check(key: "k", limit: limit, cost: 1)
        #expect(lines(RateLimitHeaders.fields(requests: refused, tokens: nil)) == [
            "x-ratelimit-limit-requests: 10",
            "x-ratelimit-remaining-requests: 0",
            "x-ratelimit-reset-requests: 55s",
            #"RateLimit-Policy: "requests";q=10;w=60"#,
            #"RateLimit: "requests";r=0;t=55"#,
            "retry-after: 55",
        ])
    }
}
