import GaiStorage
import GaiStoragePostgres
import Testing

@Suite struct PostgresUsageLedgerStoreTests {
    func record(_ id: String, key: String?, user: String?, team: String? = nil, model: String, at: Double, cost: Double) -> UsageRecord {
        UsageRecord(
            id: id, at: at, requestID: id, keyID: key, user: user, team: team, model: model, provider: "p", promptTokens: 10,
            completionTokens: 5, cachedTokens: 0, reasoningTokens: 0, costUSD: cost)
    }

    @Test("sums by key, user and model since a time; totals group and sort by cost; duplicates are ignored")
    func sums() async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let store = try await PostgresUsageLedgerStore.open(database: database)
            let records = [
                record("1", key: "a", user: "ada", model: "m1", at: 100, cost: 1.5),
                record("2", key: "a", user: "ada", model: "m2", at: 200, cost: 0.25),
                record("3", key: "b", user: "bob", model: "m1", at: 300, cost: 4),
                record("4", key: nil, user: nil, model: "m1", at: 50, cost: 9),
            ]
            #expect(try await store.append(records) == 4)
            _ = try await store.append([records[0]])
            #expect(try await store.spend(scope: .key, subject: "a", since: 0) == 1.75)
            #expect(try await store.spend(scope: .key, subject: "a", since: 150) == 0.25)
            #expect(try await store.spend(scope: .user, subject: "bob", since: 0) == 4)
            #expect(try await store.spend(scope: .model, subject: "m1", since: 60) == 5.5)
            #expect(try await store.spend(scope: .team, subject: "nobody", since: 0) == 0)
            let totals = try await store.totals(scope: .key, since: 0)
            #expect(totals.map(\.subject) == ["b", "a"])
            #expect(totals.last == SpendTotal(subject: "a", costUSD: 1.75, requests: 2, tokens: 30))
            #expect(try await store.append([]) == 0)
        }
    }

    @Test("a batch larger than one statement lands whole, duplicates within it included, and matches the in-memory ledger")
    func largeBatchMatchesInMemory() async throws {
        try await withDatabase { (database: GaiPostgresDatabase) async throws in
            let store = try await PostgresUsageLedgerStore.open(database: database)
            let memory = InMemoryUsageLedgerStore()
            let teams = ["red", "blue", "green"]
            let records = (0..<1_234).map { index in
                record(
                    "r\(index % 1_200)", key: "k\(index % 7)", user: "u\(index % 5)", team: teams[index % 3], model: "m\(index % 2)",
                    at: Double(index), cost: Double(index % 10) * 0.5)
            }
            #expect(try await store.append(records) == records.count)
            _ = try await memory.append(Array(records.prefix(1_200)))
            for scope in SpendScope.allCases {
                #expect(try await store.totals(scope: scope, since: 100) == memory.totals(scope: scope, since: 100), "\(scope)")
            }
            #expect(try await store.spend(scope: .team, subject: "red", since: 0) == memory.spend(scope: .team, subject: "red", since: 0))
        }
    }
}
