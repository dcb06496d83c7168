import GaiCore
import GaiGateway
import GaiLimits
import GaiStorage
import HTTPTypes
import Synchronization
import Testing

@Suite("RequestLimiter")
struct RequestLimiterTests {
    let clock = ManualClock()

    func limiter(_ rules: [LimitRule], concurrency: [ConcurrencyRule] = []) -> RequestLimiter {
        let clock = self.clock
        return RequestLimiter(store: InMemoryRateLimitStore(now: { clock.now() }), rules: rules, concurrencyRules: concurrency)
    }

    @Test("scopes: a key rule counts per key, a user rule per user across keys, a model rule per model")
    func scopes() async throws {
        let limiter = limiter([
            LimitRule(scope: .key, unit: .requests, limit: .perMinute(2, algorithm: .fixedWindow)),
            LimitRule(scope: .user, unit: .requests, limit: .perMinute(3, algorithm: .fixedWindow)),
        ])
        let a = GatewayKey(id: "a", name: "a", hash: "ha", prefix: "p", user: "ada")
        let b = GatewayKey(id: "b", name: "b", hash: "hb", prefix: "p", user: "ada")
        _ = try await limiter.admit(model: "m", key: a, estimatedTokens: 1)
        _ = try await limiter.admit(model: "m", key: a, estimatedTokens: 1)
        let keyRefusal = try await #require(throws: GaiError.self) { try await limiter.admit(model: "m", key: a, estimatedTokens: 1) }
        #expect(keyRefusal.code == .rateLimited)
        #expect(keyRefusal.message.contains("key 'a'"))
        // The refused request consumed nothing (checks are atomic): the user has used 2 of 3.
        _ = try await limiter.admit(model: "m", key: b, estimatedTokens: 1)
        let userRefusal = try await #require(throws: GaiError.self) { try await limiter.admit(model: "m", key: b, estimatedTokens: 1) }
        #expect(userRefusal.message.contains("user 'ada'"))
        #expect(userRefusal.retryAfter != nil)
        clock.advance(by: .seconds(60))
        _ = try await limiter.admit(model: "m", key: b, estimatedTokens: 1)
    }

    @Test("tokens are reserved up front and the unused part is given back when the request ends")
    func reconcile() async throws {
        let limiter = limiter([LimitRule(scope: .global, unit: .tokens, limit: .perMinute(1000, algorithm: .fixedWindow))])
        let first = try await limiter.admit(model: "m", key: nil, estimatedTokens: 600)
        await #expect(throws: GaiError.self) { try await limiter.admit(model: "m", key: nil, estimatedTokens: 600) }
        await first.finish(actualTokens: 100)
        let second = try await limiter.admit(model: "m", key: nil, estimatedTokens: 600)
        await second.finish(actualTokens: 100)
        await second.finish(actualTokens: 0)  // a second finish changes nothing
        let third = try await limiter.admit(model: "m", key: nil, estimatedTokens: 700)
        #expect(third.headers.contains { $0.name.canonicalName == "x-ratelimit-remaining-tokens" && $0.value == "100" })
    }

    @Test("an admitted request carries the OpenAI and IETF fields, in the same form as RateLimitHeaders")
    func headerFields() async throws {
        let limiter = limiter([
            LimitRule(scope: .global, unit: .requests, limit: .perMinute(10, algorithm: .fixedWindow)),
            LimitRule(scope: .model, unit: .tokens, limit: .perMinute(1000, algorithm: .tokenBucket)),
        ])
        let admission = try await limiter.admit(model: "m", key: nil, estimatedTokens: 100)
        let fields = admission.headers.map { ($0.name.canonicalName, $0.value) }
        #expect(fields.map(\.0) == [
            "x-ratelimit-limit-requests", "x-ratelimit-remaining-requests", "x-ratelimit-reset-requests",
            "x-ratelimit-limit-tokens", "x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens", "ratelimit-policy", "ratelimit",
        ])
        let values = Dictionary(fields, uniquingKeysWith: { first, _ in first })
        #expect(values["x-ratelimit-remaining-requests"] == "9")
        #expect(values["x-ratelimit-remaining-tokens"] == "900")
        #expect(values["x-ratelimit-reset-tokens"] == "6s")
        #expect(values["ratelimit-policy"] == #""requests";q=10;w=60, "tokens";q=1000;w=60"#)
        #expect(values["ratelimit"]?.hasPrefix(#""requests";r=9;t="#) == true)
        #expect(values["ratelimit"]?.hasSuffix(#", "tokens";r=900;t=6"#) == true)
    }

    @Test("with a shared store, unused tokens go back through the refund queue, off the request's path")
    func deferredRefunds() async throws {
        let clock = self.clock
        let shared = SharedMemoryStore(inner: InMemoryRateLimitStore(now: { clock.now() }))
        let limiter = RequestLimiter(
            store: shared, rules: [LimitRule(scope: .global, unit: .tokens, limit: .perMinute(1000, algorithm: .fixedWindow))])
        let queue = try #require(limiter.refundQueue)
        let first = try await limiter.admit(model: "m", key: nil, estimatedTokens: 600)
        await first.finish(actualTokens: 100)
        #expect(queue.pendingCount == 1, "queued, not yet given back")
        await #expect(throws: GaiError.self) { try await limiter.admit(model: "m", key: nil, estimatedTokens: 600) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await queue.run() }
            await queue.flush()
            group.cancelAll()
        }
        _ = try await limiter.admit(model: "m", key: nil, estimatedTokens: 600)
        #expect(RequestLimiter(store: InMemoryRateLimitStore(), rules: []).refundQueue == nil)
    }

    @Test("a concurrency slot is held until the request ends")
    func concurrency() async throws {
        let limiter = limiter([], concurrency: [ConcurrencyRule(scope: .model, limit: 1)])
        let first = try await limiter.admit(model: "m", key: nil, estimatedTokens: 1)
        await #expect(throws: GaiError.self) { try await limiter.admit(model: "m", key: nil, estimatedTokens: 1) }
        _ = try await limiter.admit(model: "other", key: nil, estimatedTokens: 1)
        await first.finish(actualTokens: nil)
        _ = try await limiter.admit(model: "m", key: nil, estimatedTokens: 1)
    }
}

/// An in-memory store that says it is shared, as Redis and PostgreSQL do.
final class SharedMemoryStore: RateLimitStore {
    let inner: InMemoryRateLimitStore
    init(inner: InMemoryRateLimitStore) { self.inner = inner }
    var isShared: Bool { true }
    func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision { inner.check(key: key, limit: limit, cost: cost) }
    func refund(key: String, limit: RateLimit, amount: Int) async throws { inner.refund(key: key, limit: limit, amount: amount) }
    func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision] { inner.checkAll(requests) }
}
