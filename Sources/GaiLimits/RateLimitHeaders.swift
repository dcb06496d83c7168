import GaiCore

/// Response header fields describing the limits that applied to a request.
///
/// Pass the most restrictive request-limit decision and the most restrictive token-limit
/// decision (``RateLimitDecision/mostRestrictive(_:)``); either may be `nil` when no limit of
/// that kind applied. Every function is pure and returns `(name, value)` pairs in a fixed order
/// so responses are reproducible.
public enum RateLimitHeaders {
    /// Everything a response carries: the OpenAI-style fields, the IETF fields and, when a
    /// decision refused the request, `retry-after`.
    public static func fields(requests: RateLimitDecision?, tokens: RateLimitDecision?) -> [(String, String)] {
        openAI(requests: requests, tokens: tokens)
            + ietf(requests: requests, tokens: tokens)
            + retryAfter([requests, tokens].compactMap { $0 })
    }

    /// OpenAI's `x-ratelimit-{limit,remaining,reset}-{requests,tokens}` fields, which OpenAI
    /// clients and SDKs already read. The reset uses OpenAI's duration format
    /// (``openAIDuration(_:)``).
    public static func openAI(requests: RateLimitDecision?, tokens: RateLimitDecision?) -> [(String, String)] {
        kinds(requests: requests, tokens: tokens).flatMap { kind, decision in
            [
                ("x-ratelimit-limit-\(kind)", String(decision.limit)),
                ("x-ratelimit-remaining-\(kind)", String(decision.remaining)),
                ("x-ratelimit-reset-\(kind)", openAIDuration(decision.resetAfter)),
            ]
        }
    }

    /// The IETF `RateLimit-Policy` and `RateLimit` structured fields, one list member per kind:
    /// `RateLimit-Policy: "requests";q=100;w=60` and `RateLimit: "requests";r=42;t=17`.
    ///
    /// Syntax per draft-ietf-httpapi-ratelimit-headers-10 (§3, §4; unchanged since -08): each
    /// field is a Structured Fields List whose members are String items naming the policy, with
    /// `q` the quota and `w` the window in whole seconds (non-zero) for the policy, and `r` the
    /// remaining quota and `t` the seconds until more quota is available for the service limit.
    /// Members are joined with `", "`, as RFC 8941 §4.1.1 serialises lists. `t` is the time
    /// until the limit is *fully* replenished, which the draft allows (§4.1.2: clients must
    /// not assume full restoration at `t`). The draft's `qu` (quota unit) registry has no
    /// tokens unit, so the token policy is told apart by its name only.
    public static func ietf(requests: RateLimitDecision?, tokens: RateLimitDecision?) -> [(String, String)] {
        let kinds = kinds(requests: requests, tokens: tokens)
        guard !kinds.isEmpty else { return [] }
        let policies = kinds.map { kind, decision in
            "\"\(kind)\";q=\(decision.limit);w=\(max(1, secondsRoundedUp(decision.period)))"
        }
        let limits = kinds.map { kind, decision in
            "\"\(kind)\";r=\(decision.remaining);t=\(secondsRoundedUp(decision.resetAfter))"
        }
        return [("RateLimit-Policy", policies.joined(separator: ", ")), ("RateLimit", limits.joined(separator: ", "))]
    }

    /// `retry-after` in whole seconds, rounded up, for the longest wait among the refusing
    /// decisions; empty when nothing refused. Also empty when a refusal is never satisfiable
    /// (its cost exceeds the limit's capacity): a retry hint would only invite a futile retry.
    public static func retryAfter(_ decisions: [RateLimitDecision]) -> [(String, String)] {
        let refusals = decisions.filter { !$0.allowed }
        guard !refusals.isEmpty, !refusals.contains(where: \.isNeverSatisfiable) else { return [] }
        let wait = refusals.compactMap(\.retryAfter).max() ?? .zero
        return [("retry-after", String(secondsRoundedUp(wait)))]
    }

    /// A duration in OpenAI's reset format — Go's `time.Duration` text at millisecond
    /// precision: `"20ms"`, `"1s"`, `"17.28s"`, `"6m0s"`, `"1h2m3s"`, `"0s"`. Rounded up to the
    /// millisecond so a client that waits that long finds the limit reset.
    public static func openAIDuration(_ duration: Duration) -> String {
        let milliseconds = max(0, ceilDivide(duration.wholeMicroseconds, 1_000))
        if milliseconds == 0 { return "0s" }
        if milliseconds < 1_000 { return "\(milliseconds)ms" }
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let seconds = milliseconds / 1_000 % 60
        let fraction = milliseconds % 1_000
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        text += "\(seconds)"
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += ".\(digits)"
        }
        return text + "s"
    }

    /// Whole seconds, rounded up (HTTP's delay-seconds never undercuts the real wait).
    public static func secondsRoundedUp(_ duration: Duration) -> Int {
        max(0, ceilDivide(duration.wholeMicroseconds, 1_000_000)).clampedInt
    }

    private static func kinds(requests: RateLimitDecision?, tokens: RateLimitDecision?) -> [(String, RateLimitDecision)] {
        [("requests", requests), ("tokens", tokens)].compactMap { kind, decision in decision.map { (kind, $0) } }
    }
}
