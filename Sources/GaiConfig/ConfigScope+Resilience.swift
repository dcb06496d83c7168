import Foundation
import GaiCore
import GaiMock
import GaiRouting

/// The resilience keys: per-model strategy, retry, retry budget, breaker and `on_error`; the
/// top-level `admin_key`, `data_dir`, `idempotency`, `dlq`, `chaos` and `prices`; mock faults.
extension ConfigScope {
    mutating func double(_ key: String, default value: Double, in range: ClosedRange<Double>) -> Double {
        guard let text = string(key) else { return value }
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
            fail(key, "expected a number, got '\(text)'")
            return value
        }
        guard range.contains(number) else {
            fail(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
            return value
        }
        return number
    }

    mutating func optionalDouble(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard string(key) != nil else { return nil }
        return double(key, default: 0, in: range)
    }

    mutating func boolean(_ key: String, default value: Bool) -> Bool {
        guard let text = string(key) else { return value }
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default:
            fail(key, "expected true or false, got '\(text)'")
            return value
        }
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, default value: T) -> T where T.RawValue == String {
        guard let text = string(key) else { return value }
        guard let chosen = T(rawValue: text) else {
            fail(key, "must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
            return value
        }
        return chosen
    }

    /// `models[i].strategy`, `.retry`, `.retry_budget`, `.breaker` and `.on_error`.
    mutating func routePolicy(_ prefix: String) -> RoutePolicy {
        var policy = RoutePolicy()
        policy.strategy = choice("\(prefix).strategy", default: policy.strategy)
        let defaults = RoutePolicy.defaultRetry
        policy.retry = RetryPolicy(
            maxAttempts: int("\(prefix).retry.max_attempts", default: defaults.maxAttempts, in: 1...20),
            initialDelay: .milliseconds(int("\(prefix).retry.initial_delay_ms", default: 200, in: 0...600_000)),
            maxDelay: .milliseconds(int("\(prefix).retry.max_delay_ms", default: 5000, in: 0...600_000)),
            multiplier: double("\(prefix).retry.multiplier", default: defaults.multiplier, in: 1...100),
            jitter: double("\(prefix).retry.jitter", default: defaults.jitter, in: 0...1),
            maxRetryAfter: .milliseconds(int("\(prefix).retry.max_retry_after_ms", default: 60_000, in: 0...3_600_000)))
        policy.retryBudget = RetryBudgetConfiguration(
            ratio: double("\(prefix).retry_budget.ratio", default: 0.2, in: 0...10),
            minPerSecond: double("\(prefix).retry_budget.min_per_second", default: 5, in: 0...100_000),
            window: .milliseconds(int("\(prefix).retry_budget.window_ms", default: 10_000, in: 100...3_600_000)))
        var breaker = CircuitBreaker.Configuration()
        breaker.consecutiveFailureThreshold = int("\(prefix).breaker.consecutive_failures", default: 5, in: 1...10_000)
        breaker.coolDown = .milliseconds(int("\(prefix).breaker.cooldown_ms", default: 30_000, in: 0...86_400_000))
        breaker.halfOpenMaxProbes = int("\(prefix).breaker.half_open_probes", default: 1, in: 1...1000)
        breaker.failureRateThreshold = double("\(prefix).breaker.failure_ratio", default: 0.5, in: 0.01...1)
        breaker.windowSize = int("\(prefix).breaker.window_size", default: 20, in: 1...10_000)
        breaker.minimumWindowOutcomes = int("\(prefix).breaker.min_requests", default: 10, in: 1...10_000)
        policy.breaker = breaker
        for (key, target) in Self.headers(from: flatValues, prefix: "\(prefix).on_error.") {
            guard let code = ErrorCode(rawValue: key) else {
                fail("\(prefix).on_error.\(key)", "is not an error code (\(ErrorCode.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            policy.onError[code] = target
        }
        return policy
    }

    /// `on_error` must name configured models, and a model may not fall back to itself.
    mutating func checkFallbackTargets(_ models: [ModelRoute], prefixes: [String: String]) {
        let names = Set(models.map(\.name))
        for model in models {
            for (code, target) in model.policy.onError.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let key = "\(prefixes[model.name] ?? "models").on_error.\(code.rawValue)"
                if target == model.name {
                    fail(key, "a model cannot fall back to itself")
                } else if !names.contains(target) {
                    fail(key, "no model is named '\(target)'")
                }
            }
        }
    }

    /// `providers[i].faults.*` (mock only).
    mutating func faults(_ prefix: String, kind: GaiConfiguration.Provider.Kind) -> FaultPlan? {
        let settings = Self.headers(from: flatValues, prefix: "\(prefix).faults.")
        guard !settings.isEmpty else { return nil }
        guard kind == .mock else {
            fail("\(prefix).faults", "faults can only be injected into kind: mock providers")
            return nil
        }
        do {
            return try FaultPlan(settings: settings)
        } catch {
            fail("\(prefix).faults.\(error.key)", error.message)
            return nil
        }
    }

    /// `limits.*`.
    mutating func limits(listCounts: [String: Int]) -> GaiConfiguration.Limits {
        var limits = GaiConfiguration.Limits()
        if let store = string("limits.store") {
            if ["memory", "redis", "postgres"].contains(store) {
                limits.store = store
            } else {
                fail("limits.store", "must be memory, redis or postgres, got '\(store)'")
            }
        }
        limits.storeTimeoutMilliseconds = int("limits.store_timeout_ms", default: 200, in: 10...10_000)
        if let failure = string("limits.on_store_failure") {
            if ["fail_open", "fail_closed"].contains(failure) { limits.onStoreFailure = failure } else {
                fail("limits.on_store_failure", "must be fail_open or fail_closed, got '\(failure)'")
            }
        }
        limits.defaultMaxTokens = int("limits.default_max_tokens", default: 1024, in: 1...10_000_000)
        let periods: [(String, Int)] = [("rps", 1), ("rpm", 60), ("rph", 3600), ("rpd", 86_400)]
        let tokenPeriods: [(String, Int)] = [("tpm", 60), ("tph", 3600), ("tpd", 86_400)]
        for index in 0..<(listCounts["limits.rules"] ?? 0) {
            let prefix = "limits.rules.\(index)"
            let scope = string("\(prefix).scope") ?? "global"
            guard ["global", "key", "user", "team", "model"].contains(scope) else {
                fail("\(prefix).scope", "must be global, key, user, team or model, got '\(scope)'")
                continue
            }
            var rule = GaiConfiguration.Limits.Rule(scope: scope)
            rule.model = string("\(prefix).model")
            rule.subject = string("\(prefix).\(scope)")
            if scope == "model", rule.model == nil {
                fail("\(prefix).model", "a model-scoped rule names its model")
            }
            for (name, seconds) in periods {
                if string("\(prefix).\(name)") != nil { rule.requests.append((int("\(prefix).\(name)", default: 1, in: 1...1_000_000_000), seconds)) }
            }
            for (name, seconds) in tokenPeriods {
                if string("\(prefix).\(name)") != nil { rule.tokens.append((int("\(prefix).\(name)", default: 1, in: 1...1_000_000_000_000), seconds)) }
            }
            if string("\(prefix).max_concurrent") != nil {
                rule.maxConcurrent = int("\(prefix).max_concurrent", default: 1, in: 1...1_000_000)
            }
            if let algorithm = string("\(prefix).algorithm") {
                if ["token_bucket", "fixed_window", "sliding_window", "gcra", "leaky_bucket"].contains(algorithm) {
                    rule.algorithm = algorithm
                } else {
                    fail("\(prefix).algorithm", "must be token_bucket, fixed_window, sliding_window or gcra (leaky_bucket), got '\(algorithm)'")
                }
            }
            if string("\(prefix).burst") != nil { rule.burst = int("\(prefix).burst", default: 1, in: 1...1_000_000_000) }
            if rule.requests.isEmpty, rule.tokens.isEmpty, rule.maxConcurrent == nil {
                fail(prefix, "sets no limit (rps, rpm, rph, rpd, tpm, tph, tpd or max_concurrent)")
                continue
            }
            limits.rules.append(rule)
        }
        return limits
    }

    /// `admin_key`, `data_dir`, `idempotency`, `dlq`, `chaos`, `prices`.
    mutating func applyGatewayKeys(to configuration: inout GaiConfiguration, listCounts: [String: Int]) {
        if let adminKey = string("admin_key", secret: true), !adminKey.isEmpty {
            if adminKey.count < 16 {
                fail("admin_key", "must be at least 16 characters")
            } else {
                configuration.adminKey = adminKey
            }
        }
        configuration.dataDirectory = string("data_dir") ?? configuration.dataDirectory
        configuration.idempotency.ttlSeconds = int("idempotency.ttl_s", default: 86_400, in: 1...31 * 86_400)
        configuration.idempotency.inFlight = choice("idempotency.in_flight", default: configuration.idempotency.inFlight)
        configuration.idempotency.maxEntries = int("idempotency.max_entries", default: 10_000, in: 1...10_000_000)
        configuration.idempotency.maxBytes = int("idempotency.max_bytes", default: 256 << 20, in: 1024...(1 << 40))
        configuration.redisURL = string("stores.redis_url", secret: true).flatMap { $0.isEmpty ? nil : $0 }
        configuration.postgresURL = string("stores.postgres_url", secret: true).flatMap { $0.isEmpty ? nil : $0 }
        configuration.durableStore = choice("stores.durable", default: configuration.durableStore)
        if configuration.durableStore == .postgres, configuration.postgresURL == nil {
            fail("stores.durable", "postgres needs stores.postgres_url")
        }
        configuration.idempotency.store = choice("idempotency.store", default: configuration.idempotency.store)
        if configuration.idempotency.store == .redis, configuration.redisURL == nil {
            fail("idempotency.store", "redis needs stores.redis_url")
        }
        // The DLQ is durable data: it follows stores.durable unless set on its own.
        configuration.deadLetters.store = choice(
            "dlq.store", default: configuration.durableStore == .postgres ? .postgres : configuration.deadLetters.store)
        if configuration.deadLetters.store == .postgres, configuration.postgresURL == nil {
            fail("dlq.store", "postgres needs stores.postgres_url")
        }
        configuration.deadLetters.maxEntries = int("dlq.max_entries", default: 100_000, in: 1...100_000_000)
        configuration.chaosEnabled = boolean("chaos.enabled", default: false)
        configuration.auth = choice("auth", default: configuration.adminKey == nil ? .none : .keys)
        configuration.authCacheTTLMilliseconds = int("auth_cache_ttl_ms", default: 5000, in: 0...60_000)
        configuration.server.allowUnauthenticated = boolean("server.allow_unauthenticated", default: false)
        configuration.limits = limits(listCounts: listCounts)
        applyObservability(to: &configuration)
        if configuration.limits.store == "redis", configuration.redisURL == nil {
            fail("limits.store", "redis needs stores.redis_url")
        }
        if configuration.limits.store == "postgres", configuration.postgresURL == nil {
            fail("limits.store", "postgres needs stores.postgres_url")
        }
        for index in 0..<(listCounts["budgets"] ?? 0) {
            let prefix = "budgets.\(index)"
            let scope = string("\(prefix).scope") ?? ""
            guard ["key", "user", "team"].contains(scope) else {
                fail("\(prefix).scope", "must be key, user or team, got '\(scope)'")
                continue
            }
            guard let subject = string("\(prefix).\(scope)"), !subject.isEmpty else {
                fail("\(prefix).\(scope)", "names the \(scope) the budget caps")
                continue
            }
            let period = string("\(prefix).period") ?? "monthly"
            guard ["daily", "weekly", "monthly"].contains(period) else {
                fail("\(prefix).period", "must be daily, weekly or monthly, got '\(period)'")
                continue
            }
            configuration.budgets.append(
                GaiConfiguration.Budget(
                    scope: scope, subject: subject, usd: double("\(prefix).usd", default: 0, in: 0...1_000_000_000), period: period))
        }
        for index in 0..<(listCounts["prices"] ?? 0) {
            let prefix = "prices.\(index)"
            guard let model = string("\(prefix).model"), !model.isEmpty else {
                fail("\(prefix).model", "is required")
                continue
            }
            configuration.priceOverrides.append(
                GaiConfiguration.PriceOverride(
                    model: model,
                    inputPerMillion: double("\(prefix).input_per_million", default: 0, in: 0...1_000_000),
                    outputPerMillion: double("\(prefix).output_per_million", default: 0, in: 0...1_000_000),
                    cachedInputPerMillion: optionalDouble("\(prefix).cached_input_per_million", in: 0...1_000_000),
                    cacheWritePerMillion: optionalDouble("\(prefix).cache_write_per_million", in: 0...1_000_000),
                    reasoningPerMillion: optionalDouble("\(prefix).reasoning_per_million", in: 0...1_000_000)))
        }
    }
}
