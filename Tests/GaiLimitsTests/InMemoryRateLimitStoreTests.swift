import GaiLimits
import Testing

private func makeStore(maximumKeys: Int = 100_000, shardCount: Int = 16) -> (InMemoryRateLimitStore, ManualClock) {
    let clock = ManualClock()
    let configuration = InMemoryRateLimitStore.Configuration(maximumKeys: maximumKeys, shardCount: shardCount)
    return (InMemoryRateLimitStore(configuration: configuration, now: { clock.now }), clock)
}

@Suite("In-memory rate-limit store")
struct InMemoryRateLimitStoreTests {
    let tenPerMinute = RateLimit.perMinute(10, algorithm: .fixedWindow)

    @Test("checks follow the injected clock", arguments: RateLimitAlgorithm.allCases)
    func clock(algorithm: RateLimitAlgorithm) {
        let (store, clock) = makeStore()
        let limit = RateLimit.perMinute(10, algorithm: algorithm)
        #expect((0..<11).filter { _ in store.check(key: "k", limit: limit, cost: 1).allowed }.count == 10)
        let refused = store.check(key: "k", limit: limit, cost: 1)
        #expect(!refused.allowed)
        clock.advance(by: .seconds(120))
        #expect(store.check(key: "k", limit: limit, cost: 1).allowed)
        #expect(store.check(key: "other", limit: limit, cost: 10).allowed)
    }

    @Test("refunds reach the stored state")
    func refund() {
        let (store, _) = makeStore()
        #expect(store.check(key: "k", limit: tenPerMinute, cost: 10).allowed)
        store.refund(key: "k", limit: tenPerMinute, amount: 4)
        #expect(store.check(key: "k", limit: tenPerMinute, cost: 0).remaining == 4)
        store.refund(key: "unknown", limit: tenPerMinute, amount: 4)
        #expect(store.keyCount == 1)
    }

    @Test("checkAll consumes all or nothing")
    func atomicity() async throws {
        let (store, _) = makeStore()
        let perKey = RateLimit.perMinute(10, algorithm: .fixedWindow)
        let global = RateLimit.perMinute(1, algorithm: .fixedWindow)
        let first = store.checkAll([(key: "key:a", limit: perKey, cost: 1), (key: "global", limit: global, cost: 1)])
        #expect(first.map(\.allowed) == [true, true])
        #expect(first.map(\.remaining) == [9, 0])

        let second = store.checkAll([(key: "key:a", limit: perKey, cost: 1), (key: "global", limit: global, cost: 1)])
        #expect(second[0].allowed)
        #expect(second[0].remaining == 9)  // reported unchanged: nothing was consumed
        #expect(!second[1].allowed)
        #expect(second[1].retryAfter == .seconds(60))
        // The refused global limit left the per-key limit untouched.
        #expect(store.check(key: "key:a", limit: perKey, cost: 0).remaining == 9)

        // The protocol's async entry point behaves the same.
        let viaProtocol: any RateLimitStore = store
        let third = try await viaProtocol.checkAll([(key: "key:a", limit: perKey, cost: 9), (key: "key:b", limit: perKey, cost: 11)])
        #expect(third.map(\.allowed) == [true, false])
        #expect(third[1].isNeverSatisfiable)
        #expect(try await viaProtocol.check(key: "key:a", limit: perKey, cost: 0).remaining == 9)
        #expect(store.checkAll([]).isEmpty)
    }

    @Test("checkAll across many shards refuses as a whole")
    func atomicityAcrossShards() {
        let (store, _) = makeStore()
        let keys = (0..<50).map { "key:\($0)" }
        let everything = keys.map { (key: $0, limit: tenPerMinute, cost: 3) }
        #expect(store.checkAll(everything).allSatisfy { $0.allowed })
        let tooMuch = everything + [(key: "key:7", limit: tenPerMinute, cost: 8)]
        let refused = store.checkAll(tooMuch)
        #expect(refused.filter { !$0.allowed }.count == 1)
        #expect(keys.allSatisfy { store.check(key: $0, limit: tenPerMinute, cost: 0).remaining == 7 })
    }

    @Test("a key listed twice sees its own consumption")
    func duplicateKeys() {
        let (store, _) = makeStore()
        let two = RateLimit.perMinute(2, algorithm: .slidingWindow)
        let both = store.checkAll([(key: "k", limit: two, cost: 1), (key: "k", limit: two, cost: 1)])
        #expect(both.map(\.remaining) == [1, 0])
        let again = store.checkAll([(key: "k", limit: two, cost: 1)])
        #expect(!again[0].allowed)
    }

    @Test("a full store evicts the least recently touched key")
    func leastRecentlyTouched() {
        let (store, _) = makeStore(maximumKeys: 4, shardCount: 1)
        for key in ["k0", "k1", "k2", "k3"] { _ = store.check(key: key, limit: tenPerMinute, cost: 1) }
        _ = store.check(key: "k0", limit: tenPerMinute, cost: 1)
        _ = store.check(key: "k4", limit: tenPerMinute, cost: 1)
        #expect(store.keyCount == 4)
        #expect(store.check(key: "k1", limit: tenPerMinute, cost: 0).remaining == 10)  // forgotten
        #expect(store.check(key: "k0", limit: tenPerMinute, cost: 0).remaining == 8)  // kept
    }

    @Test("idle keys go before live ones, and never grow the store past its bound")
    func idleFirst() {
        let (store, clock) = makeStore(maximumKeys: 4, shardCount: 1)
        let hourly = RateLimit.perHour(10, algorithm: .fixedWindow)
        _ = store.check(key: "hourly", limit: hourly, cost: 1)
        for key in ["m1", "m2", "m3"] { _ = store.check(key: key, limit: tenPerMinute, cost: 1) }
        clock.advance(by: .seconds(61))
        _ = store.check(key: "new", limit: tenPerMinute, cost: 1)
        #expect(store.keyCount == 2)
        #expect(store.check(key: "hourly", limit: hourly, cost: 0).remaining == 9)
        for index in 0..<1_000 { _ = store.check(key: "flood:\(index)", limit: tenPerMinute, cost: 1) }
        #expect(store.keyCount <= 4)
    }

    @Test("the key bound holds across shards")
    func boundAcrossShards() {
        let (store, _) = makeStore(maximumKeys: 64, shardCount: 16)
        for index in 0..<5_000 { _ = store.check(key: "key:\(index)", limit: tenPerMinute, cost: 1) }
        #expect(store.keyCount <= 64)
        #expect(store.configuration == InMemoryRateLimitStore.Configuration(maximumKeys: 64, shardCount: 16))
    }

    @Test("1000 concurrent checks of a 100-per-minute limit admit exactly 100", arguments: RateLimitAlgorithm.allCases)
    func concurrentChecks(algorithm: RateLimitAlgorithm) async {
        let (store, _) = makeStore()
        let limit = RateLimit.perMinute(100, algorithm: algorithm)
        let admitted = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<1_000 {
                group.addTask { store.check(key: "shared", limit: limit, cost: 1).allowed }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(admitted == 100)
    }

    /// Ten per-key limits of 20 (200 in total) under a global 100: the global limit decides,
    /// and a refusal must not leak per-key quota. Many shards are locked in every batch, so a
    /// lock-order bug would deadlock here.
    @Test("1000 concurrent checkAll batches respect every limit exactly")
    func concurrentBatches() async {
        let (store, _) = makeStore()
        let global = RateLimit.perMinute(100, algorithm: .slidingWindow)
        let perKey = RateLimit.perMinute(20, algorithm: .tokenBucket)
        let admitted = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<1_000 {
                group.addTask {
                    let key = "key:\(index % 10)"
                    let batch = index.isMultiple(of: 2)
                        ? [(key: key, limit: perKey, cost: 1), (key: "global", limit: global, cost: 1)]
                        : [(key: "global", limit: global, cost: 1), (key: key, limit: perKey, cost: 1)]
                    return store.checkAll(batch).allSatisfy(\.allowed)
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(admitted == 100)
        #expect(store.check(key: "global", limit: global, cost: 0).remaining == 0)
        let perKeySpent = (0..<10).map { 20 - store.check(key: "key:\($0)", limit: perKey, cost: 0).remaining }
        #expect(perKeySpent.reduce(0, +) == 100)
    }
}
