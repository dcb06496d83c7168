import Foundation

/// Wall-clock time for identifiers and `created` fields (never for measuring durations, which
/// use `ContinuousClock`).
public enum WallClock {
    /// Milliseconds since the Unix epoch.
    public static func nowMilliseconds() -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1000)
    }

    /// Seconds since the Unix epoch.
    public static func nowSeconds() -> Int64 {
        Int64(Date().timeIntervalSince1970)
    }
}
