/// Fixed window over ``LimiterState/fixedWindow(windowStart:count:)``.
///
/// Windows are aligned to multiples of the period since the epoch, so every replica sharing a
/// Redis store (Unix epoch) agrees on where a minute starts.
enum FixedWindow {
    /// The current window's start and count at `now`. A stored window later than `now` (a clock
    /// behind another replica's) is treated as current: counting against it is the
    /// conservative choice.
    static func current(_ state: LimiterState?, now: Int64, _ p: LimitParameters) -> (start: Int64, count: Int64, now: Int64) {
        let start = multiplySaturating(floorDivide(now, p.period), p.period)
        guard case .fixedWindow(let storedStart, let count)? = state else { return (start, 0, now) }
        if storedStart == start { return (start, max(0, count), now) }
        if storedStart > start { return (storedStart, max(0, count), storedStart) }
        return (start, 0, now)
    }

    static func check(_ state: inout LimiterState?, cost: Int64, now: Int64, _ p: LimitParameters) -> LimitOutcome {
        let (start, count, now) = current(state, now: now, p)
        let untilEnd = subtractSaturating(addSaturating(start, p.period), now)
        let used = addSaturating(count, cost)
        guard used <= p.limit else {
            // The next window starts empty and `cost ≤ limit`, so its start is the answer.
            return LimitOutcome(allowed: false, remaining: p.limit - count, resetAfter: untilEnd, retryAfter: untilEnd)
        }
        if cost > 0 { state = .fixedWindow(windowStart: start, count: used) }
        return LimitOutcome(allowed: true, remaining: p.limit - used, resetAfter: used > 0 ? untilEnd : 0)
    }

    static func refund(_ state: inout LimiterState?, amount: Int64, now: Int64, _ p: LimitParameters) {
        guard case .fixedWindow(let storedStart, _)? = state else { return }
        let (start, count, _) = current(state, now: now, p)
        // Units reserved in a window that has ended were forgotten with it.
        guard start == storedStart else { return }
        state = .fixedWindow(windowStart: start, count: max(0, count - amount))
    }
}
