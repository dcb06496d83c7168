#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time for identifiers, `created` fields, event timestamps and span times (never
/// for measuring durations, which use `ContinuousClock`).
///
/// Read with `clock_gettime(CLOCK_REALTIME)` directly: a span or event timestamp is taken
/// several times per request, and `Date()` or the tracing library's clock went through a
/// `Double` or a `timespec` wrapper each time.
public enum WallClock {
    /// Nanoseconds since the Unix epoch.
    public static func nowNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return UInt64(max(0, now.tv_sec)) &* 1_000_000_000 &+ UInt64(max(0, now.tv_nsec))
    }

    /// Milliseconds since the Unix epoch.
    public static func nowMilliseconds() -> Int64 {
        Int64(nowNanoseconds() / 1_000_000)
    }

    /// Seconds since the Unix epoch.
    public static func nowSeconds() -> Int64 {
        Int64(nowNanoseconds() / 1_000_000_000)
    }
}
