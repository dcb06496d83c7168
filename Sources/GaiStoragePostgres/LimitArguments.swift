import GaiLimits

/// A ``GaiLimits/RateLimit`` reduced to the integers the PL/pgSQL function works on, clamped
/// exactly as the GaiLimits algorithms clamp them: a limit below 1 counts as 1, a period under
/// one microsecond as one second, and the capacity is ``GaiLimits/RateLimit/capacity``.
struct LimitArguments: Sendable, Hashable {
    /// How many function arguments one limit takes (tag, limit, period, capacity, cost).
    static let count = 5

    /// The ``GaiLimits/LimiterState`` tag: 1 token bucket, 2 fixed window, 3 sliding window, 4 GCRA.
    var tag: Int64
    /// Units per period, ≥ 1.
    var limit: Int64
    /// The period in microseconds, ≥ 1.
    var period: Int64
    /// The most units admitted at once, ≥ 1.
    var capacity: Int64

    init(_ rateLimit: RateLimit) {
        switch rateLimit.algorithm {
        case .tokenBucket: tag = 1
        case .fixedWindow: tag = 2
        case .slidingWindow: tag = 3
        case .gcra: tag = 4
        }
        limit = max(1, Int64(clamping: rateLimit.limit))
        let micros = Self.wholeMicroseconds(rateLimit.period)
        period = micros >= 1 ? micros : 1_000_000
        capacity = max(1, Int64(clamping: rateLimit.capacity))
    }

    /// The five arguments for one check of `cost` units (a negative cost counts as 0).
    func values(cost: Int) -> [Int64] {
        [tag, limit, period, capacity, max(0, Int64(clamping: cost))]
    }

    /// `duration` in whole microseconds, truncated toward zero and saturating, as GaiLimits
    /// converts it.
    static func wholeMicroseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (micros, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = micros.addingReportingOverflow(attoseconds / 1_000_000_000_000)
        if sumOverflow { return attoseconds < 0 ? .min : .max }
        return sum
    }
}
