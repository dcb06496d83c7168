import Foundation
import GaiCore
import GaiStorage
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
/// Thread safety: the running totals sit in one `Mutex`, never held across an `await`.
public final class SpendTracker: Sendable {
    public let store: any UsageLedgerStore
    /// The ledger's write queue (run it with ``BatchQueue/run()`` as a service).
    public let queue: BatchQueue<UsageRecord>
    public let budgets: [BudgetRule]
    /// USD for `usage` of `model` at a provider of kind `providerKind`.
    let cost: @Sendable (_ model: String, _ providerKind: String?, _ usage: Usage) -> Double
    let wallNow: @Sendable () -> Double

    struct Running: Sendable {
        var periodStart: Double
        var spent: Double
        var reserved: Double
    }

    private let running = Mutex<[BudgetRule: Running]>([:])

    public init(
        store: any UsageLedgerStore, budgets: [BudgetRule] = [], queueCapacity: Int = 10_000,
        cost: @escaping @Sendable (_ model: String, _ providerKind: String?, _ usage: Usage) -> Double,
        wallNow: @escaping @Sendable () -> Double = { Double(WallClock.nowMilliseconds()) / 1000 }
    ) {
        self.store = store
        self.budgets = budgets
        self.cost = cost
        self.wallNow = wallNow
        // Records gather for 200 ms before a write: under load that is one SQLite transaction per
        // interval, not one per request. Budgets read their own running totals, not the ledger.
        self.queue = BatchQueue(capacity: queueCapacity, batchSize: 256, gatherInterval: .milliseconds(200)) { batch in
            try await store.append(batch)
        }
    }

    /// Reserved spend of one request, settled by ``finish(_:record:)``.
    public final class Reservation: Sendable {
        let rules: [BudgetRule]
        let amount: Double
        let settled = Atomic<Bool>(false)

        init(rules: [BudgetRule], amount: Double) {
            self.rules = rules
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

    /// Refuses (`rate_limited`, naming the budget) when the expected cost does not fit in every
    /// budget that applies; otherwise reserves it.
    public func reserve(key: GatewayKey?, expectedCost: Double) async throws(GaiError) -> Reservation? {
        let rules = applicable(key)
        guard !rules.isEmpty else { return nil }
        let now = wallNow()
        for rule in rules { await load(rule, now: now) }
        let amount = max(0, expectedCost.isFinite ? expectedCost : 0)
        let refusal = running.withLock { running -> (BudgetRule, Double)? in
            for rule in rules {
                let state = running[rule] ?? Running(periodStart: Self.periodStart(rule.period, at: now), spent: 0, reserved: 0)
                if state.spent + state.reserved + amount > rule.usd { return (rule, state.spent) }
            }
            for rule in rules { running[rule]?.reserved += amount }
            return nil
        }
        if let (rule, spent) = refusal {
            let subject = rule.scope == .key ? "key '\(rule.subject)'" : "\(rule.scope.rawValue) '\(rule.subject)'"
            throw GaiError(
                .rateLimited,
                "The \(rule.period.rawValue) budget of $\(Self.money(rule.usd)) for \(subject) is spent ($\(Self.money(spent)) used).",
                retryAfter: .seconds(max(1, Int64(Self.periodEnd(rule.period, at: now) - now))), isTransient: false)
        }
        return Reservation(rules: rules, amount: amount)
    }

    /// Prices the finished request, writes it to the ledger (never blocking), and replaces its
    /// reservation with the real cost.
    public func finish(_ reservation: Reservation?, record: UsageRecord?) {
        if let record { queue.submit(record) }
        guard let reservation, !reservation.settled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        running.withLock { running in
            for rule in reservation.rules {
                running[rule]?.reserved -= reservation.amount
                running[rule]?.spent += record?.costUSD ?? 0
            }
        }
    }

    /// Reads what a budget has spent this period from the ledger, once per period.
    private func load(_ rule: BudgetRule, now: Double) async {
        let start = Self.periodStart(rule.period, at: now)
        let current = running.withLock { $0[rule]?.periodStart }
        guard current != start else { return }
        await queue.flush()
        let spent = (try? await store.spend(scope: rule.scope, subject: rule.subject, since: start)) ?? 0
        running.withLock { running in
            if running[rule]?.periodStart != start {
                running[rule] = Running(periodStart: start, spent: spent, reserved: 0)
            }
        }
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
