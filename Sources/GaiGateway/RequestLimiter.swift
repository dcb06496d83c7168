import GaiCore
import GaiLimits
import GaiStorage
import HTTPTypes
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
    private let plans = Mutex<[PlanKey: Plan]>([:])

    /// Unused token reservations on their way back to a shared store (`nil` for a store in
    /// memory, where they are given back at once): batched, one round trip per batch, never on a
    /// request's path. Run it with ``BatchQueue/run()`` as a service. A refund dropped because the
    /// queue is full only makes the limit stricter until the window moves on.
    public let refundQueue: BatchQueue<RateLimitCheck>?

    public init(store: any RateLimitStore, rules: [LimitRule], concurrencyRules: [ConcurrencyRule] = [], defaultMaxTokens: Int = 1024) {
        self.store = store
        self.rules = rules
        self.concurrencyRules = concurrencyRules
        self.defaultMaxTokens = max(1, defaultMaxTokens)
        self.refundQueue = store.isShared
            ? BatchQueue(capacity: 100_000, batchSize: 256) { refunds in
                try await store.refundAll(refunds)
                return refunds.count
            }
            : nil
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
        public let headers: [HTTPField]

        init(limiter: RequestLimiter, tokenChecks: [RateLimitCheck], permits: [ConcurrencyPermit], headers: [HTTPField]) {
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
            let refunds: [RateLimitCheck] = tokenChecks.compactMap { check in
                check.cost > actualTokens ? (key: check.key, limit: check.limit, cost: check.cost - actualTokens) : nil
            }
            guard !refunds.isEmpty else { return }
            if let queue = limiter.refundQueue {
                // A shared store: the round trip is not the client's to wait for.
                for refund in refunds { queue.submit(refund) }
            } else {
                try? await limiter.store.refundAll(refunds)
            }
        }

        deinit {
            for permit in permits { permit.release() }
        }
    }

    /// What one (key, model) pair is checked against, worked out once and cached: which rules
    /// apply, the counter each one uses, and the concurrency caps. Building it per request (rule
    /// lists, counter names) cost more than the checks themselves.
    struct Plan: Sendable {
        struct Check: Sendable {
            var rule: LimitRule
            var subject: String
            var storeKey: String
        }

        struct Cap: Sendable {
            var rule: ConcurrencyRule
            var subject: String
            var storeKey: String
        }

        var checks: [Check]
        var caps: [Cap]
        var shape: KeyShape
    }

    /// Where a plan is cached: the key's id and the model. What else the plan depends on (the
    /// key's owners and limits, which an update can change) is compared on each hit rather than
    /// hashed, which is cheaper for the common case.
    struct PlanKey: Hashable, Sendable {
        var keyID: String?
        var model: String
    }

    struct KeyShape: Equatable, Sendable {
        var user: String?
        var team: String?
        var limits: GatewayKey.Limits?

        init(_ key: GatewayKey?) {
            user = key?.user
            team = key?.team
            limits = key?.limits
        }
    }

    func plan(model: String, key: GatewayKey?) -> Plan {
        let planKey = PlanKey(keyID: key?.id, model: model)
        let shape = KeyShape(key)
        if let cached = plans.withLock({ $0[planKey] }), cached.shape == shape { return cached }
        var checks: [Plan.Check] = []
        for rule in rules + Self.keyRules(key) where rule.model == nil || rule.model == model {
            guard let subject = Self.subject(of: rule.scope, model: model, key: key) else { continue }
            if let wanted = rule.subject, wanted != subject { continue }
            let seconds = rule.limit.period.components.seconds
            checks.append(
                Plan.Check(
                    rule: rule, subject: subject, storeKey: "rl:\(rule.scope.rawValue):\(subject):\(rule.model ?? "*"):\(rule.unit.rawValue):\(seconds)"))
        }
        var caps: [Plan.Cap] = []
        for rule in concurrencyRules + Self.keyConcurrency(key) where rule.model == nil || rule.model == model {
            guard let subject = Self.subject(of: rule.scope, model: model, key: key) else { continue }
            caps.append(Plan.Cap(rule: rule, subject: subject, storeKey: "cc:\(rule.scope.rawValue):\(subject):\(rule.model ?? "*")"))
        }
        let plan = Plan(checks: checks, caps: caps, shape: shape)
        plans.withLock { plans in
            if plans.count >= Self.maxPlans { plans.removeAll(keepingCapacity: true) }
            plans[planKey] = plan
        }
        return plan
    }

    static let maxPlans = 10_000

    /// Checks every rule that applies, atomically; throws `rate_limited` (with `retryAfter`)
    /// naming the limit that refused.
    public func admit(model: String, key: GatewayKey?, estimatedTokens: Int) async throws(GaiError) -> Admission {
        let plan = plan(model: model, key: key)
        var checks: [RateLimitCheck] = []
        checks.reserveCapacity(plan.checks.count)
        var tokenChecks: [RateLimitCheck] = []
        for check in plan.checks {
            let tokens = check.rule.unit == .tokens
            let item: RateLimitCheck = (key: check.storeKey, limit: check.rule.limit, cost: tokens ? max(1, estimatedTokens) : 1)
            checks.append(item)
            if tokens { tokenChecks.append(item) }
        }
        var permits: [ConcurrencyPermit] = []
        for cap in plan.caps {
            guard let permit = concurrency.acquire(key: cap.storeKey, limit: cap.rule.limit) else {
                permits.forEach { $0.release() }
                GatewayMetrics.rateLimited(scope: "concurrency")
                throw GaiError(
                    .rateLimited,
                    "Too many concurrent requests for \(cap.rule.scope == .global ? "the gateway" : "\(cap.rule.scope.rawValue) '\(cap.subject)'") (limit \(cap.rule.limit)).",
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
        var requests: RateLimitDecision?
        var tokens: RateLimitDecision?
        for (check, decision) in zip(plan.checks, decisions) {
            if !decision.allowed {
                permits.forEach { $0.release() }
                GatewayMetrics.rateLimited(scope: check.rule.scope.rawValue)
                let message = "Rate limit reached for \(check.rule.describe(subject: check.subject))."
                if decision.isNeverSatisfiable {
                    throw GaiError(.rateLimited, message + " This request alone needs more than the limit allows.", isTransient: false)
                }
                throw GaiError(.rateLimited, message, retryAfter: decision.retryAfter, isTransient: true)
            }
            switch check.rule.unit {
            case .requests: requests = RateLimitDecision.mostRestrictive(requests, decision)
            case .tokens: tokens = RateLimitDecision.mostRestrictive(tokens, decision)
            }
        }
        return Admission(limiter: self, tokenChecks: tokenChecks, permits: permits, headers: Self.headerFields(requests: requests, tokens: tokens))
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
