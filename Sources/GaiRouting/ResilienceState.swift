import Synchronization

/// The shared, long-lived state behind retries and fallback: one breaker per deployment, one
/// retry budget per model and provider, live deployment statistics, the clock and randomness.
///
/// One instance serves the whole gateway; ``ModelRouter`` reads and updates it on every call.
/// Thread safety: each dictionary sits in its own `Mutex`, held only to look up or insert;
/// breakers, budgets and statistics carry their own locks, and no two locks are held together.
public final class ResilienceState: Sendable {
    /// Where a retry budget applies: the model's traffic to one provider.
    public struct BudgetKey: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var model: String
        public var provider: String

        public init(model: String, provider: String) {
            self.model = model
            self.provider = provider
        }

        public var description: String { "\(model)@\(provider)" }
        public static func < (lhs: BudgetKey, rhs: BudgetKey) -> Bool { (lhs.model, lhs.provider) < (rhs.model, rhs.provider) }
    }

    public let stats: DeploymentStats
    /// The clock breakers and budgets read; tests inject a manual one.
    public let now: @Sendable () -> ContinuousClock.Instant
    /// Waits between attempts; tests inject one that returns at once.
    public let sleep: @Sendable (Duration) async throws -> Void
    private let random: Mutex<any RandomNumberGenerator & Sendable>
    private let breakers = Mutex<[DeploymentKey: CircuitBreaker]>([:])
    private let budgets = Mutex<[BudgetKey: RetryBudget]>([:])
    private let transitionObserver = Mutex<(@Sendable (DeploymentKey, CircuitBreaker.Transition) -> Void)?>(nil)

    public init(
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator(),
        stats: DeploymentStats = DeploymentStats()
    ) {
        self.now = now
        self.sleep = sleep
        self.random = Mutex(random)
        self.stats = stats
    }

    /// The breaker of `key`, created with `configuration` on first use. A deployment shared by
    /// several models keeps the configuration of the model that used it first.
    public func breaker(for key: DeploymentKey, configuration: CircuitBreaker.Configuration) -> CircuitBreaker {
        breakers.withLock { breakers in
            if let breaker = breakers[key] { return breaker }
            let breaker = CircuitBreaker(configuration: configuration, now: now) { [weak self] transition in
                self?.transitionObserver.withLock { $0 }?(key, transition)
            }
            breakers[key] = breaker
            return breaker
        }
    }

    /// Calls `observer` on every breaker's phase change (breaker events and logs). It runs on the
    /// task whose call caused the change, outside every lock: it must be quick and not block.
    public func observeBreakerTransitions(_ observer: @escaping @Sendable (DeploymentKey, CircuitBreaker.Transition) -> Void) {
        transitionObserver.withLock { $0 = observer }
    }

    /// The retry budget of `key`, created on first use.
    public func budget(for key: BudgetKey, configuration: RetryBudgetConfiguration) -> RetryBudget {
        budgets.withLock { budgets in
            if let budget = budgets[key] { return budget }
            let budget = RetryBudget(
                ratio: configuration.ratio, minRetriesPerSecond: configuration.minPerSecond, ttl: configuration.window, now: now)
            budgets[key] = budget
            return budget
        }
    }

    /// Runs `body` with the shared random number generator (jitter, weighted order).
    public func withRandom<T>(_ body: (inout any RandomNumberGenerator & Sendable) -> T) -> T {
        random.withLock { body(&$0) }
    }

    /// Every breaker created so far and its state.
    public func breakerStates() -> [(DeploymentKey, CircuitBreaker.State)] {
        let current = breakers.withLock { $0 }
        return current.map { ($0.key, $0.value.state) }.sorted { $0.0 < $1.0 }
    }

    /// Every budget created so far and the retries it has left.
    public func budgetSnapshot() -> [(BudgetKey, RetryBudget)] {
        budgets.withLock { $0 }.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
    }

    /// Closes every breaker (admin action).
    public func resetBreakers() {
        let current = breakers.withLock { $0 }
        for breaker in current.values { breaker.reset() }
    }
}
