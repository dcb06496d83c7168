import GaiLimits
import GaiStoragePostgres
import PostgresNIO
import Testing

@Suite struct PostgresRateLimitStoreTests {
    @Test(arguments: RateLimitAlgorithm.allCases)
    func admitsExactlyTheLimit(algorithm: RateLimitAlgorithm) async throws {
        let decisions = try await withStore { (store: PostgresRateLimitStore, _: GaiPostgresDatabase) async throws in
            let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            var decisions: [RateLimitDecision] = []
            for _ in 0..<12 {
                decisions.append(try await store.check(key: "k", limit: limit, cost: 1))
            }
            return decisions
        }
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
        try await withStore { (store: PostgresRateLimitStore, _: GaiPostgresDatabase) async throws in
            let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            let refused = try await store.check(key: "k", limit: limit, cost: 11)
            let next = try await store.check(key: "k", limit: limit, cost: 1)
            #expect(!refused.allowed)
            #expect(refused.retryAfter == nil)
            #expect(refused.isNeverSatisfiable)
            #expect(refused.remaining == 10)
            #expect(next.allowed && next.remaining == 9)
        }
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func peekChangesNothingAndLeavesNoRow(algorithm: RateLimitAlgorithm) async throws {
        try await withStore { (store: PostgresRateLimitStore, database: GaiPostgresDatabase) async throws in
            let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            let fresh = try await store.check(key: "k", limit: limit, cost: 0)
            let rowsAfterPeek = try await rowCount(database, key: "k")
            _ = try await store.check(key: "k", limit: limit, cost: 4)
            let peek = try await store.check(key: "k", limit: limit, cost: 0)
            let again = try await store.check(key: "k", limit: limit, cost: 0)
            #expect(fresh.allowed && fresh.remaining == 10 && fresh.resetAfter == .zero)
            #expect(rowsAfterPeek == 0)
            #expect(peek.allowed && peek.remaining == 6)
            #expect(again.remaining == 6)
        }
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func refundGivesCapacityBack(algorithm: RateLimitAlgorithm) async throws {
        try await withStore { (store: PostgresRateLimitStore, database: GaiPostgresDatabase) async throws in
            let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            let spent = try await store.check(key: "k", limit: limit, cost: 7)
            try await store.refund(key: "k", limit: limit, amount: 5)
            let afterRefund = try await store.check(key: "k", limit: limit, cost: 0)
            try await store.refund(key: "k", limit: limit, amount: 100)
            let afterOverRefund = try await store.check(key: "k", limit: limit, cost: 0)
            try await store.refund(key: "missing", limit: limit, amount: 3)
            #expect(spent.remaining == 3)
            #expect(afterRefund.remaining == 8)
            #expect(afterOverRefund.remaining == 10)
            #expect(try await rowCount(database, key: "missing") == 0)
        }
    }

    @Test(arguments: RateLimitAlgorithm.allCases)
    func rowsExpireWhenTheStateEqualsNoState(algorithm: RateLimitAlgorithm) async throws {
        try await withStore { (store: PostgresRateLimitStore, database: GaiPostgresDatabase) async throws in
            let limit = RateLimit(limit: 10, period: longPeriod, algorithm: algorithm)
            _ = try await store.check(key: "k", limit: limit, cost: 1)
            let rows = try await database.client.query(
                "SELECT tag, expires_at - floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint FROM rate_limit_state WHERE key = 'k'"
            ).collect()
            let (tag, ttl) = try #require(rows.first).decode((Int32, Int64).self)
            #expect(tag == 1 + Int32(RateLimitAlgorithm.allCases.firstIndex(of: algorithm) ?? 0))
            #expect(ttl > 0)
            // At most two periods (a sliding window's count weighs until the end of the next one).
            #expect(ttl <= 2 * longPeriod.components.seconds * 1_000_000)
        }
    }

    @Test func purgeDeletesOnlyExpiredRows() async throws {
        try await withStore { (store: PostgresRateLimitStore, database: GaiPostgresDatabase) async throws in
            _ = try await store.check(key: "live", limit: RateLimit(limit: 5, period: longPeriod), cost: 1)
            _ = try await store.check(key: "stale", limit: RateLimit(limit: 5, period: longPeriod), cost: 1)
            try await database.client.query("UPDATE rate_limit_state SET expires_at = 1 WHERE key = 'stale'")
            let stale = try await store.check(key: "stale", limit: RateLimit(limit: 5, period: longPeriod), cost: 0)
            #expect(stale.remaining == 5, "an expired row counts as no state")
            try await database.client.query(
                "INSERT INTO rate_limit_state VALUES ('old', 1, 0, 0, 0, 1)")
            #expect(try await store.purgeExpired() == 1)
            #expect(try await rowCount(database, key: "old") == 0)
            #expect(try await rowCount(database, key: "live") == 1)
            #expect(try await store.purgeExpired() == 0)
        }
    }

    @Test func corruptOrForeignStateCountsAsNoState() async throws {
        try await withStore { (store: PostgresRateLimitStore, database: GaiPostgresDatabase) async throws in
            try await database.client.query(
                "INSERT INTO rate_limit_state VALUES ('neg', 2, 0, -5, 0, 9223372036854775807), ('foreign', 4, 0, 0, 0, 9223372036854775807)")
            let negative = try await store.check(key: "neg", limit: RateLimit(limit: 3, period: longPeriod, algorithm: .fixedWindow), cost: 1)
            let foreign = try await store.check(key: "foreign", limit: RateLimit(limit: 3, period: longPeriod), cost: 1)
            #expect(negative.allowed && negative.remaining == 2)
            #expect(foreign.allowed && foreign.remaining == 2)
        }
    }

    private func withStore<Result: Sendable>(
        _ body: (PostgresRateLimitStore, GaiPostgresDatabase) async throws -> Result
    ) async throws -> Result {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            try await body(PostgresRateLimitStore.open(database: database), database)
        }
    }
}

/// How many rows `key` has in `rate_limit_state`.
func rowCount(_ database: GaiPostgresDatabase, key: String) async throws -> Int64 {
    let rows = try await database.client.query("SELECT COUNT(*) FROM rate_limit_state WHERE key = \(key)").collect()
    return try rows.first?.decode(Int64.self) ?? 0
}
