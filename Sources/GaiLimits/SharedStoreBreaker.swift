import Synchronization

/// The breaker in front of a shared store (Redis, PostgreSQL) that a local store stands in for:
/// after a failure the shared store is skipped for ``coolDown``, so requests wait on a dead
/// store's timeout at most once per cool-down.
///
/// ``onChange`` hears every switch between the shared store and the fallback (with the error that
/// caused it), so the operator sees it in the log, not only in a counter.
///
/// Thread safety: the state and the counters sit in one `Mutex`; ``onChange`` is called after
/// it is released.
public final class SharedStoreBreaker: Sendable {
    /// What ``SharedStoreBreaker/onChange`` is told.
    public enum Change: Sendable {
        /// The shared store failed; the fallback (or a refusal, when failing closed) takes over.
        case degraded(error: String)
        /// The shared store answered again after a cool-down.
        case recovered
    }

    public let coolDown: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let onChange: @Sendable (Change) -> Void

    private struct State {
        var openUntil: ContinuousClock.Instant?
        var degraded = false
        var failures = 0
        var fallbacks = 0
    }

    private let state = Mutex(State())

    public init(
        coolDown: Duration = .seconds(5), now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        onChange: @escaping @Sendable (Change) -> Void = { _ in }
    ) {
        self.coolDown = coolDown
        self.now = now
        self.onChange = onChange
    }

    /// Failures of the shared store so far.
    public var failureCount: Int { state.withLock { $0.failures } }
    /// Calls answered by the fallback instead.
    public var fallbackCount: Int { state.withLock { $0.fallbacks } }
    /// Whether the shared store is being skipped right now.
    public var isOpen: Bool {
        let now = now()
        return state.withLock { $0.openUntil.map { now < $0 } ?? false }
    }
    /// Whether the last call did not reach the shared store (it failed, or is being skipped).
    public var isDegraded: Bool { state.withLock { $0.degraded } }

    /// Runs `primary` unless the breaker is open; on its failure opens the breaker and runs
    /// `degraded` (which falls back, or throws when failing closed).
    public func route<T>(
        primary: () async throws -> T, degraded: (_ error: (any Error)?) async throws -> T
    ) async throws -> T {
        if isOpen {
            state.withLock { $0.fallbacks += 1 }
            return try await degraded(nil)
        }
        do {
            let value = try await primary()
            let recovered = state.withLock { state -> Bool in
                defer { state.degraded = false }
                return state.degraded
            }
            if recovered { onChange(.recovered) }
            return value
        } catch {
            let until = now() + coolDown
            let first = state.withLock { state -> Bool in
                state.failures += 1
                state.fallbacks += 1
                state.openUntil = until
                defer { state.degraded = true }
                return !state.degraded
            }
            if first { onChange(.degraded(error: String(describing: error))) }
            return try await degraded(error)
        }
    }
}
