import GaiLimits
import GaiStoragePostgres
import Testing

/// Budget counters in a real PostgreSQL, checked against the in-memory store with the same calls.
@Suite struct PostgresSpendCounterStoreTests {
    static let later: Int64 = 4_102_444_800_000

    static func check(_ key: String, limit: Int64, amount: Int64, seed: Int64? = nil) -> SpendCounterCheck {
        SpendCounterCheck(key: key, limit: limit, amount: amount, expiresAtMilliseconds: later, seed: seed)
    }

    @Test("the same decisions as in memory: seed, reserve, refuse, settle, all or nothing")
    func sameAsInMemory() async throws {
        try await withDatabase { database in
            let store = try await PostgresSpendCounterStore.open(database: database)
            let memory = InMemorySpendCounterStore(nowMilliseconds: { 1_000 })
            let steps: [[SpendCounterCheck]] = [
                [Self.check("a", limit: 100, amount: 10)],
                [Self.check("a", limit: 100, amount: 30, seed: 50)],
                [Self.check("a", limit: 100, amount: 30, seed: 0)],
                [Self.check("a", limit: 100, amount: 20)],
                [Self.check("a", limit: 100, amount: 1), Self.check("b", limit: 10, amount: 1)],
                [Self.check("b", limit: 10, amount: 11, seed: 0), Self.check("a", limit: 100, amount: 0)],
                [Self.check("b", limit: 10, amount: 4, seed: 0), Self.check("b", limit: 10, amount: 4)],
                [Self.check("b", limit: 10, amount: 4)],
            ]
            for step in steps {
                let expected = try await memory.reserve(step)
                #expect(try await store.reserve(step) == expected, "\(step.map(\.key))")
            }
            try await store.settle(keys: ["a"], reserved: 30, actual: 5)
            let counter = try #require(try await store.read(key: "a"))
            #expect(counter.spent == 55 && counter.reserved == 20)
            try await store.settle(keys: ["missing"], reserved: 1, actual: 1)
            #expect(try await store.read(key: "missing") == nil)
        }
    }

    @Test("100 concurrent reservations on a new counter, all seeding it: exactly what fits")
    func concurrentSeeding() async throws {
        try await withDatabase(maximumConnections: 8) { database in
            let store = try await PostgresSpendCounterStore.open(database: database)
            let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<100 {
                    group.addTask { try await store.reserve([Self.check("new", limit: 23_000, amount: 1_000, seed: 0)]) == .reserved }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(admitted == 23)
            #expect(try await store.read(key: "new")?.reserved == 23_000)
        }
    }

    @Test("an expired counter starts again from its seed")
    func expiry() async throws {
        try await withDatabase { database in
            let store = try await PostgresSpendCounterStore.open(database: database)
            let past = SpendCounterCheck(key: "e", limit: 10, amount: 9, expiresAtMilliseconds: 1_000, seed: 0)
            #expect(try await store.reserve([past]) == .reserved)
            #expect(try await store.read(key: "e") == nil)
            #expect(try await store.reserve([Self.check("e", limit: 10, amount: 1)]) == .unseeded([0]))
            #expect(try await store.reserve([Self.check("e", limit: 10, amount: 8, seed: 2)]) == .reserved)
            #expect(try await store.read(key: "e")?.spent == 2)
        }
    }
}
