/// Sliding-window counter approximation over
/// ``LimiterState/slidingWindow(windowStart:current:previous:)``.
///
/// The sliding window ending now overlaps the previous fixed window by `(P − e) / P`, where `e`
/// is how far `now` is into the current one; the estimate assumes the previous window's units
/// were spread evenly. Comparisons are multiplied through by `P` so they stay in integers:
/// `used × P = previous × (P − e) + current × P`.
enum SlidingWindow {
    struct Counts {
        var start: Int64
        var current: Int64
        var previous: Int64
        var now: Int64
    }

    /// The counts at `now` after rolling the stored windows forward.
    static func counts(_ state: LimiterState?, now: Int64, _ p: LimitParameters) -> Counts {
        let start = multiplySaturating(floorDivide(now, p.period), p.period)
        guard case .slidingWindow(let storedStart, let storedCurrent, let storedPrevious)? = state else {
            return Counts(start: start, current: 0, previous: 0, now: now)
        }
        let current = max(0, storedCurrent)
        let previous = max(0, storedPrevious)
        if storedStart == start { return Counts(start: start, current: current, previous: previous, now: now) }
        if storedStart == subtractSaturating(start, p.period) {
            return Counts(start: start, current: 0, previous: current, now: now)
        }
        // A stored window ahead of `now` (clock skew between replicas): count against it.
        if storedStart > start {
            return Counts(start: storedStart, current: current, previous: previous, now: storedStart)
        }
        return Counts(start: start, current: 0, previous: 0, now: now)
    }

    static func check(_ state: inout LimiterState?, cost: Int64, now: Int64, _ p: LimitParameters) -> LimitOutcome {
        let counts = counts(state, now: now, p)
        let elapsed = counts.now - counts.start
        let overlap = p.period - elapsed
        let budget = multiplySaturating(p.limit, p.period)
        let previousPart = multiplySaturating(counts.previous, overlap)
        let used = addSaturating(previousPart, multiplySaturating(counts.current, p.period))
        let wanted = addSaturating(used, multiplySaturating(cost, p.period))
        guard wanted <= budget else {
            return LimitOutcome(
                allowed: false,
                remaining: max(0, budget - used) / p.period,
                resetAfter: resetAfter(counts, p),
                retryAfter: retryAfter(counts, cost: cost, elapsed: elapsed, p))
        }
        var after = counts
        after.current = addSaturating(after.current, cost)
        if cost > 0 {
            state = .slidingWindow(windowStart: after.start, current: after.current, previous: after.previous)
        }
        return LimitOutcome(allowed: true, remaining: (budget - wanted) / p.period, resetAfter: resetAfter(after, p))
    }

    static func refund(_ state: inout LimiterState?, amount: Int64, now: Int64, _ p: LimitParameters) {
        guard case .slidingWindow? = state else { return }
        let counts = counts(state, now: now, p)
        state = .slidingWindow(windowStart: counts.start, current: max(0, counts.current - amount), previous: counts.previous)
    }

    /// Until the estimate is zero: current units weigh until the end of the *next* window,
    /// previous ones until the end of this one.
    private static func resetAfter(_ counts: Counts, _ p: LimitParameters) -> Int64 {
        if counts.current > 0 {
            return subtractSaturating(addSaturating(counts.start, multiplySaturating(2, p.period)), counts.now)
        }
        if counts.previous > 0 { return subtractSaturating(addSaturating(counts.start, p.period), counts.now) }
        return 0
    }

    /// The earliest wait after which `cost` fits, assuming nothing else is spent meanwhile.
    private static func retryAfter(_ counts: Counts, cost: Int64, elapsed: Int64, _ p: LimitParameters) -> Int64 {
        let room = subtractSaturating(subtractSaturating(p.limit, counts.current), cost)
        if room >= 0 {
            // Within this window, once the previous window's weight has shrunk enough:
            // previous × (P − e′) ≤ room × P  ⇔  e′ ≥ P × (previous − room) / previous.
            // A refusal with room ≥ 0 implies previous > room ≥ 0.
            let target = ceilDivide(multiplySaturating(p.period, subtractSaturating(counts.previous, room)), max(1, counts.previous))
            return target - elapsed
        }
        // Only in the next window, where this window's count becomes the weighted one:
        // current × (P − e″) ≤ (L − cost) × P  ⇔  e″ ≥ P × (current + cost − L) / current.
        // `room < 0` with `cost ≤ L` implies current > 0.
        let excess = subtractSaturating(addSaturating(counts.current, cost), p.limit)
        let target = ceilDivide(multiplySaturating(p.period, excess), max(1, counts.current))
        return addSaturating(p.period - elapsed, target)
    }
}
