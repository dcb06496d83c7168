import GaiCore

/// One limit: at most ``limit`` units per ``period``, enforced with ``algorithm``.
///
/// A unit is whatever the caller counts: one per request for request limits, tokens for token
/// limits (with the cost of a check being the token count).
///
/// Invalid values never trap. ``validate()`` reports them (configuration loading and the admin
/// API should call it and refuse the limit); the algorithms clamp them to the strictest sensible
/// value so that a limit that slipped through still limits: a `limit` below 1 counts as 1, a
/// `period` shorter than one microsecond counts as one second, and a `burst` below 1 counts as
/// absent.
public struct RateLimit: Sendable, Hashable {
    /// Units allowed per ``period``.
    public var limit: Int
    /// The length of the window (fixed and sliding window) or the time in which a token bucket
    /// or GCRA refills ``limit`` units.
    public var period: Duration
    /// How the limit is enforced.
    public var algorithm: RateLimitAlgorithm
    /// The bucket size for ``RateLimitAlgorithm/tokenBucket`` and ``RateLimitAlgorithm/gcra``:
    /// how many units may be spent at once after an idle period. `nil` means ``limit``.
    /// The window algorithms ignore it (their capacity is always ``limit``).
    public var burst: Int?

    /// Creates a limit of `limit` units per `period`.
    public init(limit: Int, period: Duration, algorithm: RateLimitAlgorithm = .tokenBucket, burst: Int? = nil) {
        self.limit = limit
        self.period = period
        self.algorithm = algorithm
        self.burst = burst
    }

    /// `limit` units per second (configuration's `rps`).
    public static func perSecond(_ limit: Int, algorithm: RateLimitAlgorithm = .tokenBucket, burst: Int? = nil) -> RateLimit {
        RateLimit(limit: limit, period: .seconds(1), algorithm: algorithm, burst: burst)
    }

    /// `limit` units per minute (configuration's `rpm` and `tpm`).
    public static func perMinute(_ limit: Int, algorithm: RateLimitAlgorithm = .tokenBucket, burst: Int? = nil) -> RateLimit {
        RateLimit(limit: limit, period: .seconds(60), algorithm: algorithm, burst: burst)
    }

    /// `limit` units per hour (configuration's `rph` and `tph`).
    public static func perHour(_ limit: Int, algorithm: RateLimitAlgorithm = .tokenBucket, burst: Int? = nil) -> RateLimit {
        RateLimit(limit: limit, period: .seconds(3_600), algorithm: algorithm, burst: burst)
    }

    /// `limit` units per day (configuration's `rpd`).
    public static func perDay(_ limit: Int, algorithm: RateLimitAlgorithm = .tokenBucket, burst: Int? = nil) -> RateLimit {
        RateLimit(limit: limit, period: .seconds(86_400), algorithm: algorithm, burst: burst)
    }

    /// The number of units the limit can ever admit at once: ``burst`` (or ``limit``) for the
    /// bucket algorithms, ``limit`` for the windows, after clamping. A check whose cost exceeds
    /// it is refused with no `retryAfter`, because waiting would never help.
    public var capacity: Int { parameters.capacity.clampedInt }

    /// Throws `invalid_request` naming the first out-of-range field; the algorithms would
    /// otherwise clamp it silently (see the type's documentation).
    public func validate() throws(GaiError) {
        if limit < 1 {
            throw .invalidRequest("rate limit must allow at least 1 unit per period (got \(limit))", param: "limit")
        }
        if period.wholeMicroseconds < 1 {
            throw .invalidRequest("rate-limit period must be positive (got \(period))", param: "period")
        }
        if let burst, burst < 1 {
            throw .invalidRequest("rate-limit burst must be at least 1 (got \(burst))", param: "burst")
        }
    }

    /// The clamped integer form every algorithm works on.
    var parameters: LimitParameters {
        let limit = max(1, limit.clampedInt64)
        let micros = period.wholeMicroseconds
        let period = micros >= 1 ? micros : 1_000_000
        let capacity: Int64
        switch algorithm {
        case .tokenBucket, .gcra:
            capacity = burst.map { $0 >= 1 ? $0.clampedInt64 : limit } ?? limit
        case .fixedWindow, .slidingWindow:
            capacity = limit
        }
        return LimitParameters(limit: limit, period: period, capacity: capacity)
    }
}

/// A ``RateLimit`` reduced to positive integers, with the period in microseconds.
struct LimitParameters: Sendable, Hashable {
    /// Units per period, ≥ 1.
    var limit: Int64
    /// The period in microseconds, ≥ 1.
    var period: Int64
    /// The most units admitted at once, ≥ 1.
    var capacity: Int64

    /// The decision's ``RateLimitDecision/period``.
    var periodDuration: Duration { .microseconds(period) }
}
