import Foundation
import GaiCore
import GaiStorage
import GaiLimits
import Synchronization

/// A spending cap: `budgets[]` in the configuration, or a key's own `budget`.
public struct BudgetRule: Sendable, Hashable {
    public var scope: SpendScope
    /// The key id, user or team it caps.
    public var subject: String
    public var usd: Double
    public var period: GatewayKey.Budget.Period

    public init(scope: SpendScope, subject: String, usd: Double, period: GatewayKey.Budget.Period) {
        self.scope = scope
        self.subject = subject
        self.usd = usd
        self.period = period
    }
}

/// Prices each request, writes it to the usage ledger off the request path, and enforces
/// budgets: the expected cost is reserved when a request is let in and replaced by the real cost
/// when it ends, so concurrent requests cannot overspend by more than their reservations.
///
/// The running totals live in a ``SpendCounterStore``: in memory for one node, in Redis for
/// budgets that hold across replicas. A counter is seeded from the ledger the first time a
/// period is used (and again whenever the store has lost it), so a restart does not forget what
/// was spent.
///
/// Thread safety: immutable apart from `seeded`, a `Mutex`-guarded set never held across an `await`.
public final class SpendTracker: Sendable {
    public let store: any UsageLedgerStore
    /// The ledger's write queue (run it with ``BatchQueue/run()`` as a service).
    public let queue: BatchQueue<UsageRecord>
    public let budgets: [BudgetRule]
    /// Where the budgets' running totals are kept.
    public let counters: any SpendCounterStore
    /// USD for `usage` of `model` at a provider of kind `providerKind`.
    let cost: @Sendable (_ model: String, _ providerKind: String?, _ usage: Usage) -> Double
    let wallNow: @Sendable () -> Double

    /// Settlements on their way to a shared counter store (`nil` in memory, where they happen at
    /// once): never on a request's path. Run it with ``BatchQueue/run()`` as a service. Until a
    /// settlement lands its reservation stays counted, which errs on the side of the budget.
    public let settlementQueue: BatchQueue<Settlement>?

    /// One finished request's reservation and real cost, in nano-dollars.
    public struct Settlement: Sendable {
        var keys: [String]
        var reserved: Int64
        var actual: Int64
    }

    /// Counters this process has seeded (or seen exist), so the ledger is read once per period.
    private let seeded = Mutex<Set<String>>([])

    public init(
        store: any UsageLedgerStore, budgets: [BudgetRule] = [], counters: (any SpendCounterStore)? = nil, queueCapacity: Int = 10_000,
        cost: @escaping @Sendable (_ model: String, _ providerKind: String?, _ usage: Usage) -> Double,
        wallNow: @escaping @Sendable () -> Double = { Double(WallClock.nowMilliseconds()) / 1000 }
    ) {
        self.store = store
        self.budgets = budgets
        self.cost = cost
        self.wallNow = wallNow
        let counters = counters ?? InMemorySpendCounterStore(nowMilliseconds: { Int64(wallNow() * 1000) })
        self.counters = counters
        self.settlementQueue = counters.isShared
            ? BatchQueue(capacity: 100_000, batchSize: 256) { settlements in
                for settlement in settlements {
                    try? await counters.settle(keys: settlement.keys, reserved: settlement.reserved, actual: settlement.actual)
                }
                return settlements.count
            }
            : nil
        // Records gather for 200 ms before a write: under load that is one SQLite transaction per
        // interval, not one per request. Budgets read their counters, not the ledger.
        self.queue = BatchQueue(capacity: queueCapacity, batchSize: 256, gatherInterval: .milliseconds(200)) { batch in
            try await store.append(batch)
        }
    }

    /// Reserved spend of one request, settled by ``finish(_:record:)``.
    public final class Reservation: Sendable {
        let counterKeys: [String]
        /// Nano-dollars reserved on each counter.
        let amount: Int64
        let settled = Atomic<Bool>(false)

        init(counterKeys: [String], amount: Int64) {
            self.counterKeys = counterKeys
            self.amount = amount
        }
    }

    /// The budgets that apply to a request with `key`.
    func applicable(_ key: GatewayKey?) -> [BudgetRule] {
        var rules = budgets.filter { rule in
            switch rule.scope {
            case .key: rule.subject == key?.id
            case .user: rule.subject == key?.user
            case .team: rule.subject == key?.team
            case .model: false
            }
        }
        if let key, let budget = key.budget {
            rules.append(BudgetRule(scope: .key, subject: key.id, usd: budget.usd, period: budget.period))
        }
        return rules
    }

    /// The counter of `rule` in the period that starts at `periodStart`.
    static func counterKey(_ rule: BudgetRule, periodStart: Double) -> String {
        "\(rule.scope.rawValue):\(rule.subject):\(rule.period.rawValue):\(Int64(periodStart))"
    }

    /// Refuses (`rate_limited`, naming the budget) when the expected cost does not fit in every
    /// budget that applies; otherwise reserves it. A shared counter store that is down and set to
    /// fail closed refuses with `provider_unavailable`.
    public func reserve(key: GatewayKey?, expectedCost: Double) async throws(GaiError) -> Reservation? {
        let rules = applicable(key)
        guard !rules.isEmpty else { return nil }
        let now = wallNow()
        let amount = Self.nanos(max(0, expectedCost.isFinite ? expectedCost : 0))
        var checks = rules.map { rule in
            let start = Self.periodStart(rule.period, at: now)
            return SpendCounterCheck(
                key: Self.counterKey(rule, periodStart: start), limit: Self.nanos(rule.usd), amount: amount,
                expiresAtMilliseconds: Int64(Self.periodEnd(rule.period, at: now) * 1000) + 3_600_000)
        }
        let known = seeded.withLock { $0 }
        for index in checks.indices where !known.contains(checks[index].key) {
            checks[index].seed = await ledgerSpend(rules[index], since: Self.periodStart(rules[index].period, at: now))
        }
        var result = try await counterReserve(checks)
        if case .unseeded(let missing) = result {
            // The store lost the counters (a Redis restart): seed them again from the ledger.
            for index in missing where checks.indices.contains(index) {
                checks[index].seed = await ledgerSpend(rules[index], since: Self.periodStart(rules[index].period, at: now))
            }
            result = try await counterReserve(checks)
        }
        switch result {
        case .reserved:
            seeded.withLock { seeded in
                if seeded.count > 100_000 { seeded.removeAll() }
                for check in checks { seeded.insert(check.key) }
            }
            return Reservation(counterKeys: checks.map(\.key), amount: amount)
        case .refused(let index, let spent):
            GatewayMetrics.rateLimited(scope: "budget")
            let rule = rules[min(max(0, index), rules.count - 1)]
            let subject = rule.scope == .key ? "key '\(rule.subject)'" : "\(rule.scope.rawValue) '\(rule.subject)'"
            throw GaiError(
                .rateLimited,
                "The \(rule.period.rawValue) budget of $\(Self.money(rule.usd)) for \(subject) is spent ($\(Self.money(Double(spent) / 1e9)) used).",
                retryAfter: .seconds(max(1, Int64(Self.periodEnd(rule.period, at: now) - now))), isTransient: false)
        case .unseeded:
            throw GaiError(.internal, "The budget counters could not be seeded from the usage ledger.")
        }
    }

    private func counterReserve(_ checks: [SpendCounterCheck]) async throws(GaiError) -> SpendCounterResult {
        do {
            return try await counters.reserve(checks)
        } catch {
            throw GaiError(
                .providerUnavailable, "The budget store is unavailable, and budgets are set to fail closed.", retryAfter: .seconds(1),
                isTransient: true)
        }
    }

    /// What the ledger has for `rule` since `since`, after writing the queued records.
    private func ledgerSpend(_ rule: BudgetRule, since: Double) async -> Int64 {
        await queue.flush()
        return Self.nanos((try? await store.spend(scope: rule.scope, subject: rule.subject, since: since)) ?? 0)
    }

    /// Prices the finished request, writes it to the ledger (never blocking), and replaces its
    /// reservation with the real cost.
    public func finish(_ reservation: Reservation?, record: UsageRecord?) async {
        if let record { queue.submit(record) }
        guard let reservation, !reservation.settled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let actual = Self.nanos(record?.costUSD ?? 0)
        if let settlementQueue {
            settlementQueue.submit(Settlement(keys: reservation.counterKeys, reserved: reservation.amount, actual: actual))
        } else {
            try? await counters.settle(keys: reservation.counterKeys, reserved: reservation.amount, actual: actual)
        }
    }

    /// The spent and reserved USD of `rule` this period, from its counter (for the admin API).
    public func running(_ rule: BudgetRule) async -> (spent: Double, reserved: Double)? {
        let key = Self.counterKey(rule, periodStart: Self.periodStart(rule.period, at: wallNow()))
        guard let counter = try? await counters.read(key: key) else { return nil }
        return (Double(counter.spent) / 1e9, Double(counter.reserved) / 1e9)
    }

    /// USD as whole nano-dollars, saturating.
    static func nanos(_ usd: Double) -> Int64 {
        guard usd.isFinite, usd > 0 else { return 0 }
        return Int64(exactly: (usd * 1e9).rounded()) ?? Int64.max / 4
    }

    /// The start of the period containing `time` (UTC; weeks start on Monday).
    public static func periodStart(_ period: GatewayKey.Budget.Period, at time: Double) -> Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        calendar.firstWeekday = 2
        let date = Date(timeIntervalSince1970: time)
        let component: Calendar.Component = period == .daily ? .day : period == .weekly ? .weekOfYear : .month
        return calendar.dateInterval(of: component, for: date)?.start.timeIntervalSince1970 ?? time
    }

    static func periodEnd(_ period: GatewayKey.Budget.Period, at time: Double) -> Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        calendar.firstWeekday = 2
        let component: Calendar.Component = period == .daily ? .day : period == .weekly ? .weekOfYear : .month
        return calendar.dateInterval(of: component, for: Date(timeIntervalSince1970: time))?.end.timeIntervalSince1970 ?? time + 86_400
    }

    static func money(_ value: Double) -> String {
        String(format: "%.4f", value)
    }
}
