import GaiCore
import GaiGateway
import GaiLimits
import GaiStorage
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
        #expect(third.headers.contains { $0.0 == "x-ratelimit-remaining-tokens" && $0.1 == "100" })
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
