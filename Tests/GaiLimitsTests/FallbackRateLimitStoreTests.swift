import GaiLimits
import Synchronization
import Testing

/// A shared store that is down (or up) on demand, counting the calls it gets.
final class FlakyStore: RateLimitStore {
    struct Down: Error {}
    let down = Mutex(true)
    let calls = Mutex(0)
    let inner = InMemoryRateLimitStore()

    func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision {
        try await checkAll([(key: key, limit: limit, cost: cost)])[0]
    }

    func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision] {
        calls.withLock { $0 += 1 }
        if down.withLock({ $0 }) { throw Down() }
        return inner.checkAll(requests)
    }

    func refund(key: String, limit: RateLimit, amount: Int) async throws {
        if down.withLock({ $0 }) { throw Down() }
        inner.refund(key: key, limit: limit, amount: amount)
    }
}

@Suite("FallbackRateLimitStore")
struct FallbackRateLimitStoreTests {
    let limit = RateLimit.perMinute(2, algorithm: .fixedWindow)

    @Test("fail_open: a failed shared store falls back to the local limiter and is skipped for the cool-down")
    func failOpen() async throws {
        let clock = ManualClock()
        let shared = FlakyStore()
        let store = FallbackRateLimitStore(
            primary: shared, fallback: InMemoryRateLimitStore(now: { clock.now }), mode: .failOpen, coolDown: .seconds(5),
            now: { clock.now })
        #expect(try await store.check(key: "k", limit: limit, cost: 1).allowed)
        #expect(try await store.check(key: "k", limit: limit, cost: 1).allowed)
        #expect(try await !store.check(key: "k", limit: limit, cost: 1).allowed, "the local limit still applies")
        #expect(shared.calls.withLock { $0 } == 1, "one failure, then the shared store is not waited on")
        #expect(store.fallbackCount == 3)
        shared.down.withLock { $0 = false }
        clock.advance(by: .seconds(6))
        #expect(try await store.check(key: "other", limit: limit, cost: 1).allowed)
        #expect(shared.calls.withLock { $0 } == 2, "after the cool-down the shared store is used again")
        #expect(!store.isOpen)
    }

    @Test("fail_closed: a failed shared store refuses with Unavailable, also during the cool-down")
    func failClosed() async throws {
        let shared = FlakyStore()
        let store = FallbackRateLimitStore(primary: shared, fallback: InMemoryRateLimitStore(), mode: .failClosed)
        await #expect(throws: FallbackRateLimitStore.Unavailable.self) { try await store.check(key: "k", limit: limit, cost: 1) }
        await #expect(throws: FallbackRateLimitStore.Unavailable.self) { try await store.checkAll([(key: "k", limit: limit, cost: 1)]) }
        #expect(shared.calls.withLock { $0 } == 1)
        try await store.refund(key: "k", limit: limit, amount: 1)  // never throws
    }
}
