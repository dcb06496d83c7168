import GaiCore
import Synchronization

/// A per-deployment circuit breaker: stops sending traffic to a deployment that keeps failing,
/// then lets a few probes through to find out whether it has recovered.
///
/// Pure state machine: no I/O, no timers. Time comes from the injected `now` closure and state
/// transitions happen lazily when the breaker is asked (``acquire()``, ``record(_:outcome:)``,
/// ``state``).
///
/// ```
///            N consecutive transient failures, or
///            failure ratio ≥ threshold over the window
///  closed ───────────────────────────────────────────▶ open(until:)
///    ▲                                                   │  │
///    │ probe succeeds                 cool-down elapsed  │  ▲ probe fails
///    │                                                   ▼  │ (fresh cool-down)
///    └──────────────────────────────────────────────── half-open
/// ```
///
/// Usage: call ``acquire()`` before calling the deployment. `nil` means skip it (no network
/// call). Otherwise make the call and report the ``Permit`` back exactly once with
/// ``record(_:outcome:)`` — `.success`, `.failure(error)`, or `.cancelled` when the call was
/// abandoned before it said anything about the deployment's health.
///
/// Only transient failures count: `error.isTransient` **and** a code in ``transientCodes``.
/// Anything else (client errors, permanent errors, Gai's own `internal` failures) is neutral:
/// it neither counts as a failure nor as a success, does not reset the consecutive-failure
/// count, and is not added to the window. A neutral outcome on a half-open probe frees the probe
/// slot and leaves the breaker half-open.
///
/// Permits are tied to the phase they were issued in: a permit reported after the breaker has
/// changed state (e.g. a request that started while closed and finished after the breaker
/// opened) is ignored, and a permit reported twice only counts once.
///
/// Thread safety: all mutable state lives in one `Synchronization.Mutex` (`storage`). Every
/// public member takes that lock exactly once, does O(window size) work under it, and never
/// calls out (not even the `now` closure — time is read before taking the lock) while holding
/// it, so the breaker cannot deadlock and is safe to share across tasks.
public final class CircuitBreaker: Sendable {
    /// Tuning knobs. The defaults are the documented gateway defaults.
    public struct Configuration: Sendable, Hashable {
        /// Consecutive transient failures that open a closed breaker. Values below 1 act as 1.
        public var consecutiveFailureThreshold: Int
        /// Failure ratio (0...1) over the window that opens a closed breaker (`≥`).
        public var failureRateThreshold: Double
        /// How many of the most recent outcomes the window keeps. Values below 1 act as 1.
        public var windowSize: Int
        /// Outcomes older than this do not count toward the ratio.
        public var windowDuration: Duration
        /// The ratio rule only applies once the window holds at least this many outcomes.
        public var minimumWindowOutcomes: Int
        /// How long an opened breaker stays open before letting probes through.
        public var coolDown: Duration
        /// Upper bound on how far an upstream `retryAfter` may extend the cool-down, so one
        /// absurd `Retry-After` cannot take a deployment out for hours. The plain ``coolDown``
        /// is always honoured even when it is longer.
        public var maximumCoolDown: Duration
        /// Concurrent probes allowed while half-open. Values below 1 act as 1.
        public var halfOpenMaxProbes: Int

        public init(
            consecutiveFailureThreshold: Int = 5,
            failureRateThreshold: Double = 0.5,
            windowSize: Int = 20,
            windowDuration: Duration = .seconds(30),
            minimumWindowOutcomes: Int = 10,
            coolDown: Duration = .seconds(30),
            maximumCoolDown: Duration = .seconds(600),
            halfOpenMaxProbes: Int = 1
        ) {
            self.consecutiveFailureThreshold = consecutiveFailureThreshold
            self.failureRateThreshold = failureRateThreshold
            self.windowSize = windowSize
            self.windowDuration = windowDuration
            self.minimumWindowOutcomes = minimumWindowOutcomes
            self.coolDown = coolDown
            self.maximumCoolDown = maximumCoolDown
            self.halfOpenMaxProbes = halfOpenMaxProbes
        }
    }

    /// The breaker's externally visible state.
    public enum State: Sendable, Hashable {
        /// Traffic flows; failures are being counted.
        case closed
        /// The cool-down has elapsed; a bounded number of probes may go through.
        case halfOpen
        /// The deployment is skipped until the given instant.
        case open(until: ContinuousClock.Instant)

        /// The `gai_breaker_state` metric value: 0 closed, 1 half-open, 2 open.
        public var code: Int {
            switch self {
            case .closed: 0
            case .halfOpen: 1
            case .open: 2
            }
        }
    }

    /// A change of phase, reported to the breaker's observer (after its lock is released).
    public enum Transition: Sendable, Hashable {
        /// Tripped (or a half-open probe failed): skipped for `coolDown`.
        case opened(coolDown: Duration)
        /// The cool-down elapsed; probes may go through.
        case halfOpened
        /// A probe succeeded, or an admin reset it.
        case closed
    }

    /// How a permitted call ended.
    public enum Outcome: Sendable {
        /// The deployment answered successfully.
        case success
        /// The call failed; only transient failures count (see ``countsAsFailure(_:)``).
        case failure(GaiError)
        /// The call was abandoned (client went away, deadline elsewhere, never sent): releases
        /// the permit without counting anything.
        case cancelled
    }

    /// Permission to make one call. Report it back exactly once with ``record(_:outcome:)``.
    public struct Permit: Sendable, Hashable {
        /// Unique per breaker; used to release probe slots exactly once.
        let id: UInt64
        /// The state generation it was issued in; stale permits are ignored.
        let generation: UInt64
        /// `true` when this is a half-open probe (its outcome decides the breaker's state).
        public let isProbe: Bool
    }

    /// The codes that may count as breaker failures (when the error is also `isTransient`).
    public static let transientCodes: Set<ErrorCode> = [.rateLimited, .overloaded, .timeout, .network, .providerUnavailable]

    /// Whether `error` counts against a deployment's health.
    public static func countsAsFailure(_ error: GaiError) -> Bool {
        error.isTransient && transientCodes.contains(error.code)
    }

    private enum Phase: Sendable {
        case closed
        case halfOpen
        case open(until: ContinuousClock.Instant)

        var kind: Int {
            switch self {
            case .closed: 0
            case .halfOpen: 1
            case .open: 2
            }
        }
    }

    private struct Storage: Sendable {
        var phase: Phase = .closed
        /// Bumped on every phase change; permits from an older generation are stale.
        var generation: UInt64 = 0
        var nextPermitID: UInt64 = 0
        var consecutiveFailures = 0
        /// Most recent counted outcomes, oldest first, at most `windowSize` entries.
        var window: [(at: ContinuousClock.Instant, failed: Bool)] = []
        /// Ids of the half-open probes currently out.
        var probes: Set<UInt64> = []
    }

    /// The configuration in effect (with out-of-range values normalised).
    public let configuration: Configuration
    private let now: @Sendable () -> ContinuousClock.Instant
    /// The lock: guards all mutable breaker state. Held only for short, non-reentrant,
    /// non-calling-out critical sections.
    private let storage = Mutex(Storage())
    /// Told of every phase change, outside the lock (events, logs).
    private let onTransition: (@Sendable (Transition) -> Void)?

    public init(
        configuration: Configuration = Configuration(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        onTransition: (@Sendable (Transition) -> Void)? = nil
    ) {
        self.onTransition = onTransition
        var configuration = configuration
        configuration.consecutiveFailureThreshold = max(1, configuration.consecutiveFailureThreshold)
        configuration.windowSize = max(1, configuration.windowSize)
        configuration.minimumWindowOutcomes = max(1, configuration.minimumWindowOutcomes)
        configuration.halfOpenMaxProbes = max(1, configuration.halfOpenMaxProbes)
        configuration.coolDown = max(.zero, configuration.coolDown)
        configuration.maximumCoolDown = max(configuration.coolDown, configuration.maximumCoolDown)
        self.configuration = configuration
        self.now = now
    }

    /// Asks to call the deployment. `nil` means skip it: the breaker is open, or half-open with
    /// every probe slot taken.
    public func acquire() -> Permit? {
        let now = now()
        let (permit, transition) = storage.withLock { storage -> (Permit?, Transition?) in
            let before = storage.phase.kind
            advance(&storage, now: now)
            let transition = Self.transition(from: before, to: storage.phase, now: now)
            switch storage.phase {
            case .open:
                return (nil, transition)
            case .closed:
                return (issue(&storage, isProbe: false), transition)
            case .halfOpen:
                guard storage.probes.count < configuration.halfOpenMaxProbes else { return (nil, transition) }
                let permit = issue(&storage, isProbe: true)
                storage.probes.insert(permit.id)
                return (permit, transition)
            }
        }
        if let transition { onTransition?(transition) }
        return permit
    }

    /// Reports how the call made under `permit` ended. Stale or already-reported permits are
    /// ignored.
    public func record(_ permit: Permit, outcome: Outcome) {
        let now = now()
        let transition = storage.withLock { storage -> Transition? in
            let before = storage.phase.kind
            record(permit, outcome: outcome, in: &storage, now: now)
            return Self.transition(from: before, to: storage.phase, now: now)
        }
        if let transition { onTransition?(transition) }
    }

    private func record(_ permit: Permit, outcome: Outcome, in storage: inout Storage, now: ContinuousClock.Instant) {
        advance(&storage, now: now)
        guard permit.generation == storage.generation else { return }
        switch storage.phase {
        case .open:
            return
        case .closed:
            guard !permit.isProbe else { return }
            switch outcome {
            case .success:
                storage.consecutiveFailures = 0
                append(&storage, failed: false, now: now)
            case .failure(let error) where Self.countsAsFailure(error):
                storage.consecutiveFailures += 1
                append(&storage, failed: true, now: now)
                if shouldTrip(storage) { open(&storage, retryAfter: error.retryAfter, now: now) }
            case .failure, .cancelled:
                return
            }
        case .halfOpen:
            guard permit.isProbe, storage.probes.remove(permit.id) != nil else { return }
            switch outcome {
            case .success:
                storage.phase = .closed
                storage.generation &+= 1
                storage.probes = []
                storage.consecutiveFailures = 0
                storage.window = []
            case .failure(let error) where Self.countsAsFailure(error):
                open(&storage, retryAfter: error.retryAfter, now: now)
            case .failure, .cancelled:
                return
            }
        }
    }

    /// The current state (an elapsed cool-down reads as half-open).
    public var state: State {
        let now = now()
        let (state, transition) = storage.withLock { storage -> (State, Transition?) in
            let before = storage.phase.kind
            advance(&storage, now: now)
            let transition = Self.transition(from: before, to: storage.phase, now: now)
            switch storage.phase {
            case .closed: return (.closed, transition)
            case .halfOpen: return (.halfOpen, transition)
            case .open(let until): return (.open(until: until), transition)
            }
        }
        if let transition { onTransition?(transition) }
        return state
    }

    /// The `gai_breaker_state` metric value: 0 closed, 1 half-open, 2 open.
    public var stateCode: Int { state.code }

    /// Forces the breaker closed with fresh counters (for an admin action). Outstanding permits
    /// become stale.
    public func reset() {
        let now = now()
        let transition = storage.withLock { storage -> Transition? in
            let before = storage.phase.kind
            storage.phase = .closed
            storage.generation &+= 1
            storage.probes = []
            storage.consecutiveFailures = 0
            storage.window = []
            return Self.transition(from: before, to: storage.phase, now: now)
        }
        if let transition { onTransition?(transition) }
    }

    /// The change from `before` to `phase`, if its kind changed.
    private static func transition(from before: Int, to phase: Phase, now: ContinuousClock.Instant) -> Transition? {
        guard phase.kind != before else { return nil }
        switch phase {
        case .closed: return .closed
        case .halfOpen: return .halfOpened
        case .open(let until): return .opened(coolDown: until - now)
        }
    }

    // MARK: - Under the lock

    private func issue(_ storage: inout Storage, isProbe: Bool) -> Permit {
        storage.nextPermitID &+= 1
        return Permit(id: storage.nextPermitID, generation: storage.generation, isProbe: isProbe)
    }

    /// Open → half-open once the cool-down has elapsed.
    private func advance(_ storage: inout Storage, now: ContinuousClock.Instant) {
        if case .open(let until) = storage.phase, now >= until {
            storage.phase = .halfOpen
            storage.generation &+= 1
            storage.probes = []
        }
    }

    private func append(_ storage: inout Storage, failed: Bool, now: ContinuousClock.Instant) {
        storage.window.append((at: now, failed: failed))
        if storage.window.count > configuration.windowSize {
            storage.window.removeFirst(storage.window.count - configuration.windowSize)
        }
        let cutoff = now - configuration.windowDuration
        if let firstFresh = storage.window.firstIndex(where: { $0.at >= cutoff }) {
            storage.window.removeFirst(firstFresh)
        } else {
            storage.window.removeAll()
        }
    }

    private func shouldTrip(_ storage: Storage) -> Bool {
        if storage.consecutiveFailures >= configuration.consecutiveFailureThreshold { return true }
        let total = storage.window.count
        guard total >= configuration.minimumWindowOutcomes else { return false }
        let failures = storage.window.count(where: \.failed)
        return Double(failures) >= configuration.failureRateThreshold * Double(total)
    }

    private func open(_ storage: inout Storage, retryAfter: Duration?, now: ContinuousClock.Instant) {
        var coolDown = configuration.coolDown
        if let retryAfter, retryAfter > coolDown {
            coolDown = min(retryAfter, configuration.maximumCoolDown)
        }
        storage.phase = .open(until: now + coolDown)
        storage.generation &+= 1
        storage.probes = []
        storage.consecutiveFailures = 0
        storage.window = []
    }
}
