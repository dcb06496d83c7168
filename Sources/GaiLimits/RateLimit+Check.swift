import GaiCore

/// What one algorithm step computed, in microseconds; turned into a ``RateLimitDecision`` by
/// ``RateLimit/check(state:cost:now:)``.
struct LimitOutcome: Sendable, Hashable {
    var allowed: Bool
    var remaining: Int64
    var resetAfter: Int64
    var retryAfter: Int64?
}

extension RateLimit {
    /// One atomic limiter step: admits `cost` units at time `now` if the limit allows it, and
    /// updates `state` only when units were consumed.
    ///
    /// Pure: no clock, no I/O, no locks — the caller serialises calls for one key (a mutex, a
    /// Redis Lua script) and supplies `now` as the time since its epoch (see ``LimiterState``).
    ///
    /// - A `cost` of 0 is a peek: always allowed, reports `remaining` and `resetAfter`, changes
    ///   nothing. A negative cost counts as 0.
    /// - A `cost` above ``capacity`` is refused with `retryAfter == nil` because it can never be
    ///   admitted; the state is untouched. Callers should answer such a request with an error
    ///   that says so rather than a retry hint.
    /// - A `state` of another algorithm, or `nil`, is a fresh limit (nothing used).
    public func check(state: inout LimiterState?, cost: Int, now: Duration) -> RateLimitDecision {
        let parameters = parameters
        let cost = max(0, cost.clampedInt64)
        let now = now.wholeMicroseconds
        guard cost <= parameters.capacity else {
            var untouched = state
            var outcome = step(&untouched, cost: 0, now: now, parameters)
            outcome.allowed = false
            outcome.retryAfter = nil
            return decision(outcome, parameters)
        }
        return decision(step(&state, cost: cost, now: now, parameters), parameters)
    }

    /// Gives back `amount` units reserved earlier (e.g. the unused part of a token estimate once
    /// the real usage is known).
    ///
    /// Token bucket and GCRA return the capacity, never beyond a full bucket. The window
    /// algorithms subtract from the *current* window's count, never below zero: units reserved
    /// in a window that has since ended are already forgotten, and subtracting them from the
    /// new window would let the client overspend it. A non-positive amount changes nothing.
    public func refund(state: inout LimiterState?, amount: Int, now: Duration) {
        let amount = amount.clampedInt64
        guard amount > 0 else { return }
        let parameters = parameters
        let now = now.wholeMicroseconds
        switch algorithm {
        case .tokenBucket: TokenBucket.refund(&state, amount: amount, now: now, parameters)
        case .fixedWindow: FixedWindow.refund(&state, amount: amount, now: now, parameters)
        case .slidingWindow: SlidingWindow.refund(&state, amount: amount, now: now, parameters)
        case .gcra: GCRA.refund(&state, amount: amount, now: now, parameters)
        }
    }

    /// How long after `now` the state becomes equivalent to no state (bucket full, window
    /// over). Backends use it as the key's time to live and to evict idle keys; zero means the
    /// state can be dropped now.
    public func resetAfter(state: LimiterState?, now: Duration) -> Duration {
        var untouched = state
        return .microseconds(step(&untouched, cost: 0, now: now.wholeMicroseconds, parameters).resetAfter)
    }

    /// Dispatches one step to the algorithm; `cost` is already within `0...capacity`.
    private func step(_ state: inout LimiterState?, cost: Int64, now: Int64, _ parameters: LimitParameters) -> LimitOutcome {
        switch algorithm {
        case .tokenBucket: TokenBucket.check(&state, cost: cost, now: now, parameters)
        case .fixedWindow: FixedWindow.check(&state, cost: cost, now: now, parameters)
        case .slidingWindow: SlidingWindow.check(&state, cost: cost, now: now, parameters)
        case .gcra: GCRA.check(&state, cost: cost, now: now, parameters)
        }
    }

    private func decision(_ outcome: LimitOutcome, _ parameters: LimitParameters) -> RateLimitDecision {
        RateLimitDecision(
            allowed: outcome.allowed,
            limit: parameters.limit.clampedInt,
            remaining: max(0, outcome.remaining).clampedInt,
            resetAfter: .microseconds(max(0, outcome.resetAfter)),
            retryAfter: outcome.allowed ? nil : outcome.retryAfter.map { .microseconds(max(0, $0)) },
            period: parameters.periodDuration)
    }
}
