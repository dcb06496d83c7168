// The limiter through Redis on loopback (issue 5 target: p50 < 100 µs, p99 < 300 µs per check).
// Each sample is one round trip, so the percentiles are those of single checks.
//
//     redis-server --port 6390 --save '' --appendonly no --daemonize yes
//     GAI_BENCH_REDIS_URL=redis://127.0.0.1:6390 swift package --disable-sandbox benchmark --filter 'redis.*'
//
// Without GAI_BENCH_REDIS_URL these benchmarks are not registered.
import Benchmark
import Foundation
import GaiLimits
import GaiRedis
import GaiStorageRedis
import Logging

func redisLimiterBenchmarks() {
    guard let url = ProcessInfo.processInfo.environment["GAI_BENCH_REDIS_URL"],
        let configuration = try? RedisConfiguration(url: url)
    else { return }
    let roundTrip = Benchmark.Configuration(
        metrics: [.wallClock, .throughput], timeUnits: .microseconds, warmupIterations: 200, scalingFactor: .one, maxDuration: .seconds(5),
        maxIterations: 20_000)

    // One client for every sample (a sample is one closure call); the process exit closes it.
    let client = RedisClient(configuration: configuration, logger: Logger(label: "gai.bench.redis"))
    let prefix = "gai:bench:\(UInt64.random(in: 0...UInt64.max)):"
    let store = RedisRateLimitStore(client: client, keyPrefix: prefix + "rl:")
    let counters = RedisSpendCounterStore(client: client, keyPrefix: prefix + "budget:")

    let limit = RateLimit(limit: 1_000_000_000, period: .seconds(60), algorithm: .slidingWindow)
    Benchmark("redis limiter check, 1 counter", configuration: roundTrip) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try await store.check(key: "rl:key:key_0193:*:requests:60", limit: limit, cost: 1))
        }
    }

    Benchmark("redis limiter checkAll, 4 counters", configuration: roundTrip) { benchmark in
        let checks: [RateLimitCheck] = [
            (key: "rl:global:*:*:requests:60", limit: .perMinute(1_000_000_000), cost: 1),
            (key: "rl:key:key_0193:*:requests:60", limit: .perMinute(1_000_000_000), cost: 1),
            (key: "rl:key:key_0193:*:tokens:60", limit: .perMinute(1_000_000_000), cost: 300),
            (key: "rl:model:gpt-4o-mini:*:tokens:60", limit: .perMinute(1_000_000_000, algorithm: .slidingWindow), cost: 300),
        ]
        for _ in benchmark.scaledIterations {
            blackHole(try await store.checkAll(checks))
        }
    }

    Benchmark("redis budget reserve", configuration: roundTrip) { benchmark in
        let check = SpendCounterCheck(key: "key:key_0193:monthly:0", limit: .max / 4, amount: 1_000, expiresAtMilliseconds: 4_102_444_800_000, seed: 0)
        for _ in benchmark.scaledIterations {
            blackHole(try await counters.reserve([check]))
        }
    }
}
