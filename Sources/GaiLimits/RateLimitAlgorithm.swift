/// The algorithm a ``RateLimit`` is enforced with. Selectable per limit in configuration.
///
/// The raw values are the configuration spellings (`algorithm: sliding_window`). Use
/// ``init(parsing:)`` for text from configuration or the admin API: it also accepts
/// `leaky_bucket` (GCRA *is* the leaky bucket, expressed as a meter rather than a queue) and
/// ignores case and `-` versus `_`.
public enum RateLimitAlgorithm: String, Sendable, Hashable, CaseIterable, Codable {
    /// A bucket of `burst` units refilled continuously at `limit / period`. Allows bursts up to
    /// the bucket size, then smooths to the refill rate.
    case tokenBucket = "token_bucket"
    /// At most `limit` units per window; windows are aligned to multiples of `period` since the
    /// store's epoch. Cheapest, but a client can spend `2 × limit` across a window boundary.
    case fixedWindow = "fixed_window"
    /// Counter approximation of a sliding window: the previous window's count weighted by how
    /// much of it still overlaps the sliding window, plus the current window's count. Smooths
    /// the fixed window's boundary burst at the cost of two counters.
    case slidingWindow = "sliding_window"
    /// The generic cell rate algorithm (leaky bucket as a meter): one theoretical arrival time
    /// per key. Admits exactly what a token bucket of the same rate and burst admits, with a
    /// smaller state.
    case gcra

    /// Parses a configuration spelling, accepting the `leaky_bucket` alias for ``gcra``.
    ///
    /// Matching ignores ASCII case and treats `-` like `_`, so `Token-Bucket` is accepted too.
    /// Returns `nil` for anything else, so the caller can report the bad value by name.
    public init?(parsing text: String) {
        let normalized = String(text.lowercased().map { $0 == "-" ? "_" : $0 })
        if let algorithm = RateLimitAlgorithm(rawValue: normalized) {
            self = algorithm
        } else if normalized == "leaky_bucket" {
            self = .gcra
        } else {
            return nil
        }
    }

    /// Decodes through ``init(parsing:)`` so stored and configured spellings accept the same
    /// aliases.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let algorithm = RateLimitAlgorithm(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown rate-limit algorithm '\(text)'; expected token_bucket, fixed_window, sliding_window, gcra or leaky_bucket")
        }
        self = algorithm
    }
}
