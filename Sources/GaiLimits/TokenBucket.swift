/// Token bucket over ``LimiterState/tokenBucket(credit:updatedAt:)``.
///
/// Tokens are stored multiplied by the period (`credit = tokens × P`), so a refill of
/// `elapsed × L` is exact integer arithmetic: no fractional token is ever lost or invented,
/// whatever the rate.
enum TokenBucket {
    /// The credit at `now` after refilling, and the time it is valid at.
    static func refilled(_ state: LimiterState?, now: Int64, _ p: LimitParameters) -> (credit: Int64, at: Int64) {
        let full = multiplySaturating(p.capacity, p.period)
        guard case .tokenBucket(let stored, let updatedAt)? = state else { return (full, now) }
        let credit = min(max(0, stored), full)
        // A clock behind `updatedAt` (another replica's, or a reset epoch) refills nothing and
        // keeps the later stamp, so the same interval is never refilled twice.
        let elapsed = subtractSaturating(now, updatedAt)
        guard elapsed > 0 else { return (credit, updatedAt) }
        // Checked before multiplying so a long-idle key cannot overflow `elapsed × L`.
        let deficit = full - credit
        if elapsed >= ceilDivide(deficit, p.limit) { return (full, now) }
        return (credit + elapsed * p.limit, now)
    }

    static func check(_ state: inout LimiterState?, cost: Int64, now: Int64, _ p: LimitParameters) -> LimitOutcome {
        let full = multiplySaturating(p.capacity, p.period)
        let (credit, at) = refilled(state, now: now, p)
        let needed = multiplySaturating(cost, p.period)
        guard credit >= needed else {
            return LimitOutcome(
                allowed: false,
                remaining: credit / p.period,
                resetAfter: ceilDivide(full - credit, p.limit),
                retryAfter: ceilDivide(needed - credit, p.limit))
        }
        let left = credit - needed
        if cost > 0 { state = .tokenBucket(credit: left, updatedAt: at) }
        return LimitOutcome(allowed: true, remaining: left / p.period, resetAfter: ceilDivide(full - left, p.limit))
    }

    static func refund(_ state: inout LimiterState?, amount: Int64, now: Int64, _ p: LimitParameters) {
        guard case .tokenBucket? = state else { return }
        let full = multiplySaturating(p.capacity, p.period)
        let (credit, at) = refilled(state, now: now, p)
        let refunded = min(full, addSaturating(credit, multiplySaturating(amount, p.period)))
        state = .tokenBucket(credit: refunded, updatedAt: at)
    }
}
