/// The per-key state of one limit: a few integers, so any backend can hold it.
///
/// All times are **whole microseconds since the store's epoch**: the in-memory store's epoch is
/// its creation; a Redis store uses the Unix epoch (`TIME` returns seconds and microseconds).
/// Microseconds, not nanoseconds, because Redis' Lua numbers are IEEE doubles, exact only up to
/// 2⁵³: Unix-epoch microseconds (≈ 1.7 × 10¹⁵) stay exact, nanoseconds would not. Lua scripts
/// must write fields back with `string.format('%d', x)` (or `'%.0f'`), never `tostring`, which
/// keeps only 14 significant digits.
///
/// ## Field layout
///
/// ``fields`` is `[tag, a, b, c]`; every value is an integer. In the formulas `L` is the
/// clamped limit, `P` the period in microseconds, `B` the capacity (burst, or `L`) and `now`
/// the current time; `/` is integer division rounding down and `⌈⌉` rounds up.
///
/// | tag | algorithm | a | b | c |
/// |-----|-----------|---|---|---|
/// | 1 | token bucket | `credit`: tokens × `P`, in `0...B×P` | `updatedAt` | — |
/// | 2 | fixed window | `windowStart` (a multiple of `P`) | `count` | — |
/// | 3 | sliding window | `windowStart` (a multiple of `P`) | `current` count | `previous` count |
/// | 4 | GCRA | `tat`: whole µs of the theoretical arrival time | `remainder`: the fraction of `tat` in units of 1/`L` µs | — |
///
/// - **Token bucket** keeps tokens scaled by `P` so refilling is exact: `credit += elapsed × L`,
///   capped at `B × P`. A cost `c` is admitted when `credit ≥ c × P`. No state means a full
///   bucket.
/// - **Fixed window**: the window is `⌊now / P⌋ × P`; a stored `windowStart` other than the
///   current one means a count of 0. Admit when `count + c ≤ L`.
/// - **Sliding window**: after rolling (a stored window one period old becomes `previous`,
///   older is dropped), with `e = now − windowStart` admit when
///   `previous × (P − e) + (current + c) × P ≤ L × P` — the previous count weighted by the
///   overlap `(P − e) / P`, compared without division.
/// - **GCRA**: the theoretical arrival time is `tat + remainder / L`. With the backlog
///   `D = max(0, (tat − now) × L + remainder)` (in 1/`L` µs), admit when
///   `D + c × P ≤ B × P`, then store `tat = now + (D + c × P) / L`,
///   `remainder = (D + c × P) mod L`. No state, or a `tat` in the past, means no backlog.
///
/// A state whose tag does not match the limit's algorithm (the configuration changed) is
/// treated as no state.
public enum LimiterState: Sendable, Hashable {
    /// Token bucket: `credit` is tokens × period µs; `updatedAt` is when it was last refilled.
    case tokenBucket(credit: Int64, updatedAt: Int64)
    /// Fixed window: `count` units spent in the window starting at `windowStart`.
    case fixedWindow(windowStart: Int64, count: Int64)
    /// Sliding window: counts of the window starting at `windowStart` and of the one before it.
    case slidingWindow(windowStart: Int64, current: Int64, previous: Int64)
    /// GCRA: the theoretical arrival time, `tat + remainder / limit` microseconds.
    case gcra(tat: Int64, remainder: Int64)

    /// The state as `[tag, a, b, c]` (see the table above); always four values so a Redis hash
    /// or a table row has a fixed shape.
    public var fields: [Int64] {
        switch self {
        case .tokenBucket(let credit, let updatedAt): [1, credit, updatedAt, 0]
        case .fixedWindow(let windowStart, let count): [2, windowStart, count, 0]
        case .slidingWindow(let windowStart, let current, let previous): [3, windowStart, current, previous]
        case .gcra(let tat, let remainder): [4, tat, remainder, 0]
        }
    }

    /// Rebuilds a state from ``fields``. Returns `nil` for an unknown tag, fewer than four
    /// values, or a negative count, credit or remainder — a backend treats that as no state
    /// rather than trusting corrupt data. Extra trailing values are ignored so the layout can
    /// grow.
    public init?(fields: [Int64]) {
        guard fields.count >= 4 else { return nil }
        let (a, b, c) = (fields[1], fields[2], fields[3])
        switch fields[0] {
        case 1 where a >= 0:
            self = .tokenBucket(credit: a, updatedAt: b)
        case 2 where b >= 0:
            self = .fixedWindow(windowStart: a, count: b)
        case 3 where b >= 0 && c >= 0:
            self = .slidingWindow(windowStart: a, current: b, previous: c)
        case 4 where b >= 0:
            self = .gcra(tat: a, remainder: b)
        default:
            return nil
        }
    }

    /// The algorithm this state belongs to.
    public var algorithm: RateLimitAlgorithm {
        switch self {
        case .tokenBucket: .tokenBucket
        case .fixedWindow: .fixedWindow
        case .slidingWindow: .slidingWindow
        case .gcra: .gcra
        }
    }
}
