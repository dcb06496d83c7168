import GaiCore
import GaiGateway
import GaiLimits
import GaiStorage
import Synchronization
import Testing

@Suite("SpendTracker")
struct SpendTrackerTests {
    static let july15 = 1_752_580_800.0  // 2025-07-15T12:00:00Z, a Tuesday

    func tracker(
        budgets: [BudgetRule], store: any UsageLedgerStore = InMemoryUsageLedgerStore(), counters: (any SpendCounterStore)? = nil,
        now: Double = july15
    ) -> SpendTracker {
        SpendTracker(store: store, budgets: budgets, counters: counters, cost: { _, _, usage in Double(usage.totalTokens) }, wallNow: { now })
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
        await spend.finish(first, record: record(key, cost: 1))
        let second = try await spend.reserve(key: key, expectedCost: 6)
        await spend.finish(second, record: record(key, cost: 8))
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

    @Test("two trackers on one counter store (two replicas on one Redis) share a budget exactly")
    func sharedCounters() async throws {
        let counters = InMemorySpendCounterStore(nowMilliseconds: { Int64(Self.july15 * 1000) })
        let key = GatewayKey(id: "k", name: "k", hash: "h", prefix: "p", budget: .init(usd: 10, period: .daily))
        let replicas = [tracker(budgets: [], counters: counters), tracker(budgets: [], counters: counters)]
        let admitted = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask { (try? await replicas[index % 2].reserve(key: key, expectedCost: 1)) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(admitted == 10)
        let running = try #require(await replicas[1].running(BudgetRule(scope: .key, subject: "k", usd: 10, period: .daily)))
        #expect(running.spent == 0 && running.reserved == 10)
    }

    @Test("a counter the store lost (a Redis restart) is seeded again from the ledger")
    func reseededAfterLoss() async throws {
        let store = InMemoryUsageLedgerStore()
        let key = GatewayKey(id: "k", name: "k", hash: "h", prefix: "p", budget: .init(usd: 10, period: .daily))
        let counters = LosingCounterStore()
        let spend = tracker(budgets: [], store: store, counters: counters)
        let reservation = try await spend.reserve(key: key, expectedCost: 1)
        await spend.finish(reservation, record: record(key, cost: 9))
        counters.forget()
        _ = try await spend.reserve(key: key, expectedCost: 0.5)
        #expect(counters.unseededReplies.withLock { $0 } == 1, "the tracker believed the counter existed")
        await #expect(throws: GaiError.self) { try await spend.reserve(key: key, expectedCost: 1) }
    }

    @Test("a counter store that fails, failing closed, refuses with provider_unavailable")
    func failClosed() async throws {
        let key = GatewayKey(id: "k", name: "k", hash: "h", prefix: "p", budget: .init(usd: 10, period: .daily))
        let counters = FallbackSpendCounterStore(
            primary: BrokenCounterStore(), fallback: InMemorySpendCounterStore(nowMilliseconds: { 0 }), mode: .failClosed,
            breaker: SharedStoreBreaker())
        let error = try await #require(throws: GaiError.self) { try await tracker(budgets: [], counters: counters).reserve(key: key, expectedCost: 1) }
        #expect(error.code == .providerUnavailable)
        let open = FallbackSpendCounterStore(
            primary: BrokenCounterStore(), fallback: InMemorySpendCounterStore(nowMilliseconds: { 0 }), mode: .failOpen,
            breaker: SharedStoreBreaker())
        #expect(try await tracker(budgets: [], counters: open).reserve(key: key, expectedCost: 1) != nil)
        #expect(open.breaker.fallbackCount == 1)
    }
}

/// A store that can forget every counter at once, as a restarted Redis does.
final class LosingCounterStore: SpendCounterStore {
    let inner = Mutex(InMemorySpendCounterStore(nowMilliseconds: { Int64(SpendTrackerTests.july15 * 1000) }))
    let unseededReplies = Mutex(0)
    func forget() { inner.withLock { $0 = InMemorySpendCounterStore(nowMilliseconds: { Int64(SpendTrackerTests.july15 * 1000) }) } }
    func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult {
        let result = try await inner.withLock { $0 }.reserve(checks)
        if case .unseeded = result { unseededReplies.withLock { $0 += 1 } }
        return result
    }
    func settle(keys: [String], reserved: Int64, actual: Int64) async throws {
        try await inner.withLock { $0 }.settle(keys: keys, reserved: reserved, actual: actual)
    }
    func read(key: String) async throws -> (spent: Int64, reserved: Int64)? { try await inner.withLock { $0 }.read(key: key) }
}

final class BrokenCounterStore: SpendCounterStore {
    struct Down: Error {}
    func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult { throw Down() }
    func settle(keys: [String], reserved: Int64, actual: Int64) async throws { throw Down() }
    func read(key: String) async throws -> (spent: Int64, reserved: Int64)? { throw Down() }
}
