extension Duration {
    /// The duration in whole microseconds (truncated toward zero), saturating at the `Int64`
    /// range: rate-limit arithmetic, and the milliseconds the gateway reports (headers, logs,
    /// events) counted exactly, without floating point.
    public var wholeMicroseconds: Int64 {
        let (seconds, attoseconds) = components
        let (micros, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = micros.addingReportingOverflow(attoseconds / 1_000_000_000_000)
        if sumOverflow { return attoseconds < 0 ? .min : .max }
        return sum
    }
}
