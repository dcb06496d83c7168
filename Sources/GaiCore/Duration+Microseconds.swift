extension Duration {
    /// The duration in whole microseconds (truncated toward zero), saturating at the `Int64`
    /// range: rate-limit arithmetic, and the milliseconds the gateway reports (headers, logs,
    /// events) counted exactly, without floating point.
    public var wholeMicroseconds: Int64 { whole(unitsPerSecond: 1_000_000) }

    /// The duration in whole nanoseconds (truncated toward zero), saturating at the `Int64`
    /// range (about 292 years): span times from monotonic readings.
    public var wholeNanoseconds: Int64 { whole(unitsPerSecond: 1_000_000_000) }

    @inline(__always)
    private func whole(unitsPerSecond: Int64) -> Int64 {
        let attosecondsPerUnit = 1_000_000_000_000_000_000 / unitsPerSecond
        // Under about 9.2 s (every request's own timings) the attoseconds fit an Int64, and
        // dividing that by a constant is a multiply; `components` divides 128-bit numbers
        // (about 180 instructions per call).
        if let attoseconds = Int64(exactly: attoseconds) { return attoseconds / attosecondsPerUnit }
        let (seconds, attoseconds) = components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: unitsPerSecond)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = whole.addingReportingOverflow(attoseconds / attosecondsPerUnit)
        if sumOverflow { return attoseconds < 0 ? .min : .max }
        return sum
    }
}
