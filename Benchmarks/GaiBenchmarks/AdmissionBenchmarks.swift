// What a keyed request pays before and after its upstream call (issue 5 target: keys + limits
// cost < 10 % of gateway throughput): authenticate the key (hash + cache), admit it under the
// limits (one global rule, the key's rpm + tpm, a model tpm: four counters in one atomic check,
// eight response headers), and settle its token reservation.
import Benchmark
import GaiGateway
import GaiLimits
import GaiStorage

func admissionBenchmarks(microConfig: Benchmark.Configuration) {
    let secret = "gai-0123456789abcdefghijABCDEFGHIJ0123456789"
    let key = GatewayKey(
        id: "key_0193a5e47c2b7d419f3e", name: "bench", hash: KeyAuthenticator.hash(secret), prefix: "gai-0123",
        limits: .init(requestsPerMinute: 1_000_000_000, tokensPerMinute: 1_000_000_000))
    let keys = InMemoryGatewayKeyStore()
    let authenticator = KeyAuthenticator(store: keys)
    let limiter = RequestLimiter(
        store: InMemoryRateLimitStore(),
        rules: [
            LimitRule(scope: .global, unit: .requests, limit: .perMinute(1_000_000_000)),
            LimitRule(scope: .model, model: "gpt-4o-mini", unit: .tokens, limit: .perMinute(1_000_000_000, algorithm: .slidingWindow)),
        ])

    Benchmark("keyed request: authenticate (hash + cache)", configuration: microConfig) { benchmark in
        try await keys.insert(key)
        _ = try await authenticator.authenticate(secret)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await authenticator.authenticate(secret))
        }
    }

    Benchmark("keyed request: admit (4 counters + headers) and finish", configuration: microConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            let admission = try await limiter.admit(model: "gpt-4o-mini", key: key, estimatedTokens: 300)
            blackHole(admission.headers)
            await admission.finish(actualTokens: 120)
        }
    }
}
