import GaiCore

/// How a model's deployments are ordered for a request (`models[].strategy`).
public enum RoutingStrategy: String, Sendable, Hashable, CaseIterable {
    /// In the configured order.
    case priority
    /// Weighted random order by `weight`: spreads load in proportion while keeping every
    /// deployment as a fallback.
    case weighted
    /// Fewest requests in flight first.
    case leastBusy = "least_busy"
    /// Lowest observed latency first (EWMA of total time, or of time to first token for streams).
    case latency
    /// Cheapest first, from the price table.
    case cost
    /// Highest declared `quality` first.
    case quality
}

/// Everything that decides how calls to one model are made: order, retries, retry budget,
/// breakers, and which other model takes over on which error.
public struct RoutePolicy: Sendable, Hashable {
    public var strategy: RoutingStrategy
    /// Attempts per deployment and the backoff between them (`models[].retry`).
    public var retry: RetryPolicy
    /// The retry budget of each provider this model uses (`models[].retry_budget`).
    public var retryBudget: RetryBudgetConfiguration
    /// The breaker of each deployment this model uses (`models[].breaker`).
    public var breaker: CircuitBreaker.Configuration
    /// Another model to try when the call ends in one of these codes (`models[].on_error`).
    public var onError: [ErrorCode: String]

    /// The gateway's defaults: priority order; 3 attempts per deployment from 200 ms doubling to
    /// 5 s with ±25 % jitter; retries up to 20 % of requests plus 5 per second; breakers open after
    /// 5 consecutive transient failures for 30 s and let one probe through.
    public init(
        strategy: RoutingStrategy = .priority,
        retry: RetryPolicy = RoutePolicy.defaultRetry,
        retryBudget: RetryBudgetConfiguration = RetryBudgetConfiguration(),
        breaker: CircuitBreaker.Configuration = CircuitBreaker.Configuration(),
        onError: [ErrorCode: String] = [:]
    ) {
        self.strategy = strategy
        self.retry = retry
        self.retryBudget = retryBudget
        self.breaker = breaker
        self.onError = onError
    }

    /// The default retry policy of a route (the documented defaults).
    public static let defaultRetry = RetryPolicy(
        maxAttempts: 3, initialDelay: .milliseconds(200), maxDelay: .milliseconds(5000), multiplier: 2, jitter: 0.25)
}

/// The settings of a ``RetryBudget`` (`retry_budget: { ratio, min_per_second }`).
public struct RetryBudgetConfiguration: Sendable, Hashable {
    /// The fraction of requests that may be retried.
    public var ratio: Double
    /// Retries per second allowed regardless of traffic.
    public var minPerSecond: Double
    /// How long requests and retries count.
    public var window: Duration

    public init(ratio: Double = 0.2, minPerSecond: Double = 5, window: Duration = .seconds(10)) {
        self.ratio = ratio
        self.minPerSecond = minPerSecond
        self.window = window
    }
}
