import Synchronization

/// A per-provider cap on retries, so that retrying cannot multiply the load on an upstream that
/// is already failing.
///
/// A ``RetryPolicy`` alone lets every request retry up to `maxAttempts − 1` times; during an
/// outage that turns N requests per second into `maxAttempts · N`, which keeps a recovering
/// upstream down (a retry storm). The budget bounds retries to a fraction of recent traffic,
/// following Finagle's `RetryBudget` (the same idea as gRPC retry throttling and Envoy retry
/// budgets):
///
/// - every client request deposits ``ratio`` tokens (``recordRequest()``),
/// - every retry withdraws one token (``tryAcquireRetry()``), and is refused when less than one
///   token is left,
/// - a reserve of ``minRetriesPerSecond`` `·` ``ttl`` tokens lets low-traffic providers retry
///   at all (the floor: on average `minRetriesPerSecond` retries per second with no traffic).
///
/// ## Window
///
/// Deposits *and* withdrawals are remembered for ``ttl`` only, which is what caps the balance:
/// within any window of `ttl`,
///
///     retries ≤ ratio · requests + minRetriesPerSecond · ttl
///
/// so tokens earned by a quiet, healthy hour cannot be spent all at once when the upstream
/// starts failing, and withdrawn tokens "refill" as their retries age out of the window. The
/// window is kept as ``sliceCount`` ring-buffer slices of `ttl / sliceCount` each, so an entry
/// expires between `ttl − ttl/sliceCount` and `ttl` after it was recorded, and memory is
/// constant whatever the traffic.
///
/// With the defaults (ratio 0.2, floor 1/s, ttl 10 s), 100 requests allow 20 + 10 = 30 retries
/// within the next 10 seconds.
///
/// ## Usage
///
/// Call ``recordRequest()`` once per client request sent to the provider — **not** per retry,
/// or retries would earn their own budget — and ``tryAcquireRetry()`` before each retry.
///
/// ## Thread safety
///
/// One budget is shared by all requests to a provider, concurrently. All mutable state lives in
/// a single `Synchronization.Mutex`; every public member takes the lock exactly once, for a
/// handful of arithmetic operations, and never calls out (the injected clock is read *before*
/// taking the lock), so it cannot deadlock or block for long. Withdrawal checks and updates
/// the balance inside one critical section, so concurrent callers can never overdraw it.
public final class RetryBudget: Sendable {
    /// The number of slices the `ttl` window is divided into.
    public static let sliceCount = 10

    /// The tokens each request deposits: the fraction of requests that may be retried.
    public let ratio: Double
    /// The retries per second allowed regardless of traffic, averaged over ``ttl``.
    public let minRetriesPerSecond: Double
    /// How long deposits and withdrawals count towards the balance.
    public let ttl: Duration

    /// The tokens available without any traffic: `minRetriesPerSecond · ttl`.
    public var reserve: Double { minRetriesPerSecond * RetryPolicy.seconds(ttl) }

    private let now: @Sendable () -> ContinuousClock.Instant
    private let start: ContinuousClock.Instant
    /// The slice length in attoseconds, for exact integer slice arithmetic.
    private let sliceAttoseconds: Int128
    /// The windowed counts. Guarded by the mutex; see "Thread safety" above.
    private let state: Mutex<Window>

    /// The ring of per-slice counts.
    private struct Window: Sendable {
        /// The absolute index (since `start`) of the newest slice.
        var current = 0
        /// Requests recorded per slice, indexed by absolute slice index modulo `sliceCount`.
        var requests = [Int](repeating: 0, count: RetryBudget.sliceCount)
        /// Retries granted per slice, same indexing.
        var retries = [Int](repeating: 0, count: RetryBudget.sliceCount)

        /// Moves the window forward to `slice`, clearing the slices that fell out of it. A slice
        /// older than the current one (the clock read raced another caller's, or went backwards)
        /// is counted in the current slice.
        mutating func advance(to slice: Int) {
            guard slice > current else { return }
            let count = RetryBudget.sliceCount
            if slice - current >= count {
                for index in 0..<count {
                    requests[index] = 0
                    retries[index] = 0
                }
            } else {
                for absolute in (current + 1)...slice {
                    requests[absolute % count] = 0
                    retries[absolute % count] = 0
                }
            }
            current = slice
        }

        var totalRequests: Int { requests.reduce(0, +) }
        var totalRetries: Int { retries.reduce(0, +) }
    }

    /// Creates a budget.
    ///
    /// - Parameters:
    ///   - ratio: The fraction of requests that may be retried (tokens deposited per request).
    ///   - minRetriesPerSecond: The floor: retries per second allowed without traffic.
    ///   - ttl: How long requests and retries count towards the balance.
    ///   - now: The clock; inject a manual one in tests.
    ///
    /// Values out of range are clamped (`ratio >= 0`, `minRetriesPerSecond >= 0`, `ttl >= 1 ms`)
    /// rather than trapping: a bad configuration value must never take the gateway down.
    public init(
        ratio: Double = 0.2,
        minRetriesPerSecond: Double = 1,
        ttl: Duration = .seconds(10),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        let ratio = ratio.isFinite ? max(0, ratio) : 0
        let minRetriesPerSecond = minRetriesPerSecond.isFinite ? max(0, minRetriesPerSecond) : 0
        let ttl = max(.milliseconds(1), ttl)
        self.ratio = ratio
        self.minRetriesPerSecond = minRetriesPerSecond
        self.ttl = ttl
        self.now = now
        self.start = now()
        self.sliceAttoseconds = max(Self.attoseconds(ttl) / Int128(Self.sliceCount), 1)
        self.state = Mutex(Window())
    }

    /// Records one client request, depositing ``ratio`` tokens for the next ``ttl``.
    public func recordRequest() {
        let slice = currentSlice()
        state.withLock { window in
            window.advance(to: slice)
            window.requests[window.current % Self.sliceCount] += 1
        }
    }

    /// Withdraws one token for a retry if at least one is available.
    ///
    /// - Returns: `true` when the retry may be made; `false` when the budget is exhausted and
    ///   the caller should fail (or fail over) instead of retrying.
    public func tryAcquireRetry() -> Bool {
        let slice = currentSlice()
        return state.withLock { window in
            window.advance(to: slice)
            // The tolerance absorbs rounding in `ratio · requests` (0.2 · 100 must grant 20).
            guard balance(window) >= 1 - 1e-9 else { return false }
            window.retries[window.current % Self.sliceCount] += 1
            return true
        }
    }

    /// The tokens currently available (never negative), for metrics and the admin API. Retries
    /// succeed while this is at least 1.
    public var remaining: Double {
        let slice = currentSlice()
        return state.withLock { window in
            window.advance(to: slice)
            return max(0, balance(window))
        }
    }

    private func balance(_ window: Window) -> Double {
        ratio * Double(window.totalRequests) - Double(window.totalRetries) + reserve
    }

    /// The absolute index of the slice `now()` falls in; 0 if the clock reads before `start`.
    private func currentSlice() -> Int {
        let elapsed = Self.attoseconds(start.duration(to: now()))
        guard elapsed > 0 else { return 0 }
        return Int(clamping: elapsed / sliceAttoseconds)
    }

    private static func attoseconds(_ duration: Duration) -> Int128 {
        let parts = duration.components
        return Int128(parts.seconds) * 1_000_000_000_000_000_000 + Int128(parts.attoseconds)
    }
}
