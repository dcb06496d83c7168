import GaiCore

extension RateLimit {
    /// The limit reduced to the integers a store-side implementation (the Redis Lua script, the
    /// PostgreSQL function) works on, clamped exactly as the algorithms here clamp them: a limit
    /// below 1 counts as 1, a period under one microsecond as one second, and the capacity is
    /// ``capacity``.
    public struct StoreParameters: Sendable, Hashable {
        /// How many values one check takes (tag, limit, period, capacity, cost).
        public static let count = 5

        /// The ``LimiterState`` tag: 1 token bucket, 2 fixed window, 3 sliding window, 4 GCRA.
        public var tag: Int64
        /// Units per period, ≥ 1.
        public var limit: Int64
        /// The period in whole microseconds, ≥ 1.
        public var period: Int64
        /// The most units admitted at once, ≥ 1.
        public var capacity: Int64

        public init(_ rateLimit: RateLimit) {
            switch rateLimit.algorithm {
            case .tokenBucket: tag = 1
            case .fixedWindow: tag = 2
            case .slidingWindow: tag = 3
            case .gcra: tag = 4
            }
            limit = max(1, Int64(clamping: rateLimit.limit))
            let micros = rateLimit.period.wholeMicroseconds
            period = micros >= 1 ? micros : 1_000_000
            capacity = max(1, Int64(clamping: rateLimit.capacity))
        }

        /// The five values for one check of `cost` units (a negative cost counts as 0).
        public func values(cost: Int) -> [Int64] {
            [tag, limit, period, capacity, max(0, Int64(clamping: cost))]
        }
    }
}
