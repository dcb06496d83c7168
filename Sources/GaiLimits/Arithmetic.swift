// Integer helpers shared by the algorithms. Everything a limiter computes is integer arithmetic
// on microseconds so that the Lua scripts of the Redis store can reproduce it exactly (see
// ``LimiterState``); these helpers saturate instead of trapping because the inputs may come from
// configuration or from a backend we do not control.

/// `a * b`, pinned to `Int64.min` / `Int64.max` instead of trapping on overflow.
func multiplySaturating(_ a: Int64, _ b: Int64) -> Int64 {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    guard overflow else { return product }
    return (a < 0) == (b < 0) ? .max : .min
}

/// `a + b`, pinned to `Int64.min` / `Int64.max` instead of trapping on overflow.
func addSaturating(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard overflow else { return sum }
    return b < 0 ? .min : .max
}

/// `a - b`, pinned instead of trapping on overflow.
func subtractSaturating(_ a: Int64, _ b: Int64) -> Int64 {
    let (difference, overflow) = a.subtractingReportingOverflow(b)
    guard overflow else { return difference }
    return b < 0 ? .max : .min
}

/// `⌊a / b⌋` for `b > 0`, rounding toward negative infinity (Swift's `/` rounds toward zero,
/// which would put a negative instant into the wrong window).
func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let quotient = a / b
    return (a % b != 0 && a < 0) ? quotient - 1 : quotient
}

/// `⌈a / b⌉` for `b > 0`. Waits are rounded up so that a client told to retry after the wait is
/// never refused again for the same cost.
func ceilDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let quotient = a / b
    return (a % b != 0 && a > 0) ? quotient + 1 : quotient
}

extension Int {
    /// The value as `Int64`, clamped rather than trapping on 32-bit platforms' conversions.
    var clampedInt64: Int64 { Int64(clamping: self) }
}

extension Int64 {
    /// The value as `Int`, clamped to `Int`'s range.
    var clampedInt: Int { Int(clamping: self) }
}
