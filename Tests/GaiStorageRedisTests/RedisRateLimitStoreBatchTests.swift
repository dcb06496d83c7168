import GaiLimits
import GaiRedis
import GaiRedisTesting
import GaiStorageRedis
import Testing

@Suite struct RedisRateLimitStoreBatchTests {
    /// The same operations through the in-memory store (frozen clock) and the Redis store must
    /// admit and report exactly the same.
    @Test(arguments: RateLimitAlgorithm.allCases)
    func matchesTheInMemoryStore(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let instant = ContinuousClock.now
        let memory = InMemoryRateLimitStore(now: { instant })
        let sequences: [(RateLimit, [Operation])] = [
            (RateLimit(limit: 10, period: longPeriod, algorithm: algorithm),
             [.check(3), .check(0), .check(4), .check(5), .check(2), .check(1), .check(11), .check(1),
              .refund(4), .check(3), .check(2), .check(0), .check(1), .refund(20), .check(10), .check(1)]),
            (RateLimit(limit: 7, period: longPeriod, algorithm: algorithm, burst: 12),
             [.check(5), .check(5), .check(3), .check(2), .check(13), .check(1), .refund(2), .check(3), .check(1)]),
            (RateLimit(limit: 1, period: longPeriod, algorithm: algorithm), [.check(1), .check(1), .refund(1), .check(1)]),
        ]
        for (index, (limit, operations)) in sequences.enumerated() {
            let key = "cross-\(index)"
            var expected: [String] = []
            var actual: [String] = []
            for operation in operations {
                switch operation {
                case .check(let cost):
                    let mine = memory.check(key: key, limit: limit, cost: cost)
                    let theirs = try await fixture.store.check(key: key, limit: limit, cost: cost)
                    expected.append("\(mine.allowed) \(mine.remaining) \(mine.isNeverSatisfiable)")
                    actual.append("\(theirs.allowed) \(theirs.remaining) \(theirs.isNeverSatisfiable)")
                case .refund(let amount):
                    memory.refund(key: key, limit: limit, amount: amount)
                    try await fixture.store.refund(key: key, limit: limit, amount: amount)
                }
            }
            #expect(actual == expected, "limit \(limit)")
        }
        await fixture.shutdown()
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func refusedBatchConsumesNothing(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let wide = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        let narrow = RateLimit(limit: 2, period: longPeriod, algorithm: algorithm)
        _ = try await fixture.store.check(key: "narrow", limit: narrow, cost: 2)
        let batch = try await fixture.store.checkAll([
            (key: "wide", limit: wide, cost: 3), (key: "narrow", limit: narrow, cost: 1),
        ])
        let wideAfter = try await fixture.store.check(key: "wide", limit: wide, cost: 0)
        let exists = try await fixture.client.send(["EXISTS", .string(fixture.prefix + "wide")])
        await fixture.shutdown()
        #expect(batch.count == 2)
        #expect(batch[0].allowed && batch[0].remaining == 10)
        #expect(!batch[1].allowed && (batch[1].retryAfter ?? .zero) > .zero)
        #expect(wideAfter.remaining == 10)
        #expect(exists.int64 == 0)
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func admittedBatchConsumesEverything(algorithm: RateLimitAlgorithm) async throws {
        let fixture = try await StoreFixture()
        let first = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
        let second = RateLimit(limit: 5, period: longPeriod, algorithm: algorithm)
        let batch = try await fixture.store.checkAll([
            (key: "a", limit: first, cost: 3), (key: "b", limit: second, cost: 2), (key: "a", limit: first, cost: 4),
        ])
        let a = try await fixture.store.check(key: "a", limit: first, cost: 0)
        let b = try await fixture.store.check(key: "b", limit: second, cost: 0)
        let refusedRepeat = try await fixture.store.checkAll([
            (key: "a", limit: first, cost: 2), (key: "a", limit: first, cost: 2),
        ])
        let aAfter = try await fixture.store.check(key: "a", limit: first, cost: 0)
        let empty = try await fixture.store.checkAll([])
        await fixture.shutdown()
        #expect(batch.map(\.allowed) == [true, true, true])
        #expect(batch.map(\.remaining) == [7, 3, 3])
        #expect(a.remaining == 3 && b.remaining == 3)
        #expect(refusedRepeat.map(\.allowed) == [true, false])
        #expect(refusedRepeat[0].remaining == 3)
        #expect(aAfter.remaining == 3)
        #expect(empty.isEmpty)
    }

    /// Two clients stand in for two gateway replicas hammering one key.
    @Test(arguments: RateLimitAlgorithm.allCases)
    func concurrentChecksFromTwoReplicasAdmitExactlyTheLimit(algorithm: RateLimitAlgorithm) async throws {
        let server = try await RedisTestServer.shared()
        let prefix = "gai:rl:test:\(UInt64.random(in: 0...UInt64.max)):"
        let replicas = [
            RedisRateLimitStore(client: try server.client(), keyPrefix: prefix),
            RedisRateLimitStore(client: try server.client(), keyPrefix: prefix),
        ]
        let limit = RateLimit(limit: 50, period: longPeriod, algorithm: algorithm)
        let allowed = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                let store = replicas[index % 2]
                group.addTask { try await store.check(key: "shared", limit: limit, cost: 1).allowed }
            }
            var count = 0
            for try await admitted in group where admitted { count += 1 }
            return count
        }
        for replica in replicas { await replica.client.shutdown() }
        #expect(allowed == 50)
    }
}
