import Synchronization

/// One ``CircuitBreaker`` per ``Deployment`` (provider + upstream model), created lazily on first
/// use, all with the same configuration and clock.
///
/// Thread safety: the breaker dictionary lives in one `Synchronization.Mutex`, held only to look
/// up or insert a breaker. Breakers have their own locks; ``snapshot()`` copies the dictionary
/// out first and reads each breaker's state after releasing the registry lock, so the two locks
/// are never held together.
public final class CircuitBreakerRegistry: Sendable {
    /// The configuration every breaker is created with.
    public let configuration: CircuitBreaker.Configuration
    private let now: @Sendable () -> ContinuousClock.Instant
    /// The lock: guards the deployment → breaker dictionary.
    private let breakers = Mutex<[Deployment: CircuitBreaker]>([:])

    public init(
        configuration: CircuitBreaker.Configuration = CircuitBreaker.Configuration(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.configuration = configuration
        self.now = now
    }

    /// The breaker for `deployment`, created (closed) on first use. Always the same instance for
    /// the same deployment.
    public func breaker(for deployment: Deployment) -> CircuitBreaker {
        breakers.withLock { breakers in
            if let breaker = breakers[deployment] { return breaker }
            let breaker = CircuitBreaker(configuration: configuration, now: now)
            breakers[deployment] = breaker
            return breaker
        }
    }

    /// The current state of every breaker created so far.
    public func snapshot() -> [Deployment: CircuitBreaker.State] {
        let current = breakers.withLock { $0 }
        return current.mapValues(\.state)
    }
}
