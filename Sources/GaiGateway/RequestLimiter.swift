import GaiCore
import GaiLimits
import GaiStorage
import Synchronization

/// One configured limit (`limits.rules[]`, or a key's own `limits`): who it counts (scope), for
/// which model, and how much.
public struct LimitRule: Sendable, Hashable {
    /// What a rule counts per.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// All traffic together.
        case global
        /// Each gateway key separately.
        case key
        /// Each key's `user` separately.
        case user
        /// Each key's `team` separately.
        case team
        /// Each model separately.
        case model
    }

    /// A request limit or a token limit.
    public enum Unit: String, Sendable, Hashable {
        case requests
        case tokens
    }

    public var scope: Scope
    /// Only requests for this model count; `nil`: every model.
    public var model: String?
    /// Only this key / user / team (`nil`: each one separately).
    public var subject: String?
    public var unit: Unit
    public var limit: RateLimit

    public init(scope: Scope, model: String? = nil, subject: String? = nil, unit: Unit, limit: RateLimit) {
        self.scope = scope
        self.model = model
        self.subject = subject
        self.unit = unit
        self.limit = limit
    }

    /// A readable name for refusals: `key key_01… requests per minute`.
    func describe(subject: String) -> String {
        let seconds = limit.period.components.seconds
        let per = seconds == 1 ? "second" : seconds == 60 ? "minute" : seconds == 3600 ? "hour" : seconds == 86_400 ? "day" : "\(seconds) s"
        let target = scope == .global ? "global" : "\(scope.rawValue) '\(subject)'"
        return "\(target)\(model.map { " on model '\($0)'" } ?? ""): \(limit.limit) \(unit.rawValue) per \(per)"
    }
}

/// A concurrency cap (`max_concurrent`) with its scope.
public struct ConcurrencyRule: Sendable, Hashable {
    public var scope: LimitRule.Scope
    public var model: String?
    public var limit: Int

    public init(scope: LimitRule.Scope, model: String? = nil, limit: Int) {
        self.scope = scope
        self.model = model
        self.limit = limit
    }
}

/// Admits requests against the configured limits and the calling key's own limits, reserving
/// tokens up front (prompt estimate plus `max_tokens`) and giving back what the answer did not
/// use, so a stream can never overshoot by more than its own reservation.
public final class RequestLimiter: Sendable {
    public let store: any RateLimitStore
    public let rules: [LimitRule]
    public let concurrencyRules: [ConcurrencyRule]
    /// Reserved for the completion when a request sets no `max_tokens`.
    public let defaultMaxTokens: Int
    let concurrency = ConcurrencyLimiter()

    public init(store: any RateLimitStore, rules: [LimitRule], concurrencyRules: [ConcurrencyRule] = [], defaultMaxTokens: Int = 1024) {
        self.store = store
        self.rules = rules
        self.concurrencyRules = concurrencyRules
        self.defaultMaxTokens = max(1, defaultMaxTokens)
    }

    /// Whether any limit can apply to a request with `key`; when none does the request skips the
    /// limiter entirely (no allocation, no lock).
    public func applies(to key: GatewayKey?) -> Bool {
        !rules.isEmpty || !concurrencyRules.isEmpty || key?.limits != nil
    }

    /// A request that was let in: its reservations, released with ``finish(actualTokens:)``.
    public final class Admission: Sendable {
        let limiter: RequestLimiter
        let tokenChecks: [RateLimitCheck]
        let permits: [ConcurrencyPermit]
        let finished = Atomic<Bool>(false)
        /// The headers for the response (`x-ratelimit-…`, `RateLimit`, `RateLimit-Policy`).
        public let headers: [(String, String)]

        init(limiter: RequestLimiter, tokenChecks: [RateLimitCheck], permits: [ConcurrencyPermit], headers: [(String, String)]) {
            self.limiter = limiter
            self.tokenChecks = tokenChecks
            self.permits = permits
            self.headers = headers
        }

        /// Releases concurrency slots and returns the unused part of the token reservation.
        /// Only the first call counts.
        public func finish(actualTokens: Int?) async {
            guard !finished.exchange(true, ordering: .acquiringAndReleasing) else { return }
            for permit in permits { permit.release() }
            guard let actualTokens else { return }
            for check in tokenChecks where check.cost > actualTokens {
                try? await limiter.store.refund(key: check.key, limit: check.limit, amount: check.cost - actualTokens)
            }
        }

        deinit {
            for permit in permits { permit.release() }
        }
    }

    /// Checks every rule that applies, atomically; throws `rate_limited` (with `retryAfter`)
    /// naming the limit that refused.
    public func admit(model: String, key: GatewayKey?, estimatedTokens: Int) async throws(GaiError) -> Admission {
        var applicable: [(rule: LimitRule, subject: String)] = []
        for rule in rules + Self.keyRules(key) where rule.model == nil || rule.model == model {
            guard let subject = Self.subject(of: rule.scope, model: model, key: key) else { continue }
            if let wanted = rule.subject, wanted != subject { continue }
            applicable.append((rule, subject))
        }
        let checks: [RateLimitCheck] = applicable.map { rule, subject in
            let seconds = rule.limit.period.components.seconds
            let storeKey = "rl:\(rule.scope.rawValue):\(subject):\(rule.model ?? "*"):\(rule.unit.rawValue):\(seconds)"
            return (key: storeKey, limit: rule.limit, cost: rule.unit == .tokens ? max(1, estimatedTokens) : 1)
        }
        var permits: [ConcurrencyPermit] = []
        for rule in concurrencyRules + Self.keyConcurrency(key) where rule.model == nil || rule.model == model {
            guard let subject = Self.subject(of: rule.scope, model: model, key: key) else { continue }
            guard let permit = concurrency.acquire(key: "cc:\(rule.scope.rawValue):\(subject):\(rule.model ?? "*")", limit: rule.limit) else {
                permits.forEach { $0.release() }
                throw GaiError(
                    .rateLimited, "Too many concurrent requests for \(rule.scope == .global ? "the gateway" : "\(rule.scope.rawValue) '\(subject)'") (limit \(rule.limit)).",
                    retryAfter: .seconds(1), isTransient: true)
            }
            permits.append(permit)
        }
        let decisions: [RateLimitDecision]
        do {
            decisions = checks.isEmpty ? [] : try await store.checkAll(checks)
        } catch {
            permits.forEach { $0.release() }
            // 503: the limiter cannot decide (limits.on_store_failure: fail_closed).
            throw GaiError(
                .providerUnavailable, "The rate-limit store is unavailable", upstreamStatus: 503, retryAfter: .seconds(1), isTransient: true,
                underlying: [error])
        }
        if let refused = zip(applicable, decisions).first(where: { !$0.1.allowed }) {
            permits.forEach { $0.release() }
            let message = "Rate limit reached for \(refused.0.rule.describe(subject: refused.0.subject))."
            if refused.1.isNeverSatisfiable {
                throw GaiError(.rateLimited, message + " This request alone needs more than the limit allows.", isTransient: false)
            }
            throw GaiError(.rateLimited, message, retryAfter: refused.1.retryAfter, isTransient: true)
        }
        let requestDecisions = zip(applicable, decisions).filter { $0.0.rule.unit == .requests }.map(\.1)
        let tokenDecisions = zip(applicable, decisions).filter { $0.0.rule.unit == .tokens }.map(\.1)
        let headers = RateLimitHeaders.openAI(
            requests: RateLimitDecision.mostRestrictive(requestDecisions), tokens: RateLimitDecision.mostRestrictive(tokenDecisions))
            + RateLimitHeaders.ietf(
                requests: RateLimitDecision.mostRestrictive(requestDecisions), tokens: RateLimitDecision.mostRestrictive(tokenDecisions))
        let tokenChecks = zip(applicable, checks).filter { $0.0.rule.unit == .tokens }.map(\.1)
        return Admission(limiter: self, tokenChecks: tokenChecks, permits: permits, headers: headers)
    }

    static func subject(of scope: LimitRule.Scope, model: String, key: GatewayKey?) -> String? {
        switch scope {
        case .global: "*"
        case .model: model
        case .key: key?.id
        case .user: key?.user
        case .team: key?.team
        }
    }

    /// A key's own `limits` as rules for that key alone.
    static func keyRules(_ key: GatewayKey?) -> [LimitRule] {
        guard let key, let limits = key.limits else { return [] }
        let algorithm = limits.algorithm.flatMap(RateLimitAlgorithm.init(parsing:)) ?? .tokenBucket
        var rules: [LimitRule] = []
        for (count, seconds) in limits.requestLimits {
            rules.append(LimitRule(scope: .key, subject: key.id, unit: .requests, limit: RateLimit(limit: count, period: .seconds(seconds), algorithm: algorithm)))
        }
        for (count, seconds) in limits.tokenLimits {
            rules.append(LimitRule(scope: .key, subject: key.id, unit: .tokens, limit: RateLimit(limit: count, period: .seconds(seconds), algorithm: algorithm)))
        }
        return rules
    }

    static func keyConcurrency(_ key: GatewayKey?) -> [ConcurrencyRule] {
        guard let key, let limit = key.limits?.maxConcurrent else { return [] }
        return [ConcurrencyRule(scope: .key, limit: limit)]
    }
}
