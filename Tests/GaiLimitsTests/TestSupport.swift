import GaiLimits
import Synchronization

/// A clock that only moves when told to: tests never sleep.
final class ManualClock: Sendable {
    private let current: Mutex<ContinuousClock.Instant>

    init() {
        current = Mutex(ContinuousClock.now)
    }

    var now: ContinuousClock.Instant { current.withLock { $0 } }

    func advance(by duration: Duration) {
        current.withLock { $0 += duration }
    }
}

/// One key's state driven through the pure algorithm, with time given explicitly.
struct Meter {
    let limit: RateLimit
    var state: LimiterState?
    /// When set, every step round-trips the state through `fields`, as a Redis hash would.
    var roundTripFields = false

    init(_ limit: RateLimit, roundTripFields: Bool = false) {
        self.limit = limit
        self.roundTripFields = roundTripFields
    }

    mutating func check(_ cost: Int = 1, at now: Duration) -> RateLimitDecision {
        if roundTripFields, let current = state { state = LimiterState(fields: current.fields) }
        return limit.check(state: &state, cost: cost, now: now)
    }

    mutating func refund(_ amount: Int, at now: Duration) {
        limit.refund(state: &state, amount: amount, now: now)
    }

    /// How many of `attempts` unit checks at `now` are admitted.
    mutating func admitted(_ attempts: Int, at now: Duration) -> Int {
        (0..<attempts).filter { _ in check(at: now).allowed }.count
    }

    /// What is left at `now`, without spending anything.
    mutating func remaining(at now: Duration) -> Int {
        check(0, at: now).remaining
    }
}

/// Shorthand for microsecond instants in the hand-computed cases.
func µs(_ value: Int64) -> Duration { .microseconds(value) }

/// Header pairs as `name: value` lines, so they can be compared.
func lines(_ fields: [(String, String)]) -> [String] {
    fields.map { "\($0.0): \($0.1)" }
}
