import GaiCore
import GaiGateway
import GaiStorage
import Synchronization
import Testing

@Suite("SpendTracker")
struct SpendTrackerTests {
    static let july15 = 1_752_580_800.0  // 2025-07-15T12:00:00Z, a Tuesday

    func tracker(budgets: [BudgetRule], store: any UsageLedgerStore = InMemoryUsageLedgerStore(), now: Double = july15) -> SpendTracker {
        SpendTracker(store: store, budgets: budgets, cost: { _, _, usage in Double(usage.totalTokens) }, wallNow: { now })
    }

    func record(_ key: GatewayKey, cost: Double) -> UsageRecord {
        UsageRecord(
            id: RequestID().value, at: Self.july15, requestID: "r", keyID: key.id, user: key.user, team: key.team, model: "m", provider: nil,
            promptTokens: 0, completionTokens: 0, cachedTokens: 0, reasoningTokens: 0, costUSD: cost)
    }

    @Test("concurrent reservations cannot overspend; real costs replace reservations")
    func reservations() async throws {
        let key = GatewayKey(id: "k", name: "k", hash: "h", prefix: "p", budget: .init(usd: 10, period: .monthly))
        let spend = tracker(budgets: [])
        let first = try await spend.reserve(key: key, expectedCost: 6)
        let error = try await #require(throws: GaiError.self) { try await spend.reserve(key: key, expectedCost: 6) }
        #expect(error.code == .rateLimited)
        #expect(error.message.contains("monthly budget of $10.0000 for key 'k'"))
        spend.finish(first, record: record(key, cost: 1))
        let second = try await spend.reserve(key: key, expectedCost: 6)
        spend.finish(second, record: record(key, cost: 8))
        await #expect(throws: GaiError.self) { try await spend.reserve(key: key, expectedCost: 2) }
        _ = try await spend.reserve(key: key, expectedCost: 1)
    }

    @Test("a user budget counts every key of the user, and starts from what the ledger already holds this period")
    func userBudgetFromTheLedger() async throws {
        let store = InMemoryUsageLedgerStore()
        let old = GatewayKey(id: "old", name: "o", hash: "h1", prefix: "p", user: "ada")
        _ = try await store.append([record(old, cost: 7)])
        let spend = tracker(budgets: [BudgetRule(scope: .user, subject: "ada", usd: 10, period: .weekly)], store: store)
        let other = GatewayKey(id: "new", name: "n", hash: "h2", prefix: "p", user: "ada")
        await #expect(throws: GaiError.self) { try await spend.reserve(key: other, expectedCost: 4) }
        _ = try await spend.reserve(key: other, expectedCost: 3)
    }

    @Test(
        "periods start at UTC midnight, Monday and the first of the month",
        arguments: [
            (GatewayKey.Budget.Period.daily, 1_752_537_600.0), (.weekly, 1_752_451_200.0), (.monthly, 1_751_328_000.0),
        ])
    func periods(period: GatewayKey.Budget.Period, start: Double) {
        #expect(SpendTracker.periodStart(period, at: Self.july15) == start)
    }
}
