import GaiCore
import GaiRouting
import Synchronization
import Testing

/// A clock that only moves when told to.
private final class ManualClock: Sendable {
    let start: ContinuousClock.Instant
    private let current: Mutex<ContinuousClock.Instant>

    init() {
        let start = ContinuousClock.now
        self.start = start
        self.current = Mutex(start)
    }

    var now: ContinuousClock.Instant { current.withLock { $0 } }

    func advance(by duration: Duration) {
        current.withLock { $0 += duration }
    }
}

private func makeBreaker(
    _ configuration: CircuitBreaker.Configuration = CircuitBreaker.Configuration()
) -> (CircuitBreaker, ManualClock) {
    let clock = ManualClock()
    return (CircuitBreaker(configuration: configuration, now: { clock.now }), clock)
}

private let transient = GaiError(.overloaded, "upstream overloaded")

/// Acquires a permit and reports `outcome` for it; `false` when the breaker refused the call.
@discardableResult
private func call(_ breaker: CircuitBreaker, _ outcome: CircuitBreaker.Outcome) -> Bool {
    guard let permit = breaker.acquire() else { return false }
    breaker.record(permit, outcome: outcome)
    return true
}

private func fail(_ breaker: CircuitBreaker, times: Int, with error: GaiError = transient) {
    for _ in 0..<times { call(breaker, .failure(error)) }
}

/// Trips a default breaker with five consecutive transient failures.
private func trip(_ breaker: CircuitBreaker) {
    fail(breaker, times: 5)
}

private let transientCodes: [ErrorCode] = [.rateLimited, .overloaded, .timeout, .network, .providerUnavailable]

@Suite("CircuitBreaker")
struct CircuitBreakerTests {
    @Test("the defaults are the documented ones")
    func defaults() {
        let configuration = CircuitBreaker.Configuration()
        #expect(configuration.consecutiveFailureThreshold == 5)
        #expect(configuration.failureRateThreshold == 0.5)
        #expect(configuration.windowSize == 20)
        #expect(configuration.windowDuration == .seconds(30))
        #expect(configuration.minimumWindowOutcomes == 10)
        #expect(configuration.coolDown == .seconds(30))
        #expect(configuration.halfOpenMaxProbes == 1)
        let (breaker, _) = makeBreaker()
        #expect(breaker.state == .closed)
        #expect(breaker.stateCode == 0)
    }

    @Test("opens after 5 consecutive transient failures", arguments: transientCodes)
    func tripsOnConsecutiveFailures(code: ErrorCode) {
        let (breaker, clock) = makeBreaker()
        fail(breaker, times: 4, with: GaiError(code, "boom"))
        #expect(breaker.state == .closed)
        #expect(call(breaker, .failure(GaiError(code, "boom"))))
        #expect(breaker.state == .open(until: clock.start + .seconds(30)))
        #expect(breaker.stateCode == 2)
    }

    @Test("a success in between resets the consecutive-failure count")
    func successResetsConsecutiveCount() {
        let (breaker, _) = makeBreaker()
        fail(breaker, times: 4)
        call(breaker, .success)
        fail(breaker, times: 4)
        #expect(breaker.state == .closed)
        fail(breaker, times: 1)
        #expect(breaker.stateCode == 2)
    }

    @Test("a neutral (non-transient) error does not reset the consecutive-failure count")
    func neutralErrorDoesNotReset() {
        let (breaker, _) = makeBreaker()
        fail(breaker, times: 4)
        call(breaker, .failure(.invalidRequest("bad")))
        #expect(breaker.state == .closed)
        fail(breaker, times: 1)
        #expect(breaker.stateCode == 2)
    }

    @Test("the ratio rule trips with interleaved successes once the window has 10 outcomes")
    func ratioRuleTrips() {
        let (breaker, clock) = makeBreaker()
        for _ in 0..<4 {
            call(breaker, .failure(transient))
            call(breaker, .success)
        }
        call(breaker, .failure(transient))
        #expect(breaker.state == .closed, "9 outcomes: below the minimum")
        call(breaker, .success)
        #expect(breaker.state == .closed, "a success never trips")
        call(breaker, .failure(transient))
        // 11 outcomes, 6 failures: ≥ 50%.
        #expect(breaker.state == .open(until: clock.start + .seconds(30)))
    }

    @Test("a failure ratio below 50% never trips")
    func ratioBelowThreshold() {
        let (breaker, _) = makeBreaker()
        // F S F S S: 40% failures, never more than one in a row.
        for _ in 0..<10 {
            for outcome: CircuitBreaker.Outcome in [.failure(transient), .success, .failure(transient), .success, .success] {
                #expect(call(breaker, outcome))
            }
        }
        #expect(breaker.state == .closed)
    }

    @Test("only the last 20 outcomes count toward the ratio")
    func windowIsBoundedByCount() {
        let (breaker, _) = makeBreaker()
        for _ in 0..<20 { call(breaker, .success) }
        for _ in 0..<2 {
            fail(breaker, times: 4)
            call(breaker, .success)
        }
        // Window now: 10 successes, then F F F F S F F F F S (8/20 = 40%).
        fail(breaker, times: 1)
        #expect(breaker.state == .closed, "9/20 = 45%")
        fail(breaker, times: 1)
        // 10/20 = 50% within the last 20 (an unbounded window would hold 10/32).
        #expect(breaker.stateCode == 2)
    }

    @Test("outcomes older than the 30 s window do not count")
    func windowExpiry() {
        let (breaker, clock) = makeBreaker()
        for _ in 0..<4 {
            call(breaker, .failure(transient))
            call(breaker, .success)
        }
        clock.advance(by: .seconds(31))
        for _ in 0..<4 {
            call(breaker, .failure(transient))
            call(breaker, .success)
        }
        // 16 outcomes at 50%, but only 8 are within the window.
        #expect(breaker.state == .closed)
        call(breaker, .success)
        #expect(breaker.state == .closed)
        call(breaker, .failure(transient))
        // Now 10 recent outcomes, 5 failures.
        #expect(breaker.state == .open(until: clock.start + .seconds(61)))
    }

    @Test("no error code trips the breaker when the error is not transient", arguments: ErrorCode.allCases)
    func nonTransientErrorsNeverTrip(code: ErrorCode) {
        let (breaker, _) = makeBreaker()
        for _ in 0..<50 {
            #expect(call(breaker, .failure(GaiError(code, "nope", isTransient: false))))
        }
        #expect(breaker.state == .closed)
    }

    @Test(
        "codes outside the transient set never trip, even when flagged transient",
        arguments: ErrorCode.allCases.filter { !$0.isTransientByDefault }, [false, true])
    func nonTransientCodesNeverTrip(code: ErrorCode, flaggedTransient: Bool) {
        let (breaker, _) = makeBreaker()
        for _ in 0..<50 {
            #expect(call(breaker, .failure(GaiError(code, "nope", isTransient: flaggedTransient))))
        }
        #expect(breaker.state == .closed)
        #expect(CircuitBreaker.countsAsFailure(GaiError(code, "nope", isTransient: flaggedTransient)) == false)
    }

    @Test("only the five transient codes count", arguments: ErrorCode.allCases)
    func countsAsFailure(code: ErrorCode) {
        #expect(CircuitBreaker.countsAsFailure(GaiError(code, "x")) == transientCodes.contains(code))
    }

    @Test("an open breaker refuses every call until the cool-down has elapsed")
    func openRefuses() {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        #expect(breaker.acquire() == nil)
        clock.advance(by: .seconds(29))
        #expect(breaker.acquire() == nil)
        #expect(breaker.state == .open(until: clock.start + .seconds(30)))
        clock.advance(by: .milliseconds(999))
        #expect(breaker.acquire() == nil)
    }

    @Test("after the cool-down the breaker is half-open and lets exactly one probe through")
    func halfOpenSingleProbe() throws {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        clock.advance(by: .seconds(30))
        #expect(breaker.state == .halfOpen)
        #expect(breaker.stateCode == 1)
        let probe = try #require(breaker.acquire())
        #expect(probe.isProbe)
        #expect(breaker.acquire() == nil)
        #expect(breaker.acquire() == nil)
        #expect(breaker.state == .halfOpen)
    }

    @Test("a successful probe closes the breaker with fresh counters")
    func probeSuccessCloses() throws {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        clock.advance(by: .seconds(30))
        let probe = try #require(breaker.acquire())
        breaker.record(probe, outcome: .success)
        #expect(breaker.state == .closed)
        let next = try #require(breaker.acquire())
        #expect(!next.isProbe)
        #expect(breaker.acquire() != nil)
        breaker.record(next, outcome: .success)
        fail(breaker, times: 4)
        #expect(breaker.state == .closed)
        fail(breaker, times: 1)
        #expect(breaker.state == .open(until: clock.start + .seconds(60)))
    }

    @Test("a failed probe re-opens the breaker with a fresh cool-down")
    func probeFailureReopens() throws {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        clock.advance(by: .seconds(30))
        let probe = try #require(breaker.acquire())
        clock.advance(by: .seconds(2))
        breaker.record(probe, outcome: .failure(GaiError(.timeout, "slow")))
        #expect(breaker.state == .open(until: clock.start + .seconds(62)))
        #expect(breaker.acquire() == nil)
        clock.advance(by: .seconds(30))
        #expect(breaker.acquire()?.isProbe == true)
    }

    @Test("a non-transient probe failure frees the slot and stays half-open")
    func probeNeutralFailure() throws {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        clock.advance(by: .seconds(30))
        let probe = try #require(breaker.acquire())
        breaker.record(probe, outcome: .failure(GaiError(.unauthorized, "bad key")))
        #expect(breaker.state == .halfOpen)
        #expect(breaker.acquire()?.isProbe == true)
    }

    @Test(
        "an upstream retry-after longer than the cool-down extends it",
        arguments: [
            (nil, 30), (10, 30), (30, 30), (120, 120), (3600, 600),
        ] as [(Int?, Int)])
    func retryAfterExtendsCoolDown(retryAfter: Int?, expectedSeconds: Int) {
        let (breaker, clock) = makeBreaker()
        fail(breaker, times: 4)
        call(breaker, .failure(GaiError(.rateLimited, "slow down", retryAfter: retryAfter.map { .seconds($0) })))
        let until = clock.start + .seconds(expectedSeconds)
        #expect(breaker.state == .open(until: until))
        clock.advance(by: .seconds(expectedSeconds) - .milliseconds(1))
        #expect(breaker.acquire() == nil)
        clock.advance(by: .milliseconds(1))
        #expect(breaker.acquire()?.isProbe == true)
    }

    @Test("a failed probe's retry-after extends the fresh cool-down")
    func probeRetryAfter() throws {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        clock.advance(by: .seconds(30))
        let probe = try #require(breaker.acquire())
        breaker.record(probe, outcome: .failure(GaiError(.rateLimited, "slow down", retryAfter: .seconds(90))))
        #expect(breaker.state == .open(until: clock.start + .seconds(120)))
    }

    @Test("a cancelled probe frees its slot without changing state, exactly once")
    func cancelledProbeFreesSlot() throws {
        let (breaker, clock) = makeBreaker()
        trip(breaker)
        clock.advance(by: .seconds(30))
        let first = try #require(breaker.acquire())
        #expect(breaker.acquire() == nil)
        breaker.record(first, outcome: .cancelled)
        #expect(breaker.state == .halfOpen)
        let second = try #require(breaker.acquire())
        #expect(second.isProbe)
        // Reporting the first permit again must not free the second probe's slot.
        breaker.record(first, outcome: .cancelled)
        breaker.record(first, outcome: .success)
        #expect(breaker.state == .halfOpen)
        #expect(breaker.acquire() == nil)
    }

    @Test("cancelled permits never count while closed")
    func cancelledWhileClosed() {
        let (breaker, _) = makeBreaker()
        fail(breaker, times: 4)
        for _ in 0..<20 { call(breaker, .cancelled) }
        #expect(breaker.state == .closed)
        fail(breaker, times: 1)
        #expect(breaker.stateCode == 2, "cancellations did not reset the count either")
    }

    @Test("a permit from before the breaker opened is ignored when reported late")
    func stalePermitIgnored() throws {
        let (breaker, clock) = makeBreaker()
        let early = try #require(breaker.acquire())
        trip(breaker)
        clock.advance(by: .seconds(30))
        breaker.record(early, outcome: .success)
        #expect(breaker.state == .halfOpen)
        let probe = try #require(breaker.acquire())
        breaker.record(probe, outcome: .success)
        // And a stale failure does not count in the new closed period.
        for _ in 0..<10 { breaker.record(early, outcome: .failure(transient)) }
        fail(breaker, times: 4)
        #expect(breaker.state == .closed)
    }

    @Test("half-open allows the configured number of concurrent probes")
    func multipleProbes() {
        let (breaker, clock) = makeBreaker(CircuitBreaker.Configuration(halfOpenMaxProbes: 3))
        trip(breaker)
        clock.advance(by: .seconds(30))
        let probes = (0..<5).compactMap { _ in breaker.acquire() }
        #expect(probes.count == 3)
        #expect(probes.allSatisfy { $0.isProbe })
        #expect(Set(probes).count == 3)
    }

    @Test("state codes", arguments: [
        (CircuitBreaker.State.closed, 0), (.halfOpen, 1), (.open(until: .now), 2),
    ])
    func stateCodes(state: CircuitBreaker.State, code: Int) {
        #expect(state.code == code)
    }

    @Test("reset closes an open breaker")
    func reset() {
        let (breaker, _) = makeBreaker()
        trip(breaker)
        #expect(breaker.stateCode == 2)
        breaker.reset()
        #expect(breaker.state == .closed)
        #expect(breaker.acquire() != nil)
    }

    @Test("concurrent callers: failures open it once, and only one probe gets through")
    func concurrencySmoke() async throws {
        let (breaker, clock) = makeBreaker()
        let granted = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    var granted = 0
                    for _ in 0..<100 {
                        if call(breaker, .failure(transient)) { granted += 1 }
                    }
                    return granted
                }
            }
            return await group.reduce(0, +)
        }
        #expect(granted >= 5)
        #expect(breaker.state == .open(until: clock.start + .seconds(30)))

        clock.advance(by: .seconds(30))
        let probes = await withTaskGroup(of: CircuitBreaker.Permit?.self) { group in
            for _ in 0..<200 { group.addTask { breaker.acquire() } }
            return await group.reduce(into: [CircuitBreaker.Permit]()) { if let permit = $1 { $0.append(permit) } }
        }
        #expect(probes.count == 1)
        let probe = try #require(probes.first)
        breaker.record(probe, outcome: .success)
        #expect(breaker.state == .closed)

        // Concurrent successes, cancellations and neutral errors keep it closed, and leave the
        // counters clean: exactly five more transient failures open it.
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<64 {
                group.addTask {
                    for index in 0..<100 {
                        switch (task + index) % 3 {
                        case 0: call(breaker, .success)
                        case 1: call(breaker, .cancelled)
                        default: call(breaker, .failure(GaiError(.contextLengthExceeded, "too long")))
                        }
                    }
                }
            }
        }
        #expect(breaker.state == .closed)
        fail(breaker, times: 4)
        #expect(breaker.state == .closed)
        fail(breaker, times: 1)
        #expect(breaker.stateCode == 2)
    }
}

@Suite("CircuitBreakerRegistry")
struct CircuitBreakerRegistryTests {
    let a = Deployment(provider: "openai", model: "gpt-4o")
    let b = Deployment(provider: "openrouter", model: "gpt-4o")
    let c = Deployment(provider: "openai", model: "gpt-4o-mini")

    @Test("one breaker per deployment")
    func sameAndDifferent() {
        let registry = CircuitBreakerRegistry()
        #expect(registry.breaker(for: a) === registry.breaker(for: a))
        #expect(registry.breaker(for: a) !== registry.breaker(for: b))
        #expect(registry.breaker(for: a) !== registry.breaker(for: c))
        #expect(registry.breaker(for: Deployment(provider: "openai", model: "gpt-4o")) === registry.breaker(for: a))
    }

    @Test("breakers share the configuration and clock; the snapshot shows each state")
    func snapshot() {
        let clock = ManualClock()
        let registry = CircuitBreakerRegistry(
            configuration: CircuitBreaker.Configuration(consecutiveFailureThreshold: 2), now: { clock.now })
        #expect(registry.snapshot().isEmpty)
        let breaker = registry.breaker(for: a)
        #expect(breaker.configuration.consecutiveFailureThreshold == 2)
        fail(breaker, times: 2)
        _ = registry.breaker(for: b)
        #expect(registry.snapshot() == [a: .open(until: clock.start + .seconds(30)), b: .closed])
        clock.advance(by: .seconds(30))
        #expect(registry.snapshot() == [a: .halfOpen, b: .closed])
    }

    @Test("concurrent lookups agree on one breaker")
    func concurrentLookups() async {
        let registry = CircuitBreakerRegistry()
        let deployment = a
        let ids = await withTaskGroup(of: ObjectIdentifier.self) { group in
            for _ in 0..<100 { group.addTask { ObjectIdentifier(registry.breaker(for: deployment)) } }
            return await group.reduce(into: Set<ObjectIdentifier>()) { $0.insert($1) }
        }
        #expect(ids.count == 1)
        #expect(registry.snapshot().count == 1)
    }

    @Test("every phase change reaches the observer once: opened with its cool-down, half-opened, closed, and an admin reset")
    func transitionsObserved() {
        let clock = ManualClock()
        let seen = Mutex<[CircuitBreaker.Transition]>([])
        let breaker = CircuitBreaker(now: { clock.now }) { transition in seen.withLock { $0.append(transition) } }
        for _ in 0..<5 { call(breaker, .failure(transient)) }
        #expect(seen.withLock { $0 } == [.opened(coolDown: .seconds(30))])
        #expect(!call(breaker, .success))
        clock.advance(by: .seconds(30))
        _ = breaker.state
        _ = breaker.state
        #expect(seen.withLock { $0 } == [.opened(coolDown: .seconds(30)), .halfOpened])
        call(breaker, .success)
        #expect(seen.withLock { $0 } == [.opened(coolDown: .seconds(30)), .halfOpened, .closed])
        breaker.reset()  // already closed: no change, nothing reported
        #expect(seen.withLock { $0 }.count == 3)
        for _ in 0..<5 { call(breaker, .failure(transient)) }
        breaker.reset()
        #expect(seen.withLock { $0 }.suffix(2) == [.opened(coolDown: .seconds(30)), .closed])
    }
}
