extension Duration {
    /// The duration in whole microseconds (truncated toward zero), saturating at the `Int64`
    /// range: rate-limit arithmetic, and the milliseconds the gateway reports (headers, logs,
    /// events) counted exactly, without floating point.
    public var wholeMicroseconds: Int64 {
        // Under about 9.2 s (every request's own timings) the attoseconds fit an Int64, and
        // dividing that by a constant is a multiply; `components` divides 128-bit numbers
        // (about 180 instructions per call).
        if let attoseconds = Int64(exactly: attoseconds) { return attoseconds / 1_000_000_000_000 }
        let (seconds, attoseconds) = components
        let (micros, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = micros.addingReportingOverflow(attoseconds / 1_000_000_000_000)
        if sumOverflow { return attoseconds < 0 ? .min : .max }
        return sum
    }

    /// The duration in whole nanoseconds (truncated toward zero), saturating at the `Int64`
    /// range (about 292 years): span times from monotonic readings.
    public var wholeNanoseconds: Int64 {
        if let attoseconds = Int64(exactly: attoseconds) { return attoseconds / 1_000_000_000 }
        let (seconds, attoseconds) = components
        let (nanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = nanos.addingReportingOverflow(attoseconds / 1_000_000_000)
        if sumOverflow { return attoseconds < 0 ? .min : .max }
        return sum
    }
}
