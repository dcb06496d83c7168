import Synchronization

/// One budget counter in a ``SpendCounterStore/reserve(_:)`` call: reserve `amount` if what is
/// spent and reserved, plus `amount`, stays within `limit`.
///
/// Money is counted in whole nano-dollars (10⁻⁹ USD), so sums are exact integers on every
/// backend: a token of a cheap model costs fractions of a micro-dollar, and 2⁵³ nano-dollars
/// (the exact range of a Lua number) is still $9 million.
public struct SpendCounterCheck: Sendable, Hashable {
    /// The counter: one budget in one period (callers put the period's start in it).
    public var key: String
    /// The budget, in nano-dollars.
    public var limit: Int64
    /// The expected cost to reserve, in nano-dollars.
    public var amount: Int64
    /// Unix milliseconds after which the counter may be dropped (after the period's end).
    public var expiresAtMilliseconds: Int64
    /// What the ledger says was spent this period, used only when the counter does not exist
    /// yet; `nil` when the caller has not read the ledger.
    public var seed: Int64?

    public init(key: String, limit: Int64, amount: Int64, expiresAtMilliseconds: Int64, seed: Int64? = nil) {
        self.key = key
        self.limit = limit
        self.amount = amount
        self.expiresAtMilliseconds = expiresAtMilliseconds
        self.seed = seed
    }
}

/// What a ``SpendCounterStore/reserve(_:)`` call decided.
public enum SpendCounterResult: Sendable, Hashable {
    /// Every amount was reserved.
    case reserved
    /// The check at `index` did not fit (`spent` nano-dollars are spent there); nothing was
    /// reserved anywhere.
    case refused(index: Int, spent: Int64)
    /// The counters at these indexes do not exist and came without a seed: read the ledger and
    /// call again with seeds. Nothing was reserved.
    case unseeded([Int])
}

/// Where budget counters live: in memory on one node, or in a shared store (Redis) so that a
/// budget holds across every replica.
///
/// A counter keeps two integers: `spent` (settled cost) and `reserved` (expected cost of the
/// requests still running). A reservation is all or nothing over the checks of one call, so a
/// request under two budgets never reserves on one and is refused by the other.
public protocol SpendCounterStore: Sendable {
    /// Reserves every check's amount if all fit; see ``SpendCounterResult``.
    func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult

    /// Replaces a reservation with the real cost on each of `keys`: `reserved -= reserved`,
    /// `spent += actual`. A counter that no longer exists (expired, or the store lost it) is left
    /// alone: the next reservation seeds it from the ledger, which has the real cost.
    func settle(keys: [String], reserved: Int64, actual: Int64) async throws

    /// The counter's spent and reserved nano-dollars, if it exists.
    func read(key: String) async throws -> (spent: Int64, reserved: Int64)?

    /// Whether calls leave the process: settlements then happen off the request's path.
    var isShared: Bool { get }
}

extension SpendCounterStore {
    public var isShared: Bool { false }
}

/// Budget counters in this process.
///
/// Thread safety: every counter sits in one `Mutex`, taken once per call.
public final class InMemorySpendCounterStore: SpendCounterStore {
    private struct Counter {
        var spent: Int64
        var reserved: Int64
        var expiresAt: Int64
    }

    private let counters = Mutex<[String: Counter]>([:])
    private let nowMilliseconds: @Sendable () -> Int64

    /// - Parameter nowMilliseconds: Unix milliseconds, for expiring counters of past periods.
    public init(nowMilliseconds: @escaping @Sendable () -> Int64) {
        self.nowMilliseconds = nowMilliseconds
    }

    public func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult {
        let now = nowMilliseconds()
        return counters.withLock { counters in
            var current: [Counter] = []
            var missing: [Int] = []
            // A counter listed twice is seeded by whichever of its checks carries a seed.
            var seeds: [String: Int64] = [:]
            for check in checks where check.seed != nil && seeds[check.key] == nil { seeds[check.key] = check.seed }
            for (index, check) in checks.enumerated() {
                if let counter = counters[check.key], counter.expiresAt > now {
                    current.append(counter)
                } else if let seed = seeds[check.key] {
                    current.append(Counter(spent: seed, reserved: 0, expiresAt: check.expiresAtMilliseconds))
                } else {
                    missing.append(index)
                    current.append(Counter(spent: 0, reserved: 0, expiresAt: 0))
                }
            }
            if !missing.isEmpty { return .unseeded(missing) }
            // A key listed twice sees its own earlier reservation, as in one Lua script.
            var pending: [String: Counter] = [:]
            for (index, check) in checks.enumerated() {
                var counter = pending[check.key] ?? current[index]
                if counter.spent.addingReportingOverflow(counter.reserved).partialValue > check.limit - check.amount {
                    return .refused(index: index, spent: counter.spent)
                }
                counter.reserved += check.amount
                counter.expiresAt = max(counter.expiresAt, check.expiresAtMilliseconds)
                pending[check.key] = counter
            }
            for (key, counter) in pending { counters[key] = counter }
            if counters.count > 4096 { counters = counters.filter { $0.value.expiresAt > now } }
            return .reserved
        }
    }

    public func settle(keys: [String], reserved: Int64, actual: Int64) async throws {
        counters.withLock { counters in
            for key in keys {
                guard var counter = counters[key] else { continue }
                counter.reserved = max(0, counter.reserved - reserved)
                counter.spent += actual
                counters[key] = counter
            }
        }
    }

    public func read(key: String) async throws -> (spent: Int64, reserved: Int64)? {
        counters.withLock { $0[key].map { ($0.spent, $0.reserved) } }
    }
}

/// A shared spend-counter store with a local fallback, for `limits.on_store_failure` (see
/// ``FallbackRateLimitStore``): failing open, budgets hold per replica while the shared store
/// is down; failing closed, reservations throw ``FallbackRateLimitStore/Unavailable``.
public final class FallbackSpendCounterStore: SpendCounterStore {
    public let primary: any SpendCounterStore
    public let fallback: any SpendCounterStore
    public let mode: FallbackRateLimitStore.Mode
    public let breaker: SharedStoreBreaker

    public init(
        primary: any SpendCounterStore, fallback: any SpendCounterStore, mode: FallbackRateLimitStore.Mode, breaker: SharedStoreBreaker
    ) {
        self.primary = primary
        self.fallback = fallback
        self.mode = mode
        self.breaker = breaker
    }

    public func reserve(_ checks: [SpendCounterCheck]) async throws -> SpendCounterResult {
        try await breaker.route {
            try await primary.reserve(checks)
        } degraded: { error in
            switch mode {
            case .failClosed: throw FallbackRateLimitStore.Unavailable(underlying: error.map { $0 as? any Error & Sendable } ?? nil)
            case .failOpen: return try await fallback.reserve(checks)
            }
        }
    }

    /// Settles on both stores, never throwing: a settlement lost to an outage leaves a
    /// reservation standing until the period ends, which errs on the side of the budget.
    public func settle(keys: [String], reserved: Int64, actual: Int64) async throws {
        try? await fallback.settle(keys: keys, reserved: reserved, actual: actual)
        if !breaker.isOpen {
            try? await primary.settle(keys: keys, reserved: reserved, actual: actual)
        }
    }

    public func read(key: String) async throws -> (spent: Int64, reserved: Int64)? {
        if breaker.isOpen { return try await fallback.read(key: key) }
        return try await primary.read(key: key)
    }

    public var isShared: Bool { primary.isShared }
}
