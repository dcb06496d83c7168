import GaiRouting
import Synchronization
import Testing

/// A clock that only moves when told to.
private final class RetryBudgetTestClock: Sendable {
    private let instant = Mutex(ContinuousClock.now)

    var now: ContinuousClock.Instant { instant.withLock { $0 } }

    func advance(by duration: Duration) {
        instant.withLock { $0 = $0.advanced(by: duration) }
    }

    /// The closure to inject into the component under test.
    var reader: @Sendable () -> ContinuousClock.Instant { { self.now } }
}

@Suite struct RetryBudgetTests {
    /// Calls `tryAcquireRetry()` `tries` times and returns how many were granted.
    func acquire(_ budget: RetryBudget, tries: Int) -> Int {
        (0..<tries).reduce(0) { granted, _ in granted + (budget.tryAcquireRetry() ? 1 : 0) }
    }

    @Test func defaults() {
        let budget = RetryBudget()
        #expect(budget.ratio == 0.2)
        #expect(budget.minRetriesPerSecond == 1)
        #expect(budget.ttl == .seconds(10))
        #expect(abs(budget.reserve - 10) < 1e-9)
    }

    @Test func hundredRequestsAllowTwentyRetries() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0.2, minRetriesPerSecond: 0, now: clock.reader)
        #expect(!budget.tryAcquireRetry())
        for _ in 0..<100 { budget.recordRequest() }
        #expect(abs(budget.remaining - 20) < 1e-9)
        #expect(acquire(budget, tries: 100) == 20)
        #expect(budget.remaining < 1)
        #expect(!budget.tryAcquireRetry())
    }

    @Test(arguments: [(0.1, 10), (0.2, 20), (0.5, 50), (1.0, 100), (0.0, 0)])
    func ratioBoundsRetries(ratio: Double, expected: Int) {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: ratio, minRetriesPerSecond: 0, now: clock.reader)
        for _ in 0..<100 { budget.recordRequest() }
        #expect(acquire(budget, tries: 200) == expected)
    }

    @Test func floorIsAddedToTheRatio() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(now: clock.reader)
        for _ in 0..<100 { budget.recordRequest() }
        // 0.2 · 100 + 1/s · 10 s.
        #expect(acquire(budget, tries: 100) == 30)
    }

    @Test func floorAllowsAboutOnePerSecondWithoutTraffic() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(now: clock.reader)
        // The reserve is spendable at once...
        #expect(acquire(budget, tries: 50) == 10)
        // ...and over a minute of constant retrying averages out at 1/s.
        var granted = 10
        for _ in 0..<600 {
            clock.advance(by: .milliseconds(100))
            granted += acquire(budget, tries: 1)
        }
        #expect(granted >= 60 && granted <= 70, "granted \(granted) in 60 s")
    }

    @Test func floorScalesWithMinRetriesPerSecond() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0, minRetriesPerSecond: 5, ttl: .seconds(2), now: clock.reader)
        #expect(acquire(budget, tries: 100) == 10)
    }

    @Test func withdrawnTokensRefillAfterTheWindow() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(now: clock.reader)
        #expect(acquire(budget, tries: 20) == 10)
        clock.advance(by: .seconds(5))
        #expect(!budget.tryAcquireRetry())
        #expect(budget.remaining == 0)
        clock.advance(by: .seconds(5))
        #expect(abs(budget.remaining - 10) < 1e-9)
        #expect(acquire(budget, tries: 20) == 10)
    }

    @Test func refillIsGradualAcrossSlices() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0, minRetriesPerSecond: 1, now: clock.reader)
        // Spend one token per second for ten seconds: the reserve is now empty.
        for _ in 0..<10 {
            #expect(budget.tryAcquireRetry())
            clock.advance(by: .seconds(1))
        }
        // From t = 10 s on, each second the oldest retry leaves the window and frees exactly
        // one token.
        for second in 10..<15 {
            #expect(budget.tryAcquireRetry(), "t = \(second) s")
            #expect(!budget.tryAcquireRetry(), "t = \(second) s")
            clock.advance(by: .milliseconds(500))
            #expect(!budget.tryAcquireRetry(), "t = \(second).5 s")
            clock.advance(by: .milliseconds(500))
        }
    }

    @Test func depositsExpireAfterTheWindow() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0.2, minRetriesPerSecond: 0, now: clock.reader)
        for _ in 0..<100 { budget.recordRequest() }
        clock.advance(by: .seconds(9))
        #expect(abs(budget.remaining - 20) < 1e-9)
        clock.advance(by: .seconds(1))
        #expect(budget.remaining == 0)
        #expect(!budget.tryAcquireRetry())
    }

    @Test func idleTimeDoesNotAccumulateTokens() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(now: clock.reader)
        for _ in 0..<1_000 {
            budget.recordRequest()
            clock.advance(by: .milliseconds(100))
        }
        clock.advance(by: .seconds(3_600))
        // An hour of healthy traffic is forgotten: only the reserve is left.
        #expect(abs(budget.remaining - 10) < 1e-9)
        #expect(acquire(budget, tries: 100) == 10)
    }

    @Test func steadyTrafficBoundsRetriesInEveryWindow() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0.2, minRetriesPerSecond: 0, now: clock.reader)
        // 10 requests per second, each failing and trying to retry twice.
        var granted = 0
        for _ in 0..<600 {
            budget.recordRequest()
            granted += acquire(budget, tries: 2)
            clock.advance(by: .milliseconds(100))
        }
        // 6000 retry attempts over 60 s of 600 requests: about 20 % of requests get a retry.
        #expect(granted >= 110 && granted <= 130, "granted \(granted)")
    }

    @Test func clockGoingBackwardsIsHarmless() {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0.2, minRetriesPerSecond: 0, now: clock.reader)
        for _ in 0..<10 { budget.recordRequest() }
        clock.advance(by: .seconds(-30))
        #expect(acquire(budget, tries: 10) == 2)
    }

    @Test func concurrentUseNeverOverdraws() async {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0.2, minRetriesPerSecond: 0, now: clock.reader)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<1_000 { group.addTask { budget.recordRequest() } }
        }
        // No deposit was lost.
        #expect(abs(budget.remaining - 200) < 1e-9)
        let granted = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask { (0..<20).reduce(0) { count, _ in count + (budget.tryAcquireRetry() ? 1 : 0) } }
            }
            return await group.reduce(0, +)
        }
        #expect(granted == 200)
        #expect(!budget.tryAcquireRetry())
    }

    @Test func concurrentMixedTrafficStaysWithinBudget() async {
        let clock = RetryBudgetTestClock()
        let budget = RetryBudget(ratio: 0.2, minRetriesPerSecond: 0, now: clock.reader)
        let granted = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    var count = 0
                    for _ in 0..<20 {
                        budget.recordRequest()
                        if budget.tryAcquireRetry() { count += 1 }
                        if budget.tryAcquireRetry() { count += 1 }
                    }
                    return count
                }
            }
            return await group.reduce(0, +)
        }
        // 1000 requests: never more than 200 retries, however the tasks interleave.
        #expect(granted <= 200)
        #expect(granted >= 190)
    }
}
