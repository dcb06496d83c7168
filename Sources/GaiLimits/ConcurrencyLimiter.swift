import Synchronization

/// Caps the number of requests in flight per key (configuration's `max_concurrent`).
///
/// ``acquire(key:limit:)`` hands out a ``ConcurrencyPermit`` while fewer than `limit` are out
/// for the key; the permit gives its slot back on ``ConcurrencyPermit/release()`` or, failing
/// that, when it is deallocated — exactly once either way — so a request that throws or is
/// cancelled cannot leak a slot.
///
/// Thread safety: the in-flight counts live in one `Synchronization.Mutex` (`counts`), held
/// only for a dictionary lookup and update. Keys with nothing in flight are removed, so memory
/// is proportional to the requests currently running.
public final class ConcurrencyLimiter: Sendable {
    /// In-flight count per key; a key is absent when its count is zero.
    private let counts = Mutex<[String: Int]>([:])

    /// Creates a limiter with nothing in flight.
    public init() {}

    /// Takes a slot for `key` if fewer than `limit` are in flight; `nil` means refuse the
    /// request. A `limit` below 1 acts as 1 (the strictest limit that still lets requests
    /// through); configuration validation should reject it.
    public func acquire(key: String, limit: Int) -> ConcurrencyPermit? {
        let limit = max(1, limit)
        let acquired = counts.withLock { counts -> Bool in
            let current = counts[key, default: 0]
            guard current < limit else { return false }
            counts[key] = current + 1
            return true
        }
        return acquired ? ConcurrencyPermit(key: key, limiter: self) : nil
    }

    /// How many permits for `key` are currently out.
    public func inFlight(key: String) -> Int {
        counts.withLock { $0[key, default: 0] }
    }

    /// Returns one slot of `key`; called once per permit.
    fileprivate func release(key: String) {
        counts.withLock { counts in
            let remaining = counts[key, default: 0] - 1
            counts[key] = remaining > 0 ? remaining : nil
        }
    }
}

/// One slot of a ``ConcurrencyLimiter``. Release it when the request ends (including the end of
/// a stream); dropping the last reference releases it too.
public final class ConcurrencyPermit: Sendable {
    /// The key the slot was taken for.
    public let key: String
    /// Kept strongly so the slot can always be returned, even if the caller dropped the limiter.
    private let limiter: ConcurrencyLimiter
    /// Set by the first release; makes ``release()`` and `deinit` idempotent together.
    private let released = Atomic<Bool>(false)

    fileprivate init(key: String, limiter: ConcurrencyLimiter) {
        self.key = key
        self.limiter = limiter
    }

    /// Gives the slot back. Only the first call (or the deallocation) counts.
    public func release() {
        guard released.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            return
        }
        limiter.release(key: key)
    }

    deinit { release() }
}
