/// A shared store (Redis) with a local fallback, for `limits.on_store_failure`.
///
/// - `failOpen`: when the shared store fails, checks go to the local in-memory store, so requests
///   keep being limited (per replica) instead of refused.
/// - `failClosed`: when the shared store fails, checks throw, and the gateway answers 503.
///
/// A failure opens a small breaker for ``coolDown``: while it is open the shared store is not
/// asked at all, so requests never wait on a dead store's timeout more than once per cool-down.
///
/// Thread safety: all mutable state is the ``SharedStoreBreaker``'s.
public final class FallbackRateLimitStore: RateLimitStore {
    public enum Mode: String, Sendable {
        case failOpen = "fail_open"
        case failClosed = "fail_closed"
    }

    /// Thrown with `failClosed` while the shared store is unavailable.
    public struct Unavailable: Error, Sendable {
        public var underlying: (any Error & Sendable)?
    }

    public let primary: any RateLimitStore
    public let fallback: any RateLimitStore
    public let mode: Mode
    /// The breaker that decides when the shared store is skipped.
    public let breaker: SharedStoreBreaker

    public init(
        primary: any RateLimitStore, fallback: any RateLimitStore, mode: Mode, coolDown: Duration = .seconds(5),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        onChange: @escaping @Sendable (SharedStoreBreaker.Change) -> Void = { _ in }
    ) {
        self.primary = primary
        self.fallback = fallback
        self.mode = mode
        self.breaker = SharedStoreBreaker(coolDown: coolDown, now: now, onChange: onChange)
    }

    /// A fallback store behind an existing breaker: budgets and limits on one Redis share one,
    /// so one outage opens (and one recovery closes) both.
    public init(primary: any RateLimitStore, fallback: any RateLimitStore, mode: Mode, breaker: SharedStoreBreaker) {
        self.primary = primary
        self.fallback = fallback
        self.mode = mode
        self.breaker = breaker
    }

    public var coolDown: Duration { breaker.coolDown }
    /// Failures of the shared store so far.
    public var failureCount: Int { breaker.failureCount }
    /// Checks answered by the local store instead (or refused, when failing closed).
    public var fallbackCount: Int { breaker.fallbackCount }
    /// Whether the shared store is being skipped right now.
    public var isOpen: Bool { breaker.isOpen }

    public func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision {
        try await route { try await $0.check(key: key, limit: limit, cost: cost) }
    }

    public func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision] {
        try await route { try await $0.checkAll(requests) }
    }

    public var isShared: Bool { primary.isShared }

    /// As ``refund(key:limit:amount:)``, in one call to whichever store is in use; never throws.
    public func refundAll(_ refunds: [RateLimitCheck]) async throws {
        if isOpen {
            try? await fallback.refundAll(refunds)
        } else {
            try? await primary.refundAll(refunds)
        }
    }

    public func refund(key: String, limit: RateLimit, amount: Int) async throws {
        // A refund lost to an outage only makes the limit stricter for a moment: never an error.
        if isOpen {
            try? await fallback.refund(key: key, limit: limit, amount: amount)
        } else {
            try? await primary.refund(key: key, limit: limit, amount: amount)
        }
    }

    private func route<T>(_ operation: (any RateLimitStore) async throws -> T) async throws -> T {
        try await breaker.route {
            try await operation(primary)
        } degraded: { error in
            switch mode {
            case .failClosed:
                throw Unavailable(underlying: error.map { $0 as? any Error & Sendable } ?? nil)
            case .failOpen:
                return try await operation(fallback)
            }
        }
    }
}
