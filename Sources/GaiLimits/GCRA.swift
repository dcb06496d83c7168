/// The generic cell rate algorithm (leaky bucket as a meter) over
/// ``LimiterState/gcra(tat:remainder:)``.
///
/// Each unit pushes the theoretical arrival time (TAT) `P / L` further; a cost is admitted while
/// the TAT stays within `B × P / L` of now. Backlogs are kept in units of 1/`L` µs
/// (`D = (tat − now) × L + remainder`) so the emission interval `P / L` never has to be rounded:
/// at 100 M tokens a minute it is 0.6 µs, and rounding it to whole microseconds would cut the
/// rate by 40 %.
enum GCRA {
    /// The backlog at `now` in 1/`L` µs: zero when the TAT is not in the future.
    static func backlog(_ state: LimiterState?, now: Int64, _ p: LimitParameters) -> Int64 {
        guard case .gcra(let tat, let remainder)? = state else { return 0 }
        let ahead = subtractSaturating(tat, now)
        guard ahead >= 0 else { return 0 }
        return addSaturating(multiplySaturating(ahead, p.limit), max(0, remainder))
    }

    static func check(_ state: inout LimiterState?, cost: Int64, now: Int64, _ p: LimitParameters) -> LimitOutcome {
        let tolerance = multiplySaturating(p.capacity, p.period)
        let backlog = backlog(state, now: now, p)
        let increment = multiplySaturating(cost, p.period)
        let next = addSaturating(backlog, increment)
        guard next <= tolerance else {
            return LimitOutcome(
                allowed: false,
                remaining: max(0, tolerance - backlog) / p.period,
                resetAfter: ceilDivide(backlog, p.limit),
                retryAfter: ceilDivide(next - tolerance, p.limit))
        }
        if cost > 0 { state = make(backlog: next, now: now, p) }
        return LimitOutcome(allowed: true, remaining: (tolerance - next) / p.period, resetAfter: ceilDivide(next, p.limit))
    }

    static func refund(_ state: inout LimiterState?, amount: Int64, now: Int64, _ p: LimitParameters) {
        guard case .gcra? = state else { return }
        let backlog = max(0, subtractSaturating(backlog(state, now: now, p), multiplySaturating(amount, p.period)))
        state = make(backlog: backlog, now: now, p)
    }

    private static func make(backlog: Int64, now: Int64, _ p: LimitParameters) -> LimiterState {
        .gcra(tat: addSaturating(now, backlog / p.limit), remainder: backlog % p.limit)
    }
}
