/// The outcome of one rate-limit check.
public struct RateLimitDecision: Sendable, Hashable {
    /// Whether the units were admitted (and, for a consuming check, consumed).
    public var allowed: Bool
    /// The limit's units per period, after clamping (the `x-ratelimit-limit-*` value).
    public var limit: Int
    /// Units that could still be spent right now after this check. With a ``RateLimit/burst``
    /// larger than the limit it can exceed ``limit``.
    public var remaining: Int
    /// Time until the limit is fully replenished (bucket algorithms) or the counted window
    /// resets (window algorithms); zero when nothing is in use. Backends also use it as the
    /// key's time to live: after it the state equals no state.
    public var resetAfter: Duration
    /// When refused: the earliest time after which the same cost would be admitted, if nothing
    /// else is consumed meanwhile. `nil` when allowed, and `nil` on a refusal whose cost exceeds
    /// the limit's ``RateLimit/capacity`` — such a request can never be admitted.
    public var retryAfter: Duration?
    /// The limit's period (the `w` of the `RateLimit-Policy` header field).
    public var period: Duration

    /// Creates a decision; backends other than the pure algorithms (e.g. a Redis script's reply)
    /// build theirs with it.
    public init(allowed: Bool, limit: Int, remaining: Int, resetAfter: Duration, retryAfter: Duration?, period: Duration) {
        self.allowed = allowed
        self.limit = limit
        self.remaining = remaining
        self.resetAfter = resetAfter
        self.retryAfter = retryAfter
        self.period = period
    }

    /// `true` for a refusal that no amount of waiting fixes: the cost exceeds the capacity.
    public var isNeverSatisfiable: Bool { !allowed && retryAfter == nil }

    /// The decision that should speak for several limits of one kind (e.g. every request limit
    /// that applied to a request) in response headers: a refusal before any admission (the one
    /// that will not be satisfiable first, then the longest wait), otherwise the fewest units
    /// remaining, ties broken by the longest reset. `nil` for an empty list.
    public static func mostRestrictive(_ decisions: [RateLimitDecision]) -> RateLimitDecision? {
        decisions.min { lhs, rhs in lhs.isMoreRestrictive(than: rhs) }
    }

    /// The more restrictive of `current` (if any) and `next`; `current` on a tie, as
    /// the array form keeps the first. For folding decisions without an array.
    public static func mostRestrictive(_ current: RateLimitDecision?, _ next: RateLimitDecision) -> RateLimitDecision {
        guard let current else { return next }
        return next.isMoreRestrictive(than: current) ? next : current
    }

    private func isMoreRestrictive(than other: RateLimitDecision) -> Bool {
        if allowed != other.allowed { return !allowed }
        if !allowed {
            switch (retryAfter, other.retryAfter) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let mine?, let theirs?): return mine > theirs
            }
        }
        if remaining != other.remaining { return remaining < other.remaining }
        return resetAfter > other.resetAfter
    }
}
