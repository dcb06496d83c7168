import GaiLimits
import GaiPostgresTesting
import GaiStoragePostgres
import Testing

@Suite struct PostgresRateLimitStoreBatchTests {
    /// The same operations through the in-memory store (frozen clock) and the PostgreSQL store
    /// must admit and report exactly the same.
    @Test(arguments: RateLimitAlgorithm.allCases)
    func matchesTheInMemoryStore(algorithm: RateLimitAlgorithm) async throws {
        let instant = ContinuousClock.now
        let memory = InMemoryRateLimitStore(now: { instant })
        let sequences: [(RateLimit, [Operation])] = [
            (RateLimit(limit: 10, period: longPeriod, algorithm: algorithm),
             [.check(3), .check(0), .check(4), .check(5), .check(2), .check(1), .check(11), .check(1),
              .refund(4), .check(3), .check(2), .check(0), .check(1), .refund(20), .check(10), .check(1)]),
            (RateLimit(limit: 7, period: longPeriod, algorithm: algorithm, burst: 12),
             [.check(5), .check(5), .check(3), .check(2), .check(13), .check(1), .refund(2), .check(3), .check(1)]),
            (RateLimit(limit: 1, period: longPeriod, algorithm: algorithm), [.check(1), .check(1), .refund(1), .check(1)]),
            (RateLimit(limit: 0, period: longPeriod, algorithm: algorithm, burst: -3), [.check(1), .check(1), .check(-2), .check(2)]),
        ]
        // Saturating arithmetic (limit × period overflows): only the window algorithms, whose
        // answers do not move with the server's clock within a window, compare exactly here.
        let saturating = [
            (RateLimit(limit: Int.max, period: longPeriod, algorithm: algorithm),
             [Operation.check(Int.max), .check(1), .refund(Int.max), .check(Int.max / 2), .check(Int.max / 2), .check(2)])
        ]
        let all = sequences + (algorithm == .fixedWindow || algorithm == .slidingWindow ? saturating : [])
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let store = try await PostgresRateLimitStore.open(database: database)
            for (index, (limit, operations)) in all.enumerated() {
                let key = "cross-\(index)"
                var expected: [String] = []
                var actual: [String] = []
                for operation in operations {
                    switch operation {
                    case .check(let cost):
                        let mine = memory.check(key: key, limit: limit, cost: cost)
                        let theirs = try await store.check(key: key, limit: limit, cost: cost)
                        expected.append("\(mine.allowed) \(mine.remaining) \(mine.isNeverSatisfiable) \(mine.limit) \(mine.period)")
                        actual.append("\(theirs.allowed) \(theirs.remaining) \(theirs.isNeverSatisfiable) \(theirs.limit) \(theirs.period)")
                    case .refund(let amount):
                        memory.refund(key: key, limit: limit, amount: amount)
                        try await store.refund(key: key, limit: limit, amount: amount)
                    }
                }
                #expect(actual == expected, "limit \(limit)")
            }
        }
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func refusedBatchConsumesNothing(algorithm: RateLimitAlgorithm) async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let store = try await PostgresRateLimitStore.open(database: database)
            let wide = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            let narrow = RateLimit(limit: 2, period: longPeriod, algorithm: algorithm)
            _ = try await store.check(key: "narrow", limit: narrow, cost: 2)
            let batch = try await store.checkAll([(key: "wide", limit: wide, cost: 3), (key: "narrow", limit: narrow, cost: 1)])
            let wideAfter = try await store.check(key: "wide", limit: wide, cost: 0)
            #expect(batch.count == 2)
            #expect(batch[0].allowed && batch[0].remaining == 10)
            #expect(!batch[1].allowed && (batch[1].retryAfter ?? .zero) > .zero)
            #expect(wideAfter.remaining == 10)
            #expect(try await rowCount(database, key: "wide") == 0)
        }
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func admittedBatchConsumesEverything(algorithm: RateLimitAlgorithm) async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let store = try await PostgresRateLimitStore.open(database: database)
            let first = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            let second = RateLimit(limit: 5, period: longPeriod, algorithm: algorithm)
            let batch = try await store.checkAll([
                (key: "a", limit: first, cost: 3), (key: "b", limit: second, cost: 2), (key: "a", limit: first, cost: 4),
            ])
            let a = try await store.check(key: "a", limit: first, cost: 0)
            let b = try await store.check(key: "b", limit: second, cost: 0)
            let refusedRepeat = try await store.checkAll([(key: "a", limit: first, cost: 2), (key: "a", limit: first, cost: 2)])
            let aAfter = try await store.check(key: "a", limit: first, cost: 0)
            let empty = try await store.checkAll([])
            #expect(batch.map(\.allowed) == [true, true, true])
            #expect(batch.map(\.remaining) == [7, 3, 3])
            #expect(a.remaining == 3 && b.remaining == 3)
            #expect(refusedRepeat.map(\.allowed) == [true, false])
            #expect(refusedRepeat[0].remaining == 3)
            #expect(aAfter.remaining == 3)
            #expect(empty.isEmpty)
        }
    }

    /// Two pools stand in for two gateway replicas hammering one key.
    @Test(arguments: RateLimitAlgorithm.allCases)
    func concurrentChecksFromTwoReplicasAdmitExactlyTheLimit(algorithm: RateLimitAlgorithm) async throws {
        let url = try await PostgresTestServer.shared().createDatabase()
        let limit = RateLimit(limit: 50, period: longPeriod, algorithm: algorithm)
        let admitted = try await withDatabase(url: url, maximumConnections: 8) { (first: GaiPostgresDatabase) async throws in
            try await withDatabase(url: url, maximumConnections: 8) { (second: GaiPostgresDatabase) async throws in
                let replicas = [try await PostgresRateLimitStore.open(database: first), try await PostgresRateLimitStore.open(database: second)]
                return try await withThrowingTaskGroup(of: Bool.self) { group in
                    for index in 0..<200 {
                        let store = replicas[index % 2]
                        group.addTask { try await store.check(key: "shared", limit: limit, cost: 1).allowed }
                    }
                    return try await group.reduce(0) { $1 ? $0 + 1 : $0 }
                }
            }
        }
        #expect(admitted == 50)
    }

    /// Batches sharing a global key race from two replicas: exactly the global limit is admitted,
    /// and every admitted batch consumed its per-key unit too (no partial consumption, no deadlock).
    @Test(arguments: RateLimitAlgorithm.allCases)
    func concurrentBatchesAreAllOrNothing(algorithm: RateLimitAlgorithm) async throws {
        let url = try await PostgresTestServer.shared().createDatabase()
        let global = RateLimit(limit: 50, period: longPeriod, algorithm: algorithm)
        let perKey = RateLimit(limit: 40, period: longPeriod, algorithm: algorithm)
        let (admitted, consumed) = try await withDatabase(url: url, maximumConnections: 8) { (first: GaiPostgresDatabase) async throws in
            try await withDatabase(url: url, maximumConnections: 8) { (second: GaiPostgresDatabase) async throws in
                let replicas = [try await PostgresRateLimitStore.open(database: first), try await PostgresRateLimitStore.open(database: second)]
                let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for index in 0..<200 {
                        let store = replicas[index % 2]
                        let key = ["x", "y"][index / 2 % 2]
                        group.addTask {
                            let decisions = try await store.checkAll([(key: key, limit: perKey, cost: 1), (key: "global", limit: global, cost: 1)])
                            return decisions.allSatisfy(\.allowed)
                        }
                    }
                    return try await group.reduce(0) { $1 ? $0 + 1 : $0 }
                }
                var consumed = 0
                for key in ["x", "y"] {
                    consumed += try await 40 - replicas[0].check(key: key, limit: perKey, cost: 0).remaining
                }
                return (admitted, consumed)
            }
        }
        #expect(admitted == 50)
        #expect(consumed == 50)
    }
}
