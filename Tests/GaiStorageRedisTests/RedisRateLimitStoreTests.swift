import GaiLimits
import GaiRedis
import GaiRedisTesting
import GaiStorageRedis
import NIOCore
import Testing

@Suite struct RedisRateLimitStoreTests {
    @Test(arguments: RateLimitAlgorithm.allCases)
    func admitsExactlyTheLimit(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        var decisions: [RateLimitDecision] = []
        for _ in 0..<12 {
            decisions.append(try await fixture.store.check(key: "k", limit: limit, cost: 1))
        }
        await fixture.shutdown()
        #expect(decisions.map(\.allowed) == Array(repeating: true, count: 10) + [false, false])
        #expect(decisions.prefix(10).map(\.remaining) == Array((0...9).reversed()))
        for refused in decisions.suffix(2) {
            #expect(refused.remaining == 0)
            #expect((refused.retryAfter ?? .zero) > .zero)
            #expect(!refused.isNeverSatisfiable)
        }
        #expect(decisions.allSatisfy { $0.limit == 10 && $0.period == longPeriod })
        #expect(decisions.prefix(10).allSatisfy { $0.retryAfter == nil && $0.resetAfter > .zero })
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func costAboveCapacityIsNeverSatisfiableAndConsumesNothing(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        let refused = try await fixture.store.check(key: "k", limit: limit, cost: 11)
        let next = try await fixture.store.check(key: "k", limit: limit, cost: 1)
        await fixture.shutdown()
        #expect(!refused.allowed)
        #expect(refused.retryAfter == nil)
        #expect(refused.isNeverSatisfiable)
        #expect(refused.remaining == 10)
        #expect(next.allowed && next.remaining == 9)
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func peekChangesNothing(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        let fresh = try await fixture.store.check(key: "k", limit: limit, cost: 0)
        let exists = try await fixture.client.send(["EXISTS", .string(fixture.prefix + "k")])
        _ = try await fixture.store.check(key: "k", limit: limit, cost: 4)
        let peek = try await fixture.store.check(key: "k", limit: limit, cost: 0)
        let again = try await fixture.store.check(key: "k", limit: limit, cost: 0)
        await fixture.shutdown()
        #expect(fresh.allowed && fresh.remaining == 10 && fresh.resetAfter == .zero)
        #expect(exists.int64 == 0)
        #expect(peek.allowed && peek.remaining == 6)
        #expect(again.remaining == 6)
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func refundGivesCapacityBack(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        let spent = try await fixture.store.check(key: "k", limit: limit, cost: 7)
        try await fixture.store.refund(key: "k", limit: limit, amount: 5)
        let afterRefund = try await fixture.store.check(key: "k", limit: limit, cost: 0)
        try await fixture.store.refund(key: "k", limit: limit, amount: 100)
        let afterOverRefund = try await fixture.store.check(key: "k", limit: limit, cost: 0)
        try await fixture.store.refund(key: "missing", limit: limit, amount: 3)
        let missing = try await fixture.client.send(["EXISTS", .string(fixture.prefix + "missing")])
        await fixture.shutdown()
        #expect(spent.remaining == 3)
        #expect(afterRefund.remaining == 8)
        #expect(afterOverRefund.remaining == 10)
        #expect(missing.int64 == 0)
    }

    @Test("refundAll gives back several keys (one of them twice, one missing) in one round trip", arguments: RateLimitAlgorithm.allCases)
    func refundAllInOneCall(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        _ = try await fixture.store.checkAll([(key: "a", limit: limit, cost: 8), (key: "b", limit: limit, cost: 6)])
        try await fixture.store.refundAll([
            (key: "a", limit: limit, cost: 2), (key: "b", limit: limit, cost: 5), (key: "a", limit: limit, cost: 3),
            (key: "missing", limit: limit, cost: 4), (key: "b", limit: limit, cost: 0),
        ])
        let a = try await fixture.store.check(key: "a", limit: limit, cost: 0)
        let b = try await fixture.store.check(key: "b", limit: limit, cost: 0)
        let missing = try await fixture.client.send(["EXISTS", .string(fixture.prefix + "missing")])
        await fixture.shutdown()
        #expect(a.remaining == 7)
        #expect(b.remaining == 9)
        #expect(missing.int64 == 0)
        #expect(fixture.store.isShared)
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func keysGetATimeToLive(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        _ = try await fixture.store.check(key: "k", limit: limit, cost: 1)
        let ttl = try await fixture.client.send(["PTTL", .string(fixture.prefix + "k")])
        let raw = try await fixture.client.get(fixture.prefix + "k")
        await fixture.shutdown()
        let milliseconds = try #require(ttl.int64)
        #expect(milliseconds > 0)
        // At most two periods (a sliding window's count weighs until the end of the next one).
        #expect(milliseconds <= 2 * longPeriod.components.seconds * 1_000)
        let text = raw.map { String(buffer: $0) } ?? ""
        #expect(text.split(separator: ",").count == 4)
    }

    @Test func defaultPrefixNamespacesKeys() async throws {
        let client = try await RedisTestServer.shared().client()
        let store = RedisRateLimitStore(client: client)
        let key = "prefix-test-\(UInt64.random(in: 0...UInt64.max))"
        _ = try await store.check(key: key, limit: .perHour(5), cost: 1)
        let exists = try await client.send(["EXISTS", .string("gai:rl:" + key)])
        await client.shutdown()
        #expect(store.keyPrefix == "gai:rl:")
        #expect(exists.int64 == 1)
    }

    @Test func redisErrorsAreThrown() async throws {
        let server = try await RedisTestServer.start()
        let client = try server.client { $0.reconnectBackoff = .milliseconds(1) }
        let store = RedisRateLimitStore(client: client)
        _ = try await store.check(key: "k", limit: .perHour(5), cost: 1)
        server.stop()
        await #expect(throws: RedisError.self) {
            _ = try await store.check(key: "k", limit: .perHour(5), cost: 1)
        }
        await client.shutdown()
    }
}

/// The one wall-clock test: a refusal's `retryAfter` must be honest against the server's clock.
@Suite struct RedisRateLimitStoreTimingTests {
    @Test(arguments: RateLimitAlgorithm.allCases)
    func retryAfterIsEnough(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let limit = RateLimit(limit: 4, period: .milliseconds(400), algorithm: algorithm)
        var refused: RateLimitDecision?
        for _ in 0..<20 {
            let decision = try await fixture.store.check(key: "k", limit: limit, cost: 1)
            if !decision.allowed { refused = decision; break }
        }
        let wait = try #require(refused?.retryAfter)
        #expect(wait > .zero && wait <= .milliseconds(800))
        try await Task.sleep(for: wait + .milliseconds(2))
        let retried = try await fixture.store.check(key: "k", limit: limit, cost: 1)
        await fixture.shutdown()
        #expect(retried.allowed)
    }
}
