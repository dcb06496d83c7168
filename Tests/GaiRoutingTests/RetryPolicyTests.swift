import GaiCore
import GaiRouting
import Testing

/// A duration in seconds, for tolerant comparisons.
private func retrySeconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

@Suite struct RetryPolicyTests {
    static let transientCodes: Set<ErrorCode> = [.rateLimited, .overloaded, .timeout, .network, .providerUnavailable]

    @Test func defaults() {
        let policy = RetryPolicy()
        #expect(policy.maxAttempts == 3)
        #expect(policy.initialDelay == .milliseconds(500))
        #expect(policy.maxDelay == .seconds(8))
        #expect(policy.multiplier == 2)
        #expect(policy.jitter == 0.25)
        #expect(policy.maxRetryAfter == .seconds(60))
        #expect(policy == .default)
        #expect(RetryPolicy.retryableCodes == Self.transientCodes)
    }

    @Test(arguments: ErrorCode.allCases)
    func retriesOnlyTransientCodes(code: ErrorCode) {
        let policy = RetryPolicy()
        let expected = Self.transientCodes.contains(code)
        #expect(policy.shouldRetry(GaiError(code, "failed"), attempt: 1) == expected)
    }

    @Test(arguments: ErrorCode.allCases)
    func transientFlagMustAgreeWithCode(code: ErrorCode) {
        let policy = RetryPolicy()
        // The adapter's veto wins over a transient code.
        #expect(!policy.shouldRetry(GaiError(code, "failed", isTransient: false), attempt: 1))
        // A transient flag does not make a permanent code retryable.
        let forced = GaiError(code, "failed", isTransient: true)
        #expect(policy.shouldRetry(forced, attempt: 1) == Self.transientCodes.contains(code))
    }

    @Test(arguments: [1, 2, 3, 4, 10])
    func attemptLimitWithDefaultPolicy(attempt: Int) {
        let policy = RetryPolicy()
        #expect(policy.shouldRetry(GaiError(.overloaded, "busy"), attempt: attempt) == (attempt < 3))
    }

    @Test(arguments: [1, 2, 5])
    func attemptLimitFollowsMaxAttempts(maxAttempts: Int) {
        let policy = RetryPolicy(maxAttempts: maxAttempts)
        let error = GaiError(.timeout, "slow")
        for attempt in 1...(maxAttempts + 2) {
            #expect(policy.shouldRetry(error, attempt: attempt) == (attempt < maxAttempts), "attempt \(attempt)")
        }
    }

    @Test func noneNeverRetries() {
        #expect(!RetryPolicy.none.shouldRetry(GaiError(.network, "reset"), attempt: 1))
    }

    @Test func backoffSequenceWithoutJitter() throws {
        let policy = RetryPolicy(jitter: 0)
        var random = SplitMix64(seed: 1)
        let expected: [Double] = [0.5, 1, 2, 4, 8, 8, 8]
        for (index, value) in expected.enumerated() {
            let delay = try #require(policy.delay(afterAttempt: index + 1, error: nil, using: &random))
            #expect(abs(retrySeconds(delay) - value) < 1e-9, "attempt \(index + 1): \(delay)")
        }
    }

    @Test func customMultiplierAndCap() throws {
        let policy = RetryPolicy(initialDelay: .milliseconds(100), maxDelay: .seconds(1), multiplier: 3, jitter: 0)
        var random = SplitMix64(seed: 1)
        let expected: [Double] = [0.1, 0.3, 0.9, 1, 1]
        for (index, value) in expected.enumerated() {
            let delay = try #require(policy.delay(afterAttempt: index + 1, error: nil, using: &random))
            #expect(abs(retrySeconds(delay) - value) < 1e-9, "attempt \(index + 1): \(delay)")
        }
    }

    @Test(arguments: [0, -3, 64, 10_000, Int.max])
    func extremeAttemptsStayBounded(attempt: Int) {
        let policy = RetryPolicy(jitter: 0)
        let expected: Duration = attempt <= 1 ? .milliseconds(500) : .seconds(8)
        #expect(policy.baseDelay(afterAttempt: attempt) == expected)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func jitterStaysWithinBoundsAndSpreads(attempt: Int) throws {
        let policy = RetryPolicy()
        let base = retrySeconds(policy.baseDelay(afterAttempt: attempt))
        var random = SplitMix64(seed: UInt64(attempt) &* 7919)
        var low = Double.infinity
        var high = -Double.infinity
        var sum = 0.0
        let draws = 10_000
        for _ in 0..<draws {
            let value = retrySeconds(try #require(policy.delay(afterAttempt: attempt, error: nil, using: &random)))
            #expect(value >= base * 0.75 - 1e-9 && value <= base * 1.25 + 1e-9)
            low = min(low, value)
            high = max(high, value)
            sum += value
        }
        // Uniform over ±25 %: the extremes are reached closely and the mean is the base delay.
        #expect(low < base * 0.76)
        #expect(high > base * 1.24)
        #expect(abs(sum / Double(draws) - base) < base * 0.01)
    }

    @Test func jitterIsDeterministicForASeed() {
        let policy = RetryPolicy()
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        var other = SplitMix64(seed: 43)
        let a = (1...5).map { policy.delay(afterAttempt: $0, error: nil, using: &first) }
        let b = (1...5).map { policy.delay(afterAttempt: $0, error: nil, using: &second) }
        let c = (1...5).map { policy.delay(afterAttempt: $0, error: nil, using: &other) }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func retryAfterLongerThanBackoffIsHonoured() throws {
        let policy = RetryPolicy()
        var random = SplitMix64(seed: 7)
        let error = GaiError(.rateLimited, "slow down", retryAfter: .seconds(3))
        // Backoff after attempt 1 is at most 0.625 s; the hint wins.
        #expect(policy.delay(afterAttempt: 1, error: error, using: &random) == .seconds(3))
    }

    @Test func backoffLongerThanRetryAfterWins() throws {
        let policy = RetryPolicy(jitter: 0)
        var random = SplitMix64(seed: 7)
        let error = GaiError(.rateLimited, "slow down", retryAfter: .milliseconds(100))
        let delay = try #require(policy.delay(afterAttempt: 3, error: error, using: &random))
        #expect(abs(retrySeconds(delay) - 2) < 1e-9)
    }

    @Test(arguments: [(1, true), (59, true), (60, true), (61, false), (3600, false)])
    func retryAfterHonouredUpToTheCap(hintSeconds: Int, honoured: Bool) {
        let policy = RetryPolicy()
        var random = SplitMix64(seed: 9)
        let error = GaiError(.overloaded, "busy", retryAfter: .seconds(hintSeconds))
        let delay = policy.delay(afterAttempt: 1, error: error, using: &random)
        #expect(delay == (honoured ? .seconds(hintSeconds) : nil))
    }

    @Test func retryAfterCapIsConfigurable() {
        let policy = RetryPolicy(maxRetryAfter: .seconds(5))
        var random = SplitMix64(seed: 9)
        #expect(policy.delay(afterAttempt: 1, error: GaiError(.overloaded, "busy", retryAfter: .seconds(5)), using: &random) == .seconds(5))
        #expect(policy.delay(afterAttempt: 1, error: GaiError(.overloaded, "busy", retryAfter: .milliseconds(5001)), using: &random) == nil)
    }

    @Test func errorWithoutHintUsesBackoff() throws {
        let policy = RetryPolicy(jitter: 0)
        var random = SplitMix64(seed: 3)
        let delay = try #require(policy.delay(afterAttempt: 2, error: GaiError(.network, "reset"), using: &random))
        #expect(abs(retrySeconds(delay) - 1) < 1e-9)
    }

    @Test func systemRandomOverloadStaysWithinJitter() throws {
        let policy = RetryPolicy()
        for _ in 0..<100 {
            let value = retrySeconds(try #require(policy.delay(afterAttempt: 2, error: nil)))
            #expect(value >= 0.75 - 1e-9 && value <= 1.25 + 1e-9)
        }
    }

    @Test(arguments: [
        (1_000, 5_000, true),  // 1 s wait, 5 s left
        (4_999, 5_000, true),  // just fits
        (5_000, 5_000, false),  // would start exactly at the deadline
        (5_001, 5_000, false),  // past the deadline
        (0, 0, false),  // deadline is now
        (0, -1_000, false),  // deadline already passed
    ])
    func deadlineCheck(delayMilliseconds: Int, leftMilliseconds: Int, fits: Bool) {
        let policy = RetryPolicy()
        let now = ContinuousClock.now
        let deadline = now.advanced(by: .milliseconds(leftMilliseconds))
        #expect(policy.fitsDeadline(delay: .milliseconds(delayMilliseconds), now: now, deadline: deadline) == fits)
    }

    @Test func hugeDelayDoesNotOverflowDeadlineCheck() {
        let now = ContinuousClock.now
        #expect(!RetryPolicy().fitsDeadline(delay: .seconds(Int64.max), now: now, deadline: now.advanced(by: .seconds(1))))
    }
}
