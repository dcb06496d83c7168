import GaiCore

/// When and how long to wait before trying a failed upstream call again.
///
/// A retry policy is pure arithmetic: it never sleeps, never reads the clock and never calls a
/// provider. The caller asks it three questions after a failed attempt:
///
/// 1. ``shouldRetry(_:attempt:)`` — is this failure worth trying again at all?
/// 2. ``delay(afterAttempt:error:using:)`` — how long to wait first (or `nil`: don't retry)?
/// 3. ``fitsDeadline(delay:now:deadline:)`` — would that wait outlive the request's deadline?
///
/// Retrying should additionally be gated by a per-provider ``RetryBudget`` so that retries cannot
/// multiply the load on an upstream that is already struggling.
///
/// The defaults follow common practice (gRPC connection backoff, AWS SDKs): three attempts in
/// total, exponential backoff from 0.5 s doubling up to 8 s, ±25 % jitter, and upstream
/// `Retry-After` hints honoured up to 60 s.
public struct RetryPolicy: Sendable, Hashable {
    /// The maximum number of attempts, **counting the first one**. `1` disables retries.
    public var maxAttempts: Int
    /// The backoff before the first retry (before jitter).
    public var initialDelay: Duration
    /// The largest backoff the exponential schedule may reach (before jitter).
    public var maxDelay: Duration
    /// The factor the backoff grows by after each attempt.
    public var multiplier: Double
    /// The jitter fraction: each delay is scaled by a factor drawn uniformly from
    /// `1 - jitter ... 1 + jitter`. `0` gives the exact schedule.
    public var jitter: Double
    /// The longest upstream `Retry-After` hint the policy is willing to wait for.
    ///
    /// A longer hint means the upstream will not serve us for a long while; holding the client's
    /// connection open for it is worse than failing over or failing fast.
    public var maxRetryAfter: Duration

    /// The codes a retry can help with. Everything else (bad requests, auth failures, content
    /// filtering, context length, …) fails identically when sent again, so retrying only adds load
    /// and latency.
    public static let retryableCodes: Set<ErrorCode> = [
        .rateLimited, .overloaded, .timeout, .network, .providerUnavailable,
    ]

    /// The default policy: 3 attempts, 0.5 s → 8 s backoff doubling, ±25 % jitter, hints ≤ 60 s.
    public static let `default` = RetryPolicy()

    /// A policy that never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Creates a policy.
    ///
    /// Values out of range are clamped (`maxAttempts >= 1`, `.zero <= initialDelay <= maxDelay`,
    /// `multiplier >= 1`, `0 <= jitter <= 1`, `maxRetryAfter >= .zero`) rather than trapping: they
    /// come from configuration, and a bad value must never take the gateway down. Configuration
    /// validation reports them to the operator.
    public init(
        maxAttempts: Int = 3,
        initialDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(8),
        multiplier: Double = 2,
        jitter: Double = 0.25,
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxDelay = max(.zero, maxDelay)
        self.initialDelay = min(max(.zero, initialDelay), self.maxDelay)
        self.multiplier = multiplier.isFinite ? max(1, multiplier) : 1
        self.jitter = jitter.isFinite ? min(max(0, jitter), 1) : 0
        self.maxRetryAfter = max(.zero, maxRetryAfter)
    }

    /// Whether a call that failed with `error` should be attempted again.
    ///
    /// Both the code and the error's own ``GaiError/isTransient`` flag must agree: the code says
    /// what kind of failure it was, while the flag lets the adapter that classified it veto a
    /// retry it knows to be pointless (for example a quota that resets next month, reported as
    /// `rate_limited`). A transient flag on a permanent code is not enough either — the taxonomy
    /// is the contract.
    ///
    /// - Parameters:
    ///   - error: The failure of the latest attempt.
    ///   - attempt: How many attempts have been made so far, 1-based (`1` after the first failure).
    /// - Returns: `true` when the failure is transient and another attempt is within `maxAttempts`.
    public func shouldRetry(_ error: GaiError, attempt: Int) -> Bool {
        Self.retryableCodes.contains(error.code) && error.isTransient && attempt < maxAttempts
    }

    /// The backoff before the exact schedule's jitter: `initialDelay · multiplier^(attempt−1)`,
    /// capped at `maxDelay`. Attempts below 1 are treated as 1.
    public func baseDelay(afterAttempt attempt: Int) -> Duration {
        let initial = Self.seconds(initialDelay)
        let cap = Self.seconds(maxDelay)
        guard initial > 0 else { return .zero }
        let grown = initial * Self.power(multiplier, max(attempt, 1) - 1)
        // `pow` overflows to +infinity for large attempts; the cap absorbs that.
        guard grown.isFinite, grown < cap else { return maxDelay }
        return .seconds(grown)
    }

    /// How long to wait before the next attempt, or `nil` when the upstream asked for a longer
    /// pause than ``maxRetryAfter`` and the call should not be retried at all.
    ///
    /// The backoff is exponential, `initialDelay · multiplier^(attempt−1)`, capped at ``maxDelay``,
    /// then scaled by a factor drawn uniformly from `1 ± jitter`. Jitter is applied *after* the
    /// cap (as gRPC's connection backoff does), so a capped delay can exceed `maxDelay` by up to
    /// the jitter fraction; without that, every client that reaches the cap would retry in
    /// lockstep — exactly the thundering herd jitter exists to prevent.
    ///
    /// When `error` carries a ``GaiError/retryAfter`` hint no longer than ``maxRetryAfter``, the
    /// result is the larger of the hint and the jittered backoff: retrying earlier than the
    /// server asked only earns another rejection, and the backoff still grows for repeat
    /// failures. A negative hint counts as zero.
    ///
    /// - Parameters:
    ///   - attempt: How many attempts have been made so far, 1-based.
    ///   - error: The failure of the latest attempt, if known.
    ///   - random: The randomness for jitter; pass a seeded generator to make tests deterministic.
    ///     Nothing is drawn when ``jitter`` is zero.
    public func delay(
        afterAttempt attempt: Int,
        error: GaiError?,
        using random: inout some RandomNumberGenerator
    ) -> Duration? {
        if let hint = error?.retryAfter, hint > maxRetryAfter { return nil }
        var delay = baseDelay(afterAttempt: attempt)
        if jitter > 0, delay > .zero {
            let factor = 1 + Double.random(in: -jitter...jitter, using: &random)
            delay = .seconds(Self.seconds(delay) * factor)
        }
        if let hint = error?.retryAfter { delay = max(delay, hint) }
        return delay
    }

    /// ``delay(afterAttempt:error:using:)`` with the system's random number generator.
    public func delay(afterAttempt attempt: Int, error: GaiError?) -> Duration? {
        var random = SystemRandomNumberGenerator()
        return delay(afterAttempt: attempt, error: error, using: &random)
    }

    /// Whether waiting `delay` from `now` still leaves time before `deadline`.
    ///
    /// A retry that would start at or after the request's deadline can only fail with a timeout
    /// after having spent the client's time and an upstream slot, so it must not be made. The
    /// comparison is strict: a retry starting exactly at the deadline has no time left to run.
    /// Computed as a difference rather than `now + delay`, so huge delays cannot overflow.
    public func fitsDeadline(delay: Duration, now: ContinuousClock.Instant, deadline: ContinuousClock.Instant) -> Bool {
        delay < now.duration(to: deadline)
    }

    /// `base^exponent` for `base >= 1` and a non-negative whole `exponent`, by repeated squaring
    /// (no Foundation needed); `+infinity` on overflow.
    static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        var factor = base
        var remaining = exponent
        while remaining > 0, result.isFinite {
            if remaining & 1 == 1 { result *= factor }
            factor *= factor
            remaining >>= 1
        }
        return result
    }

    /// A duration in (fractional) seconds. `1e18` is exactly representable, so whole and
    /// half-second values convert exactly.
    public static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
