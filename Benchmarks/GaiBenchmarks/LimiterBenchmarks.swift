// The limiter's cost per request (issue 5 target: a check in memory under 1 µs).
import Benchmark
import GaiLimits

func limiterBenchmarks(nanoConfig: Benchmark.Configuration) {
    for algorithm in RateLimitAlgorithm.allCases {
        // A limit that never refuses, so every iteration does the full allow path.
        let limit = RateLimit(limit: 1_000_000_000, period: .seconds(60), algorithm: algorithm)
        Benchmark("limiter check, in memory (\(algorithm.rawValue))", configuration: nanoConfig) { benchmark in
            let store = InMemoryRateLimitStore()
            for _ in benchmark.scaledIterations {
                blackHole(store.check(key: "rl:key:key_0193a5e47c2b7d419f3e:*:requests:60", limit: limit, cost: 1))
            }
        }
    }

    // What a keyed request with three rules does: four counters in one atomic step.
    Benchmark("limiter checkAll, 4 counters (global, key rpm+tpm, model tpm)", configuration: nanoConfig) { benchmark in
        let store = InMemoryRateLimitStore()
        let checks: [RateLimitCheck] = [
            (key: "rl:global:*:*:requests:60", limit: .perMinute(1_000_000_000), cost: 1),
            (key: "rl:key:key_0193:*:requests:60", limit: .perMinute(1_000_000_000), cost: 1),
            (key: "rl:key:key_0193:*:tokens:60", limit: .perMinute(1_000_000_000), cost: 300),
            (key: "rl:model:gpt-4o-mini:gpt-4o-mini:tokens:60", limit: .perMinute(1_000_000_000, algorithm: .slidingWindow), cost: 300),
        ]
        for _ in benchmark.scaledIterations {
            blackHole(store.checkAll(checks))
        }
    }

    Benchmark("rate-limit headers (OpenAI + IETF, requests + tokens)", configuration: nanoConfig) { benchmark in
        let requests = RateLimitDecision(allowed: true, limit: 600, remaining: 599, resetAfter: .milliseconds(100), retryAfter: nil, period: .seconds(60))
        let tokens = RateLimitDecision(allowed: true, limit: 200_000, remaining: 199_700, resetAfter: .milliseconds(90), retryAfter: nil, period: .seconds(60))
        for _ in benchmark.scaledIterations {
            blackHole(RateLimitHeaders.openAI(requests: requests, tokens: tokens) + RateLimitHeaders.ietf(requests: requests, tokens: tokens))
        }
    }
}
