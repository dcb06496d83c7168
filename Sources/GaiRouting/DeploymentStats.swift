import Synchronization

/// Live statistics per deployment that the balancing strategies read: requests in flight
/// (`least_busy`) and an exponentially weighted moving average of latency (`latency`).
///
/// Thread safety: one `Mutex` guards the dictionary; every member takes it once for a few
/// arithmetic operations and never calls out while holding it.
public final class DeploymentStats: Sendable {
    /// One deployment's numbers.
    public struct Snapshot: Sendable, Hashable {
        public var inFlight = 0
        /// The EWMA of observed latency in seconds; `nil` until the first observation.
        public var latencySeconds: Double?
        public var samples = 0
    }

    /// The weight of the newest observation in the average: 0.3 follows a change within a handful
    /// of requests without letting one outlier dominate.
    public let smoothing: Double
    private let entries = Mutex<[DeploymentKey: Snapshot]>([:])

    public init(smoothing: Double = 0.3) {
        self.smoothing = smoothing.isFinite ? min(max(smoothing, 0.01), 1) : 0.3
    }

    /// The current numbers for `key` (zeros when never used).
    public func snapshot(_ key: DeploymentKey) -> Snapshot {
        entries.withLock { $0[key] ?? Snapshot() }
    }

    /// Every deployment's numbers, for the admin API.
    public func all() -> [DeploymentKey: Snapshot] {
        entries.withLock { $0 }
    }

    /// Counts a call as in flight until the returned lease is released.
    public func begin(_ key: DeploymentKey) -> InFlightLease {
        entries.withLock { $0[key, default: Snapshot()].inFlight += 1 }
        return InFlightLease(stats: self, key: key)
    }

    /// Folds one observed latency into the average.
    public func observe(_ key: DeploymentKey, latency: Duration) {
        let seconds = RetryPolicy.seconds(latency)
        guard seconds.isFinite, seconds >= 0 else { return }
        entries.withLock { entries in
            var entry = entries[key, default: Snapshot()]
            if let previous = entry.latencySeconds {
                entry.latencySeconds = previous + smoothing * (seconds - previous)
            } else {
                entry.latencySeconds = seconds
            }
            entry.samples += 1
            entries[key] = entry
        }
    }

    fileprivate func end(_ key: DeploymentKey) {
        entries.withLock { entries in
            if var entry = entries[key] {
                entry.inFlight = max(0, entry.inFlight - 1)
                entries[key] = entry
            }
        }
    }
}

/// A call counted as in flight on a deployment. Released exactly once: explicitly, or when the
/// last reference goes away, so an abandoned stream can never leave the count inflated.
public final class InFlightLease: Sendable {
    private let stats: DeploymentStats
    private let key: DeploymentKey
    private let released = Atomic<Bool>(false)

    fileprivate init(stats: DeploymentStats, key: DeploymentKey) {
        self.stats = stats
        self.key = key
    }

    /// Ends the call's in-flight count; later calls do nothing.
    public func release() {
        if !released.exchange(true, ordering: .acquiringAndReleasing) {
            stats.end(key)
        }
    }

    deinit { release() }
}
