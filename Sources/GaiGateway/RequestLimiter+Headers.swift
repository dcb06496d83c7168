import GaiLimits
import HTTPTypes

extension RequestLimiter {
    /// The rate-limit fields of an admitted request, with names made once: OpenAI's
    /// `x-ratelimit-{limit,remaining,reset}-{requests,tokens}` and the IETF `RateLimit-Policy` /
    /// `RateLimit` pair (see ``GaiLimits/RateLimitHeaders`` for the formats).
    static func headerFields(requests: RateLimitDecision?, tokens: RateLimitDecision?) -> [HTTPField] {
        guard requests != nil || tokens != nil else { return [] }
        var fields: [HTTPField] = []
        fields.reserveCapacity(8)
        var policy = ""
        var current = ""
        policy.reserveCapacity(64)
        current.reserveCapacity(64)
        for (names, kind, decision) in [(Names.requests, "requests", requests), (Names.tokens, "tokens", tokens)] {
            guard let decision else { continue }
            fields.append(HTTPField(name: names.limit, value: String(decision.limit)))
            fields.append(HTTPField(name: names.remaining, value: String(decision.remaining)))
            fields.append(HTTPField(name: names.reset, value: RateLimitHeaders.openAIDuration(decision.resetAfter)))
            if !policy.isEmpty {
                policy += ", "
                current += ", "
            }
            policy += "\"\(kind)\";q=\(decision.limit);w=\(max(1, RateLimitHeaders.secondsRoundedUp(decision.period)))"
            current += "\"\(kind)\";r=\(decision.remaining);t=\(RateLimitHeaders.secondsRoundedUp(decision.resetAfter))"
        }
        fields.append(HTTPField(name: Names.policy, value: policy))
        fields.append(HTTPField(name: Names.rateLimit, value: current))
        return fields
    }

    enum Names {
        struct Kind {
            let limit: HTTPField.Name
            let remaining: HTTPField.Name
            let reset: HTTPField.Name
        }

        static let requests = kind("requests")
        static let tokens = kind("tokens")
        static let policy = name("RateLimit-Policy")
        static let rateLimit = name("RateLimit")

        private static func kind(_ kind: String) -> Kind {
            Kind(limit: name("x-ratelimit-limit-\(kind)"), remaining: name("x-ratelimit-remaining-\(kind)"), reset: name("x-ratelimit-reset-\(kind)"))
        }

        /// The names are constant and valid; the fallback is never taken.
        private static func name(_ text: String) -> HTTPField.Name {
            HTTPField.Name(text) ?? .contentType
        }
    }
}
