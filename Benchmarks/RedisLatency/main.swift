// Round-trip latency of the limiter through Redis the way `gai serve` runs it: NIO's event loop
// is installed as Swift's global executor first (as `gai serve` does with `server.threads: 1`),
// so the task and the Redis channel share one thread and no call hops between thread pools.
//
//     redis-server --port 6390 --save '' --appendonly no --daemonize yes
//     swift run -c release RedisLatency redis://127.0.0.1:6390 [samples]
//
// Prints p50/p90/p99/max per operation in microseconds.
import Foundation
import GaiLimits
import GaiRedis
import GaiStorageRedis
import Logging
import NIOCore
import NIOPosix

NIOSingletons.groupLoopCountSuggestion = 1
let installed = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
let arguments = CommandLine.arguments
let url = arguments.count > 1 ? arguments[1] : "redis://127.0.0.1:6390"
let samples = arguments.count > 2 ? Int(arguments[2]) ?? 20_000 : 20_000

func percentiles(_ name: String, _ micros: [Double]) {
    let sorted = micros.sorted()
    func at(_ q: Double) -> String { String(format: "%.0f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]) }
    print("| \(name) | \(at(0.5)) | \(at(0.9)) | \(at(0.99)) | \(at(1.0)) |")
}

func measure(_ body: () async throws -> Void) async throws -> [Double] {
    for _ in 0..<500 { try await body() }
    var micros: [Double] = []
    micros.reserveCapacity(samples)
    let clock = ContinuousClock()
    for _ in 0..<samples {
        let elapsed = try await clock.measure { try await body() }
        micros.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    return micros
}

let group = MultiThreadedEventLoopGroup.singleton
try await group.any().makeFutureWithTask {
    let client = RedisClient(configuration: try RedisConfiguration(url: url), eventLoopGroup: group, logger: Logger(label: "latency"))
    let prefix = "gai:latency:\(UInt64.random(in: 0...UInt64.max)):"
    let store = RedisRateLimitStore(client: client, keyPrefix: prefix + "rl:")
    let counters = RedisSpendCounterStore(client: client, keyPrefix: prefix + "budget:")
    let limit = RateLimit(limit: 1_000_000_000, period: .seconds(60), algorithm: .slidingWindow)
    let checks: [RateLimitCheck] = [
        (key: "global", limit: .perMinute(1_000_000_000), cost: 1), (key: "key:rpm", limit: .perMinute(1_000_000_000), cost: 1),
        (key: "key:tpm", limit: .perMinute(1_000_000_000), cost: 300), (key: "model:tpm", limit: limit, cost: 300),
    ]
    let reserve = SpendCounterCheck(key: "key:monthly", limit: .max / 4, amount: 1_000, expiresAtMilliseconds: 4_102_444_800_000, seed: 0)
    print("NIO as global executor: \(installed); \(samples) sequential samples each, µs")
    print("| operation | p50 | p90 | p99 | max |")
    print("| --- | ---: | ---: | ---: | ---: |")
    percentiles("PING", try await measure { _ = try await client.send(["PING"]) })
    percentiles("one check (sliding window)", try await measure { _ = try await store.check(key: "one", limit: limit, cost: 1) })
    percentiles("checkAll, 4 counters", try await measure { _ = try await store.checkAll(checks) })
    percentiles("budget reservation", try await measure { _ = try await counters.reserve([reserve]) })
    await client.shutdown()
}.get()
