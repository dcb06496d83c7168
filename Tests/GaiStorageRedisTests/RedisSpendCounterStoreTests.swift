import GaiLimits
import GaiRedis
import GaiRedisTesting
import GaiStorageRedis
import Testing

/// Budget counters on a real Redis, checked against the in-memory store with the same calls.
@Suite struct RedisSpendCounterStoreTests {
    /// A Redis store and an in-memory store in one namespace of their own.
    struct Pair {
        let client: RedisClient
        let redis: RedisSpendCounterStore
        let memory = InMemorySpendCounterStore(nowMilliseconds: { 1_000 })

        init() async throws {
            client = try await RedisTestServer.shared().client()
            redis = RedisSpendCounterStore(client: client, keyPrefix: "gai:budget:test:\(UInt64.random(in: 0...UInt64.max)):")
        }

        /// Runs `checks` on both stores and expects the same result.
        func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult {
            let expected = try await memory.reserve(checks)
            let actual = try await redis.reserve(checks)
            #expect(actual == expected)
            return actual
        }

        func settle(_ keys: [String], reserved: Int64, actual: Int64) async throws {
            try await memory.settle(keys: keys, reserved: reserved, actual: actual)
            try await redis.settle(keys: keys, reserved: reserved, actual: actual)
        }
    }

    /// Far in the future, so no counter expires during a test.
    static let later: Int64 = 4_102_444_800_000

    static func check(_ key: String, limit: Int64, amount: Int64, seed: Int64? = nil) -> SpendCounterCheck {
        SpendCounterCheck(key: key, limit: limit, amount: amount, expiresAtMilliseconds: later, seed: seed)
    }

    @Test("seed, reserve up to the limit, refuse, settle the real cost")
    func lifecycle() async throws {
        let pair = try await Pair()
        defer { Task { await pair.client.shutdown() } }
        #expect(try await pair.reserve([Self.check("a", limit: 100, amount: 10)]) == .unseeded([0]))
        #expect(try await pair.reserve([Self.check("a", limit: 100, amount: 30, seed: 50)]) == .reserved)
        #expect(try await pair.reserve([Self.check("a", limit: 100, amount: 30, seed: 0)]) == .refused(index: 0, spent: 50))
        #expect(try await pair.reserve([Self.check("a", limit: 100, amount: 20)]) == .reserved)
        try await pair.settle(["a"], reserved: 30, actual: 5)
        let counter = try #require(try await pair.redis.read(key: "a"))
        #expect(counter.spent == 55 && counter.reserved == 20)
        #expect(try await pair.reserve([Self.check("a", limit: 100, amount: 25)]) == .reserved)
        #expect(try await pair.reserve([Self.check("a", limit: 100, amount: 1)]) == .refused(index: 0, spent: 55))
    }

    @Test("two budgets of one request: all or nothing")
    func allOrNothing() async throws {
        let pair = try await Pair()
        defer { Task { await pair.client.shutdown() } }
        #expect(try await pair.reserve([Self.check("key", limit: 100, amount: 60, seed: 0), Self.check("team", limit: 50, amount: 60, seed: 0)]) == .refused(index: 1, spent: 0))
        #expect(try await pair.redis.read(key: "key") == nil, "nothing was written")
        #expect(try await pair.reserve([Self.check("key", limit: 100, amount: 40, seed: 0), Self.check("team", limit: 50, amount: 40, seed: 0)]) == .reserved)
        #expect(try await pair.reserve([Self.check("key", limit: 100, amount: 5), Self.check("team", limit: 50, amount: 5)]) == .reserved)
        #expect(try await pair.reserve([Self.check("key", limit: 100, amount: 10), Self.check("team", limit: 50, amount: 10)]) == .refused(index: 1, spent: 0))
        #expect(try await pair.redis.read(key: "key")?.reserved == 45)
    }

    @Test("settling a counter that no longer exists does not create it")
    func settleMissing() async throws {
        let pair = try await Pair()
        defer { Task { await pair.client.shutdown() } }
        try await pair.settle(["gone"], reserved: 10, actual: 3)
        #expect(try await pair.redis.read(key: "gone") == nil)
    }

    @Test("200 concurrent reservations from four clients (four replicas) admit exactly what fits")
    func concurrentExact() async throws {
        let server = try await RedisTestServer.shared()
        let prefix = "gai:budget:test:\(UInt64.random(in: 0...UInt64.max)):"
        let clients = try (0..<4).map { _ in try server.client() }
        let stores = clients.map { RedisSpendCounterStore(client: $0, keyPrefix: prefix) }
        let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    try await stores[index % 4].reserve([Self.check("shared", limit: 37_000, amount: 1_000, seed: 0)]) == .reserved
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(admitted == 37)
        #expect(try await stores[0].read(key: "shared")?.reserved == 37_000)
        for client in clients { await client.shutdown() }
    }

    @Test("a counter expires at the time its checks name")
    func expiry() async throws {
        let pair = try await Pair()
        defer { Task { await pair.client.shutdown() } }
        let soon = SpendCounterCheck(key: "e", limit: 10, amount: 1, expiresAtMilliseconds: 1_000, seed: 0)
        #expect(try await pair.redis.reserve([soon]) == .reserved)
        #expect(try await pair.redis.read(key: "e") == nil, "an expiry in the past removes the counter at once")
    }
}

/// The key-change feed on a real Redis: a change published by one client reaches a watcher on another.
@Suite struct RedisKeyChangeFeedTests {
    @Test("a published change reaches another replica's watcher within a few poll intervals")
    func publishReachesWatcher() async throws {
        let server = try await RedisTestServer.shared()
        let (publisherClient, watcherClient) = (try server.client(), try server.client())
        let key = "gai:keys:epoch:test:\(UInt64.random(in: 0...UInt64.max))"
        let publisher = RedisKeyChangeFeed(client: publisherClient, key: key, pollInterval: .milliseconds(10))
        let watcher = RedisKeyChangeFeed(client: watcherClient, key: key, pollInterval: .milliseconds(10))
        let (changes, continuation) = AsyncStream.makeStream(of: Void.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await watcher.watch { continuation.yield() } }
            // The watcher reads the counter once before polling; publish until it sees a change.
            group.addTask {
                while !Task.isCancelled {
                    await publisher.publish()
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            var iterator = changes.makeAsyncIterator()
            #expect(await iterator.next() != nil)
            group.cancelAll()
        }
        await publisherClient.shutdown()
        await watcherClient.shutdown()
    }
}
