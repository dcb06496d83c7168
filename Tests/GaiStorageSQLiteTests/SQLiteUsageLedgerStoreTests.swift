import Foundation
import GaiStorage
import GaiStorageSQLite
import Logging
import Testing

@Suite struct SQLiteUsageLedgerStoreTests {
    func record(_ id: String, key: String?, user: String?, model: String, at: Double, cost: Double) -> UsageRecord {
        UsageRecord(
            id: id, at: at, requestID: id, keyID: key, user: user, team: nil, model: model, provider: "p", promptTokens: 10,
            completionTokens: 5, cachedTokens: 0, reasoningTokens: 0, costUSD: cost)
    }

    @Test("sums by key, user and model since a time; totals group and sort by cost; duplicates are ignored")
    func sums() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gai-usage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await SQLiteUsageLedgerStore.open(
            path: directory.appendingPathComponent("usage.sqlite").path, logger: Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() }))
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
        let totals = try await store.totals(scope: .key, since: 0)
        #expect(totals.map(\.subject) == ["b", "a"])
        #expect(totals.last == SpendTotal(subject: "a", costUSD: 1.75, requests: 2, tokens: 30))
        try await store.close()
    }
}
