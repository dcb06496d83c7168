import Synchronization

/// A shared store (Redis) with a local fallback, for `limits.on_store_failure`.
///
/// - `failOpen`: when the shared store fails, checks go to the local in-memory store, so requests
///   keep being limited (per replica) instead of refused.
/// - `failClosed`: when the shared store fails, checks throw, and the gateway answers 503.
///
/// A failure opens a small breaker for ``coolDown``: while it is open the shared store is not
/// asked at all, so requests never wait on a dead store's timeout more than once per cool-down.
///
/// Thread safety: the breaker's state and the counters sit in one `Mutex`.
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
    public let coolDown: Duration
    private let now: @Sendable () -> ContinuousClock.Instant

    private struct State {
        var openUntil: ContinuousClock.Instant?
        var failures = 0
        var fallbacks = 0
    }

    private let state = Mutex(State())

    public init(
        primary: any RateLimitStore, fallback: any RateLimitStore, mode: Mode, coolDown: Duration = .seconds(5),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.primary = primary
        self.fallback = fallback
        self.mode = mode
        self.coolDown = coolDown
        self.now = now
    }

    /// Failures of the shared store so far.
    public var failureCount: Int { state.withLock { $0.failures } }
    /// Checks answered by the local store instead.
    public var fallbackCount: Int { state.withLock { $0.fallbacks } }
    /// Whether the shared store is being skipped right now.
    public var isOpen: Bool {
        let now = now()
        return state.withLock { $0.openUntil.map { now < $0 } ?? false }
    }

    public func check(key: String, limit: RateLimit, cost: Int) async throws -> RateLimitDecision {
        try await route { try await $0.check(key: key, limit: limit, cost: cost) }
    }

    public func checkAll(_ requests: [RateLimitCheck]) async throws -> [RateLimitDecision] {
        try await route { try await $0.checkAll(requests) }
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
        if isOpen { return try await degraded(operation, error: nil) }
        do {
            return try await operation(primary)
        } catch {
            let until = now() + coolDown
            state.withLock { state in
                state.failures += 1
                state.openUntil = until
            }
            return try await degraded(operation, error: error)
        }
    }

    private func degraded<T>(_ operation: (any RateLimitStore) async throws -> T, error: (any Error)?) async throws -> T {
        switch mode {
        case .failClosed:
            throw Unavailable(underlying: error.map { $0 as? any Error & Sendable } ?? nil)
        case .failOpen:
            state.withLock { $0.fallbacks += 1 }
            return try await operation(fallback)
        }
    }
}
